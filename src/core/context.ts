import { createContext } from '@lit/context';
import type { LightOptions } from './config.js';

/** What `<light-provider>` hands to the elements below it. */
export const lightOptionsContext = createContext<LightOptions | undefined>(Symbol('light-options'));
