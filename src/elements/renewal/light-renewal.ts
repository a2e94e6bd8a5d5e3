import { define } from '../../core/define.js';
import { LightRenewal } from './light-renewal.component.js';

export { LightRenewal };
export type { RenewalAcceptedDetail } from './light-renewal.component.js';

define('light-renewal', LightRenewal);

declare global {
  interface HTMLElementTagNameMap {
    'light-renewal': LightRenewal;
  }
}
