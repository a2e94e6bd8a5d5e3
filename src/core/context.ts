import { createContext } from '@lit/context';
import type { LightOptions } from './config.js';

/**
 * What `<light-provider>` hands to the elements below it, and what every Light element hands to the elements it
 * renders itself (enrollment's address search and plan cards, renewal's plan cards, the payment method's flow
 * frame): the options it resolved, so they use the same client, language, theme and Stripe settings.
 * A registered symbol, so a provider from one copy of the library reaches elements from another.
 */
export const lightOptionsContext = createContext<LightOptions | undefined>(Symbol.for('light-elements.options'));
