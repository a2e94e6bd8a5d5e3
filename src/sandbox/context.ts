/**
 * What a route handler receives, and the shape of the route tables each domain module exports. Route names are
 * the keys of `PATHS` (account token) and `app.<key>` of `APP_PATHS` (app token), so faults and the request log
 * speak the same names as the API layer.
 */
import type { APP_PATHS, PATHS } from '../api/endpoints.js';
import type { AccountRecord, SandboxState } from './state.js';

export type AccountRouteName = keyof typeof PATHS;
export type AppRouteName = `app.${keyof typeof APP_PATHS}`;
export type RouteName = AccountRouteName | AppRouteName;

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface AppContext {
  state: SandboxState;
  request: Request;
  url: URL;
  /** Decoded `:name` path segments. */
  params: Record<string, string>;
  query: URLSearchParams;
}

export interface AccountContext extends AppContext {
  /** The account the bearer token belongs to: every handler is scoped to it. */
  account: AccountRecord;
}

/**
 * A handler returns the JSON body of a 200 (or a `Response` when it needs another status) and throws a
 * `SandboxError` to fail.
 */
export type Handler<C> = (ctx: C) => unknown;
export type MethodHandlers<C> = Partial<Record<Method, Handler<C>>>;

export type AccountRoutes = Partial<Record<AccountRouteName, MethodHandlers<AccountContext>>>;
export type AppRoutes = Partial<Record<keyof typeof APP_PATHS, MethodHandlers<AppContext>>>;
