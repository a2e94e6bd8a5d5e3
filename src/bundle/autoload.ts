/**
 * Loads an element's code the first time its tag appears in the document, so a page pays only for the
 * elements it uses. Elements inside a partner's own shadow roots are not seen: call `load(tag)` for those.
 */
export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

export class Autoloader {
  #loaders: Loaders;
  #loading = new Map<string, Promise<CustomElementConstructor>>();
  #observer: MutationObserver | null = null;

  constructor(loaders: Loaders) {
    this.#loaders = loaders;
  }

  /** The tags this loader knows. */
  get tags(): string[] {
    return Object.keys(this.#loaders);
  }

  /** Loads and defines one element; resolves with its class. */
  load(tag: string): Promise<CustomElementConstructor> {
    const name = tag.toLowerCase();
    const loader = this.#loaders[name];
    if (!loader) return Promise.reject(new Error(`Unknown Light element <${tag}>.`));
    let pending = this.#loading.get(name);
    if (!pending) {
      pending = loader().then(() => customElements.whenDefined(name));
      // A failed load (offline) may be retried by the next appearance of the tag.
      pending.catch(() => this.#loading.delete(name));
      this.#loading.set(name, pending);
    }
    return pending;
  }

  /** Loads every element now. */
  loadAll(): Promise<CustomElementConstructor[]> {
    return Promise.all(this.tags.map((tag) => this.load(tag)));
  }

  /** Loads what `root` holds now and watches it for more. */
  observe(root: Document): void {
    this.#scan(root);
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) this.#scan(node);
    });
    this.#observer.observe(root.documentElement, { childList: true, subtree: true });
  }

  #scan(root: Element | Document): void {
    if (root instanceof Element) this.#consider(root);
    for (const element of root.querySelectorAll(':not(:defined)')) this.#consider(element);
  }

  #consider(element: Element): void {
    const tag = element.localName;
    if (tag in this.#loaders && !customElements.get(tag)) {
      this.load(tag).catch((error: unknown) => console.error(`Light Elements: <${tag}> could not load.`, error));
    }
  }
}
