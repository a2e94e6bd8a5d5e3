/**
 * The table view, loaded when it is first shown: the data as a table, a page of rows at a time (a month of
 * 15-minute data is 2,976 rows, a year 35,040), with previous/next and "Rows 1–100 of 2,976". The table scrolls
 * inside its own focusable, named box, so it never widens the page on a phone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatKwhValue, formatNumber } from '../../core/format.js';
import type { SupportedLocale } from '../../core/i18n.js';
import { usageChartMsg as msg } from './light-usage-chart.messages.js';
import type { UsageSet } from './usage-series.js';
import { pointLabel, seriesName, statusNote } from './usage-text.js';

/** Rows on one page of the table. */
export const PAGE_SIZE = 100;

/** The rows of a page: first and last (1-based, inclusive), the total, and how many pages there are. */
export interface RowPage {
  page: number;
  pages: number;
  first: number;
  last: number;
  total: number;
}

/** Page `page` (clamped) of `total` rows, `size` a page. */
export function rowPage(total: number, page: number, size = PAGE_SIZE): RowPage {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.max(0, Math.min(pages - 1, Math.floor(page) || 0));
  return {
    page: shown,
    pages,
    first: total ? shown * size + 1 : 0,
    last: Math.min(total, (shown + 1) * size),
    total,
  };
}

/** "Rows 101–200 of 2,976". */
export function rowsText(range: RowPage, locale: SupportedLocale): string {
  return msg(locale, 'rowsShown', {
    first: formatNumber(range.first, locale),
    last: formatNumber(range.last, locale),
    total: formatNumber(range.total, locale),
  });
}

/**
 * The data as a table, page `page` of it; `withDate` adds the day to each interval's time (its year is the
 * caption's). `onPage` gets the page asked for by the pager's buttons (shown only when there is more than one page).
 */
export function renderTable(
  set: UsageSet,
  period: string,
  withDate: boolean,
  locale: SupportedLocale,
  page = 0,
  onPage: (page: number, announcement: string) => void = () => undefined,
): TemplateResult {
  const all = set.points.filter((p) => p.status !== 'future');
  const range = rowPage(all.length, page);
  const rows = all.slice(range.first ? range.first - 1 : 0, range.last);
  // A column of notes only when some row has one: an empty column would only take room from the values.
  const notes = all.some((point) => statusNote(point, locale) !== null);
  const periodHeader = msg(
    locale,
    set.granularity === 'month' ? 'colMonth' : set.granularity === 'day' ? 'colDate' : 'colTime',
  );
  return html`<div class="table-wrap" role="region" aria-label=${msg(locale, 'tableLabel', { period })} tabindex="0">
      <table part="table">
        <caption>
          ${msg(locale, 'tableCaption', { period, units: set.units })}
        </caption>
        <thead>
          <tr>
            <th scope="col">${periodHeader}</th>
            ${set.series.map((key) => html`<th scope="col">${seriesName(key, locale)}</th>`)}
            ${notes ? html`<th scope="col" class="note">${msg(locale, 'colNote')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (point) =>
              html`<tr>
                <th scope="row">${pointLabel(set, point, locale, withDate ? 'without-year' : 'none')}</th>
                ${set.series.map((key) => {
                  const value = point[key];
                  return value === null
                    ? html`<td>
                        <span aria-hidden="true">—</span><span class="visually-hidden">${msg(locale, 'noData')}</span>
                      </td>`
                    : html`<td>${formatKwhValue(value, locale)}</td>`;
                })}
                ${notes ? html`<td class="note">${statusNote(point, locale) ?? ''}</td>` : nothing}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${range.pages > 1 ? renderPager(range, locale, onPage) : nothing}`;
}

function renderPager(
  range: RowPage,
  locale: SupportedLocale,
  onPage: (page: number, announcement: string) => void,
): TemplateResult {
  const go = (page: number) => onPage(page, rowsText(rowPage(range.total, page), locale));
  return html`<div class="pager" part="pager" role="group" aria-label=${msg(locale, 'pagerLabel')}>
    <button
      type="button"
      class="secondary"
      part="button previous-rows"
      ?disabled=${range.page === 0}
      @click=${() => go(range.page - 1)}
    >
      <span aria-hidden="true">‹</span> ${msg(locale, 'previousRows')}
    </button>
    <span class="rows" part="rows">${rowsText(range, locale)}</span>
    <button
      type="button"
      class="secondary"
      part="button next-rows"
      ?disabled=${range.page === range.pages - 1}
      @click=${() => go(range.page + 1)}
    >
      ${msg(locale, 'nextRows')} <span aria-hidden="true">›</span>
    </button>
  </div>`;
}
