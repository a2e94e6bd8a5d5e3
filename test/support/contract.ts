/**
 * The element contract every Light element runs: loading, data, empty, error and retry, a 401 refreshed silently,
 * 429 with Retry-After, 5xx, offline, malformed JSON, hostile strings and URLs, dark, Spanish and 320 px, each
 * checked as a customer would notice it (visible text, roles, focus) and with axe in that state.
 *
 * ```ts
 * runDataElementContract({
 *   tag: 'light-invoices',
 *   content: html`<light-invoices></light-invoices>`,
 *   scenario: 'active',
 *   route: 'invoices',
 *   ready: { shows: 'tbody tr.row' },
 *   empty: { scenario: 'new-service', text: 'No invoices yet' },
 * });
 * ```
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { LightErrorCode } from '../../src/api/errors.js';
import type { LightErrorDetail } from '../../src/core/events.js';
import { loadLocale, type SupportedLocale } from '../../src/core/i18n.js';
import { coreMsg } from '../../src/core/messages.js';
import type { FaultSpec, RouteName, Sandbox, ScenarioName } from '../../src/sandbox/index.js';
import type { SandboxSetup } from '../../stories/support/sandbox.js';
import { shownText } from './dom.js';
import { mountOnSandbox } from './mount.js';
import { isLoading, settled } from './settled.js';

/** What a background that paints nothing reads as. */
const TRANSPARENT = ['rgba(0, 0, 0, 0)', 'transparent'];
/** The default dark `--light-color-surface`. */
const DARK_SURFACE = 'rgb(22, 25, 29)';

/** The first shown part of an element that paints a background of its own: its card. */
function paintedCard(el: HTMLElement): HTMLElement | undefined {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>('*')].find(
    (node) => node.checkVisibility() && !TRANSPARENT.includes(getComputedStyle(node).backgroundColor),
  );
}

export type ContractState =
  | 'data'
  | 'loading'
  | 'empty'
  | 'error and retry'
  | '401 then refresh'
  | '429 with Retry-After'
  | '5xx'
  | 'offline'
  | 'malformed JSON'
  | 'hostile strings and URLs'
  | 'long words at 320 px'
  | 'dark'
  | 'Spanish'
  | '320 px';

/** What an element renders: a template, or one built from the sandbox it runs on (read lazily, once mounted). */
export type Content = TemplateResult | ((setup: () => SandboxSetup) => TemplateResult);

export interface ContractSpec {
  tag: string;
  content: Content;
  /** The sandbox scenario that gives data. Without it the element is mounted without a sandbox (data by property). */
  scenario?: ScenarioName;
  /** The sandbox route whose faults break the first load. */
  route?: RouteName;
  /** Only requests with this method get the faults (e.g. the GET of a route that is also PUT). */
  method?: string;
  /** Shown once the data is there: a selector inside the element (shadow roots included). */
  ready: { shows: string; text?: string; /** Text whose colour the theme sets (default: `shows`). */ colour?: string };
  /** How loading looks, when not a skeleton: what is shown, and the `role="status"` element that announces it. */
  loading?: {
    shows: string;
    announced?: string;
    text?: string;
    /** How long the route is held (default 300 ms). */ delayMs?: number;
  };
  /** The empty state: its scenario (or content) and the words it says. */
  empty?: { scenario?: ScenarioName; content?: Content; shows?: string; text: string };
  /** Hostile data: how it gets into the account, and the literal text that must be shown as text. */
  hostile?: {
    fetch?: (setup: SandboxSetup) => typeof fetch;
    before?: (setup: SandboxSetup) => Promise<unknown>;
    content?: Content;
    scenario?: ScenarioName;
    /** Shown once the hostile data is there (default: `ready.shows`). */
    shows?: string;
    text: string[];
  };
  /** Visible strings in a locale (from the element's messages), compared between `en` and `es`. */
  spanish?: (locale: SupportedLocale) => string[];
  /** Selectors of the main parts that must not scroll sideways at 320 px (the host is always checked). */
  narrow?: string[];
  /** For elements whose failures come through a partner callback: what they say and the code they report. */
  failures?: { text: string; code: LightErrorCode; network?: string; rateLimited?: string };
  /** The states that apply, when not all of them do. */
  states?: ContractState[];
  /** States the element fails today, each with the reason: no test is declared for them. */
  skip?: Array<[ContractState, string]>;
}

type Json = Record<string, unknown>;

/** Strings and links an attacker might slip into API data; each must stay inert text. */
export const HOSTILE = {
  markup: '<img src=x onerror="window.__lightContractPwned=1">',
  script: '<script>window.__lightContractPwned=1</script>',
  javascriptUrl: 'javascript:window.__lightContractPwned=1',
  dataUrl: 'data:text/html,<script>window.__lightContractPwned=1</script>',
  /** One word far wider than a phone screen. */
  longWord: 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch'.repeat(3),
} as const;

/** A name made of all of the above. */
export const HOSTILE_NAME = `${HOSTILE.markup}${HOSTILE.script} ${HOSTILE.longWord}`;

/** A `fetch` around the sandbox's that rewrites the JSON of successful answers, by API path (after `/v1`). */
export function rewriteFetch(sandbox: Sandbox, rewrite: (path: string, json: Json) => Json): typeof fetch {
  return async (input, init) => {
    const response = await sandbox.fetch(input, init);
    if (!response.ok || response.status === 204) return response;
    const url = new URL(input instanceof Request ? input.url : String(input));
    const path = url.pathname.slice(url.pathname.indexOf('/v1/') + 3);
    const json = (await response.json()) as Json;
    return new Response(JSON.stringify(rewrite(path, json)), { status: response.status, headers: response.headers });
  };
}

// DOM helpers ----------------------------------------------------------------------------------------------------

/** Every element under `root`, shadow roots of nested elements included. */
function* deep(root: Element | ShadowRoot): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    if (child.shadowRoot) yield* deep(child.shadowRoot);
    yield* deep(child);
  }
}

function inside(el: Element): Element | ShadowRoot {
  return el.shadowRoot ?? el;
}

export function find<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  for (const node of deep(inside(el))) if (node.matches(selector)) return node as T;
  return null;
}

export function findAll<T extends Element = HTMLElement>(el: Element, selector: string): T[] {
  return [...deep(inside(el))].filter((node) => node.matches(selector)) as T[];
}

const words = (text: string) => text.match(/\p{L}{2,}/gu) ?? [];
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The element that has focus, through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** What the element's same-origin frames show. */
function framedText(el: Element): string {
  return findAll<HTMLIFrameElement>(el, 'iframe')
    .map((frame) => (frame.contentDocument?.body ? shownText(frame.contentDocument.body) : ''))
    .join(' ');
}

function visible(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

// Mounting ---------------------------------------------------------------------------------------------------

interface Mount {
  el: HTMLElement & { updateComplete?: Promise<unknown> };
  root: HTMLElement;
  errors: LightErrorDetail[];
  setup?: SandboxSetup;
  /** How many times the element's token provider was called. */
  tokenCalls: () => number;
}

interface MountChoice {
  content?: Content;
  scenario?: ScenarioName;
  faults?: FaultSpec[];
  width?: string;
  fetch?: (setup: SandboxSetup) => typeof fetch;
  before?: (setup: SandboxSetup) => Promise<unknown>;
}

async function mount(spec: ContractSpec, choice: MountChoice = {}): Promise<Mount> {
  const content = choice.content ?? spec.content;
  const scenario = choice.scenario ?? spec.scenario;
  if (!scenario) {
    const template =
      typeof content === 'function'
        ? content(() => {
            throw new Error(`<${spec.tag}> has no sandbox: give it a scenario`);
          })
        : content;
    const errors: LightErrorDetail[] = [];
    const root = await fixture<HTMLElement>(
      html`<div
        style="width: ${choice.width ?? 'auto'}"
        @light-error=${(event: CustomEvent<LightErrorDetail>) => errors.push(event.detail)}
      >
        ${template}
      </div>`,
    );
    const el = root.querySelector<Mount['el']>(spec.tag)!;
    await el.updateComplete;
    return { el, root, errors, tokenCalls: () => 0 };
  }
  let held: SandboxSetup | undefined;
  let calls = 0;
  const template =
    typeof content === 'function'
      ? content(() => {
          if (!held) throw new Error('The sandbox is not set up yet');
          return held;
        })
      : content;
  const mounted = await mountOnSandbox<Mount['el']>(spec.tag, template, scenario, {
    faults: choice.faults,
    width: choice.width,
    fetch: choice.fetch,
    before: async (setup) => {
      held = setup;
      const provider = setup.session.tokenProvider;
      setup.session.tokenProvider = () => {
        calls++;
        return provider();
      };
      await choice.before?.(setup);
    },
  });
  const { el, root, errors, ...setup } = mounted;
  return { el, root, errors, setup, tokenCalls: () => calls };
}

// Waiting ----------------------------------------------------------------------------------------------------

/** Waits until the element shows its data: settled, `ready.shows` present, no loading or error part left. */
async function dataShown(spec: ContractSpec, el: Mount['el'], what = 'the data', english = true): Promise<void> {
  await settled(el, { message: `<${spec.tag}> did not settle on ${what}` });
  const loading = spec.loading?.shows;
  await waitUntil(
    () => find(el, spec.ready.shows) && !find(el, '[part~="error"]') && !(loading && find(el, loading)),
    `<${spec.tag}> did not show ${spec.ready.shows} (${what}): ${squeeze(shownText(el)).slice(0, 300)}`,
    { timeout: 9000 },
  );
  await el.updateComplete;
  if (spec.ready.text && english) expect(shownText(el)).to.contain(spec.ready.text);
}

/** Waits for the error box and returns it, after checking it is announced and says something. */
async function errorShown(spec: ContractSpec, el: Mount['el']): Promise<HTMLElement> {
  await waitUntil(
    () => find(el, '[part~="error"]'),
    `<${spec.tag}> showed no error: ${squeeze(shownText(el)).slice(0, 300)}`,
    { timeout: 9000 },
  );
  await el.updateComplete;
  const error = find(el, '[part~="error"]')!;
  expect(error.getAttribute('role'), 'the error is announced').to.equal('alert');
  expect(visible(error), 'the error box is visible').to.equal(true);
  expect(words(shownText(error)).length, `the error says something: "${shownText(error)}"`).to.be.at.least(5);
  return error;
}

function retryButton(el: Element): HTMLButtonElement {
  const button = find<HTMLButtonElement>(el, '[part~="retry-button"]');
  expect(button, 'a retry button').to.not.equal(null);
  expect(button!.localName).to.equal('button');
  expect(squeeze(button!.textContent ?? '')).to.equal(coreMsg('en', 'retry'));
  expect(button!.disabled).to.equal(false);
  return button!;
}

/** Activates the retry button from the keyboard, as a customer without a mouse would. */
async function retryWithKeyboard(el: Element): Promise<void> {
  const button = retryButton(el);
  button.focus();
  expect(deepActive(), 'the retry button takes focus').to.equal(button);
  await sendKeys({ press: 'Enter' });
}

/** No sideways scrolling: the host and its main parts fit their own width. */
function fitsNarrow(spec: ContractSpec, mounted: Mount, shows = spec.ready.shows): void {
  const { el, root } = mounted;
  expect(el.clientWidth, 'the element gets the 320 px').to.be.within(1, 320);
  expect(root.scrollWidth, 'the 320 px container does not scroll sideways').to.be.at.most(320);
  expect(el.scrollWidth, `<${spec.tag}> does not scroll sideways`).to.be.at.most(el.clientWidth);
  const parts = [shows, '[part~="base"]', ...(spec.narrow ?? [])];
  for (const selector of parts) {
    for (const part of findAll(el, selector)) {
      if (!visible(part)) continue;
      expect(part.scrollWidth, `${selector} does not scroll sideways`).to.be.at.most(part.clientWidth);
      expect(part.getBoundingClientRect().right, `${selector} stays inside the element`).to.be.at.most(
        el.getBoundingClientRect().right + 1,
      );
    }
  }
}

// The contract -----------------------------------------------------------------------------------------------

const FAILURE_MESSAGES = {
  server: 'serverError',
  network: 'networkError',
  bad_response: 'badResponseError',
} as const;

/** Declares `describe('<tag> contract')` with one `it` per state that applies to the element. */
export function runDataElementContract(spec: ContractSpec): void {
  const skipped = new Map(spec.skip ?? []);
  const applies = (state: ContractState) => {
    if (skipped.has(state)) return false;
    if (spec.states) return spec.states.includes(state);
    if (state === 'empty') return Boolean(spec.empty);
    if (state === 'hostile strings and URLs' || state === 'long words at 320 px') return Boolean(spec.hostile);
    if (state === 'Spanish') return Boolean(spec.spanish);
    return true;
  };
  const fault = (extra: Omit<FaultSpec, 'route'>): FaultSpec => ({ route: spec.route!, method: spec.method, ...extra });
  const failureText = (code: 'server' | 'network' | 'bad_response') =>
    spec.failures
      ? code === 'network'
        ? (spec.failures.network ?? spec.failures.text)
        : spec.failures.text
      : coreMsg('en', FAILURE_MESSAGES[code]);
  // An element that names a lost connection (`failures.network`) reports it as one.
  const failureCode = (code: LightErrorCode) =>
    code === 'network' && spec.failures?.network ? code : (spec.failures?.code ?? code);

  describe(`<${spec.tag}> contract`, () => {
    before(() => loadLocale('es'));
    beforeEach(() => {
      (window as { __lightContractPwned?: number }).__lightContractPwned = 0;
    });

    if (applies('data')) {
      it('data: shows the data, with words, and no error', async () => {
        const { el, errors } = await mount(spec);
        await dataShown(spec, el);
        expect(visible(find(el, spec.ready.shows)!), `${spec.ready.shows} is visible`).to.equal(true);
        expect(words(shownText(el) + framedText(el)).length).to.be.at.least(3);
        expect(errors).to.deep.equal([]);
        expect(isLoading(el)).to.equal(false);
        await expect(el).to.be.accessible();
      });
    }

    if (applies('loading')) {
      it('loading: an announced placeholder while the route is slow, then the data', async () => {
        const { el, errors } = await mount(spec, {
          faults: [fault({ kind: 'latency', delayMs: spec.loading?.delayMs ?? 300, times: 1 })],
        });
        const shows = spec.loading?.shows ?? '[part~="skeleton"]';
        await waitUntil(() => find(el, shows), `<${spec.tag}> showed no ${shows} while loading`);
        const announced = find(el, spec.loading?.announced ?? shows)!;
        expect(announced.getAttribute('role'), 'the loading state is announced').to.equal('status');
        expect(shownText(announced)).to.contain(spec.loading?.text ?? coreMsg('en', 'loading'));
        expect(find(el, spec.ready.shows), 'no data yet').to.equal(null);
        await expect(el).to.be.accessible();
        expect(find(el, shows), 'axe judged the loading state').to.not.equal(null);
        await dataShown(spec, el);
        expect(find(el, shows)).to.equal(null);
        expect(errors).to.deep.equal([]);
      });
    }

    if (applies('empty')) {
      it('empty: says so in words, not a blank box', async () => {
        const empty = spec.empty!;
        const { el, errors } = await mount(spec, { scenario: empty.scenario, content: empty.content });
        const shows = empty.shows ?? '[part~="empty"]';
        await waitUntil(() => find(el, shows), `<${spec.tag}> showed no empty state`, { timeout: 9000 });
        await settled(el);
        const box = find(el, shows)!;
        expect(visible(box), 'the empty state is visible').to.equal(true);
        expect(shownText(box)).to.contain(empty.text);
        expect(words(shownText(box)).length, 'the empty state explains itself').to.be.at.least(5);
        expect(find(el, spec.ready.shows)).to.equal(null);
        expect(find(el, '[part~="error"]')).to.equal(null);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    if (applies('error and retry')) {
      it('error and retry: a 503 shows an alert with words and Try again, which works from the keyboard', async () => {
        const { el, errors, setup } = await mount(spec, { faults: [fault({ kind: 'status', status: 503 })] });
        const error = await errorShown(spec, el);
        expect(shownText(error)).to.contain(failureText('server'));
        expect(shownText(error)).to.not.match(/temporarily unavailable|\b503\b/i);
        expect(errors.length).to.be.at.least(1);
        expect(errors[0]).to.include({ code: failureCode('server'), retryable: true });
        expect(errors[0].message).to.be.a('string').and.not.equal('');
        await expect(el).to.be.accessible();
        setup!.sandbox.faults.clear();
        await retryWithKeyboard(el);
        await dataShown(spec, el, 'the retry');
      });
    }

    if (applies('401 then refresh')) {
      it('401 then refresh: a rejected token is replaced and the data shows without an error', async () => {
        const { el, errors, setup, tokenCalls } = await mount(spec, {
          faults: [fault({ kind: 'status', status: 401, times: 1 })],
        });
        await dataShown(spec, el);
        const statuses = setup!.sandbox.requests.filter((r) => r.route === spec.route).map((r) => r.status);
        expect(statuses.slice(0, 2), `${spec.route} answered 401, then 200`).to.deep.equal([401, 200]);
        expect(tokenCalls(), 'one token at first, one fresh after the 401').to.equal(2);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    if (applies('429 with Retry-After') && !spec.failures) {
      it('429 with Retry-After: waits as told, then shows the data without an error', async () => {
        const started = performance.now();
        const { el, errors, setup } = await mount(spec, {
          faults: [fault({ kind: 'status', status: 429, retryAfter: 1, times: 1 })],
        });
        let sawError = false;
        await waitUntil(
          () => {
            sawError ||= Boolean(find(el, '[part~="error"]'));
            return find(el, spec.ready.shows) && !isLoading(el);
          },
          `<${spec.tag}> did not show the data after the Retry-After wait`,
          { timeout: 9000 },
        );
        await dataShown(spec, el);
        expect(performance.now() - started, 'the Retry-After second was waited out').to.be.at.least(1000);
        const statuses = setup!.sandbox.requests.filter((r) => r.route === spec.route).map((r) => r.status);
        expect(statuses.slice(0, 2)).to.deep.equal([429, 200]);
        expect(sawError, 'no error while waiting').to.equal(false);
        expect(errors).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    if (applies('429 with Retry-After') && spec.failures) {
      // A partner callback passes the 429 on: the element says to wait a moment, and a later try works.
      it('429 with Retry-After: says to wait a moment, and retry works', async () => {
        const { el, errors } = await mount(spec, {
          faults: [fault({ kind: 'status', status: 429, retryAfter: 1, times: 1 })],
        });
        const error = await errorShown(spec, el);
        expect(shownText(error)).to.contain(spec.failures!.rateLimited ?? spec.failures!.text);
        expect(shownText(error)).to.match(/in a moment|wait|few seconds/i);
        expect(shownText(error)).to.not.match(/\b429\b|Too many requests/i);
        expect(errors[0]).to.include({ code: spec.failures!.code, retryable: true });
        await expect(el).to.be.accessible();
        retryButton(el).click();
        await dataShown(spec, el, 'the retry');
      });
    }

    if (applies('5xx')) {
      it('5xx: a 502, then 504s, are told in words, not raw statuses; retry works', async () => {
        // A GET is tried again after the 502 and gets the 504s; a request that changes state shows the 502.
        const { el, errors, setup } = await mount(spec, {
          faults: [fault({ kind: 'status', status: 502, times: 1 }), fault({ kind: 'status', status: 504 })],
        });
        const error = await errorShown(spec, el);
        expect(shownText(error)).to.contain(failureText('server'));
        expect(shownText(error)).to.not.match(/\b50[0-9]\b|gateway|timeout|internal error|Light API/i);
        const statuses = setup!.sandbox.requests.filter((r) => r.route === spec.route).map((r) => r.status);
        expect(statuses[0]).to.equal(502);
        expect(errors.at(-1)).to.include({ code: failureCode('server'), retryable: true });
        if (!spec.failures) expect(errors.at(-1)!.status).to.equal(statuses.at(-1));
        await expect(el).to.be.accessible();
        setup!.sandbox.faults.clear();
        retryButton(el).click();
        await dataShown(spec, el, 'the retry');
      });
    }

    if (applies('offline')) {
      it('offline: says the connection failed, and retry works', async () => {
        const { el, errors, setup } = await mount(spec, { faults: [fault({ kind: 'network' })] });
        const error = await errorShown(spec, el);
        expect(shownText(error)).to.contain(failureText('network'));
        expect(shownText(error)).to.not.match(/Failed to fetch|TypeError/);
        expect(errors[0]).to.include({ code: failureCode('network'), retryable: true });
        await expect(el).to.be.accessible();
        setup!.sandbox.faults.clear();
        retryButton(el).click();
        await dataShown(spec, el, 'the retry');
      });
    }

    if (applies('malformed JSON')) {
      it('malformed JSON: an error in words, never the parser’s, and retry works', async () => {
        const { el, errors, setup } = await mount(spec, { faults: [fault({ kind: 'malformed' })] });
        const error = await errorShown(spec, el);
        expect(shownText(error)).to.contain(failureText('bad_response'));
        expect(shownText(error)).to.not.match(/Unexpected|JSON|SyntaxError|token/i);
        expect(errors[0]).to.include({ code: failureCode('bad_response'), retryable: true });
        await expect(el).to.be.accessible();
        setup!.sandbox.faults.clear();
        retryButton(el).click();
        await dataShown(spec, el, 'the retry');
      });
    }

    /** The element on hostile account data, 320 px wide. */
    async function mountHostile(): Promise<Mount> {
      const hostile = spec.hostile!;
      const mounted = await mount(spec, {
        width: '320px',
        fetch: hostile.fetch,
        before: hostile.before,
        content: hostile.content,
        scenario: hostile.scenario,
      });
      const shows = hostile.shows ?? spec.ready.shows;
      await dataShown({ ...spec, ready: { ...spec.ready, shows, text: undefined } }, mounted.el, 'hostile data');
      return mounted;
    }

    if (applies('hostile strings and URLs')) {
      it('hostile strings and URLs: markup stays text, and no javascript: or data: links', async () => {
        const { el } = await mountHostile();
        const said = shownText(el);
        for (const text of spec.hostile!.text) expect(said, 'hostile text is shown as text').to.contain(text);
        expect(find(el, 'img[src="x"], script, [onerror]')).to.equal(null);
        for (const link of findAll<HTMLAnchorElement>(el, 'a[href]')) {
          expect(['https:', 'http:'], `link ${link.getAttribute('href')}`).to.include(link.protocol);
        }
        expect(findAll(el, '[href^="javascript:" i], [src^="javascript:" i], [href^="data:" i]')).to.deep.equal([]);
        expect((window as { __lightContractPwned?: number }).__lightContractPwned).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    if (applies('long words at 320 px')) {
      it('long words at 320 px: a word wider than the screen wraps instead of overflowing', async () => {
        const mounted = await mountHostile();
        expect(shownText(mounted.el)).to.contain(HOSTILE.longWord);
        fitsNarrow(spec, mounted, spec.hostile!.shows);
        await expect(mounted.el).to.be.accessible();
      });
    }

    if (applies('dark')) {
      it('dark: theme="dark" changes the colours and keeps the contrast; only the card paints', async () => {
        const { el } = await mount(spec);
        await dataShown(spec, el);
        const shown = find(el, spec.ready.colour ?? spec.ready.shows)!;
        const card = () => paintedCard(el);
        const colours = () => ({
          text: getComputedStyle(el).color,
          ground: getComputedStyle(el).backgroundColor,
          card: card() && getComputedStyle(card()!).backgroundColor,
          shown: getComputedStyle(shown).color,
        });
        const light = colours();
        el.setAttribute('theme', 'dark');
        await el.updateComplete;
        const dark = colours();
        expect(dark.text, 'text colour').to.not.equal(light.text);
        expect(dark.shown, `colour of ${spec.ready.colour ?? spec.ready.shows}`).to.not.equal(light.shown);
        expect(TRANSPARENT, "the host's own background").to.include(dark.ground);
        expect(dark.card, 'the card paints the dark surface').to.equal(DARK_SURFACE);
        // Stretched by a taller neighbour in a grid row, the host shows nothing of its own below the card.
        el.style.minHeight = `${el.getBoundingClientRect().height + 200}px`;
        const box = el.getBoundingClientRect();
        const below = el
          .shadowRoot!.elementsFromPoint(box.left + box.width / 2, box.bottom - 20)
          .filter((node) => el.shadowRoot!.contains(node) || node === el)
          .filter((node) => !TRANSPARENT.includes(getComputedStyle(node).backgroundColor));
        expect(below, 'painted below the card').to.deep.equal([]);
        el.style.minHeight = '';
        await expect(el).to.be.accessible();

        // The same theme handed down by <light-provider theme="dark">, when the element sets none itself.
        const provider = el.closest<HTMLElement & { theme?: string; updateComplete: Promise<unknown> }>(
          'light-provider',
        );
        if (!provider) return;
        el.removeAttribute('theme');
        await el.updateComplete;
        expect(colours()).to.deep.equal(light);
        provider.theme = 'dark';
        await provider.updateComplete;
        await el.updateComplete;
        expect(colours(), "the provider's theme").to.deep.equal(dark);
      });
    }

    if (applies('Spanish')) {
      it('Spanish: locale="es" shows the headings and buttons in Spanish', async () => {
        const { el } = await mount(spec);
        await dataShown(spec, el);
        el.setAttribute('locale', 'es');
        await el.updateComplete;
        const spanish = spec.spanish!('es');
        const english = spec.spanish!('en');
        expect(spanish.length).to.be.at.least(1);
        await waitUntil(
          () => spanish.every((text) => shownText(el).includes(text)),
          `<${spec.tag}> did not show ${JSON.stringify(spanish)}: ${squeeze(shownText(el)).slice(0, 300)}`,
          { timeout: 9000 },
        );
        await dataShown(spec, el, 'Spanish', false);
        const said = shownText(el);
        english.forEach((text, i) => {
          if (text !== spanish[i]) expect(said, 'no English left').to.not.contain(text);
        });
        await expect(el).to.be.accessible();
      });
    }

    if (applies('320 px')) {
      it('320 px: no horizontal overflow', async () => {
        const mounted = await mount(spec, { width: '320px' });
        await dataShown(spec, mounted.el);
        fitsNarrow(spec, mounted);
        await expect(mounted.el).to.be.accessible();
      });
    }
  });
}
