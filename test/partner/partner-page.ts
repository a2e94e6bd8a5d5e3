/**
 * Drives a partner's page: a plain HTML file under `test/partner/pages/` loaded in a frame, exactly as the test
 * server's partner side sends it (see `server.mjs`): the built bundle, no import map, no test code inside.
 * Queries cross shadow roots the way a customer's eyes do: by what is on screen.
 */
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { shownText } from '../support/dom.js';

export interface PartnerPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  /** Removes the frame. */
  close(): void;
}

export interface SignedIn {
  accountUuid: string;
  locationUuid: string | null;
}

/**
 * Signs the browser in as a new sandbox customer set up as `scenario` (the partner's login, in real life), its
 * account created with `preliminary_address` when given.
 */
export async function signIn(scenario = 'new-customer', { preliminaryAddress = '' } = {}): Promise<SignedIn> {
  const query = new URLSearchParams({
    scenario,
    ...(preliminaryAddress ? { preliminary_address: preliminaryAddress } : {}),
  });
  const response = await fetch(`/__sandbox/session?${query}`);
  if (!response.ok) throw new Error(`Could not start a sandbox session: ${response.status}`);
  return response.json() as Promise<SignedIn>;
}

/** Injects faults into the sandbox behind the page (see the sandbox's FaultSpec). */
export async function injectFaults(...faults: Array<Record<string, unknown>>): Promise<void> {
  await fetch('/__sandbox/faults', { method: 'POST', body: JSON.stringify({ faults }) });
}

export interface ServerLog {
  tokenRequests: number;
  requests: Array<{ method: string; route: string | null; status: number | null; path: string }>;
}

/** What the partner's token endpoint and the sandbox API received for the signed-in customer. */
export async function serverLog(): Promise<ServerLog> {
  return (await fetch('/__sandbox/requests')).json() as Promise<ServerLog>;
}

/** The client-agent consents the partner's backend kept for the signed-in customer. */
export async function serverConsents(): Promise<Array<Record<string, unknown>>> {
  return (await fetch('/__sandbox/consents')).json() as Promise<Array<Record<string, unknown>>>;
}

/** The sandbox's record of the signed-in customer's account. */
export async function serverAccount(): Promise<Record<string, unknown>> {
  return (await fetch('/__sandbox/account')).json() as Promise<Record<string, unknown>>;
}

/** Opens a page from `test/partner/pages/` in a frame of the given size and waits for its load event. */
export async function openPage(name: string, { width = 1024, height = 900 } = {}): Promise<PartnerPage> {
  const frame = document.createElement('iframe');
  frame.src = `/test/partner/pages/${name}`;
  frame.width = String(width);
  frame.height = String(height);
  frame.title = name;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, win, doc: frame.contentDocument!, close: () => frame.remove() };
}

/** The first element matching `selectors[0]`, then `selectors[1]` inside its shadow root, and so on. */
export function deep<E extends Element = HTMLElement>(root: ParentNode, ...selectors: string[]): E | null {
  let scope: ParentNode | null = root;
  let found: Element | null = null;
  for (const selector of selectors) {
    found = scope?.querySelector(selector) ?? null;
    if (!found) return null;
    scope = found.shadowRoot ?? found;
  }
  return found as E | null;
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepAll<E extends Element = HTMLElement>(root: ParentNode, selector: string): E[] {
  const found: E[] = [];
  const own = (root as Element).shadowRoot;
  if (own) found.push(...deepAll<E>(own, selector));
  found.push(...root.querySelectorAll<E>(selector));
  for (const el of root.querySelectorAll('*')) if (el.shadowRoot) found.push(...deepAll<E>(el.shadowRoot, selector));
  return found;
}

/** The text a customer sees in an element (see `shownText`), trimmed; `''` for no element. */
export function textOf(el: Element | null): string {
  return el ? shownText(el).trim() : '';
}

/** Waits until the element's visible text contains `text`. */
export async function waitForText(el: () => Element | null, text: string, timeout = 10_000): Promise<void> {
  await waitUntil(() => textOf(el()).includes(text), `"${text}" never shown; shown: ${textOf(el()).slice(0, 600)}`, {
    timeout,
  });
}

/** The first enabled button whose text includes `label`, anywhere below `root` (shadow roots included). */
export function buttonNamed(root: ParentNode, label: string): HTMLButtonElement | null {
  return deepAll<HTMLButtonElement>(root, 'button').find((b) => b.textContent!.includes(label) && !b.disabled) ?? null;
}

/** Waits for a button and clicks it, as a customer would. */
export async function press(root: ParentNode, label: string, timeout = 10_000): Promise<void> {
  await waitUntil(() => buttonNamed(root, label), `no enabled "${label}" button`, { timeout });
  buttonNamed(root, label)!.click();
}

/** Focuses a field and types into it with the keyboard. */
export async function type(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

export interface CardDetails {
  number: string;
  expiry: string;
  cvc: string;
  postal: string;
}

/**
 * Waits for Stripe's card form (mounted in `host`'s light DOM, as Stripe requires) and types a card into it with
 * the keyboard. Default: Stripe's 4242 test card.
 */
export async function typeCard(host: Element, card: Partial<CardDetails> = {}, what = 'the card form'): Promise<void> {
  const { number, expiry, cvc, postal } = {
    number: '4242424242424242',
    expiry: '12 / 34',
    cvc: '123',
    postal: '75201',
    ...card,
  };
  const field = (name: string) => host.querySelector<HTMLInputElement>(`.light-fake-stripe input[name="${name}"]`);
  await waitUntil(() => field('cardnumber'), `${what} never mounted`, { timeout: 10_000 });
  await type(field('cardnumber')!, number);
  await type(field('exp-date')!, expiry);
  await type(field('cvc')!, cvc);
  await type(field('postal')!, postal);
}

export interface Downloads {
  files: Array<{ path: string; bytes: number; gzip: number }>;
  gzip: number;
}

/** The scripts and styles the page downloaded from its own origin, with their gzip sizes, logged for the record. */
export async function downloads(page: PartnerPage, label: string): Promise<Downloads> {
  const origin = page.win.location.origin;
  const urls = page.win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => url.startsWith(`${origin}/dist/`) || url.startsWith(`${origin}/__copy/`));
  const response = await fetch('/__sandbox/downloads', {
    method: 'POST',
    body: JSON.stringify({ label, urls: [...new Set(urls)] }),
  });
  return response.json() as Promise<Downloads>;
}
