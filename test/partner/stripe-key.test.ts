/**
 * A payment method configured only by `token-endpoint`, on the built bundle: the Stripe publishable key is the
 * `stripe_public_key` the partner's token endpoint returns beside the token, with no key in the page and without
 * reading the account for it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { openPage, press, serverLog, signIn, typeCard, waitForText } from './partner-page.js';

/** Records the key of every `Stripe(key)` call in `win`, from the moment the stand-in Stripe.js defines it. */
function recordStripeKeys(win: Window): string[] {
  const keys: string[] = [];
  let stripe: unknown;
  Object.defineProperty(win, 'Stripe', {
    configurable: true,
    get: () => stripe,
    set(value: unknown) {
      stripe =
        typeof value === 'function'
          ? new Proxy(value, {
              apply(target, self, args: unknown[]) {
                keys.push(String(args[0]));
                return Reflect.apply(target, self, args) as unknown;
              },
            })
          : value;
    },
  });
  return keys;
}

describe('partner pages: the Stripe key from the token endpoint', function () {
  this.timeout(60_000);

  it('opens the card form with the stripe_public_key that came with the token, and saves a card', async () => {
    await signIn('active');
    const minted = (await (await fetch('/energy/token', { method: 'POST' })).json()) as { stripe_public_key?: string };
    expect(minted.stripe_public_key, 'the token endpoint returns the key').to.match(/^pk_/);

    const page = await openPage('payment-token-key.html', { width: 600, height: 1200 });
    const payment = () => page.doc.querySelector('light-payment-method');
    const keys = recordStripeKeys(page.win);
    await waitForText(payment, 'Update card');
    await press(payment()!, 'Update card');
    await typeCard(payment()!);
    expect(keys).to.deep.equal([minted.stripe_public_key]);
    // The account is read once, for its status (a cancelled account's card is not offered for auto-pay); the key
    // came with the token: the sandbox's account carries none (`app.stripe_public_key` is not echoed there).
    const { requests } = await serverLog();
    expect(requests.filter((r) => r.route === 'account')).to.have.length.at.most(1);
    expect(
      requests.some((r) => r.route === 'app.account'),
      'the app-token account was not read for the key',
    ).to.equal(false);
    expect(requests.filter((r) => r.route === 'paymentSession')).to.have.length(1);

    await press(payment()!, 'Save card');
    await waitForText(payment, 'is saved and will be used for auto-pay');
    await waitUntil(() => !page.doc.querySelector('light-payment-method')!.hasAttribute('editing'), 'form closed');
    page.close();
  });
});
