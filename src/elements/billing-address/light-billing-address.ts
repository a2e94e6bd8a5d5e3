import { define } from '../../core/define.js';
import { LightBillingAddress } from './light-billing-address.component.js';

export { LightBillingAddress };
export type { BillingAddressUpdatedDetail } from './light-billing-address.component.js';
export { validateAddress, US_STATES, type AddressValues, type AddressProblems } from './billing-address-form.js';

define('light-billing-address', LightBillingAddress);

declare global {
  interface HTMLElementTagNameMap {
    'light-billing-address': LightBillingAddress;
  }
}
