import { LightProvider } from './light-provider.component.js';
import { define } from '../../core/define.js';

export { LightProvider };

define('light-provider', LightProvider);

declare global {
  interface HTMLElementTagNameMap {
    'light-provider': LightProvider;
  }
}
