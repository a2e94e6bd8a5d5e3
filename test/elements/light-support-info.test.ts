import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { loadLocale } from '../../src/core/i18n.js';
import '../../src/elements/account-status/light-account-status.js';
import type { LightAccountStatus } from '../../src/elements/account-status/light-account-status.js';
import type { LightSupportInfo } from '../../src/elements/support-info/light-support-info.js';
import '../../src/elements/support-info/light-support-info.js';
import { supportInfoMsg as msg } from '../../src/elements/support-info/light-support-info.messages.js';
import type { ScenarioName } from '../../src/sandbox/index.js';
import { TDUS } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-support-info.stories.js';
import { HOSTILE_SUPPORT_INFO, PLAIN_TEXT_SUPPORT_INFO } from '../../stories/support/fixtures/support-info.js';
import { rewritingFetch } from '../../stories/support/fixtures/renewal.js';
import { $, $$, deepActive, shadow, text } from '../support/dom.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { settled } from '../support/settled.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const mountSupport = (scenario: ScenarioName, options: MountOptions & { element?: TemplateResult } = {}) =>
  mountOnSandbox<LightSupportInfo>(
    'light-support-info',
    options.element ?? html`<light-support-info></light-support-info>`,
    scenario,
    options,
  );

/** The element with its support-info answer replaced by `body`. */
const withAnswer = (body: object, options: MountOptions = {}) =>
  mountSupport('active', {
    ...options,
    fetch: ({ sandbox }) =>
      rewritingFetch(sandbox, (path, json) => (path.endsWith('/support-info') ? { ...body } : json)),
  });

const shown = (el: Element) =>
  waitUntil(() => shadow(el).querySelector('.contacts, [part~="empty"], [role="alert"]'), 'support info shown', {
    timeout: 5000,
  });

const links = (el: Element) => $$<HTMLAnchorElement>(el, 'a').map((a) => a.getAttribute('href'));

describe('light-support-info', () => {
  before(() => loadLocale('es'));
  afterEach(() => {
    expect((window as { __pwned?: number }).__pwned, 'no injected script ran').to.equal(undefined);
  });

  it("shows the partner's support and the utility's outage contacts, with tel:, mailto: and web links", async () => {
    const { el, sandbox, session, errors } = await mountSupport('active');
    await shown(el);
    const location = sandbox.requests.find((r) => r.route === 'supportInfo')!;
    expect(location.path).to.equal(`/account/locations/${session.locationUuid}/support-info`);
    const all = text(shadow(el));
    expect(all).to.contain('customer support');
    expect(all).to.contain(msg('en', 'poweredByLight'));
    expect(all).to.contain('the company that owns the poles, wires and meters');
    expect(all).to.contain(msg('en', 'moving'));
    expect(all).to.contain(msg('en', 'switching'));
    expect(links(el)).to.include.members([
      'tel:+18555550142',
      'mailto:support@sandbox-energy.example',
      'https://sandbox.light.dev/support',
    ]);
    const tdu = Object.values(TDUS).find((t) => all.includes(t.display_name))!;
    expect(tdu, 'the TDU is named').to.exist;
    expect(links(el)).to.include(`tel:+1${tdu.outage_phone.replace(/\D/g, '').slice(1)}`);
    const web = $<HTMLAnchorElement>(el, 'a[target="_blank"]')!;
    expect(web.rel).to.contain('noopener');
    expect(text(web)).to.contain(msg('en', 'opensInNewTab'));
    expect($(el, '[role="heading"][aria-level="2"]')).to.exist;
    expect($$(el, '[role="heading"][aria-level="3"]').length).to.equal(3);
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('reads the location it is given, and says so when the account has no such location', async () => {
    const { el, sandbox } = await mountSupport('active', {
      element: html`<light-support-info location-uuid="not-a-location"></light-support-info>`,
    });
    await shown(el);
    expect(text($(el, '[part~="empty"]'))).to.contain(msg('en', 'emptyNoLocation'));
    expect(sandbox.requests.filter((r) => r.route === 'supportInfo')).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('says there are no contacts when the answer has none', async () => {
    const { el, errors } = await withAnswer({});
    await shown(el);
    expect(text($(el, '[part~="empty"]'))).to.contain(msg('en', 'emptyNoContacts'));
    expect(errors).to.deep.equal([]);
  });

  it('shows values that are not valid phone numbers, emails or web links as text, never as links', async () => {
    const { el } = await withAnswer(PLAIN_TEXT_SUPPORT_INFO);
    await shown(el);
    expect(links(el)).to.deep.equal([]);
    const all = text(shadow(el));
    for (const value of ['1-800-FLOWERS', 'support at acme', '/help', '888-313-4747 ext. 2', 'www.oncor.com']) {
      expect(all).to.contain(value);
    }
  });

  it('keeps markup, scripts and javascript: or data: URLs inert', async () => {
    const { el } = await withAnswer(HOSTILE_SUPPORT_INFO);
    await shown(el);
    expect(links(el)).to.deep.equal([]);
    expect($(el, 'img, script')).to.equal(null);
    const all = text(shadow(el));
    expect(all).to.contain('<script>window.__pwned=1</script>');
    expect(all).to.contain('help@example.com?bcc=everyone@example.com');
    expect(all).to.contain('javascript:window.__pwned=1');
    await expect(el).to.be.accessible();
  });

  it('reaches every link from the keyboard, in reading order', async () => {
    const { el } = await mountSupport('active', { buttonBefore: true });
    await shown(el);
    (document.querySelector('#before') as HTMLElement).focus();
    const order: string[] = [];
    for (let i = 0; i < links(el).length; i++) {
      await sendKeys({ press: 'Tab' });
      order.push((deepActive() as HTMLAnchorElement).getAttribute('href') ?? '');
    }
    expect(order).to.deep.equal(links(el));
  });

  it('fails with an alert and a retry that works, and fires light-error', async () => {
    const { el, errors, sandbox } = await mountSupport('active', {
      faults: [{ route: 'supportInfo', kind: 'status', status: 503 }],
    });
    await shown(el);
    expect($(el, '[role="alert"]')).to.exist;
    await waitUntil(() => errors.length, 'light-error');
    expect(errors[0]).to.include({ code: 'server', retryable: true });
    sandbox.faults.clear();
    $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
    await waitUntil(() => $(el, '.contacts'), 'contacts after the retry', { timeout: 5000 });
  });

  it('speaks Spanish', async () => {
    const { el } = await mountSupport('active', {
      element: html`<light-support-info locale="es"></light-support-info>`,
    });
    await shown(el);
    const all = text(shadow(el));
    expect(all).to.contain('Ayuda y cortes de luz');
    expect(all).to.contain('es su empresa de servicios públicos (TDU)');
    expect(all).to.contain(msg('es', 'moving'));
    await expect(el).to.be.accessible();
  });

  it('without a way to sign in: the "not set up" state and a config error', async () => {
    const errors: string[] = [];
    const el = document.createElement('light-support-info');
    document.body.addEventListener('light-error', (e) => errors.push((e as CustomEvent).detail.code), { once: true });
    document.body.append(el);
    await el.updateComplete;
    expect(text(shadow(el))).to.contain('not set up');
    expect(errors).to.deep.equal(['config']);
    el.remove();
  });

  describe('inside light-account-status', () => {
    const mountStatus = (scenario: ScenarioName) =>
      mountOnSandbox<LightAccountStatus>(
        'light-account-status',
        html`<light-account-status></light-account-status>`,
        scenario,
      );
    const inner = (el: Element) => shadow(el).querySelector('light-support-info');

    it('follows a status that needs the customer, signed in the same way, with one account request', async () => {
      const { el, sandbox } = await mountStatus('switch-hold');
      await waitUntil(() => inner(el)?.shadowRoot?.querySelector('.contacts'), 'support contacts', { timeout: 5000 });
      const support = inner(el)!;
      expect(support.getAttribute('part')).to.equal('help');
      expect($(support, '[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
      expect(sandbox.requests.filter((r) => r.route === 'account').length).to.equal(1);
      await settled(el);
      await expect(el).to.be.accessible();
    });

    it('is not shown when all is well, nor before there is a service address', async () => {
      for (const scenario of ['active', 'enrolled-pending'] as const) {
        const { el } = await mountStatus(scenario);
        await waitUntil(() => shadow(el).querySelector('.title'), 'status');
        expect(inner(el), scenario).to.equal(null);
      }
    });
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-support-info')!;
        expect(el).to.exist;
        await waitUntil(() => el.shadowRoot?.querySelector('[part~="heading"]'), 'rendered');
        if (name !== 'Loading') await settled(el);
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
