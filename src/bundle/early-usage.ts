/**
 * A usage chart's first usage requests, started by `early-start.ts` through the shared client the chart will use
 * (`LightClient.prefetch`): the chart's own requests for the same URLs take these answers. The period is the one
 * the chart opens at, from what it has before it is upgraded (properties set from script, else its attributes);
 * the location is the one it was given, else the one it takes from the account, whose request is under way.
 * The files of the view it opens at are asked for too, beside the chart's own.
 */
import { prefetchUsage } from '../api/calls/usage.js';
import type { LightClient } from '../api/http.js';
import { accountStore } from '../core/account-store.js';
import {
  chartedLocation,
  firstRequests,
  resolveView,
  type UsageView,
  type ViewCode,
} from '../elements/usage-chart/usage-first.js';
import { preloadModule } from './autoload.js';

type Unupgraded = Element & { view?: string; year?: number; month?: number; locationUuid?: string; table?: boolean };

/**
 * Written by the script-tag build: for each part, its files (beside this one) that a page with the chart does not
 * already load. Absent when running from sources.
 */
declare const __LIGHT_VIEW_CHUNKS__: Readonly<Record<ViewCode, readonly string[]>> | undefined;

/**
 * The parts a chart opening at `view` needs for its first drawing: the 15-minute views' code, which it would
 * ask for with their data, and the pointer and keyboard read-out, or the table when it opens as one, which it
 * would ask for as it draws.
 */
export function viewCode(view: UsageView, table: boolean): ViewCode[] {
  const code: ViewCode[] = [table ? 'usage-table' : 'usage-inspect'];
  if (view === 'intervals' || view === 'day') code.push('usage-intervals');
  else if (view === 'year-intervals') code.push('usage-year');
  return code;
}

/** Asks for the files of `code` now, beside the chart's own: left to the chart, they would come a round trip later. */
function preloadViewCode(code: readonly ViewCode[]): void {
  if (typeof __LIGHT_VIEW_CHUNKS__ !== 'object') return;
  for (const part of code)
    for (const file of __LIGHT_VIEW_CHUNKS__[part] ?? []) preloadModule(new URL(file, import.meta.url).href);
}

/** A number the chart reads from `name`: its property, else its attribute; `null` when it is not a number. */
function numberOf(element: Unupgraded, name: 'year' | 'month'): number | undefined | null {
  const value = element[name] ?? element.getAttribute(name) ?? undefined;
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isInteger(number) ? number : null;
}

/**
 * Asks for the code of the view the chart opens at, and starts the usage requests it opens with: none when its
 * period cannot be read as the chart would.
 */
export async function start(client: LightClient, element: Element): Promise<void> {
  const chart = element as Unupgraded;
  const view = resolveView(chart.view ?? chart.getAttribute('view') ?? undefined);
  preloadViewCode(viewCode(view, chart.table ?? chart.hasAttribute('table')));
  const year = numberOf(chart, 'year');
  const month = numberOf(chart, 'month');
  if (year === null || month === null) return;
  // Imported here rather than above, so that the view's code is asked for without waiting for this file too.
  const { localToday } = await import('../core/dates.js');
  const calls = firstRequests({ view, year, month, today: localToday() });
  if (!calls.length) return;
  const given = chart.locationUuid ?? (chart.getAttribute('location-uuid') || undefined);
  const location = given ?? chartedLocation(undefined, (await accountStore(client).load()).locations);
  if (!location) return;
  for (const call of calls) prefetchUsage(client, location, call.series, call);
}
