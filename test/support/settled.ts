import { waitUntil } from '@open-wc/testing';

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/** Every element under `root`, shadow roots included (for nested Light elements such as plan cards). */
function* deepElements(root: Element | ShadowRoot): Generator<Element> {
  for (const child of Array.from(root.children)) {
    yield child;
    if (child.shadowRoot) yield* deepElements(child.shadowRoot);
    yield* deepElements(child);
  }
}

/** Whether `el` (shadow roots included) still shows a loading skeleton or a region marked busy. */
export function isLoading(el: Element): boolean {
  const root = el.shadowRoot ?? el;
  for (const node of deepElements(root)) {
    if (node.matches('[part~="skeleton"], [aria-busy="true"]')) return true;
  }
  return false;
}

export interface SettledOptions {
  /** A selector inside the element's shadow root that must also be shown (e.g. the rows of a list). */
  shows?: string;
  /** What the failure says. */
  message?: string;
  timeout?: number;
}

/**
 * Waits until an element has finished what it was doing: its pending update rendered, no skeleton and no busy
 * region left (in it or in the Light elements inside it), and `shows` present when given.
 */
export async function settled(el: Element, options: SettledOptions = {}): Promise<void> {
  const updating = el as Updating;
  // A change made just before starts its load in this update (and marks the element busy) once it completes.
  await updating.updateComplete;
  const shown = () => !options.shows || !!(el.shadowRoot ?? el).querySelector(options.shows);
  await waitUntil(() => !isLoading(el) && shown(), options.message ?? `<${el.localName}> did not settle`, {
    timeout: options.timeout ?? 9000,
  });
  await updating.updateComplete;
}
