/**
 * A usage chart's first usage requests, started by `early-start.ts` through the shared client the chart will use
 * (`LightClient.prefetch`): the chart's own requests for the same URLs take these answers. The period is the one
 * the chart opens at, from what it has before it is upgraded (properties set from script, else its attributes);
 * the location is the one it was given, else the one it takes from the account, whose request is under way.
 */
import { prefetchUsage } from '../api/calls/usage.js';
import type { LightClient } from '../api/http.js';
import { accountStore } from '../core/account-store.js';
import { localToday } from '../core/dates.js';
import { chartedLocation, firstRequests, resolveView } from '../elements/usage-chart/usage-first.js';

type Unupgraded = Element & { view?: string; year?: number; month?: number; locationUuid?: string };

/** A number the chart reads from `name`: its property, else its attribute; `null` when it is not a number. */
function numberOf(element: Unupgraded, name: 'year' | 'month'): number | undefined | null {
  const value = element[name] ?? element.getAttribute(name) ?? undefined;
  if (value === undefined) return undefined;
  const number = Number(value);
  return Number.isInteger(number) ? number : null;
}

/** Starts the usage requests the chart opens with; none when its period cannot be read as the chart would. */
export async function start(client: LightClient, element: Element): Promise<void> {
  const chart = element as Unupgraded;
  const year = numberOf(chart, 'year');
  const month = numberOf(chart, 'month');
  if (year === null || month === null) return;
  const view = resolveView(chart.view ?? chart.getAttribute('view') ?? undefined);
  const calls = firstRequests({ view, year, month, today: localToday() });
  if (!calls.length) return;
  const given = chart.locationUuid ?? (chart.getAttribute('location-uuid') || undefined);
  const location = given ?? chartedLocation(undefined, (await accountStore(client).load()).locations);
  if (!location) return;
  for (const call of calls) prefetchUsage(client, location, call.series, call);
}
