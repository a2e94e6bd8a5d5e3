import { define } from '../../core/define.js';
import { LightSupportInfo } from './light-support-info.component.js';

export { LightSupportInfo };

define('light-support-info', LightSupportInfo);

declare global {
  interface HTMLElementTagNameMap {
    'light-support-info': LightSupportInfo;
  }
}
