/**
 * A value remembered with the key it was worked out for: asked again with the same parts (compared by identity),
 * it is returned as it is. For what an element works out at every update (a pointer move is one) from inputs that
 * rarely change.
 */
export class Remembered<V> {
  #key?: readonly unknown[];
  #value?: V;

  /** The value for `key`: the remembered one when every part is the same, else `compute()`'s, remembered. */
  get(key: readonly unknown[], compute: () => V): V {
    const last = this.#key;
    if (last && last.length === key.length && key.every((part, i) => part === last[i])) return this.#value!;
    const value = compute();
    this.#key = key;
    this.#value = value;
    return value;
  }
}
