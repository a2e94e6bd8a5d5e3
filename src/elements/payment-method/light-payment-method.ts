import { define } from '../../core/define.js';
import { LightPaymentMethod } from './light-payment-method.component.js';

export { LightPaymentMethod };
export type { PaymentMethodUpdatedDetail } from './light-payment-method.component.js';
export { cardExpiry, type CardExpiry } from './card-status.js';

define('light-payment-method', LightPaymentMethod);

declare global {
  interface HTMLElementTagNameMap {
    'light-payment-method': LightPaymentMethod;
  }
}
