import type { StripeKeyMessages } from './stripe-key.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<StripeKeyMessages> = {
  missingTitle: 'El formulario de tarjeta aún no está configurado',
  missingBody:
    'Necesita la clave publicable de Stripe (pk_…) de su app de Light. Indique una, probadas en este orden: ' +
    '1. stripe-publishable-key en este elemento o en <light-provider>, o configure({ stripePublishableKey }); ' +
    '2. stripe_public_key junto a token en la respuesta de su token endpoint; ' +
    '3. app.stripe_public_key en GET /v1/account, cuando Light la incluye.',
};

export default es;
