/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `live` when the dev server has LIGHT_APP_TOKEN (see partner-backend.ts), else `sandbox`. */
  readonly VITE_LIGHT_MODE: 'live' | 'sandbox';
}
