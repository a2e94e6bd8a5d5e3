import { define } from '../../core/define.js';
import { LightRenewal } from './light-renewal.component.js';

export { LightRenewal };
export type { RenewalAcceptedDetail } from './light-renewal.component.js';
export type { RenewalPlansContext, RenewalPlansProvider } from './renewal-custom.js';

define('light-renewal', LightRenewal);

declare global {
  interface HTMLElementTagNameMap {
    'light-renewal': LightRenewal;
  }
}
