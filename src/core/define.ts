/**
 * Registers a custom element once. A second copy of the library on the same page (a script tag plus an npm
 * bundle) must not throw, so an existing definition is kept.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) customElements.define(tag, element);
}
