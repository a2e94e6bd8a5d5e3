import type { EligibilityMessages } from './light-eligibility.messages.js';

/** Spanish (es-US), loaded only when an element shows Spanish. */
const es: Partial<EligibilityMessages> = {
  title: '¿Puede elegir su plan de electricidad?',
  intro: 'Escriba su código postal para saber si en su zona puede elegir su proveedor de electricidad.',
  zipLabel: 'Código postal',
  zipHint: '5 dígitos, por ejemplo 78701.',
  zipInvalid: 'Escriba un código postal de 5 dígitos, como 78701.',
  check: 'Revisar mi zona',
  checking: (p: { zip: string }) => `Revisando ${p.zip}…`,
  likelyTitle: (p: { zip: string }) => `Buenas noticias: probablemente puede elegir su plan en ${p.zip}`,
  possibleTitle: (p: { zip: string }) => `Es posible que pueda elegir su plan en ${p.zip}`,
  possibleBody:
    'Algunas partes de este código postal permiten elegir proveedor. Su dirección exacta lo confirmará al inscribirse.',
  noneTitle: (p: { zip: string }) => `En ${p.zip} no se puede elegir proveedor`,
  noneBody:
    'Allí la electricidad la vende la propia empresa local, como una empresa municipal o una cooperativa eléctrica, así que no puede elegir otro proveedor.',
  utilities: (p: { names: string }) => `Las líneas eléctricas de esta zona son de ${p.names}.`,
  noUtilities: 'Aún no se conoce la empresa de servicios públicos de esta zona.',
  errorTitle: 'No pudimos revisar este código postal',
};

export default es;
