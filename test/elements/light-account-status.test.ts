import { expect, html, waitUntil } from '@open-wc/testing';
import { DOCUMENTED_STATUSES, explainStatus } from '../../src/core/account-status.js';
import { loadLocale } from '../../src/core/i18n.js';
import type { LightAccountStatus } from '../../src/elements/account-status/light-account-status.js';
import '../../src/elements/account-status/light-account-status.js';
import type { LightEnrollment } from '../../src/elements/enrollment/light-enrollment.js';
import '../../src/elements/enrollment/light-enrollment.js';
import { SCENARIOS, STATUS_PAIRS, type ScenarioName } from '../../src/sandbox/index.js';
import * as stories from '../../stories/light-account-status.stories.js';
import { shadowText as text } from '../support/dom.js';
import { mountOnSandbox, type MountOptions } from '../support/mount.js';
import { renderStory, storiesOf, storyReached } from '../support/stories.js';

const mountStatus = (
  scenario: ScenarioName,
  options: MountOptions = {},
  content = html`<light-account-status></light-account-status>`,
) => mountOnSandbox<LightAccountStatus>('light-account-status', content, scenario, options);

describe('explainStatus', () => {
  before(() => loadLocale('es'));

  it('has a sentence for every documented status pair', () => {
    const pairs = Object.entries(STATUS_PAIRS).flatMap(([status, reasons]) =>
      reasons.map((reason) => `${status}/${reason}`),
    );
    expect([...DOCUMENTED_STATUSES].sort()).to.deep.equal([...pairs].sort());
    for (const pair of DOCUMENTED_STATUSES) {
      const [status, status_reason] = pair.split('/');
      for (const locale of ['en', 'es'] as const) {
        const explained = explainStatus({ status, status_reason }, locale);
        expect(explained.title, `${pair} ${locale}`).to.be.a('string').and.not.equal('');
        expect(explained.body, `${pair} ${locale}`).to.not.equal(
          explainStatus({ status: 'x', status_reason: 'y' }, locale).body,
        );
      }
      const en = explainStatus({ status, status_reason }, 'en');
      const es = explainStatus({ status, status_reason }, 'es');
      expect(es.body, `${pair} is translated`).to.not.equal(en.body);
    }
  });

  it('tells the customer what to do where they must act', () => {
    for (const pair of [
      'needs_attention/credit_check_frozen',
      'needs_attention/credit_not_found',
      'needs_attention/enrollment_blocked_switch_hold',
    ]) {
      const [status, status_reason] = pair.split('/');
      expect(explainStatus({ status, status_reason }, 'en').action, pair).to.be.a('string');
    }
    expect(explainStatus({ status: 'active', status_reason: 'active' }, 'en').action).to.equal(null);
  });

  it('has a neutral sentence for an unknown status', () => {
    expect(explainStatus({ status: 'brand_new', status_reason: 'surprise' }, 'en').title).to.equal('Account status');
  });
});

/** Status texts that said more than the docs' "Account statuses" table and guides: what each says now. */
const DOCS_WORDING: Array<[pair: string, field: 'title' | 'body' | 'action', en: string, es: string, what: string]> = [
  [
    'needs_attention/enrollment_blocked_switch_hold',
    'title',
    'Another provider placed a hold',
    'Otro proveedor puso una retención',
    'does not say the hold is from a previous provider: the docs say existing or prior',
  ],
  [
    'scheduled/service_pending',
    'body',
    'Your electricity service is scheduled to start on a later date.',
    'Su servicio de electricidad está programado para comenzar en una fecha posterior.',
    'does not say the customer chose the start date: a client agent may have',
  ],
  [
    'applying/plan_not_accepted',
    'body',
    'You have not accepted a plan yet. Confirm your service address, then pick a plan and accept its terms to continue.',
    'Aún no ha aceptado un plan. Confirme su dirección de servicio y luego elija un plan y acepte sus términos para continuar.',
    'does not claim the address is confirmed: the enrollment asks for it first, since the server knows it only once a plan is accepted',
  ],
  [
    'applying/missing_payment_method',
    'body',
    'Add a payment method for automatic bill payments. Nothing is charged now; by default, each bill is charged 16 days after it is issued.',
    'Agregue un método de pago para pagos automáticos. No se cobra nada ahora; de forma predeterminada, cada factura se cobra 16 días después de emitirse.',
    'asks for a payment method, not only a card, and says the 16 days are the default',
  ],
  [
    'reviewing/verification_pending',
    'body',
    'Thanks for signing up. We are verifying your enrollment.',
    'Gracias por inscribirse. Estamos verificando su inscripción.',
    'does not promise how long verification takes',
  ],
  [
    'reviewing/credit_check_pending',
    'body',
    'We are running a soft credit check. If it does not pass, our support team will email you about other ways to verify your credit.',
    'Estamos haciendo una consulta de crédito suave. Si no la aprueba, nuestro equipo de soporte le escribirá por correo sobre otras formas de verificar su crédito.',
    'says only what the docs say of the soft check: support emails if it does not pass',
  ],
  [
    'needs_attention/credit_not_found',
    'body',
    'We have emailed you to ask for more information to verify your credit.',
    'Le enviamos un correo para pedirle más información para verificar su crédito.',
    'says the customer was emailed for more credit information, not what the bureau found',
  ],
  [
    'needs_attention/credit_not_found',
    'action',
    'Check your email and send the information it asks for.',
    'Revise su correo y envíe la información que le pide.',
    'names no deposit or letter of credit',
  ],
  [
    'needs_attention/credit_declined',
    'body',
    'Your credit check did not meet the requirements on its own, so we have emailed you to ask for more information to verify your credit.',
    'Su verificación de crédito no cumplió por sí sola los requisitos, así que le enviamos un correo para pedirle más información para verificar su crédito.',
    'does not tie the decline to one plan',
  ],
  [
    'needs_attention/credit_declined',
    'action',
    'Check your email and send the information it asks for.',
    'Revise su correo y envíe la información que le pide.',
    'asks for what the email asks, not a reply to support',
  ],
  [
    'needs_attention/enrollment_blocked_switch_hold',
    'body',
    'Your current or previous electricity provider has placed a hold on your account, usually because of a deferred payment plan.',
    'Su proveedor de electricidad actual o anterior puso una retención en su cuenta, normalmente por un plan de pagos diferidos.',
    'puts the hold on the account, as the docs do, not on the meter',
  ],
  [
    'needs_attention/enrollment_blocked_switch_hold',
    'action',
    'Contact that provider about lifting the hold. Your enrollment cannot go ahead until it is lifted.',
    'Comuníquese con ese proveedor para que levante la retención. Su inscripción no puede continuar hasta que se levante.',
    'does not claim a balance is owed or that enrollment resumes by itself',
  ],
  [
    'needs_attention/enrollment_blocked_deactivated',
    'body',
    'The utility has this meter in its system but lists it as not active. This needs further investigation before your enrollment can go ahead.',
    'La empresa de servicios tiene este medidor en su sistema, pero indica que no está activo. Esto necesita más investigación antes de que su inscripción pueda continuar.',
    'does not promise that a team is looking into it or will call',
  ],
  [
    'needs_attention/utility_blocked',
    'body',
    'We sent your enrollment to the local utility, but there was a problem with it. This needs further investigation.',
    'Enviamos su inscripción a la empresa de servicios local, pero hubo un problema con ella. Esto necesita más investigación.',
    'does not promise that a team is looking into it or will call',
  ],
  [
    'cancelled/enrollment_blocked_verification_hold',
    'body',
    'This enrollment was permanently blocked because the credit check was not resolved in time.',
    'Esta inscripción se bloqueó de forma permanente porque la verificación de crédito no se resolvió a tiempo.',
    'says the enrollment was permanently blocked over unresolved credit',
  ],
  [
    'cancelled/cancelled_post_start',
    'body',
    'This service was cancelled after it had started.',
    'Este servicio se canceló después de haber comenzado.',
    'does not promise that past bills and documents stay available',
  ],
];

describe('explainStatus claims only what the docs say', () => {
  before(() => loadLocale('es'));

  for (const [pair, field, en, es, what] of DOCS_WORDING) {
    it(`${pair} ${field} ${what}`, () => {
      const [status, status_reason] = pair.split('/');
      expect(explainStatus({ status, status_reason }, 'en')[field]).to.equal(en);
      expect(explainStatus({ status, status_reason }, 'es')[field]).to.equal(es);
    });
  }

  it('names no deposit or letter of credit anywhere, in English or Spanish', () => {
    for (const pair of DOCUMENTED_STATUSES) {
      const [status, status_reason] = pair.split('/');
      for (const locale of ['en', 'es'] as const) {
        const { title, body, action } = explainStatus({ status, status_reason }, locale);
        expect(`${title} ${body} ${action ?? ''}`, `${pair} ${locale}`).not.to.match(
          /deposit|letter of credit|depósito|carta de crédito/i,
        );
      }
    }
  });

  it('does not invite a permanently blocked customer to enroll again', () => {
    for (const locale of ['en', 'es'] as const) {
      const blocked = explainStatus(
        { status: 'cancelled', status_reason: 'enrollment_blocked_verification_hold' },
        locale,
      );
      expect(blocked.action, locale).to.equal(null);
      expect(`${blocked.title} ${blocked.body}`, locale).not.to.match(/new enrollment|nueva inscripción/i);
    }
  });
});

describe('light-account-status', () => {
  it('explains each scenario status in plain words', async () => {
    for (const scenario of ['enrolled-pending', 'credit-frozen', 'active'] as const) {
      const { el } = await mountStatus(scenario);
      const info = SCENARIOS.find((s) => s.name === scenario)!;
      const expected = explainStatus({ status: info.status, status_reason: info.status_reason }, 'en');
      await waitUntil(() => text(el).includes(expected.title), scenario);
      expect(text(el)).to.contain(expected.body);
      if (expected.action) expect(text(el)).to.contain(expected.action);
      await expect(el).to.be.accessible();
    }
  });

  it('agrees with the enrollment beside it on a resumed enrollment: the address comes first', async () => {
    const { el, root } = await mountStatus(
      'plans-requested',
      {},
      html`<light-account-status></light-account-status><light-enrollment no-history></light-enrollment>`,
    );
    const enrollment = root.querySelector<LightEnrollment>('light-enrollment')!;
    await waitUntil(() => text(el).includes('You have not accepted a plan yet'), 'the status');
    await waitUntil(() => enrollment.stage !== null, 'the enrollment');
    expect(enrollment.stage, 'the enrollment asks for the address').to.equal('address');
    const said = text(el);
    expect(said).to.contain('Confirm your service address');
    expect(said).to.not.match(/address is confirmed|address is known/i);
  });

  it('shows a loading skeleton first', async () => {
    const { el } = await mountStatus('active', { latencyMs: 60_000 });
    expect(el.shadowRoot!.querySelector('[part="skeleton"]')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows an error with a working retry, and emits light-error', async () => {
    const { el, sandbox, errors } = await mountStatus('active', {
      faults: [{ route: 'account', kind: 'status', status: 500 }],
    });
    await waitUntil(() => errors.length > 0, 'light-error');
    expect(errors[0]).to.deep.include({ code: 'server', status: 500, retryable: true });
    await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"]'));
    await expect(el).to.be.accessible();
    sandbox.faults.clear(); // the outage ends
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    await waitUntil(() => text(el).includes('Service active'));
  });

  it('refreshes its token silently on a 401 and survives malformed JSON with a retry', async () => {
    const { el } = await mountStatus('active', {
      faults: [{ route: 'account', kind: 'status', status: 401, times: 1 }],
    });
    await waitUntil(() => text(el).includes('Service active'));

    const garbled = await mountStatus('active', { faults: [{ route: 'account', kind: 'malformed', times: 1 }] });
    await waitUntil(() => garbled.el.shadowRoot!.querySelector('[role="alert"]'));
    expect(text(garbled.el)).to.contain('could not read');
  });

  it('follows the account when another element refreshes it', async () => {
    const setup = await mountStatus('mid-enrollment-ready-to-finalize');
    const { el } = setup;
    await waitUntil(() => text(el).includes('Almost done'));
    const { accountStore } = await import('../../src/core/account-store.js');
    const { sharedClient } = await import('../../src/core/clients.js');
    setup.sandbox.setStatus(setup.session.accountUuid, 'active', 'active');
    await accountStore(sharedClient(setup.session.tokenProvider, undefined, setup.sandbox.fetch)).refresh();
    await waitUntil(() => text(el).includes('Service active'));
  });

  it('speaks Spanish', async () => {
    const { el } = await mountStatus('active', {}, html`<light-account-status locale="es"></light-account-status>`);
    await waitUntil(() => text(el).includes('Servicio activo'));
  });

  describe('stories', () => {
    for (const [name, story] of storiesOf(stories)) {
      it(`renders ${name} accessibly`, async () => {
        const root = await renderStory(stories.default, story);
        const el = root.querySelector('light-account-status')!;
        await el.updateComplete;
        await storyReached(root, story);
        await expect(root).to.be.accessible();
      });
    }
  });
});
