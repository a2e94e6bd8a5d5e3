/**
 * Page visibility for tests: `document.visibilityState` as a test says, announced by a `visibilitychange`, as the
 * browser does when a tab is hidden or shown again.
 */

/** Makes the page `state` and dispatches `visibilitychange`; `undefined` gives the browser's own state back. */
export function setVisibility(state: DocumentVisibilityState | undefined): void {
  if (state === undefined) {
    if (Object.prototype.hasOwnProperty.call(document, 'visibilityState')) {
      delete (document as { visibilityState?: unknown }).visibilityState;
    }
    return;
  }
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}
