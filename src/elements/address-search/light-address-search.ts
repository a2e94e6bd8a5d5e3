import { define } from '../../core/define.js';
import { LightAddressSearch } from './light-address-search.component.js';

export { LightAddressSearch };
export type { AddressSelectDetail } from './light-address-search.component.js';

define('light-address-search', LightAddressSearch);

declare global {
  interface HTMLElementTagNameMap {
    'light-address-search': LightAddressSearch;
  }
}
