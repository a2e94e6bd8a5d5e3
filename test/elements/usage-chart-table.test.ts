import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/usage-chart/light-usage-chart.js';
import type { LightUsageChart } from '../../src/elements/usage-chart/light-usage-chart.js';
import { PAGE_SIZE, rowPage, rowsText } from '../../src/elements/usage-chart/usage-table.js';
import { $, $$, deepActive, text } from '../support/dom.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { settled } from '../support/settled.js';

const mountTable = (view: string, options: MountOptions = {}) =>
  mountOnSandbox<LightUsageChart>(
    'light-usage-chart',
    html`<light-usage-chart view=${view} table></light-usage-chart>`,
    'active',
    { width: '760px', ...options },
  );
const rows = (el: LightUsageChart) => $$(el, 'tbody tr');
const shownRows = (el: LightUsageChart) => text($(el, '[part="rows"]'));
const live = (el: LightUsageChart) => text($(el, '[role="status"][aria-live="polite"]'));
const pagerButton = (el: LightUsageChart, part: 'previous-rows' | 'next-rows') =>
  $<HTMLButtonElement>(el, `[part~="${part}"]`)!;

describe('usage chart table view', () => {
  it('pages rows: a page of 100, the rows shown and the total, the last page short', () => {
    expect(rowPage(2976, 0)).to.deep.equal({ page: 0, pages: 30, first: 1, last: 100, total: 2976 });
    expect(rowPage(2976, 29)).to.deep.equal({ page: 29, pages: 30, first: 2901, last: 2976, total: 2976 });
    expect(rowPage(2976, 99).page, 'past the end: the last page').to.equal(29);
    expect(rowPage(2976, -3).page).to.equal(0);
    expect(rowPage(2976, NaN).page).to.equal(0);
    expect(rowPage(0, 0)).to.deep.equal({ page: 0, pages: 1, first: 0, last: 0, total: 0 });
    expect(rowsText(rowPage(2976, 1), 'en')).to.equal('Rows 101–200 of 2,976');
    expect(PAGE_SIZE).to.equal(100);
  });

  it('a month of 15-minute data: 100 rows a page, previous and next by keyboard, each page announced politely', async () => {
    const m = await mountTable('intervals');
    await settled(m.el, { shows: 'tbody tr' });
    expect(rows(m.el)).to.have.length(PAGE_SIZE);
    const all = text($(m.el, '[part="rows"]')).match(/of ([\d,]+)$/)![1];
    expect(shownRows(m.el)).to.equal(`Rows 1–${Math.min(100, Number(all.replace(/,/g, '')))} of ${all}`);
    expect(pagerButton(m.el, 'previous-rows').disabled).to.equal(true);
    const pager = $(m.el, '[part="pager"]')!;
    expect(pager.getAttribute('role')).to.equal('group');
    expect(pager.getAttribute('aria-label')).to.equal('Table pages');
    const firstRow = text(rows(m.el)[0].querySelector('th'));

    pagerButton(m.el, 'next-rows').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shownRows(m.el).startsWith('Rows 101–'), 'the second page');
    expect(live(m.el)).to.equal(shownRows(m.el));
    expect(text(rows(m.el)[0].querySelector('th'))).to.not.equal(firstRow);
    expect(pagerButton(m.el, 'previous-rows').disabled).to.equal(false);

    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shownRows(m.el).startsWith('Rows 1–'), 'back on the first page');
    expect(text(rows(m.el)[0].querySelector('th'))).to.equal(firstRow);
    // The pressed button is now disabled: focus stays in the pager, on the other one.
    await m.el.updateComplete;
    expect(deepActive()).to.equal(pagerButton(m.el, 'next-rows'));
    await expect(m.el).to.be.accessible();
  });

  it('the CSV still holds every row, not the page shown', async () => {
    const m = await mountTable('intervals');
    await settled(m.el, { shows: 'tbody tr' });
    const total = Number(
      shownRows(m.el)
        .match(/of ([\d,]+)$/)![1]
        .replace(/,/g, ''),
    );
    expect(total).to.be.greaterThan(PAGE_SIZE);
    const blobs: Blob[] = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => (blobs.push(blob), 'blob:usage-test');
    HTMLAnchorElement.prototype.click = () => undefined;
    try {
      $<HTMLButtonElement>(m.el, '[part~="download"]')!.click();
      await waitUntil(() => blobs.length > 0, 'the download');
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    const lines = (await blobs[0].text()).split('\r\n').filter(Boolean);
    expect(lines.length - 1, 'a header and one line per row').to.equal(total);
  });

  it('a short table has no pager', async () => {
    const m = await mountTable('month');
    await settled(m.el, { shows: 'tbody tr' });
    expect(rows(m.el).length).to.be.at.most(31);
    expect($(m.el, '[part="pager"]')).to.equal(null);
  });

  it('at 320px a month of 15-minute data fits its box: a day and time on one line, the caption in view, the pager stacked', async () => {
    const m = await mountTable('intervals', { width: '320px' });
    await settled(m.el, { shows: 'tbody tr' });
    const wrap = $(m.el, '.table-wrap')!;
    expect($(m.el, 'thead th.note'), 'no row has a note: no empty Note column').to.equal(null);
    expect(wrap.scrollWidth, 'every column in view without scrolling').to.be.at.most(wrap.clientWidth + 1);
    const box = wrap.getBoundingClientRect();
    const caption = $(m.el, 'caption')!.getBoundingClientRect();
    expect(caption.right, 'the caption is not cut off').to.be.at.most(box.right + 1);
    const time = rows(m.el)[0].querySelector('th')!;
    const style = getComputedStyle(time);
    const textHeight = time.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
    // The caption names the month and year; a row, its day and time (`Jun 1, 12:00 AM`), which fit on one line.
    expect(Math.round(textHeight / parseFloat(style.lineHeight)), 'the day and time on one line').to.equal(1);
    const pager = $(m.el, '[part="pager"]')!.getBoundingClientRect();
    const shown = $(m.el, '[part="rows"]')!.getBoundingClientRect();
    const previous = pagerButton(m.el, 'previous-rows').getBoundingClientRect();
    const next = pagerButton(m.el, 'next-rows').getBoundingClientRect();
    expect(shown.bottom, '"Rows 1–100 of …" above the buttons').to.be.at.most(Math.min(previous.top, next.top) + 1);
    for (const button of [previous, next]) {
      expect(button.left, 'each button fills the width').to.be.closeTo(pager.left, 1);
      expect(button.right).to.be.closeTo(pager.right, 1);
    }
    await expect(m.el).to.be.accessible();
  });

  it('on a wide card the pager is one line: previous, the rows shown, next', async () => {
    const m = await mountTable('intervals');
    await settled(m.el, { shows: 'tbody tr' });
    const middle = (r: DOMRect) => r.top + r.height / 2;
    const shown = $(m.el, '[part="rows"]')!.getBoundingClientRect();
    const previous = pagerButton(m.el, 'previous-rows').getBoundingClientRect();
    const next = pagerButton(m.el, 'next-rows').getBoundingClientRect();
    expect(middle(shown)).to.be.closeTo(middle(previous), 1);
    expect(middle(next)).to.be.closeTo(middle(previous), 1);
    expect(previous.right).to.be.lessThan(shown.left);
    expect(shown.right).to.be.lessThan(next.left);
  });

  for (const width of ['320px', '375px']) {
    it(`at ${width} a table wider than its box scrolls inside its own named, focusable box and widens nothing`, async () => {
      // Wider than a phone whatever the day: a partner's style on the table's part (the data alone may now fit).
      const style = document.createElement('style');
      style.textContent = 'light-usage-chart::part(table) { min-width: 40em; }';
      document.head.append(style);
      try {
        const m = await mountTable('month', { width });
        await settled(m.el, { shows: 'tbody tr' });
        const wrap = $(m.el, '.table-wrap')!;
        expect(wrap.getAttribute('role')).to.equal('region');
        expect(wrap.getAttribute('tabindex')).to.equal('0');
        expect(wrap.getAttribute('aria-label')).to.match(/^Energy use table, /);
        expect(getComputedStyle(wrap).overflowX).to.equal('auto');
        expect(wrap.scrollWidth, 'the table is wider than its box').to.be.greaterThan(wrap.clientWidth);
        const area = $(m.el, '.plot-area')!;
        expect(area.scrollWidth, 'the box around it does not overflow').to.be.at.most(area.clientWidth + 1);
        expect(m.el.scrollWidth).to.be.at.most(m.el.clientWidth + 1);
        wrap.focus();
        await sendKeys({ press: 'ArrowRight' });
        await waitUntil(() => wrap.scrollLeft > 0, 'scrolled by keyboard');
        await expect(m.el).to.be.accessible();
      } finally {
        style.remove();
      }
    });
  }
});
