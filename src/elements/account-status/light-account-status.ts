import { define } from '../../core/define.js';
import { LightAccountStatus } from './light-account-status.component.js';

export { LightAccountStatus };
export type { ServiceActiveDetail } from '../../core/events.js';

define('light-account-status', LightAccountStatus);

declare global {
  interface HTMLElementTagNameMap {
    'light-account-status': LightAccountStatus;
  }
}
