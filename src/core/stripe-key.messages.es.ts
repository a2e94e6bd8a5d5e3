import type { StripeKeyMessages } from './stripe-key.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<StripeKeyMessages> = {
  missingTitle: 'El formulario de tarjeta aún no está configurado',
  missingBody:
    'Necesita la clave publicable de Stripe (pk_…) de su app de Light, y no se encontró ninguna. Indíquela de una de tres formas, probadas en este orden: ' +
    '1. defina stripe-publishable-key en este elemento o en <light-provider>, o llame a configure({ stripePublishableKey }); ' +
    '2. devuelva stripe_public_key junto a token y expires_at desde su token endpoint; ' +
    '3. app.stripe_public_key en la cuenta de Light (GET /v1/account), cuando Light la incluye.',
};

export default es;
