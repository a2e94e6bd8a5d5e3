/**
 * Layout checks over every story of every element, at 320, 375, 768 and 1280 px, in light and dark:
 *
 * - `overflow`: nothing is wider than its box (scrollWidth <= clientWidth + 1), except boxes meant to scroll
 *   (`overflow-x: auto | scroll`), text cut with an ellipsis, and visually hidden text;
 * - `wrap`: a value is laid out on one line: an element marked `data-value` (`getClientRects().length === 1`),
 *   and, marked or not, text that reads as a value (a price, ¢/kWh, kWh, a date, an ESI ID, an invoice number,
 *   an email, a phone number: VALUE_PATTERNS) within one text node;
 * - `equal-height`: plan cards side by side in one row are as tall as each other;
 * - `host-background`: a custom element's host paints no background (its card does), so nothing shows outside
 *   the visible card.
 *
 * Each story is rendered once; the width is the container's (and the viewport's, for media queries) and the
 * scheme is `prefers-color-scheme`, switched by media emulation, so the elements are laid out eight times but
 * fetch and render once.
 *
 * KNOWN lists the failures still open, each named by the fix that removes it. An entry that no longer fails is
 * reported too, so the list only shrinks.
 */
import { expect, nextFrame } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import * as accountStatus from '../../stories/light-account-status.stories.js';
import * as addressSearch from '../../stories/light-address-search.stories.js';
import * as billingAddress from '../../stories/light-billing-address.stories.js';
import * as documents from '../../stories/light-documents.stories.js';
import * as eligibility from '../../stories/light-eligibility.stories.js';
import * as enrollment from '../../stories/light-enrollment.stories.js';
import * as flowFrame from '../../stories/light-flow-frame.stories.js';
import * as invoices from '../../stories/light-invoices.stories.js';
import * as paymentMethod from '../../stories/light-payment-method.stories.js';
import * as planCard from '../../stories/light-plan-card.stories.js';
import * as planComparison from '../../stories/light-plan-comparison.stories.js';
import * as provider from '../../stories/light-provider.stories.js';
import * as renewal from '../../stories/light-renewal.stories.js';
import * as supportInfo from '../../stories/light-support-info.stories.js';
import * as usageChart from '../../stories/light-usage-chart.stories.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

type Check = 'overflow' | 'wrap' | 'equal-height' | 'host-background';
type Scheme = 'light' | 'dark';

interface Known {
  /** `module:Story`; `*` for any part (`plan-card:*`, `*:*`). */
  story: string;
  check: Check;
  /** A part of the failing node's selector path, when the entry is narrower than the whole check. */
  selector?: string;
  scheme?: Scheme;
  /** Widths it fails at (all when left out). */
  widths?: number[];
  /** The change that removes the entry. */
  fix: string;
}

/** The failures still open, each with the fix that removes it. */
const KNOWN: Known[] = [];

const MODULES = {
  'account-status': accountStatus,
  'address-search': addressSearch,
  'billing-address': billingAddress,
  documents,
  eligibility,
  enrollment,
  'flow-frame': flowFrame,
  invoices,
  'payment-method': paymentMethod,
  'plan-card': planCard,
  'plan-comparison': planComparison,
  provider,
  renewal,
  'support-info': supportInfo,
  'usage-chart': usageChart,
} as Record<string, Record<string, unknown> & { default: object }>;

const WIDTHS = [320, 375, 768, 1280];

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';
/** Text that is a value wherever it appears; a match must sit on one line. */
const VALUE_PATTERNS: Array<[kind: string, pattern: RegExp]> = [
  ['email', /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  // Any space: the formatters keep a date together with no-break spaces, which this must still see as a date.
  ['date', new RegExp(`${MONTH}\\s\\d{1,2},\\s\\d{4}`, 'g')],
  ['ESI ID', /\b\d{17,22}\b/g],
  ['invoice number', /\b\d{6,}-\d{2,}\b/g],
  ['ZIP+4', /\b\d{5}-\d{4}\b/g],
  ['phone', /\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b/g],
  ['¢/kWh', /\d[\d,.]*\s?¢(?:\s?\/\s?kWh)?/g],
  ['kWh', /\d[\d,.]*\s?kWh/g],
  ['money', /-?\$\d[\d,]*(?:\.\d+)?/g],
];

/** Distinct line boxes a range of text is laid out on. */
function lineCount(range: Range): number {
  const tops = new Set<number>();
  for (const rect of Array.from(range.getClientRects())) if (rect.width > 0) tops.add(Math.round(rect.top));
  return tops.size;
}
const SCHEMES: Scheme[] = ['light', 'dark'];

interface Failure {
  story: string;
  width: number;
  scheme: Scheme;
  check: Check;
  selector: string;
  measured: string;
}

const describeFailure = (f: Failure) =>
  `${f.story} @${f.width}px ${f.scheme} ${f.check}: ${f.selector} (${f.measured})`;

const glob = (pattern: string, value: string) =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(value);

function knownEntry(failure: Failure): Known | undefined {
  return KNOWN.find(
    (k) =>
      k.check === failure.check &&
      glob(k.story, failure.story) &&
      (!k.selector || failure.selector.includes(k.selector)) &&
      (!k.scheme || k.scheme === failure.scheme) &&
      (!k.widths || k.widths.includes(failure.width)),
  );
}

/** `light-plan-card >> div.card[part=base] > span.price`: where a node is, across shadow roots, below `top`. */
function selectorOf(node: Element, top: Element): string {
  const parts: string[] = [];
  let step = '';
  for (let el: Element | null = node; el && el !== top;) {
    let name = el.localName;
    if (el.id) name += `#${el.id}`;
    const classes = Array.from(el.classList).slice(0, 2);
    if (classes.length) name += `.${classes.join('.')}`;
    const part = el.getAttribute('part');
    if (part) name += `[part=${part}]`;
    step = step ? `${name} > ${step}` : name;
    const parent: Element | null = el.parentElement;
    if (parent === top) break;
    if (parent) {
      el = parent;
      continue;
    }
    const root = el.getRootNode();
    parts.unshift(step);
    step = '';
    el = root instanceof ShadowRoot ? root.host : null;
    if (el) {
      parts.unshift(el.localName);
      el = null;
    }
  }
  if (step) parts.unshift(step);
  return parts.join(' >> ');
}

/** Whether `inner` is inside `outer`, shadow roots included. */
function containsComposed(outer: Element, inner: Element): boolean {
  for (let node: Node | null = inner; node; node = node instanceof ShadowRoot ? node.host : node.parentNode) {
    if (node === outer) return true;
  }
  return false;
}

/** Form controls scroll their own text; frames and replaced elements have no layout of ours inside. */
const OWN_SCROLL = new Set(['input', 'textarea', 'select', 'iframe', 'img', 'video', 'canvas']);

/** Every element under `root`, through open shadow roots, not into frames. */
function* elementsIn(root: Element | ShadowRoot): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    if (child.shadowRoot) yield* elementsIn(child.shadowRoot);
    yield* elementsIn(child);
  }
}

/** Laid out and shown (not `display: none`, not inside a closed `<details>` or a hidden ancestor). */
const shown = (el: Element) => el.getClientRects().length > 0;

/**
 * A box that clips content it has made invisible on purpose (the compact stepper's bar: each step's label sits,
 * transparent, inside a clipped segment) overflows nothing a customer sees.
 */
function clipsWhatIsHidden(el: HTMLElement, style: CSSStyleDeclaration): boolean {
  if (!['hidden', 'clip'].includes(style.overflowX)) return false;
  return [...el.children].every((child) => getComputedStyle(child).opacity === '0');
}

function measure(root: HTMLElement, story: string, width: number, scheme: Scheme): Failure[] {
  const failures: Failure[] = [];
  const fail = (check: Check, el: Element, measured: string) =>
    failures.push({ story, width, scheme, check, selector: selectorOf(el, root), measured });
  const all = [root, ...elementsIn(root)];
  const overflowing: Array<[HTMLElement, string]> = [];
  for (const el of all) {
    if (!(el instanceof HTMLElement) || !shown(el)) continue;
    const style = getComputedStyle(el);
    // (a) Wider than its box, unless it is meant to scroll, cuts with an ellipsis, or is visually hidden.
    if (
      el.clientWidth > 1 &&
      el.scrollWidth > el.clientWidth + 1 &&
      !['auto', 'scroll'].includes(style.overflowX) &&
      style.textOverflow !== 'ellipsis' &&
      !OWN_SCROLL.has(el.localName) &&
      !clipsWhatIsHidden(el, style)
    ) {
      overflowing.push([el, `scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`]);
    }
    // (b) A value that wraps inside itself.
    if (el.hasAttribute('data-value')) {
      const lines = el.getClientRects().length;
      if (lines !== 1) fail('wrap', el, `${lines} line boxes for "${el.textContent?.trim().slice(0, 40)}"`);
    }
    // (d) A custom element's host that paints a background.
    if (el.localName.includes('-') && el.shadowRoot) {
      const background = style.backgroundColor;
      if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') {
        fail('host-background', el, `background-color ${background}`);
      }
    }
  }
  // (b) Text that reads as a value, broken over lines.
  for (const el of all) {
    if (!shown(el) || el instanceof SVGElement || el.getBoundingClientRect().width <= 1) continue;
    // A value with break hints (an email's `<wbr>` at its `@`) is in several text nodes: it may wrap at a hint,
    // where a reader expects it to continue, but each piece between the hints stays on one line.
    if (el.children.length && [...el.children].every((child) => child.localName === 'wbr')) {
      const whole = el.textContent?.trim() ?? '';
      const kind = VALUE_PATTERNS.find(([, pattern]) => whole.match(pattern)?.[0] === whole)?.[0];
      for (const node of kind ? Array.from(el.childNodes) : []) {
        if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = lineCount(range);
        if (lines > 1) fail('wrap', el, `${kind} "${whole}" breaks inside "${node.textContent.trim()}"`);
      }
    }
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const text = node.textContent;
      for (const [kind, pattern] of VALUE_PATTERNS) {
        for (const match of text.matchAll(pattern)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = lineCount(range);
          if (lines > 1) fail('wrap', el, `${kind} "${match[0]}" on ${lines} lines`);
        }
      }
    }
  }
  // Only the innermost of a chain: its ancestors overflow because it does.
  for (const [el, measured] of overflowing) {
    if (!overflowing.some(([other]) => other !== el && containsComposed(el, other))) fail('overflow', el, measured);
  }
  // (c) Plan cards side by side (one container, same top) of unequal height, measured on the card's own box.
  // A card alone in a wrapper (`<li>`) counts as the wrapper's child: the row is the wrappers' container.
  const cards = all.filter((el) => el.localName === 'light-plan-card' && shown(el)) as HTMLElement[];
  const rows = new Map<string, HTMLElement[]>();
  const parents = new Map<Node, number>();
  for (const card of cards) {
    let item: Element = card;
    while (item.parentElement && item.parentElement !== root && item.parentElement.childElementCount === 1) {
      item = item.parentElement;
    }
    const parent = item.parentNode!;
    if (!parents.has(parent)) parents.set(parent, parents.size);
    const key = `${parents.get(parent)}:${Math.round(card.getBoundingClientRect().top)}`;
    rows.set(key, [...(rows.get(key) ?? []), card]);
  }
  for (const row of rows.values()) {
    if (row.length < 2) continue;
    const box = (card: HTMLElement) => card.shadowRoot?.querySelector<HTMLElement>('[part~=base]') ?? card;
    const heights = row.map((card) => Math.round(box(card).getBoundingClientRect().height));
    if (Math.max(...heights) - Math.min(...heights) > 1) {
      fail('equal-height', box(row[0]), `heights ${heights.join(', ')} px in one row`);
    }
  }
  return failures;
}

/** Waits until every Lit element under `root` has rendered what it has. */
async function litSettled(root: HTMLElement): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await nextFrame();
    const lit = [...elementsIn(root)].filter((el) => 'updateComplete' in el) as LitElement[];
    const again = await Promise.all(lit.map((el) => el.updateComplete));
    if (again.every(Boolean)) break;
  }
  await nextFrame();
}

const seenKnown = new Set<Known>();

describe('layout of every story', function () {
  this.timeout(30000);

  before(() => {
    document.body.style.margin = '0';
  });
  after(async () => {
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const [module, stories] of Object.entries(MODULES)) {
    for (const [name, story] of storiesOf(stories)) {
      const id = `${module}:${name}`;
      it(`${id} fits at 320, 375, 768 and 1280 px, light and dark`, async () => {
        await emulateMedia({ colorScheme: 'light' });
        await setViewport({ width: 1280, height: 900 });
        const meta = stories.default as { args?: Record<string, unknown> };
        // The stand-in flow page is served at /public here (at the site root in Storybook and the demo).
        const args: Record<string, unknown> = { ...(story.args as Record<string, unknown>) };
        const flowPage = (args.flowPage ?? meta.args?.flowPage) as string | undefined;
        if (flowPage?.startsWith('/sandbox-flow')) args.flowPage = `/public${flowPage}`;
        const root = await renderStory(meta, { ...story, args });
        await storyReached(root, story);
        const failures: Failure[] = [];
        for (const width of WIDTHS) {
          await setViewport({ width, height: 900 });
          root.style.width = `${width}px`;
          for (const scheme of SCHEMES) {
            await emulateMedia({ colorScheme: scheme });
            await litSettled(root);
            failures.push(...measure(root, id, width, scheme));
          }
        }
        const unknown: string[] = [];
        for (const failure of failures) {
          const known = knownEntry(failure);
          if (known) seenKnown.add(known);
          else unknown.push(describeFailure(failure));
        }
        if (unknown.length) console.log(`LAYOUT ${unknown.join('\nLAYOUT ')}`);
        expect(unknown, `layout failures:\n${unknown.join('\n')}`).to.deep.equal([]);
      });
    }
  }

  it('has no known failure left that no longer fails', () => {
    const stale = KNOWN.filter((k) => !seenKnown.has(k)).map((k) => `${k.story} ${k.check} ${k.selector ?? ''}`);
    expect(stale, 'known failures that no longer fail: remove them from KNOWN').to.deep.equal([]);
  });
});
