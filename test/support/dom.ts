/**
 * Everything an element shows as text, the way a customer reads it: shadow roots included, slotted content where
 * it is slotted, styles and scripts left out. Works across frames (no `instanceof`).
 */
export function shownText(root: Node): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += `${node.textContent} `;
    const element = node as Element;
    if (element.localName === 'style' || element.localName === 'script') return;
    const assigned = element.localName === 'slot' ? (element as HTMLSlotElement).assignedNodes({ flatten: true }) : [];
    for (const child of assigned.length ? assigned : (element.shadowRoot ?? node).childNodes) walk(child);
  };
  walk(root);
  return text.replace(/\s+/g, ' ');
}

/** An element's shadow root (every Light element has one). */
export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;

/** The first match of `selector` in an element's shadow root. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  shadow(el).querySelector<T>(selector);

/** Every match of `selector` in an element's shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...shadow(el).querySelectorAll<T>(selector),
];

/** The element of a part in an element's shadow root (`part~="name"`). */
export const part = (el: Element, name: string): HTMLElement | null => $(el, `[part~="${name}"]`);

/** A node's text, whitespace collapsed and trimmed (empty for no node). */
export const text = (node: Node | null): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A formatted string with its no-break spaces as plain ones, to compare with a readable literal (`Mar 5, 2026`,
 * `1,000 kWh`): the formatters keep each value on one line with U+00A0. `text()` and `shownText()` already do this.
 */
export const plain = (value: string | null | undefined): string => (value ?? '').replace(/\u00a0/g, ' ');

/** Everything in an element's shadow root as text, whitespace collapsed. */
export const shadowText = (el: Element): string => text(shadow(el));

/** The focused element, looking through shadow roots. */
export function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until `match` has focus (at most `max` times): the keyboard path a customer would take. */
export async function tabTo(match: (el: Element) => boolean, what: string, max = 40): Promise<HTMLElement> {
  const { sendKeys } = await import('@web/test-runner-commands');
  for (let i = 0; i < max; i++) {
    const active = deepActive();
    if (active && match(active)) return active as HTMLElement;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${what}`);
}
