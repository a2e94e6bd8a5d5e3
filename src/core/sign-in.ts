import { DEFAULT_API_BASE } from '../api/defaults.js';
import type { TokenProvider } from '../api/token-manager.js';
import { getConfiguration, type LightOptions } from './config.js';
import { checkMarkupUrl, checkSignIn, originOf, type Refusal } from './origins.js';
import { endpointTokenProvider } from './clients.js';

/** What an element itself says of signing in: its properties, or the attributes of one not yet upgraded. */
export interface OwnSignIn {
  tokenProvider?: TokenProvider;
  tokenEndpoint?: string;
  backend?: string;
  apiBase?: string;
}

/** How an element signs in: the token provider, API base and fetch in force. */
export interface SignIn {
  tokenProvider: TokenProvider;
  apiBase: string;
  fetch?: typeof fetch;
  /** Origins allowed from script, for the elements this one renders. */
  apiOrigins: string[];
}

/**
 * The partner's backend in force (own, provider's, then `configure()`'s), absolute and without a trailing slash;
 * the refusal when one from markup breaks the origin rule.
 */
export function backendInForce(own: string | undefined, provided: LightOptions = {}): string | Refusal | undefined {
  const markup = own || provided.backend;
  const value = markup || getConfiguration().backend;
  if (!value) return undefined;
  const url = new URL(value, document.baseURI).href.replace(/\/+$/, '');
  return (markup && checkMarkupUrl(url, 'backend', location.origin, allowedOrigins(provided))) || url;
}

/**
 * How an element signs in, first match wins: its own token provider or token endpoint (or backend), the
 * provider's, then `configure()`'s. `undefined` with none; the refusal when they break the origin rule (see
 * `core/origins.ts`). The same inputs give the same provider, so the same shared client.
 */
export function resolveSignIn(own: OwnSignIn, provided: LightOptions = {}): SignIn | Refusal | undefined {
  const global = getConfiguration();
  const backend = backendInForce(own.backend, provided);
  if (typeof backend === 'object') return backend;
  const endpoint = (value?: string) => (value ? new URL(value, document.baseURI).href : undefined);
  // Without a token endpoint, the backend's `/token` (the backend's origin was checked above).
  const token = (url: string | undefined, base: string | undefined) => url || (base && `${backend}/token`);
  // Attributes (own, or a provider's) are markup; configure() is script.
  const choices: Array<[TokenProvider | undefined, string | undefined, boolean]> = [
    [own.tokenProvider, token(own.tokenEndpoint, own.backend), true],
    [provided.tokenProvider, token(provided.tokenEndpoint, provided.backend), true],
    [global.tokenProvider, token(global.tokenEndpoint, global.backend), false],
  ];
  const chosen = choices.find(([fn, url]) => typeof fn === 'function' || url);
  if (!chosen) return undefined;
  const [fn, url, fromMarkup] = chosen;
  const tokenEndpoint = typeof fn === 'function' ? undefined : endpoint(url)!;
  const tokenProvider = tokenEndpoint ? endpointTokenProvider(tokenEndpoint) : fn!;
  const apiBase = absolute(own.apiBase || provided.apiBase || global.apiBase) ?? DEFAULT_API_BASE;
  const apiOrigins = allowedOrigins(provided);
  const refusal = checkSignIn({
    apiBase,
    markupTokenEndpoint: fromMarkup ? tokenEndpoint : undefined,
    pageOrigin: location.origin,
    allowed: apiOrigins,
  });
  if (refusal) return refusal;
  return { tokenProvider, apiBase, fetch: provided.fetch ?? global.fetch, apiOrigins };
}

/** Origins allowed from script: the provider's and `configure()`'s `apiOrigins`, and `configure({ apiBase })`'s. */
export function allowedOrigins(provided: LightOptions | undefined): string[] {
  const global = getConfiguration();
  const origins = [...(provided?.apiOrigins ?? []), ...(global.apiOrigins ?? [])];
  const scriptBase = originOf(global.apiBase, document.baseURI);
  if (scriptBase) origins.push(scriptBase);
  return origins;
}

/** An API base as an absolute URL: a path such as `/light-api` (a same-origin proxy) is taken from the page. */
function absolute(base: string | undefined): string | undefined {
  if (!base || /^[a-z][a-z\d+.-]*:/i.test(base)) return base;
  return new URL(base, document.baseURI).href;
}
