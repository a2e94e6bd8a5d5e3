/**
 * Moving focus to what is not a control (a step's heading, a notice) after the customer's action. Browsers show
 * the focus ring on such a target when focus came from a text field, even after a mouse click elsewhere; the ring
 * belongs to keyboard use only, so the last input decides: a key press shows it, a pointer hides it.
 */
let keyboard = false;
if (typeof document !== 'undefined') {
  document.addEventListener('keydown', () => (keyboard = true), true);
  document.addEventListener('pointerdown', () => (keyboard = false), true);
}

/** Focuses `target` (when there is one), with the focus ring only if the customer is using the keyboard. */
export function focusTarget(target: HTMLElement | null | undefined): void {
  target?.focus({ focusVisible: keyboard } as FocusOptions);
}
