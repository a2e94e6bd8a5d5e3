/**
 * The modal side of the flow frame: showing its `<dialog>` in the top layer with the page's scroll locked, moving
 * focus into it, and giving focus back to where it was when it closes.
 */
import { lockBodyScroll } from './scroll-lock.js';

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/** The modal dialog of one element, with the scroll lock and focus that go with it. */
export class FlowModal {
  readonly #root: () => HTMLElement | DocumentFragment;
  #releaseScroll?: () => void;
  #opener?: HTMLElement;
  #focusPending = false;

  /** `root` gives where the element renders (its shadow root), where the dialog and its contents are found. */
  constructor(root: () => HTMLElement | DocumentFragment) {
    this.#root = root;
  }

  /** The dialog, when the element renders one. */
  get dialog(): HTMLDialogElement | null {
    return this.#root().querySelector('dialog');
  }

  /**
   * Shows the dialog while `wanted` (the first time, locking the page's scroll and remembering what had focus),
   * and hides it when not, releasing the lock and giving focus back.
   */
  sync(wanted: boolean): void {
    const dialog = this.dialog;
    if (wanted && dialog && !dialog.open) {
      if (!this.#releaseScroll) {
        this.#opener = deepActiveElement();
        this.#releaseScroll = lockBodyScroll();
        this.#focusPending = true;
      }
      dialog.showModal();
    } else if (!wanted && this.#releaseScroll) {
      if (dialog?.open) dialog.close();
      this.#releaseScroll();
      this.#releaseScroll = undefined;
      this.#focusPending = false;
      const opener = this.#opener;
      this.#opener = undefined;
      if (opener?.isConnected) opener.focus();
    }
  }

  /** Releases the page's scroll at once (the element left the page), without moving focus. */
  release(): void {
    this.#releaseScroll?.();
    this.#releaseScroll = undefined;
  }

  /** What had focus in the open modal went away: put focus back in the modal at the next `focusInto()`. */
  refocus(): void {
    if (this.dialog?.open && !this.hasFocus()) this.#focusPending = true;
  }

  /**
   * After the modal opens, puts focus in the frame as soon as there is one (or on the error, if it failed). Until
   * then, focus waits on the way out (the Close button), so it is never left outside the modal.
   */
  focusInto(): void {
    if (!this.#focusPending || !this.dialog?.open) return;
    const root = this.#root();
    const target = root.querySelector<HTMLElement>('iframe, [part~="error"]');
    if (target) {
      target.focus();
      this.#focusPending = false;
    } else if (!this.hasFocus()) {
      root.querySelector<HTMLElement>('[part~="loading-close"], [part~="close-button"]')?.focus();
    }
  }

  /** Whether focus is on something the element renders (the frame included). */
  hasFocus(): boolean {
    const active = deepActiveElement();
    return Boolean(active && this.#root().contains(active));
  }
}
