/**
 * Loads an element's code the first time its tag appears in the document, so a page pays only for the
 * elements it uses. Elements inside a partner's own shadow roots are not seen: call `load(tag)` for those.
 */
export type Loaders = Readonly<Record<string, () => Promise<unknown>>>;

/** Files, and for each tag the indexes of those its code imports. */
export interface ChunkList {
  files: readonly string[];
  tags: Readonly<Record<string, readonly number[]>>;
}

export interface AutoloaderOptions {
  /**
   * The files each tag's code imports, relative to `base` (`files`, named by index in `tags`): fetched all at once
   * (`<link rel="modulepreload">`) when the tag loads, rather than one import after another. The build writes it.
   */
  chunks?: ChunkList;
  /** The URL the chunk files are relative to (the script's own). */
  base?: string;
  /** Called for each element of a known tag found before its code is loaded. */
  onElement?: (element: Element) => void;
}

const preloaded = new Set<string>();

/** Asks for the module file at `href` now (`<link rel="modulepreload">`), once a page, to be run when imported. */
export function preloadModule(href: string): void {
  if (preloaded.has(href)) return;
  preloaded.add(href);
  const link = document.createElement('link');
  link.rel = 'modulepreload';
  link.href = href;
  document.head.append(link);
}

export class Autoloader {
  #loaders: Loaders;
  #options: AutoloaderOptions;
  #loading = new Map<string, Promise<CustomElementConstructor>>();
  #observer: MutationObserver | null = null;

  constructor(loaders: Loaders, options: AutoloaderOptions = {}) {
    this.#loaders = loaders;
    this.#options = options;
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
      this.#preload(name);
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

  /** Asks for every file of a tag's code at once. */
  #preload(tag: string): void {
    const { chunks, base } = this.#options;
    for (const index of chunks?.tags[tag] ?? [])
      preloadModule(new URL(chunks!.files[index], base ?? document.baseURI).href);
  }

  #consider(element: Element): void {
    const tag = element.localName;
    if (tag in this.#loaders && !customElements.get(tag)) {
      this.#options.onElement?.(element);
      this.load(tag).catch((error: unknown) => console.error(`Light Elements: <${tag}> could not load.`, error));
    }
  }
}
