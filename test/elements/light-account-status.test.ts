import { expect, html, waitUntil } from '@open-wc/testing';
import { DOCUMENTED_STATUSES, explainStatus } from '../../src/core/account-status.js';
import { loadLocale } from '../../src/core/i18n.js';
import type { LightAccountStatus } from '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/account-status/light-account-status.js';
import { SCENARIOS, STATUS_PAIRS, type ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-account-status.stories.js';
import { shadowText as text } from '../support/dom.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const mountStatus = (
  scenario: ScenarioName,
  options: MountOptions = {},
  content = html`<light-account-status></light-account-status>`,
) => mountOnSandbox<LightAccountStatus>('light-account-status', content, scenario, options);

describe('explainStatus', () => {
  before(() => loadLocale('es'));

  it('has a sentence for every documented status pair', () => {
    const pairs = Object.entries(STATUS_PAIRS).flatMap(([status, reasons]) =>
      reasons.map((reason) => `${status}/${reason}`),
    );
    expect([...DOCUMENTED_STATUSES].sort()).to.deep.equal([...pairs].sort());
    for (const pair of DOCUMENTED_STATUSES) {
      const [status, status_reason] = pair.split('/');
      for (const locale of ['en', 'es'] as const) {
        const explained = explainStatus({ status, status_reason }, locale);
        expect(explained.title, `${pair} ${locale}`).to.be.a('string').and.not.equal('');
        expect(explained.body, `${pair} ${locale}`).to.not.equal(
          explainStatus({ status: 'x', status_reason: 'y' }, locale).body,
        );
      }
      const en = explainStatus({ status, status_reason }, 'en');
      const es = explainStatus({ status, status_reason }, 'es');
      expect(es.body, `${pair} is translated`).to.not.equal(en.body);
    }
  });

  it('tells the customer what to do where they must act', () => {
    for (const pair of [
      'needs_attention/credit_check_frozen',
      'needs_attention/credit_not_found',
      'needs_attention/enrollment_blocked_switch_hold',
    ]) {
      const [status, status_reason] = pair.split('/');
      expect(explainStatus({ status, status_reason }, 'en').action, pair).to.be.a('string');
    }
    expect(explainStatus({ status: 'active', status_reason: 'active' }, 'en').action).to.equal(null);
  });

  it('has a neutral sentence for an unknown status', () => {
    expect(explainStatus({ status: 'brand_new', status_reason: 'surprise' }, 'en').title).to.equal('Account status');
  });
});

describe('light-account-status', () => {
  it('explains each scenario status in plain words', async () => {
    for (const scenario of ['enrolled-pending', 'credit-frozen', 'active'] as const) {
      const { el } = await mountStatus(scenario);
      const info = SCENARIOS.find((s) => s.name === scenario)!;
      const expected = explainStatus({ status: info.status, status_reason: info.status_reason }, 'en');
      await waitUntil(() => text(el).includes(expected.title), scenario);
      expect(text(el)).to.contain(expected.body);
      if (expected.action) expect(text(el)).to.contain(expected.action);
      await expect(el).to.be.accessible();
    }
  });

  it('shows a loading skeleton first', async () => {
    const { el } = await mountStatus('active', { latencyMs: 60_000 });
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error with a working retry, and emits light-error', async () => {
    const { el, sandbox, errors } = await mountStatus('active', {
      faults: [{ route: 'account', kind: 'status', status: 500 }],
    });
    await waitUntil(() => errors.length > 0, 'light-error');
    expect(errors[0]).to.deep.include({ code: 'server', status: 500, retryable: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    await expect(el).to.be.accessible();
    sandbox.faults.clear(); // the outage ends
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => text(el).includes('Service active'));
  });

  it('refreshes its token silently on a 401 and survives malformed JSON with a retry', async () => {
    const { el } = await mountStatus('active', {
      faults: [{ route: 'account', kind: 'status', status: 401, times: 1 }],
    });
    await waitUntil(() => text(el).includes('Service active'));

    const garbled = await mountStatus('active', { faults: [{ route: 'account', kind: 'malformed', times: 1 }] });
    await waitUntil(() => garbled.el.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(garbled.el)).to.contain('could not read');
  });

  it('follows the account when another element refreshes it', async () => {
    const setup = await mountStatus('mid-enrollment-ready-to-finalize');
    const { el } = setup;
    await waitUntil(() => text(el).includes('Almost done'));
    const { accountStore } = await import('../../src/core/account-store.js');
    const { sharedClient } = await import('../../src/core/clients.js');
    setup.sandbox.setStatus(setup.session.accountUuid, 'active', 'active');
    await accountStore(sharedClient(setup.session.tokenProvider, undefined, setup.sandbox.fetch)).refresh();
    await waitUntil(() => text(el).includes('Service active'));
  });

  it('speaks Spanish', async () => {
    const { el } = await mountStatus('active', {}, html`<light-account-status locale="es"></light-account-status>`);
    await waitUntil(() => text(el).includes('Servicio activo'));
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-account-status')!;
        await el.updateComplete;
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
