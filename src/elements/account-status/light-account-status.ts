import { define } from '../../core/define.js';
import { LightAccountStatus } from './light-account-status.component.js';

export { LightAccountStatus };

define('light-account-status', LightAccountStatus);

declare global {
  interface HTMLElementTagNameMap {
    'light-account-status': LightAccountStatus;
  }
}
