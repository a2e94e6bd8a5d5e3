/**
 * The localization seam: every user-visible string goes through a translator made by `defineMessages`.
 * Each element keeps its own catalog beside it, so importing one element pulls only its strings.
 */
export type MessageValue = string | ((params: never) => string);
type Params<V> = V extends (params: infer P) => string ? [params: P] : [];

export const SUPPORTED_LOCALES = ['en', 'es'] as const;
export type SupportedLocale = (typeof SUPPORTED_LOCALES)[number];

/** `es-MX` → `es`; anything unsupported → `en`. */
export function supportedLocale(tag: string | null | undefined): SupportedLocale {
  const language = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (SUPPORTED_LOCALES as readonly string[]).includes(language) ? (language as SupportedLocale) : 'en';
}

/** The BCP 47 tag used for Intl formatting in a supported locale. */
export function intlLocale(locale: SupportedLocale): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}

export type Translator<M extends Record<string, MessageValue>> = <K extends keyof M & string>(
  locale: SupportedLocale,
  key: K,
  ...params: Params<M[K]>
) => string;

/**
 * Declares a catalog: English is complete and defines the keys; other locales may fill in any subset
 * (a missing translation falls back to English).
 *
 * @example
 * const msg = defineMessages({ retry: 'Try again', step: (p: { n: number }) => `Step ${p.n}` }, { es: { retry: 'Reintentar' } });
 * msg('es', 'retry'); // 'Reintentar'
 */
export function defineMessages<M extends Record<string, MessageValue>>(
  en: M,
  translations: Partial<Record<Exclude<SupportedLocale, 'en'>, Partial<M>>> = {},
): Translator<M> {
  return (locale, key, ...params) => {
    const catalog = locale === 'en' ? en : translations[locale];
    const value = (catalog?.[key] ?? en[key]) as MessageValue;
    return typeof value === 'function' ? (value as (p: unknown) => string)(params[0]) : value;
  };
}
