/**
 * The localization seam: every user-visible string goes through a translator made by `defineMessages`.
 * Each element keeps its own catalog beside it, so importing one element pulls only its strings.
 *
 * English ships with the code. Other languages load on demand (`() => import('./x.messages.es.js')`): a page in
 * English never downloads Spanish. `LightElement` waits for its language before it renders, so text never
 * flashes from one language to the other.
 */
export type MessageValue = string | ((params: never) => string);
type Params<V> = V extends (params: infer P) => string ? [params: P] : [];

export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];
type Translation = Exclude<SupportedLocale, 'en'>;

/** `es-MX` → `es`; anything unsupported → `en`. */
export function supportedLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}

let intlWarm = false;

/**
 * Makes a number and a date formatter once the main thread is idle, the first call on a page only. A page's first
 * `Intl.NumberFormat` costs 20–60 ms to create (ICU loads its data) and its first `Intl.DateTimeFormat` a few
 * more; after that, a formatter of any supported locale and options costs well under a millisecond. The script
 * tag calls this while an element's code loads, the element once its data request is on its way: either way
 * that cost falls before its data arrives instead of between the data and its first paint.
 */
export function warmIntlWhenIdle(): void {
  if (intlWarm) return;
  intlWarm = true;
  const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 0));
  idle(() => {
    new Intl.NumberFormat('en-US').format(0);
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC' }).format(0);
  });
}

/** The BCP 47 tag used for Intl formatting in a supported locale. */
export function intlLocale(locale: SupportedLocale): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}

export type Translator<M extends Record<string, MessageValue>> = (<K extends keyof M & string>(
  locale: SupportedLocale,
  key: K,
  ...params: Params<M[K]>
) => string) & {
  /** Every key of the catalog (for completeness checks). */
  readonly keys: ReadonlyArray<keyof M & string>;
};

/** A translation given inline, or a module that loads it. */
export type TranslationSource<M> = Partial<M> | (() => Promise<{ default: Partial<M> }>);

/** Loaders of every catalog defined so far, per language, and whether each has arrived. */
const loaders = new Map<Translation, Set<() => Promise<void>>>();
const loading = new Map<() => Promise<void>, Promise<void>>();
const settled = new Set<() => Promise<void>>();

/** Whether every catalog defined so far has its `locale` translation in memory. */
export function isLocaleReady(locale: SupportedLocale): boolean {
  if (locale === 'en') return true;
  for (const load of loaders.get(locale) ?? []) if (!settled.has(load)) return false;
  return true;
}

/**
 * Loads the `locale` translation of every catalog defined so far. Never rejects: a catalog that cannot load
 * (offline) falls back to English and is tried again next time.
 */
export function loadLocale(locale: SupportedLocale): Promise<void> {
  if (locale === 'en') return Promise.resolve();
  const pending = [...(loaders.get(locale) ?? [])].filter((load) => !settled.has(load));
  return Promise.all(
    pending.map((load) => {
      let promise = loading.get(load);
      if (!promise) {
        promise = load().then(
          () => void settled.add(load),
          () => void loading.delete(load),
        );
        loading.set(load, promise);
      }
      return promise;
    }),
  ).then(() => undefined);
}

/**
 * Declares a catalog: English is complete and defines the keys; other languages may fill in any subset (a
 * missing translation falls back to English), inline or as a module loaded on demand.
 *
 * @example
 * const msg = defineMessages({ retry: 'Try again', step: (p: { n: number }) => `Step ${p.n}` }, {
 *   es: () => import('./x.messages.es.js'),
 * });
 * msg('es', 'retry'); // 'Intentar de nuevo', once loaded
 */
export function defineMessages<M extends Record<string, MessageValue>>(
  en: M,
  translations: Partial<Record<Translation, TranslationSource<M>>> = {},
): Translator<M> {
  const catalogs: Partial<Record<Translation, Partial<M>>> = {};
  for (const [locale, source] of Object.entries(translations) as Array<[Translation, TranslationSource<M>]>) {
    if (typeof source !== 'function') {
      catalogs[locale] = source;
      continue;
    }
    const load = async () => {
      catalogs[locale] = (await source()).default;
    };
    if (!loaders.has(locale)) loaders.set(locale, new Set());
    loaders.get(locale)!.add(load);
  }
  const translate = (locale: SupportedLocale, key: keyof M & string, ...params: unknown[]) => {
    const catalog = locale === 'en' ? en : catalogs[locale];
    const value = (catalog?.[key] ?? en[key]) as MessageValue;
    return typeof value === 'function' ? (value as (p: unknown) => string)(params[0]) : value;
  };
  return Object.assign(translate, { keys: Object.keys(en) }) as Translator<M>;
}
