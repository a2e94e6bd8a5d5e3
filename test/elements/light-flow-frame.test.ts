import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { CLOCK_KEY, clockAt, now, setClock } from '../../src/api/clock.js';
import type { FlowScope } from '../../src/api/types.js';
import {
  FLOW_LINK_LIFETIME_MS,
  flowUrl,
  isExpired,
  isFlowCloseMessage,
  isUsableUntil,
  linkDeadline,
  toFlowLink,
  trustedOrigins,
} from '../../src/elements/flow-frame/flow-link.js';
import '../../src/elements/flow-frame/light-flow-frame.js';
import type { FlowProvider, LightFlowFrame } from '../../src/elements/flow-frame/light-flow-frame.js';
import * as stories from '../../stories/light-flow-frame.stories.js';
import { part } from '../support/dom.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const HOUR = 60 * 60 * 1000;
const iso = (time: number) => new Date(time).toISOString();
const inAnHour = () => iso(now() + HOUR);
const anHourAgo = () => iso(now() - HOUR);
/** Long past: more than a link's whole lifetime ago, whatever the clock's error. */
const aDayAgo = () => iso(now() - 24 * HOUR);
/** The server's time as a provider passes it on: the `Date` header of the `flow-login` response. */
const serverTime = (time = now()) => new Date(time).toUTCString();

/** The stand-in flow on this page's origin (the test runner serves the repo root, so public/ is under /public/). */
const standIn = (scope: FlowScope = 'billing', token = 'sbx-token') =>
  new URL(`/public/sandbox-flow.html?scope=${scope}&token=${token}`, location.href).href;
/** The same page from another origin: the runner listens on localhost, and 127.0.0.1 is a different origin. */
const crossOriginStandIn = (scope: FlowScope = 'billing') =>
  `http://127.0.0.1:${location.port}/public/sandbox-flow.html?scope=${scope}`;

/** A provider that hands out the given links in turn (the last one again once they run out), counting calls. */
function providerOf(...links: Array<{ login_link: string; expires_at: string | null; server_time?: string }>) {
  const provider = Object.assign(
    async (scope: FlowScope) => {
      provider.scopes.push(scope);
      return links[Math.min(provider.scopes.length, links.length) - 1];
    },
    { scopes: [] as FlowScope[] },
  );
  return provider;
}

const frameOf = (el: LightFlowFrame) => el.shadowRoot!.querySelector('iframe');
const dialogOf = (el: LightFlowFrame) => el.shadowRoot!.querySelector('dialog')!;

/** A page holding `frame` (a modal flow frame) after a button, which has focus, as it would after opening it. */
async function modalPage(frame: TemplateResult) {
  const root = await fixture<HTMLDivElement>(html`<div><button type="button">Open</button>${frame}</div>`);
  const openerButton = root.querySelector('button')!;
  openerButton.focus();
  return { el: root.querySelector('light-flow-frame')!, openerButton };
}

/** How long a condition may take to come true: a page loading on a busy machine can take seconds. */
const SETTLE = { timeout: 8_000 };

/** Waits until the frame has loaded and is shown. */
async function loaded(el: LightFlowFrame): Promise<HTMLIFrameElement> {
  await waitUntil(() => frameOf(el) && !part(el, 'loading'), 'the frame did not finish loading', SETTLE);
  const frame = frameOf(el)!;
  expect(frame.classList.contains('concealed')).to.be.false;
  return frame;
}

/** Presses the stand-in flow's own Done button, which posts `{ type: 'light-flow-close' }` to its parent. */
function pressDone(frame: HTMLIFrameElement): void {
  frame.contentDocument!.getElementById('flow-done')!.click();
}

/**
 * Replaces the frame's document with an empty one of this page's origin (a parent may navigate its child), so the
 * test can post any message from the frame's own window: its source is the frame, its origin this page's.
 */
async function takeOver(frame: HTMLIFrameElement): Promise<(data: unknown) => Promise<void>> {
  const navigated = oneEvent(frame, 'load');
  frame.contentWindow!.location.href = 'about:blank';
  await navigated;
  return async (data) => {
    const doc = frame.contentDocument!;
    const script = doc.createElement('script');
    script.textContent = `parent.postMessage(${JSON.stringify(data)}, '*');`;
    await deliveredAfter(() => doc.body.append(script));
  };
}

/**
 * Runs `post` and waits until this window has received the message. The element's listener was added first, so by
 * then it has already seen (and judged) the message.
 */
async function deliveredAfter(post: () => void): Promise<void> {
  const received = oneEvent(window, 'message');
  post();
  await received;
}

/** Records the element's close events. */
function closes(el: LightFlowFrame) {
  const reasons: string[] = [];
  el.addEventListener('light-flow-close', (event) => reasons.push(event.detail.reason));
  return reasons;
}

/**
 * A provider whose first `hangs` calls never answer (a backend that hangs), then hands out `link`; it records the
 * signal each call got.
 */
function hangingProvider(hangs = Infinity, link = () => ({ login_link: standIn(), expires_at: inAnHour() })) {
  const signals: Array<AbortSignal | undefined> = [];
  const provider = (_scope: FlowScope, options?: { signal?: AbortSignal }) => {
    signals.push(options?.signal);
    return signals.length <= hangs ? new Promise<never>(() => {}) : Promise.resolve(link());
  };
  return Object.assign(provider, { signals });
}

/**
 * Records `read()` after each render of the element (a mutation observer runs before any timer can), until stopped.
 */
function watchRenders<T>(el: LightFlowFrame, read: () => T): { stop(): T[] } {
  const seen: T[] = [];
  const observer = new MutationObserver(() => seen.push(read()));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
  return {
    stop() {
      observer.disconnect();
      return seen;
    },
  };
}

/** Keeps the frame's `load` event from reaching the element, as if the page never finished loading. */
function blockLoad(el: LightFlowFrame): () => void {
  const stop = (event: Event) => event.stopPropagation();
  el.shadowRoot!.addEventListener('load', stop, true);
  return () => el.shadowRoot!.removeEventListener('load', stop, true);
}

describe('flow links', () => {
  it('accepts https, and http only on this machine', () => {
    expect(flowUrl('https://flow.light.dev/login?token=abc')?.href).to.equal('https://flow.light.dev/login?token=abc');
    expect(flowUrl('http://localhost:8000/x')).to.not.equal(null);
    expect(flowUrl('http://127.0.0.1:8000/x')).to.not.equal(null);
    expect(flowUrl('http://[::1]:8000/x')).to.not.equal(null);
    expect(flowUrl('/public/sandbox-flow.html', 'https://partner.example/account')?.href).to.equal(
      'https://partner.example/public/sandbox-flow.html',
    );
  });

  it('refuses every other scheme and garbage', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'blob:https://flow.light.dev/1234',
      'file:///etc/passwd',
      'ftp://flow.light.dev/',
      'http://flow.light.dev/login',
      'http://localhost.evil.example/',
      'https://',
      '',
      null,
      undefined,
    ]) {
      expect(flowUrl(value), String(value)).to.equal(null);
    }
  });

  it('counts a link as expired a little before its expiry, and an unknown expiry as fresh', () => {
    const now = Date.parse('2026-01-15T11:00:00Z');
    expect(isExpired('2026-01-15T10:59:59Z', now)).to.be.true;
    expect(isExpired('2026-01-15T11:00:05Z', now)).to.be.true;
    expect(isExpired('2026-01-15T11:30:00Z', now)).to.be.false;
    expect(isExpired(null, now)).to.be.false;
    expect(isExpired('soon', now)).to.be.false;
  });

  it('measures a link from when it was received, without trusting this device against the server', () => {
    const at = Date.parse('2026-01-15T13:00:00Z');
    const minute = 60_000;
    // The server's time given: the lifetime is expires_at minus it, whatever this clock says.
    expect(
      linkDeadline('2026-01-15T11:30:00Z', { receivedAt: at, fresh: true, serverTime: '2026-01-15T11:00:00Z' }),
    ).to.equal(at + 30 * minute);
    expect(
      linkDeadline('2026-01-15T11:00:05Z', {
        receivedAt: at,
        fresh: true,
        serverTime: 'Thu, 15 Jan 2026 11:00:00 GMT',
      }),
    ).to.equal(at + 5_000);
    // Without it: expires_at by this clock when that is sooner than a whole lifetime...
    expect(linkDeadline('2026-01-15T13:20:00Z', { receivedAt: at, fresh: true })).to.equal(at + 20 * minute);
    expect(linkDeadline('2026-01-15T13:00:05Z', { receivedAt: at, fresh: true })).to.equal(at + 5_000);
    expect(linkDeadline('2026-01-15T18:00:00Z', { receivedAt: at, fresh: true })).to.equal(at + FLOW_LINK_LIFETIME_MS);
    // ...and a whole lifetime when it is already past by this clock: a fresh link always, a src within one lifetime.
    expect(linkDeadline('2026-01-15T12:01:00Z', { receivedAt: at, fresh: true })).to.equal(at + FLOW_LINK_LIFETIME_MS);
    expect(linkDeadline('2026-01-14T12:00:00Z', { receivedAt: at, fresh: true })).to.equal(at + FLOW_LINK_LIFETIME_MS);
    expect(linkDeadline('2026-01-15T12:30:00Z', { receivedAt: at, fresh: false })).to.equal(at + FLOW_LINK_LIFETIME_MS);
    expect(linkDeadline('2026-01-15T11:59:00Z', { receivedAt: at, fresh: false })).to.equal(
      Date.parse('2026-01-15T11:59:00Z'),
    );
    // No expiry, or one that cannot be read: no deadline.
    expect(linkDeadline(null, { receivedAt: at, fresh: false })).to.equal(Infinity);
    expect(linkDeadline('soon', { receivedAt: at, fresh: true, serverTime: 'now' })).to.equal(Infinity);
    // Usable only with more than 10 seconds left.
    expect(isUsableUntil(at + 10_001, at)).to.be.true;
    expect(isUsableUntil(at + 10_000, at)).to.be.false;
    expect(isUsableUntil(Infinity, at)).to.be.true;
  });

  it('checks what a provider returns', () => {
    expect(
      toFlowLink({ login_link: 'https://x.test/', scope: 'billing', expires_at: '2026-01-01T00:00:00Z' }),
    ).to.deep.equal({
      login_link: 'https://x.test/',
      expires_at: '2026-01-01T00:00:00Z',
    });
    expect(toFlowLink({ login_link: 'https://x.test/' })).to.deep.equal({
      login_link: 'https://x.test/',
      expires_at: null,
    });
    expect(
      toFlowLink({ login_link: 'https://x.test/', expires_at: null, server_time: 'Thu, 01 Jan 2026 00:00:00 GMT' }),
    ).to.deep.equal({
      login_link: 'https://x.test/',
      expires_at: null,
      server_time: 'Thu, 01 Jan 2026 00:00:00 GMT',
    });
    for (const garbage of [null, 'https://x.test/', { link: 'https://x.test/' }, { login_link: 42 }]) {
      expect(() => toFlowLink(garbage)).to.throw(TypeError);
    }
  });

  it('trusts the link origin and listed http(s) origins, never "null"', () => {
    const origins = trustedOrigins(
      new URL('https://flow.light.dev/login'),
      ' https://app.light.dev/path  null data:x garbage ',
    );
    expect([...origins]).to.deep.equal(['https://flow.light.dev', 'https://app.light.dev']);
  });

  it('takes a close message only from the frame window, a trusted origin, with the right shape', () => {
    const frameWindow = window;
    const origins = new Set(['https://flow.light.dev']);
    const message = { source: frameWindow, origin: 'https://flow.light.dev', data: { type: 'light-flow-close' } };
    expect(isFlowCloseMessage(message, frameWindow, origins)).to.be.true;
    expect(isFlowCloseMessage({ ...message, source: null }, frameWindow, origins)).to.be.false;
    expect(isFlowCloseMessage(message, null, origins)).to.be.false;
    expect(isFlowCloseMessage({ ...message, origin: 'https://evil.example' }, frameWindow, origins)).to.be.false;
    expect(isFlowCloseMessage({ ...message, origin: 'null' }, frameWindow, new Set(['null']))).to.be.false;
    for (const data of ['light-flow-close', ['light-flow-close'], null, { type: 'light-flow-open' }, {}]) {
      expect(isFlowCloseMessage({ ...message, data }, frameWindow, origins), JSON.stringify(data)).to.be.false;
    }
  });
});

describe('light-flow-frame', () => {
  describe('inline', () => {
    it('shows nothing until open', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame src=${standIn()}></light-flow-frame>`);
      expect(frameOf(el)).to.equal(null);
      expect(el.shadowRoot!.childElementCount).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('loads the link in a locked-down frame, covered by a loading indicator until it loads', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame scope="billing"></light-flow-frame>`);
      const unblock = blockLoad(el);
      el.src = standIn('billing');
      el.show();
      await el.updateComplete;
      const frame = frameOf(el)!;
      expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
      expect(frame.classList.contains('concealed')).to.be.true;
      expect(frame.getAttribute('src')).to.equal(standIn('billing'));
      expect(frame.getAttribute('sandbox')!.split(' ').sort()).to.deep.equal([
        'allow-forms',
        'allow-popups',
        'allow-popups-to-escape-sandbox',
        'allow-same-origin',
        'allow-scripts',
      ]);
      // Light's flows are framed with these (the identity check may use the camera); `payment` alone before.
      expect(frame.getAttribute('allow')).to.equal('camera; microphone; payment; encrypted-media');
      expect(frame.getAttribute('referrerpolicy')).to.equal('strict-origin');
      expect(frame.getAttribute('title')).to.equal('Your bills and payments');
      unblock();
      frame.contentWindow!.location.reload();
      await loaded(el);
      expect(frameOf(el)).to.equal(frame);
      await expect(el).to.be.accessible();
    });

    it('lets the flow ask for the camera by default, and not with allow="payment"', async () => {
      // The frame's own policy for the flow's origin: another origin than this page's, as Light's flows are (a
      // same-origin frame gets the camera whatever `allow` says).
      const allows = (frame: HTMLIFrameElement, names: string[]) => {
        const policy = (frame as HTMLIFrameElement & { featurePolicy: { allowsFeature(name: string): boolean } })
          .featurePolicy;
        return names.map((name) => policy.allowsFeature(name));
      };
      const byDefault = await fixture<LightFlowFrame>(
        html`<light-flow-frame open src=${crossOriginStandIn()}></light-flow-frame>`,
      );
      await waitUntil(() => frameOf(byDefault), 'no frame', SETTLE);
      expect(allows(frameOf(byDefault)!, ['camera', 'microphone', 'payment', 'geolocation'])).to.deep.equal([
        true,
        true,
        true,
        false,
      ]);
      const errors: string[] = [];
      const narrowed = await fixture<LightFlowFrame>(
        html`<light-flow-frame
          open
          allow="payment"
          src=${crossOriginStandIn()}
          @light-error=${(event: CustomEvent<{ code: string }>) => errors.push(event.detail.code)}
        ></light-flow-frame>`,
      );
      await waitUntil(() => frameOf(narrowed), 'no frame', SETTLE);
      const frame = frameOf(narrowed)!;
      expect(frame.getAttribute('allow')).to.equal('payment');
      expect(allows(frame, ['camera', 'microphone', 'payment'])).to.deep.equal([false, false, true]);
      expect(errors).to.deep.equal([]);
    });

    it('takes the allow property for the next link it loads', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame open src=${standIn()}></light-flow-frame>`);
      await loaded(el);
      el.allow = "camera 'src';payment";
      el.src = standIn('billing', 'second');
      await el.updateComplete;
      expect(frameOf(el)!.getAttribute('allow')).to.equal("camera 'src'; payment");
    });

    it('keeps the default for an allow that is not a plain permissions policy, and says so once', async () => {
      const errors: Array<{ code: string; message: string }> = [];
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame
          open
          allow="camera, microphone"
          src=${standIn()}
          @light-error=${(event: CustomEvent<{ code: string; message: string }>) => errors.push(event.detail)}
        ></light-flow-frame>`,
      );
      const frame = await loaded(el);
      expect(frame.getAttribute('allow')).to.equal('camera; microphone; payment; encrypted-media');
      el.closable = true;
      await el.updateComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['config']);
      expect(errors[0].message).to.contain('allow attribute');
      expect(errors[0].message).to.contain('camera; microphone; payment; encrypted-media');
    });

    it('writes the link nowhere but the frame src', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame open></light-flow-frame>`);
      el.src = standIn('billing', 'secret-42');
      await loaded(el);
      expect(el.hasAttribute('src')).to.be.false;
      expect(el.outerHTML).to.not.contain('secret-42');
      expect(el.shadowRoot!.innerHTML.split('secret-42')).to.have.length(2);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    });

    it('closes with reason "flow" when the flow posts light-flow-close', async () => {
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame open scope="billing" src=${standIn()}></light-flow-frame>`,
      );
      const frame = await loaded(el);
      setTimeout(() => pressDone(frame));
      const event = await oneEvent(el, 'light-flow-close');
      expect(event.detail).to.deep.equal({ scope: 'billing', reason: 'flow' });
      expect(el.open).to.be.false;
      expect(el.hasAttribute('open')).to.be.false;
      await el.updateComplete;
      expect(frameOf(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ignores the same message from another window: this page, or another frame', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame open src=${standIn()}></light-flow-frame>`);
      const reasons = closes(el);
      await loaded(el);

      await deliveredAfter(() => window.postMessage({ type: 'light-flow-close' }, '*'));

      const other = document.createElement('iframe');
      other.title = 'Another frame';
      const otherLoaded = oneEvent(other, 'load');
      other.src = standIn();
      el.after(other);
      await otherLoaded;
      try {
        await deliveredAfter(() => pressDone(other));
      } finally {
        other.remove();
      }

      await el.updateComplete;
      expect(reasons).to.deep.equal([]);
      expect(el.open).to.be.true;
    });

    it('ignores messages of another type or shape, then takes the real one', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame open src=${standIn()}></light-flow-frame>`);
      const reasons = closes(el);
      const post = await takeOver(await loaded(el));
      for (const data of [
        'light-flow-close',
        ['light-flow-close'],
        { type: 'light-flow-open' },
        { kind: 'light-flow-close' },
        null,
      ]) {
        await post(data);
      }
      await el.updateComplete;
      expect(reasons).to.deep.equal([]);
      expect(el.open).to.be.true;

      await post({ type: 'light-flow-close', extra: 1 });
      await waitUntil(() => reasons.length === 1);
      expect(reasons).to.deep.equal(['flow']);
    });

    it('ignores a close message from an origin other than the link’s', async () => {
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame open src=${crossOriginStandIn()}></light-flow-frame>`,
      );
      const reasons = closes(el);
      // The frame's window now holds a document of this page's origin, not the link's (127.0.0.1).
      const post = await takeOver(await loaded(el));
      await post({ type: 'light-flow-close' });
      await el.updateComplete;
      expect(reasons).to.deep.equal([]);
      expect(el.open).to.be.true;
    });

    it('takes a close message from an origin listed in allowed-origins', async () => {
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame
          open
          src=${crossOriginStandIn()}
          allowed-origins="https://flow.light.dev ${location.origin}"
        ></light-flow-frame>`,
      );
      const reasons = closes(el);
      const post = await takeOver(await loaded(el));
      await post({ type: 'light-flow-close' });
      await waitUntil(() => reasons.length === 1);
      expect(reasons).to.deep.equal(['flow']);
    });

    it('refuses a javascript: link with a visible error', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame></light-flow-frame>`);
      el.src = 'javascript:alert(1)';
      setTimeout(() => el.show());
      const error = await oneEvent(el, 'light-error');
      expect(error.detail.code).to.equal('config');
      expect(error.detail.retryable).to.be.false;
      await el.updateComplete;
      expect(frameOf(el)).to.equal(null);
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(part(el, 'error')!.textContent).to.contain('not a secure (https) link');
      expect(part(el, 'retry-button')).to.equal(null);
      expect(part(el, 'fallback-link')).to.equal(null);
      await expect(el).to.be.accessible();

      const reasons = closes(el);
      el.close();
      await el.updateComplete;
      expect(reasons).to.deep.equal(['error']);
    });

    it('refuses plain http off this machine, data: and blob: links', async () => {
      for (const src of [
        'http://flow.light.dev/login?token=x',
        'data:text/html,hello',
        'blob:https://flow.light.dev/x',
      ]) {
        const el = await fixture<LightFlowFrame>(html`<light-flow-frame open src=${src}></light-flow-frame>`);
        expect(frameOf(el), src).to.equal(null);
        expect(part(el, 'error'), src).to.not.equal(null);
      }
    });

    it('says the link expired when it has only an expired src, and closes with reason "expired"', async () => {
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame src=${standIn()} expires-at=${aDayAgo()}></light-flow-frame>`,
      );
      setTimeout(() => el.show());
      const error = await oneEvent(el, 'light-error');
      expect(error.detail.code).to.equal('auth');
      await el.updateComplete;
      expect(frameOf(el)).to.equal(null);
      expect(part(el, 'error')!.textContent).to.contain('This link has expired');
      expect(part(el, 'retry-button')).to.equal(null);

      const reasons = closes(el);
      el.close();
      await el.updateComplete;
      expect(reasons).to.deep.equal(['expired']);
    });

    it('gets a new link through the provider instead of an expired src', async () => {
      const provider = providerOf({ login_link: standIn('renewal', 'fresh'), expires_at: inAnHour() });
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame
          scope="renewal"
          src=${standIn('renewal', 'stale')}
          expires-at=${aDayAgo()}
          .flowProvider=${provider}
        ></light-flow-frame>`,
      );
      el.show();
      const frame = await loaded(el);
      expect(provider.scopes).to.deep.equal(['renewal']);
      expect(frame.getAttribute('src')).to.equal(standIn('renewal', 'fresh'));
    });

    it('asks the provider again when its link has already expired by the server’s clock', async () => {
      const provider = providerOf(
        { login_link: standIn('billing', 'stale'), expires_at: anHourAgo(), server_time: serverTime() },
        { login_link: standIn('billing', 'fresh'), expires_at: inAnHour(), server_time: serverTime() },
      );
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame scope="billing" .flowProvider=${provider}></light-flow-frame>`,
      );
      el.show();
      const frame = await loaded(el);
      expect(provider.scopes).to.deep.equal(['billing', 'billing']);
      expect(frame.getAttribute('src')).to.equal(standIn('billing', 'fresh'));
      expect(el.shadowRoot!.innerHTML).to.not.contain('stale');
    });

    it('gives up after two expired links from the provider, offering a retry', async () => {
      const provider = providerOf({
        login_link: standIn('billing', 'stale'),
        expires_at: anHourAgo(),
        server_time: serverTime(),
      });
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame .flowProvider=${provider}></light-flow-frame>`);
      setTimeout(() => el.show());
      await oneEvent(el, 'light-error');
      await el.updateComplete;
      expect(provider.scopes).to.have.length(2);
      expect(frameOf(el)).to.equal(null);
      expect(part(el, 'error')!.textContent).to.contain('This link has expired');
      expect(part(el, 'retry-button')).to.not.equal(null);
    });

    it('shows an error with a retry when the provider fails, and the retry asks it again', async () => {
      let calls = 0;
      const provider: FlowProvider = async () => {
        if (++calls === 1) throw new Error('backend down');
        return { login_link: standIn(), expires_at: inAnHour() };
      };
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame .flowProvider=${provider}></light-flow-frame>`);
      setTimeout(() => el.show());
      const error = await oneEvent(el, 'light-error');
      expect(error.detail).to.include({ code: 'auth', retryable: true });
      expect(error.detail.message).to.not.contain('backend down');
      await el.updateComplete;
      await expect(el).to.be.accessible();
      part(el, 'retry-button')!.click();
      await loaded(el);
      expect(calls).to.equal(2);
    });

    it('shows an error with a retry and a new-tab link when the frame does not load in time', async () => {
      const provider = providerOf(
        { login_link: standIn('documents', 'first'), expires_at: inAnHour() },
        { login_link: standIn('documents', 'second'), expires_at: inAnHour() },
      );
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame scope="documents" load-timeout="50" .flowProvider=${provider}></light-flow-frame>`,
      );
      // The first frame never finishes loading, so the timeout is certain to win; the check of what shows while it
      // loads runs as each render lands, before any timer can fire.
      const unblock = blockLoad(el);
      const whileLoading = watchRenders(el, () => (frameOf(el) ? part(el, 'fallback-link') === null : undefined));
      const failed = oneEvent(el, 'light-error');
      el.show();
      const error = await failed;
      const seen = whileLoading.stop().filter((noFallback) => noFallback !== undefined);
      expect(seen, 'the frame showed while loading').to.not.be.empty;
      expect(seen.every(Boolean), 'no new-tab link before a failure').to.be.true;
      expect(error.detail).to.include({ code: 'timeout', retryable: true });
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('taking too long');
      expect(frameOf(el)).to.equal(null);
      const fallback = part(el, 'fallback-link') as HTMLAnchorElement;
      expect(fallback.href).to.equal(standIn('documents', 'first'));
      expect(fallback.target).to.equal('_blank');
      expect(fallback.rel.split(' ')).to.include.members(['noopener', 'noreferrer']);
      await expect(el).to.be.accessible();

      // The retry's frame loads for real: no 50 ms race with a busy machine.
      unblock();
      el.loadTimeout = 0;
      part(el, 'retry-button')!.click();
      const frame = await loaded(el);
      expect(provider.scopes).to.have.length(2);
      expect(frame.getAttribute('src')).to.equal(standIn('documents', 'second'));
      expect(part(el, 'fallback-link')).to.equal(null);
    });

    it('retries a src-only link in a new frame after a timeout', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame load-timeout="50"></light-flow-frame>`);
      const unblock = blockLoad(el);
      el.src = standIn();
      const failed = oneEvent(el, 'light-error');
      el.show();
      expect((await failed).detail.code).to.equal('timeout');
      await el.updateComplete;
      expect(frameOf(el)).to.equal(null);
      unblock();
      el.loadTimeout = 0;
      part(el, 'retry-button')!.click();
      const frame = await loaded(el);
      expect(frame.getAttribute('src')).to.equal(standIn());
    });

    it('reports a missing link as a configuration error', async () => {
      const el = await fixture<LightFlowFrame>(html`<light-flow-frame></light-flow-frame>`);
      setTimeout(() => el.show());
      const error = await oneEvent(el, 'light-error');
      expect(error.detail.code).to.equal('config');
      await el.updateComplete;
      expect(part(el, 'error')!.textContent).to.contain('flowProvider');
    });

    it('fires light-flow-open and light-flow-close with the scope', async () => {
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame scope="documents" src=${standIn('documents')}></light-flow-frame>`,
      );
      setTimeout(() => el.show());
      const opened = await oneEvent(el, 'light-flow-open');
      expect(opened.detail).to.deep.equal({ scope: 'documents' });
      expect(opened.bubbles && opened.composed).to.be.true;
      await loaded(el);
      setTimeout(() => el.close());
      const closed = await oneEvent(el, 'light-flow-close');
      expect(closed.detail).to.deep.equal({ scope: 'documents', reason: 'user' });
    });

    it('speaks Spanish', async () => {
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame open locale="es" scope="renewal" src="javascript:void 0"></light-flow-frame>`,
      );
      expect(part(el, 'error')!.textContent).to.contain('no es un enlace seguro');
      el.src = standIn('renewal');
      const frame = await loaded(el);
      expect(frame.title).to.equal('Renovar su plan de electricidad');
    });
  });

  describe('when this device’s clock is off', () => {
    let pinned: unknown;
    /** The server's clock: the test's own, running. */
    let server: () => number;
    const host = globalThis as Record<symbol, unknown>;
    beforeEach(() => {
      pinned = host[CLOCK_KEY];
      server = clockAt(now());
    });
    afterEach(() => {
      host[CLOCK_KEY] = pinned;
    });
    /** Sets this device's clock `offset` ms ahead of the server's. */
    const runAhead = (offset: number) => setClock(() => server() + offset);
    /** What flow-login answers now, by the server's clock: a link valid for `lifetime` (the sandbox's hour). */
    const minted = (token: string, { lifetime = HOUR, withServerTime = false } = {}) => ({
      login_link: standIn('billing', token),
      expires_at: iso(server() + lifetime),
      ...(withServerTime ? { server_time: serverTime(server()) } : {}),
    });

    it('loads a fresh provider link at once when the clock runs two hours fast, given the server’s time', async () => {
      runAhead(2 * HOUR);
      const provider = providerOf(minted('fresh', { withServerTime: true }), minted('again', { withServerTime: true }));
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame scope="billing" .flowProvider=${provider}></light-flow-frame>`,
      );
      const errors: string[] = [];
      el.addEventListener('light-error', (event) => errors.push(event.detail.code));
      el.show();
      const frame = await loaded(el);
      expect(frame.getAttribute('src')).to.equal(standIn('billing', 'fresh'));
      expect(provider.scopes).to.have.length(1);
      expect(errors).to.deep.equal([]);
    });

    it('loads a fresh provider link when the clock runs two hours fast and the answer has no server time', async () => {
      runAhead(2 * HOUR);
      const provider = providerOf(minted('fresh'), minted('again'));
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame scope="billing" .flowProvider=${provider}></light-flow-frame>`,
      );
      el.show();
      const frame = await loaded(el);
      expect(frame.getAttribute('src')).to.equal(standIn('billing', 'fresh'));
      expect(provider.scopes).to.have.length(1);
    });

    it('still asks again for a provider link that expires within 10 seconds by the server’s clock', async () => {
      runAhead(2 * HOUR);
      const provider = providerOf(
        minted('short', { lifetime: 5_000, withServerTime: true }),
        minted('fresh', { withServerTime: true }),
      );
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame scope="billing" .flowProvider=${provider}></light-flow-frame>`,
      );
      el.show();
      const frame = await loaded(el);
      expect(provider.scopes).to.have.length(2);
      expect(frame.getAttribute('src')).to.equal(standIn('billing', 'fresh'));
    });

    it('still asks again for a link that expires within 10 seconds by this clock, when it is right', async () => {
      const provider = providerOf(minted('short', { lifetime: 5_000 }), minted('fresh'));
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame scope="billing" .flowProvider=${provider}></light-flow-frame>`,
      );
      el.show();
      const frame = await loaded(el);
      expect(provider.scopes).to.have.length(2);
      expect(frame.getAttribute('src')).to.equal(standIn('billing', 'fresh'));
    });

    it('loads a src that is past by this clock but within a link’s lifetime', async () => {
      runAhead(90 * 60_000);
      const { login_link, expires_at } = minted('src');
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame src=${login_link} expires-at=${expires_at}></light-flow-frame>`,
      );
      el.show();
      const frame = await loaded(el);
      expect(frame.getAttribute('src')).to.equal(login_link);
    });

    it('still refuses a src whose expiry is long past', async () => {
      runAhead(2 * HOUR);
      const el = await fixture<LightFlowFrame>(
        html`<light-flow-frame src=${standIn()} expires-at=${iso(server() - 24 * HOUR)}></light-flow-frame>`,
      );
      const failed = oneEvent(el, 'light-error');
      el.show();
      expect((await failed).detail.code).to.equal('auth');
      await el.updateComplete;
      expect(frameOf(el)).to.equal(null);
      expect(part(el, 'error')!.textContent).to.contain('This link has expired');
    });
  });

  describe('modal', () => {
    async function modalFixture(attributes: { closable?: boolean; closeOnEscape?: boolean } = {}) {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button" id="opener">Open billing</button>
          <light-flow-frame
            mode="modal"
            ?closable=${attributes.closable}
            ?close-on-escape=${attributes.closeOnEscape}
            .flowProvider=${providerOf({ login_link: standIn('billing'), expires_at: inAnHour() })}
            scope="billing"
          ></light-flow-frame>
        </div>`,
      );
      const el = root.querySelector('light-flow-frame')!;
      const openerButton = root.querySelector<HTMLButtonElement>('#opener')!;
      openerButton.addEventListener('click', () => el.show());
      return { el, openerButton };
    }

    async function openFromButton(openerButton: HTMLButtonElement, el: LightFlowFrame) {
      openerButton.focus();
      openerButton.click();
      return loaded(el);
    }

    it('opens over everything, moves focus into the frame, and gives it back on close', async () => {
      const { el, openerButton } = await modalFixture();
      await expect(el).to.be.accessible();
      const frame = await openFromButton(openerButton, el);
      const dialog = dialogOf(el);
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal'), 'a modal dialog in the top layer; the page behind is inert').to.be.true;
      expect(dialog.getAttribute('aria-label')).to.equal('Your bills and payments');
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement).to.equal(frame);
      await expect(el).to.be.accessible();

      setTimeout(() => pressDone(frame));
      const closed = await oneEvent(el, 'light-flow-close');
      expect(closed.detail.reason).to.equal('flow');
      expect(dialog.open).to.be.false;
      expect(document.activeElement).to.equal(openerButton);
      await expect(el).to.be.accessible();
    });

    it('locks the page scroll while open and restores it after', async () => {
      document.body.style.overflow = 'auto';
      try {
        const { el, openerButton } = await modalFixture();
        await openFromButton(openerButton, el);
        expect(document.body.style.overflow).to.equal('hidden');
        el.close();
        await el.updateComplete;
        expect(document.body.style.overflow).to.equal('auto');
      } finally {
        document.body.style.overflow = '';
      }
    });

    it('has no close button unless closable', async () => {
      const { el, openerButton } = await modalFixture();
      await openFromButton(openerButton, el);
      expect(part(el, 'close-button')).to.equal(null);
      el.close();
    });

    it('closes from its close button with reason "user"', async () => {
      const { el, openerButton } = await modalFixture({ closable: true });
      await openFromButton(openerButton, el);
      const button = part(el, 'close-button')!;
      expect(button.getAttribute('aria-label')).to.equal('Close');
      setTimeout(() => button.click());
      const closed = await oneEvent(el, 'light-flow-close');
      expect(closed.detail).to.deep.equal({ scope: 'billing', reason: 'user' });
      expect(document.activeElement).to.equal(openerButton);
    });

    it('does not close on Escape without close-on-escape', async () => {
      const { el, openerButton } = await modalFixture({ closable: true });
      await openFromButton(openerButton, el);
      const reasons = closes(el);
      part(el, 'close-button')!.focus();
      const keydown = oneEvent(window, 'keydown');
      await sendKeys({ press: 'Escape' });
      expect((await keydown).defaultPrevented).to.be.true;
      await el.updateComplete;
      expect(reasons).to.deep.equal([]);
      expect(el.open).to.be.true;
      expect(dialogOf(el).open).to.be.true;
      el.close();
    });

    it('closes on Escape with close-on-escape', async () => {
      const { el, openerButton } = await modalFixture({ closable: true, closeOnEscape: true });
      await openFromButton(openerButton, el);
      part(el, 'close-button')!.focus();
      const closed = oneEvent(el, 'light-flow-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.reason).to.equal('user');
      expect(dialogOf(el).open).to.be.false;
      expect(document.activeElement).to.equal(openerButton);
    });

    it('always offers a way out of a flow that cannot be shown', async () => {
      const root = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button">Open</button>
          <light-flow-frame mode="modal" src="javascript:alert(1)"></light-flow-frame>
        </div>`,
      );
      const el = root.querySelector('light-flow-frame')!;
      root.querySelector('button')!.focus();
      el.show();
      await el.updateComplete;
      const error = part(el, 'error')!;
      expect(el.shadowRoot!.activeElement).to.equal(error);
      expect(part(el, 'close-button')).to.equal(null);
      await expect(el).to.be.accessible();
      const close = [...error.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Close')!;
      setTimeout(() => close.click());
      const closed = await oneEvent(el, 'light-flow-close');
      expect(closed.detail.reason).to.equal('error');
      expect(document.activeElement).to.equal(root.querySelector('button'));
    });

    it('offers a way out at once while it waits for a link, without closable', async () => {
      const provider = hangingProvider();
      const { el, openerButton } = await modalPage(
        html`<light-flow-frame mode="modal" scope="billing" .flowProvider=${provider}></light-flow-frame>`,
      );
      el.show();
      await el.updateComplete;
      expect(dialogOf(el).matches(':modal')).to.be.true;
      expect(part(el, 'loading')).to.not.equal(null);
      const close = part(el, 'loading-close')!;
      expect(close, 'a Close button while loading').to.not.equal(null);
      expect(close.textContent!.trim()).to.equal('Close');
      expect(part(el, 'close-button')).to.equal(null);
      expect(el.shadowRoot!.activeElement === close, 'focus on the way out').to.be.true;
      await expect(el).to.be.accessible();

      setTimeout(() => close.click());
      const closed = await oneEvent(el, 'light-flow-close');
      expect(closed.detail.reason).to.equal('user');
      expect(document.activeElement).to.equal(openerButton);
      expect(provider.signals[0]!.aborted, 'the provider call is aborted').to.be.true;
    });

    it('offers a way out while the frame loads with load-timeout="0", and Escape takes it', async () => {
      const { el, openerButton } = await modalPage(
        html`<light-flow-frame mode="modal" load-timeout="0" src=${standIn()}></light-flow-frame>`,
      );
      blockLoad(el);
      el.show();
      await el.updateComplete;
      expect(frameOf(el)!.classList.contains('concealed')).to.be.true;
      const close = part(el, 'loading-close')!;
      expect(close, 'a Close button while loading').to.not.equal(null);
      await expect(el).to.be.accessible();

      close.focus();
      const closed = oneEvent(el, 'light-flow-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.reason).to.equal('user');
      expect(dialogOf(el).open).to.be.false;
      expect(document.activeElement).to.equal(openerButton);
    });

    it('gives a provider that never answers provider-timeout, then shows an error with retry and close', async () => {
      const provider = hangingProvider(1);
      const { el } = await modalPage(
        html`<light-flow-frame
          mode="modal"
          scope="billing"
          provider-timeout="50"
          .flowProvider=${provider}
        ></light-flow-frame>`,
      );
      const failed = oneEvent(el, 'light-error');
      el.show();
      const error = await failed;
      expect(error.detail).to.include({ code: 'timeout', retryable: true });
      expect(provider.signals[0]!.aborted, 'the timed-out call is aborted').to.be.true;
      await el.updateComplete;
      const box = part(el, 'error')!;
      expect(box.textContent).to.contain('We could not open this page');
      expect(el.shadowRoot!.activeElement === box, 'focus on the error').to.be.true;
      expect([...box.querySelectorAll('button')].map((b) => b.textContent!.trim())).to.deep.equal([
        'Try again',
        'Close',
      ]);
      await expect(el).to.be.accessible();

      part(el, 'retry-button')!.click();
      await loaded(el);
      expect(provider.signals).to.have.length(2);
      expect(el.shadowRoot!.activeElement === frameOf(el), 'focus in the frame').to.be.true;
    });

    it('closes on Escape from an error, even without close-on-escape', async () => {
      const { el, openerButton } = await modalPage(
        html`<light-flow-frame mode="modal" src="javascript:alert(1)"></light-flow-frame>`,
      );
      el.show();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === part(el, 'error'), 'focus on the error').to.be.true;
      const closed = oneEvent(el, 'light-flow-close');
      await sendKeys({ press: 'Escape' });
      expect((await closed).detail.reason).to.equal('error');
      expect(document.activeElement).to.equal(openerButton);
    });

    it('moves focus to the error when the frame it was in does not load in time', async () => {
      const { el } = await modalPage(
        html`<light-flow-frame mode="modal" load-timeout="50" src=${standIn()}></light-flow-frame>`,
      );
      blockLoad(el);
      const failed = oneEvent(el, 'light-error');
      el.show();
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === frameOf(el), 'focus in the frame').to.be.true;
      await failed;
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === part(el, 'error'), 'focus on the error').to.be.true;
      await expect(el).to.be.accessible();
      el.close();
    });
  });

  describe('stories', () => {
    // The test runner serves public/ under /public/.
    const meta = {
      ...stories.default,
      args: { ...stories.default.args, flowPage: '/public/sandbox-flow.html' },
    } as unknown as Parameters<typeof renderStory>[0];

    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(meta, story);
        const frames = [...root.querySelectorAll('light-flow-frame')];
        expect(frames.length).to.be.greaterThan(0);
        for (const el of frames) {
          await el.updateComplete;
          if (el.open) {
            await waitUntil(
              () => !part(el, 'loading') && (frameOf(el) || part(el, 'error')),
              `${name} did not settle`,
              SETTLE,
            );
          }
        }
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }

    it('shows what each special story is about', async () => {
      const render = async (story: (typeof stories)[keyof typeof stories]) => {
        const root = await renderStory(meta, story as Parameters<typeof renderStory>[1]);
        const el = root.querySelector('light-flow-frame')!;
        await waitUntil(
          () => !part(el, 'loading') && (frameOf(el) || part(el, 'error')),
          'the story did not settle',
          SETTLE,
        );
        return el;
      };
      expect(frameOf(await render(stories.ExpiredLinkRefetched))).to.not.equal(null);
      expect(part(await render(stories.ExpiredLinkWithoutProvider), 'error')!.textContent).to.contain('expired');
      expect(part(await render(stories.RefusedJavascriptLink), 'error')!.textContent).to.contain('https');
      expect(part(await render(stories.LoadTimeout), 'fallback-link')).to.not.equal(null);
    });
  });
});
