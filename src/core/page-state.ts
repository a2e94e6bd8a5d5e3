/**
 * State that every copy of Light Elements on a page shares: the configuration, the token providers and clients
 * made from it, and the account stores. A page may load the library twice (the script tag beside a partner's own
 * npm bundle, or two script tags); each copy is a separate module instance, so module-level variables would give
 * each its own configuration and its own token. Kept under one registered symbol on `globalThis` instead, so the
 * first copy creates each piece and the others find it.
 *
 * The key carries a version: copies whose shared objects differ in shape must not share them.
 */
const KEY = Symbol.for('light-elements.page-state.v1');

type PageState = Record<string, unknown>;

/** The page's shared `name` slot, created by `create()` in whichever copy asks first. */
export function pageState<T>(name: string, create: () => T): T {
  const holder = globalThis as { [KEY]?: PageState };
  const state = (holder[KEY] ??= {});
  if (!(name in state)) state[name] = create();
  return state[name] as T;
}
