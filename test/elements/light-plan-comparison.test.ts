import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ComparisonReadyDetail, ComparisonUploadDetail } from '../../src/core/events.js';
import '../../src/elements/plan-comparison/light-plan-comparison.js';
import type { LightPlanComparison } from '../../src/elements/plan-comparison/light-plan-comparison.js';
import { MAX_BILL_BYTES } from '../../src/elements/plan-comparison/bill-file.js';
import { planComparisonMsg as msg } from '../../src/elements/plan-comparison/light-plan-comparison.messages.js';
import { PLAN_GROUPS, type ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-plan-comparison.stories.js';
import { $, $$, deepActive, part, shadowText as text } from '../support/dom.js';
import { mountOnSandbox, type Mounted, type MountOptions } from '../support/mount.js';
import { settled } from '../support/settled.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const GROUP = PLAN_GROUPS[0];

const mountComparison = (scenario: ScenarioName, options: MountOptions & { planGroup?: string | null } = {}) =>
  mountOnSandbox<LightPlanComparison>(
    'light-plan-comparison',
    html`<light-plan-comparison
      plan-group=${options.planGroup === null ? '' : (options.planGroup ?? GROUP.uuid)}
    ></light-plan-comparison>`,
    scenario,
    { record: ['light-comparison-upload', 'light-comparison-ready'], ...options },
  );

const pdf = (name = 'bill.pdf') => new File(['%PDF-1.4 a bill'], name, { type: 'application/pdf' });

/** Chooses `file` through the element's file input, as the file button's dialog would. */
function choose(el: LightPlanComparison, file: File) {
  const input = $<HTMLInputElement>(el, 'input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  return el.updateComplete;
}

const requests = (m: Mounted<LightPlanComparison>, route: string, method?: string) =>
  m.sandbox.requests.filter((r) => r.route === route && (!method || r.method === method));

async function pickerShown(el: LightPlanComparison) {
  await waitUntil(() => part(el, 'picker'), 'the picker', { timeout: 5000 });
}

/** Uploads `file` through the picker and waits for the reading progress. */
async function upload(m: Mounted<LightPlanComparison>, file = pdf()) {
  await pickerShown(m.el);
  await choose(m.el, file);
  part(m.el, 'confirm-button')!.click();
  await waitUntil(() => part(m.el, 'progress') || part(m.el, 'unreadable'), 'reading progress', { timeout: 5000 });
}

/** Polls (as the webhook hint would) until the bill is read. */
async function readNow(el: LightPlanComparison, until: string) {
  await waitUntil(
    () => {
      if (part(el, until)) return true;
      el.refresh();
      return false;
    },
    `never showed ${until}`,
    { timeout: 5000, interval: 100 },
  );
  await settled(el);
}

describe('<light-plan-comparison>', () => {
  it('offers a drop zone and a file button when no bill is uploaded, accessibly', async () => {
    const { el } = await mountComparison('new-customer');
    await pickerShown(el);
    expect(text(el)).to.contain(msg('en', 'emptyTitle'));
    expect(part(el, 'drop-zone')).to.exist;
    expect(part(el, 'choose-button')!.textContent).to.contain(msg('en', 'chooseFile'));
    expect(part(el, 'confirm-button')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says what is wrong with a file of the wrong type or size, and sends nothing', async () => {
    const m = await mountComparison('new-customer');
    await pickerShown(m.el);
    await choose(m.el, new File(['hello'], 'notes.txt', { type: 'text/plain' }));
    expect(part(m.el, 'problem')!.textContent).to.contain(msg('en', 'problemType'));
    expect(part(m.el, 'confirm-button')).to.equal(null);
    await choose(m.el, new File([new Uint8Array(MAX_BILL_BYTES + 1)], 'huge.pdf', { type: 'application/pdf' }));
    expect(part(m.el, 'problem')!.textContent).to.contain('too large');
    await choose(m.el, new File([], 'empty.png', { type: 'image/png' }));
    expect(part(m.el, 'problem')!.textContent).to.contain(msg('en', 'problemEmpty'));
    expect(requests(m, 'comparisonInvoice', 'POST')).to.have.length(0);
    await expect(m.el).to.be.accessible();
  });

  it('previews the chosen file and uploads only on "Compare my bill", as multipart', async () => {
    const m = await mountComparison('new-customer');
    await pickerShown(m.el);
    await choose(m.el, new File(['x'.repeat(2048)], 'march-bill.jpg', { type: 'image/jpeg' }));
    expect(part(m.el, 'preview')!.textContent).to.contain('march-bill.jpg (2 KB)');
    expect(requests(m, 'comparisonInvoice', 'POST')).to.have.length(0);
    const uploaded = oneEvent(m.el, 'light-comparison-upload');
    part(m.el, 'confirm-button')!.click();
    const { detail } = (await uploaded) as CustomEvent<ComparisonUploadDetail>;
    expect(detail.invoiceUuid).to.be.a('string').and.not.equal('');
    expect(requests(m, 'comparisonInvoice', 'POST')).to.have.length(1);
    await waitUntil(() => part(m.el, 'progress'), 'progress');
    await waitUntil(() => deepActive() === $(m.el, '#title'), 'focus kept in the element, on its heading');
    expect(text(m.el)).to.contain(msg('en', 'processingTitle'));
    expect(text(m.el)).to.contain('march-bill.jpg');
    await expect(m.el).to.be.accessible();
  });

  it('takes a dropped file', async () => {
    const { el } = await mountComparison('new-customer');
    await pickerShown(el);
    const transfer = new DataTransfer();
    transfer.items.add(pdf('dropped.pdf'));
    const zone = part(el, 'drop-zone')!;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(zone.classList.contains('dragging')).to.equal(true);
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    await el.updateComplete;
    expect(part(el, 'preview')!.textContent).to.contain('dropped.pdf');
  });

  it('reaches the file button and the confirm button by keyboard', async () => {
    const { el } = await mountComparison('new-customer', { buttonBefore: true });
    await pickerShown(el);
    document.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(part(el, 'choose-button'));
    await choose(el, pdf());
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(part(el, 'confirm-button'));
  });

  it('polls until the bill is read, then shows the bill and the year against the plan group', async () => {
    const m = await mountComparison('new-customer');
    await upload(m);
    const ready = oneEvent(m.el, 'light-comparison-ready');
    await readNow(m.el, 'annual');
    const { detail } = (await ready) as CustomEvent<ComparisonReadyDetail>;
    expect(detail.planGroup).to.equal(GROUP.uuid);
    expect(detail.billDollars).to.be.a('number');
    expect(detail.annualOfferedDollars).to.be.a('number');
    expect(text(m.el)).to.contain(msg('en', 'simpleTitle'));
    expect(text(m.el)).to.contain(`On ${GROUP.name}, same usage`);
    // plan_group and uuid go where the docs put them: the query of both comparisons.
    for (const route of ['simpleCompare', 'annualCompare']) {
      const query = new URLSearchParams(requests(m, route)[0].query);
      expect(query.get('plan_group'), route).to.equal(GROUP.uuid);
      expect(query.get('uuid'), route).to.equal(detail.invoiceUuid);
    }
    expect(m.errors).to.deep.equal([]);
    await expect(m.el).to.be.accessible();
  });

  it('picks up a bill already read: totals, savings headline, a 12-month chart and why the bill month differs', async () => {
    const { el } = await mountComparison('bill-compared');
    await settled(el, { shows: '[part~="annual"]' });
    const bars = (series: string) =>
      ($(el, `path[data-series="${series}"]`)!.getAttribute('d')!.match(/M/g) ?? []).length;
    expect(bars('current')).to.equal(12);
    expect(bars('offered')).to.equal(12);
    expect(part(el, 'savings')!.textContent).to.match(/a year/);
    expect(part(el, 'note')!.textContent).to.contain('typical-year projection');
    expect(part(el, 'note')!.textContent).to.contain('billing periods rarely match calendar months');
    expect(text(el)).to.contain(msg('en', 'accuracy'));
    expect($$(el, '[part~="total"]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });

  it('shows the year as a table and downloads it as CSV', async () => {
    const { el } = await mountComparison('bill-compared');
    await settled(el, { shows: '[part~="annual"]' });
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    expect(part(el, 'table-toggle')!.textContent!.trim()).to.equal('Show as chart');
    expect($$(el, 'tbody tr')).to.have.length(12);
    expect($(el, 'tfoot th')!.textContent).to.contain(msg('en', 'total'));
    await expect(el).to.be.accessible();

    const saved: Blob[] = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      saved.push(blob as Blob);
      return original.call(URL, blob);
    };
    try {
      part(el, 'download')!.click();
    } finally {
      URL.createObjectURL = original;
    }
    const csv = await saved[0].text();
    const lines = csv
      .replace(/^\ufeff/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).to.equal('Month,Usage (kWh),Current plan ($),Our plan ($)');
    expect(lines).to.have.length(14);
    expect(lines[1]).to.match(/^January,/);
  });

  it('at 320px the table scrolls sideways inside its box and its caption stays whole and in view', async () => {
    const { el } = await mountComparison('bill-compared', { width: '320px' });
    await settled(el, { shows: '[part~="annual"]' });
    part(el, 'table-toggle')!.click();
    await el.updateComplete;
    const wrap = $(el, '.table-wrap')!;
    const caption = $(el, 'caption')!;
    const inView = () => {
      const box = wrap.getBoundingClientRect();
      const shown = caption.getBoundingClientRect();
      return shown.left >= box.left - 1 && shown.right <= box.right + 1;
    };
    expect(inView(), 'the caption is as wide as the box, not the table').to.equal(true);
    wrap.scrollLeft = wrap.scrollWidth;
    await waitUntil(() => wrap.scrollLeft > 0, 'scrolled sideways');
    expect(inView(), 'still in view, scrolled').to.equal(true);
    expect(el.scrollWidth, 'nothing widens the page').to.be.at.most(el.clientWidth + 1);
  });

  it('explains a bill it could not read and goes back to the picker with "Upload a clearer copy"', async () => {
    const m = await mountComparison('new-customer');
    await upload(m, pdf('unreadable-scan.pdf'));
    await readNow(m.el, 'unreadable');
    expect(text(m.el)).to.contain(msg('en', 'unreadableTitle'));
    expect(text(m.el)).to.contain('could not be read');
    await expect(m.el).to.be.accessible();
    part(m.el, 'clearer-button')!.click();
    await pickerShown(m.el);
    await waitUntil(() => deepActive() === part(m.el, 'choose-button'), 'focus on the file button');
    expect(text(m.el)).to.contain('Your last file: unreadable-scan.pdf');
    // A clearer copy then goes through.
    await upload(m, pdf('clear.pdf'));
    await readNow(m.el, 'annual');
  });

  it('keeps the file when the upload fails, and "Try again" sends it once more', async () => {
    const m = await mountComparison('new-customer', {
      faults: [{ route: 'comparisonInvoice', method: 'POST', kind: 'status', status: 503, times: 1 }],
    });
    await pickerShown(m.el);
    await choose(m.el, pdf('kept.pdf'));
    part(m.el, 'confirm-button')!.click();
    await waitUntil(() => part(m.el, 'error'), 'the upload error');
    expect(text(m.el)).to.contain(msg('en', 'uploadFailedTitle'));
    expect(part(m.el, 'preview')!.textContent).to.contain('kept.pdf');
    expect(m.errors.map((e) => e.code)).to.deep.equal(['server']);
    // A POST is never retried on its own.
    expect(requests(m, 'comparisonInvoice', 'POST')).to.have.length(1);
    await expect(m.el).to.be.accessible();
    part(m.el, 'retry-button')!.click();
    await waitUntil(() => part(m.el, 'progress'), 'progress after the retry');
    expect(requests(m, 'comparisonInvoice', 'POST')).to.have.length(2);
  });

  it('continues from the server when the upload went through but its answer was lost', async () => {
    const m = await mountComparison('new-customer', {
      fetch:
        ({ sandbox }) =>
        async (input, init) => {
          const response = await sandbox.fetch(input, init);
          const request = new Request(input, init);
          if (request.method === 'POST' && request.url.endsWith('/comparison-invoice'))
            throw new TypeError('Failed to fetch');
          return response;
        },
    });
    await pickerShown(m.el);
    await choose(m.el, pdf('lost-answer.pdf'));
    part(m.el, 'confirm-button')!.click();
    await waitUntil(() => part(m.el, 'progress'), 'progress, from the re-read invoice');
    expect(part(m.el, 'error')).to.equal(null);
    expect(requests(m, 'comparisonInvoice', 'POST')).to.have.length(1);
    expect(m.events.map((e) => e.type)).to.include('light-comparison-upload');
  });

  it('shows an error with retry when polling fails, and carries on after it', async () => {
    const m = await mountComparison('bill-processing', {
      faults: [{ route: 'comparisonInvoice', method: 'GET', kind: 'network', after: 1 }],
    });
    await waitUntil(() => part(m.el, 'progress'), 'progress');
    m.el.refresh();
    await waitUntil(() => part(m.el, 'error'), 'the polling error', { timeout: 8000 });
    expect(m.errors.map((e) => e.code)).to.include('network');
    m.sandbox.faults.clear();
    part(m.el, 'retry-button')!.click();
    await waitUntil(() => part(m.el, 'progress'), 'progress again');
  });

  it('says it is not set up without a plan group', async () => {
    const m = await mountComparison('bill-compared', { planGroup: null });
    await waitUntil(() => part(m.el, 'error'), 'the error');
    expect(m.errors.map((e) => e.code)).to.include('config');
    expect(requests(m, 'simpleCompare')).to.have.length(0);
  });

  it('renders hostile provider names as text and survives missing fields and huge numbers', async () => {
    const m = await mountComparison('bill-compared', {
      fetch:
        ({ sandbox }) =>
        async (input, init) => {
          const response = await sandbox.fetch(input, init);
          const url = String(input instanceof Request ? input.url : input);
          if (!url.includes('-compare')) return response;
          const json = (await response.json()) as Record<string, unknown>;
          json.parsed_invoice_data = { provider_display_name: '<img src=x onerror="window.__pwned=1">' };
          const totals = json.annual_totals as Record<string, unknown> | undefined;
          if (totals) totals.annual_current_plan_dollars = '98765432109876.50';
          if (Array.isArray(json.months)) json.months = json.months.slice(0, 7);
          return new Response(JSON.stringify(json), { status: 200, headers: { 'Content-Type': 'application/json' } });
        },
    });
    await settled(m.el, { shows: '[part~="annual"]' });
    expect(text(m.el)).to.contain('Your bill from <img src=x onerror="window.__pwned=1">');
    expect($(m.el, 'img')).to.equal(null);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(part(m.el, 'simple')!.textContent).to.contain(msg('en', 'unknownAmount'));
    expect(part(m.el, 'savings')!.textContent).to.contain('$98,765,432,');
    await expect(m.el).to.be.accessible();
  });

  it('speaks Spanish', async () => {
    const m = await mountOnSandbox<LightPlanComparison>(
      'light-plan-comparison',
      html`<light-plan-comparison locale="es" plan-group=${GROUP.uuid}></light-plan-comparison>`,
      'bill-compared',
    );
    await settled(m.el, { shows: '[part~="annual"]' });
    expect(text(m.el)).to.contain('En un año típico');
    expect(text(m.el)).to.contain('Comparar otra factura');
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-plan-comparison')!;
        expect(el).to.exist;
        await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'rendered');
        if (name !== 'Loading') await settled(el);
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
