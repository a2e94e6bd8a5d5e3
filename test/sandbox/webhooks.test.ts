import { expect } from '@open-wc/testing';
import {
  signWebhook,
  verifyWebhookSignature,
  webhookSignature,
  WEBHOOK_EVENTS,
  type WebhookEvent,
} from '../../src/sandbox/webhooks.js';
import { call, fixedSandbox, tokenFor } from './helpers.js';

const ESI = '10443720636966187'; // 4521 GASTON AVE, DALLAS (ONCOR)

async function watched(scenario: Parameters<typeof tokenFor>[1]) {
  const { sandbox, clock } = fixedSandbox();
  const session = await tokenFor(sandbox, scenario);
  const events: WebhookEvent[] = [];
  const stop = sandbox.onWebhook((event) => events.push(event));
  const api = (method: string, path: string, body?: unknown) => call(sandbox, session.token, method, path, body);
  return { sandbox, clock, session, events, stop, api };
}

describe('sandbox webhooks', () => {
  it('fires comparison_invoice.processed once, when an uploaded bill is done being read', async () => {
    const { sandbox, session, events } = await watched('new-customer');
    const form = new FormData();
    form.set('file', new File(['%PDF-1.4 bill'], 'bill.pdf', { type: 'application/pdf' }));
    const upload = await sandbox.fetch(`${sandbox.apiBase}/v1/account/comparison-invoice`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${session.token}` },
      body: form,
    });
    expect(upload.status).to.equal(201);
    const read = () =>
      sandbox.fetch(`${sandbox.apiBase}/v1/account/comparison-invoice`, {
        headers: { Authorization: `Bearer ${session.token}` },
      });
    await read();
    expect(events.map((e) => e.event)).to.deep.equal([]);
    await read();
    await read();
    expect(events.map((e) => e.event)).to.deep.equal(['comparison_invoice.processed']);
    expect(events[0].data.account.uuid).to.equal(session.accountUuid);
  });

  describe('signing', () => {
    it('signs `${timestamp}.${rawBody}` with HMAC-SHA256 in hex, UTF-8, as the docs verify it', async () => {
      // Computed independently: crypto.createHmac('sha256', 'whsec_test').update('1700000000.{"a":"é"}').digest('hex')
      const expected = '98776ba59de474ed481c4d8857d74fd74bcaf502e2b5a6ec3d4493c82603940e';
      expect(await webhookSignature('whsec_test', '{"a":"é"}', 1_700_000_000)).to.equal(`1700000000.${expected}`);
      expect(await webhookSignature('whsec_test', '{"a":"é"}', 1_700_000_000.4)).to.equal(`1700000000.${expected}`);
    });

    it('verifies its own signature and rejects a changed body, another secret, an old timestamp or a bad header', async () => {
      const body = '{"event":"enrollment.finalized"}';
      const header = await webhookSignature('s3cret', body, 1_700_000_000);
      const now = 1_700_000_100;
      expect(await verifyWebhookSignature('s3cret', body, header, now)).to.equal(true);
      expect(await verifyWebhookSignature('s3cret', `${body} `, header, now)).to.equal(false);
      expect(await verifyWebhookSignature('other', body, header, now)).to.equal(false);
      expect(await verifyWebhookSignature('s3cret', body, header, 1_700_000_000 + 3601)).to.equal(false);
      expect(await verifyWebhookSignature('s3cret', body, header.replace('.', ''), now)).to.equal(false);
      expect(await verifyWebhookSignature('s3cret', body, `${header}.x`, now)).to.equal(false);
    });

    it('signWebhook gives the raw JSON body and the Light-Signature-v1 header over exactly that body', async () => {
      const { events, api } = await watched('mid-enrollment-ready-to-finalize');
      expect((await api('POST', '/account/enroll/finalize', {})).status).to.equal(200);
      const { body, headers } = await signWebhook(events[0], 'whsec_x');
      expect(JSON.parse(body)).to.deep.equal(events[0]);
      expect(headers['Content-Type']).to.equal('application/json');
      const [timestamp] = headers['Light-Signature-v1'].split('.');
      expect(Number(timestamp)).to.equal(Date.parse(events[0].created_at) / 1000);
      expect(await verifyWebhookSignature('whsec_x', body, headers['Light-Signature-v1'], Number(timestamp))).to.equal(
        true,
      );
    });
  });

  describe('events', () => {
    it('enrollment.finalized: the documented root keys, the account as GET /account answers it, its location', async () => {
      const { events, api, session } = await watched('mid-enrollment-ready-to-finalize');
      expect((await api('POST', '/account/enroll/finalize', {})).status).to.equal(200);
      expect(events.map((e) => e.event)).to.deep.equal(['enrollment.finalized']);
      const [event] = events;
      expect(event).to.have.keys('uuid', 'created_at', 'api_version', 'event', 'data');
      expect(event.uuid).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(event.api_version).to.equal('v1');
      expect(event.created_at).to.equal('2026-03-18T18:00:00.000Z');
      expect(event.data.account).to.deep.equal((await api('GET', '/account')).body);
      expect(event.data.account.enrollment.is_enrollment_finalized).to.equal(true);
      expect(event.data.location?.uuid).to.equal(session.locationUuid);
    });

    it('plan requested (no location, as documented), then accepted (with the new location)', async () => {
      const { events, api } = await watched('new-customer');
      const plans = await api('POST', '/account/enroll/plans/request', { esi_id: ESI });
      expect(events.map((e) => e.event)).to.deep.equal(['enrollment.plan_requested']);
      expect(events[0].data).to.have.keys('account');
      const accepted = await api('POST', '/account/enroll/plans/accept', {
        plan_uuid: plans.body.plans[0].uuid,
        esi_id: ESI,
        service_start_date: '2026-03-25',
        terms_accepted: true,
      });
      expect(accepted.status).to.equal(200);
      expect(events.map((e) => e.event)).to.deep.equal(['enrollment.plan_requested', 'enrollment.plan_accepted']);
      expect(events[1].data.location?.service_start_date).to.equal('2026-03-25');
      expect(events[1].data.location?.uuid).to.equal(events[1].data.account.locations[0].uuid);
      expect(new Set(events.map((e) => e.uuid)).size).to.equal(2);
    });

    it('fires nothing for a failed request or a read', async () => {
      const { events, api } = await watched('new-customer');
      expect((await api('POST', '/account/enroll/finalize', {})).status).to.not.equal(200);
      expect((await api('GET', '/account')).status).to.equal(200);
      expect((await api('POST', '/account/enroll/plans/request', { esi_id: '1' })).status).to.equal(422);
      expect(events).to.deep.equal([]);
    });

    it('status changes fire location.service_active and location.service_canceled', async () => {
      const { events, sandbox, session } = await watched('enrolled-pending');
      sandbox.setStatus(session.accountUuid, 'active', 'active');
      sandbox.setStatus(session.accountUuid, 'active', 'active');
      sandbox.setStatus(session.accountUuid, 'cancelled', 'cancelled_post_start');
      expect(events.map((e) => e.event)).to.deep.equal(['location.service_active', 'location.service_canceled']);
      expect(events[0].data.location?.is_service_active).to.equal(true);
      expect(events[1].data.location?.is_service_active).to.equal(false);
      expect(events[1].data.account.status).to.equal('cancelled');
    });

    it('identity, payment method and billing address fire their documented events', async () => {
      const { events, api } = await watched('mid-enrollment-plan-accepted');
      const identity = await api('PATCH', '/account/enroll/identity', {
        first_name: 'Jordan',
        last_name: 'Rivera',
        email: 'jordan@example.com',
        phone_number: '2145550142',
        date_of_birth: '1988-04-12',
      });
      expect(identity.status).to.equal(200);
      const address = await api('PUT', '/account/billing/address', {
        address_1: '1 Main St',
        city: 'Dallas',
        state: 'TX',
        postal_code: '75201',
      });
      expect(address.status).to.equal(200);
      expect(events.map((e) => e.event)).to.deep.equal([
        'enrollment.identity_updated',
        'account.billing_address_updated',
      ]);
      for (const event of events) expect(WEBHOOK_EVENTS).to.include(event.event);
    });

    it('the same seed gives the same event uuids; unsubscribing stops events', async () => {
      const first = await watched('mid-enrollment-ready-to-finalize');
      const second = await watched('mid-enrollment-ready-to-finalize');
      await first.api('POST', '/account/enroll/finalize', {});
      second.stop();
      await second.api('POST', '/account/enroll/finalize', {});
      expect(first.events).to.have.length(1);
      expect(second.events).to.deep.equal([]);
      const third = await watched('mid-enrollment-ready-to-finalize');
      await third.api('POST', '/account/enroll/finalize', {});
      expect(third.events[0].uuid).to.equal(first.events[0].uuid);
    });
  });
});
