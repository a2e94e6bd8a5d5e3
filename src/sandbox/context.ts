/**
 * What a route handler receives, and the shape of the handler tables each domain module exports. Route names come
 * from the sandbox's own route table (`routes.ts`): faults and the request log speak those names.
 */
import type { AccountRouteName, AppRouteKey, Method } from './routes.js';
import type { AccountRecord, SandboxState } from './state.js';

export type { AccountRouteName, AppRouteName, Method, RouteName } from './routes.js';

export interface AppContext {
  state: SandboxState;
  request: Request;
  url: URL;
  /** Decoded `{name}` path segments. */
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
export type AppRoutes = Partial<Record<AppRouteKey, MethodHandlers<AppContext>>>;
