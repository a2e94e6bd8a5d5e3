export * from './types.js';
export { LightApiError, type LightErrorCode } from './errors.js';
export {
  TokenManager,
  type TokenManagerOptions,
  type TokenProvider,
  type TokenProviderContext,
  type TokenResult,
} from './token-manager.js';
export {
  LightClient,
  DEFAULT_API_BASE,
  type LightClientOptions,
  type RequestOptions,
  type HttpMethod,
} from './http.js';
export * from './endpoints.js';
export * from './comparison.js';
