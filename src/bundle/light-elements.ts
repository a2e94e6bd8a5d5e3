/**
 * The script-tag build: `<script type="module" src=".../light-elements.js">`.
 *
 * Configuration, `<light-provider>`, the error types and the code every element shares (the `core` chunk) load at
 * once. Each element's code loads the first time its tag appears in the page (or on `LightElements.load(tag)`),
 * so a page pays only for the elements it uses: all of its files at once (the build lists them), and meanwhile
 * the element's first requests start (`early-start.ts`).
 * The module also sets `window.LightElements`, so inline scripts can call `LightElements.configure(...)`.
 */
import '../elements/provider/light-provider.js';
import { Autoloader, type ChunkList } from './autoload.js';
import { startEarly } from './early-start.js';

import { LightApiError } from '../api/errors.js';
import { configure, resetConfiguration } from '../core/config.js';
import { setClock } from '../api/clock.js';

export { configure, resetConfiguration, LightApiError, setClock };
export type { LightOptions } from '../core/config.js';
export type { LightErrorCode } from '../api/errors.js';

/** Each element's chunk files, written in by the build (`vite.config.ts`); absent when run from source. */
declare const __LIGHT_CHUNKS__: ChunkList | undefined;

const autoloader = new Autoloader(
  {
    'light-account-status': () => import('../elements/account-status/light-account-status.js'),
    'light-address-search': () => import('../elements/address-search/light-address-search.js'),
    'light-billing-address': () => import('../elements/billing-address/light-billing-address.js'),
    'light-documents': () => import('../elements/documents/light-documents.js'),
    'light-eligibility': () => import('../elements/eligibility/light-eligibility.js'),
    'light-enrollment': () => import('../elements/enrollment/light-enrollment.js'),
    'light-flow-frame': () => import('../elements/flow-frame/light-flow-frame.js'),
    'light-invoices': () => import('../elements/invoices/light-invoices.js'),
    'light-payment-method': () => import('../elements/payment-method/light-payment-method.js'),
    'light-plan-card': () => import('../elements/plan-card/light-plan-card.js'),
    'light-plan-comparison': () => import('../elements/plan-comparison/light-plan-comparison.js'),
    'light-renewal': () => import('../elements/renewal/light-renewal.js'),
    'light-support-info': () => import('../elements/support-info/light-support-info.js'),
    'light-usage-chart': () => import('../elements/usage-chart/light-usage-chart.js'),
  },
  {
    chunks: typeof __LIGHT_CHUNKS__ === 'object' ? __LIGHT_CHUNKS__ : undefined,
    base: import.meta.url,
    onElement: startEarly,
  },
);

/** Loads and defines one element now (for tags inside your own shadow roots, or to preload). */
export const load = (tag: string) => autoloader.load(tag);
/** Loads every element now. */
export const loadAll = () => autoloader.loadAll();

if (typeof window !== 'undefined') {
  const global = window as unknown as { LightElements?: Record<string, unknown> };
  // A second copy on the page keeps the first one's global (its elements are already defined).
  global.LightElements ??= { configure, resetConfiguration, LightApiError, setClock, load, loadAll };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', () => autoloader.observe(document), { once: true });
  }
  autoloader.observe(document);
}
