/**
 * The combobox's keys (ARIA 1.2 pattern): what a key does to the suggestion list, as a pure decision the
 * element applies. Arrows open the list or move through it (wrapping), Home and End jump while it is open,
 * Enter chooses the active suggestion, Escape closes the list (or, closed, clears the field), Tab leaves.
 */

/** The list as the key finds it. */
export interface ListboxState {
  open: boolean;
  /** The active suggestion, or -1. */
  activeIndex: number;
  /** How many suggestions there are. */
  count: number;
  /** Whether the field has text. */
  hasText: boolean;
}

export type ListboxAction =
  /** The list is open with this suggestion active. */
  | { kind: 'move'; activeIndex: number }
  /** The active suggestion is chosen. */
  | { kind: 'choose'; index: number }
  /** The list closes, no suggestion active. */
  | { kind: 'close' }
  /** The search is dropped and the field cleared. */
  | { kind: 'clear' }
  /** Focus leaves the field (the key keeps its default): the list closes. */
  | { kind: 'leave' };

/** What `key` does, or `null` when it does nothing here (and keeps its default). */
export function listboxKey(key: string, state: ListboxState): ListboxAction | null {
  const { open, activeIndex, count } = state;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (!count) return null;
      const step = key === 'ArrowDown' ? 1 : -1;
      if (!open) return { kind: 'move', activeIndex: step > 0 ? 0 : count - 1 };
      return { kind: 'move', activeIndex: (activeIndex + step + count) % count };
    }
    case 'Home':
    case 'End':
      if (!open || !count) return null;
      return { kind: 'move', activeIndex: key === 'Home' ? 0 : count - 1 };
    case 'Enter':
      return open && activeIndex >= 0 ? { kind: 'choose', index: activeIndex } : null;
    case 'Escape':
      if (open) return { kind: 'close' };
      return state.hasText ? { kind: 'clear' } : null;
    case 'Tab':
      return { kind: 'leave' };
    default:
      return null;
  }
}
