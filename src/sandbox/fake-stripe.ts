/**
 * A fake of the Stripe.js subset Light Elements uses, for offline tests, stories and the demo:
 * `Stripe(key).elements({ clientSecret, appearance }).create('payment').mount(node)`, then
 * `stripe.confirmSetup({ elements, redirect: 'if_required' })`.
 *
 * The payment element draws a small accessible card form in the mount node's light DOM. Stripe's test cards
 * behave as in test mode: 4242 4242 4242 4242 succeeds (any future expiry, any 3-digit CVC), 4000 0000 0000 0002
 * is declined. A successful confirmation creates a `pm_…` payment method in the sandbox for the SetupIntent's
 * account, which `ensure-payment-method-added` then accepts.
 *
 * Install it where `loadStripe` looks: `window.Stripe = createFakeStripe(sandbox)`.
 */
import type { ConfirmSetupResult } from './billing.js';
import type { Sandbox } from './core.js';
import { now } from '../api/clock.js';

export type { ConfirmSetupResult };

export interface StripeErrorLike {
  type: 'validation_error' | 'card_error' | 'invalid_request_error';
  code: string;
  decline_code?: string;
  message: string;
}

export interface FakeChangeEvent {
  elementType: 'payment';
  complete: boolean;
  empty: boolean;
  collapsed: false;
  value: { type: 'card' };
  /** The first problem the customer can already see (not mere incompleteness while typing). */
  error?: StripeErrorLike;
}

/** Stripe's test card numbers the fake understands. */
export const TEST_CARDS = {
  success: '4242424242424242',
  successMastercard: '5555555555554444',
  declined: '4000000000000002',
  insufficientFunds: '4000000000009995',
} as const;

const OUTCOMES: Record<string, { brand: string } | { decline_code: string; message: string }> = {
  [TEST_CARDS.success]: { brand: 'visa' },
  [TEST_CARDS.successMastercard]: { brand: 'mastercard' },
  [TEST_CARDS.declined]: { decline_code: 'generic_decline', message: 'Your card was declined.' },
  [TEST_CARDS.insufficientFunds]: { decline_code: 'insufficient_funds', message: 'Your card has insufficient funds.' },
};

type FieldName = 'number' | 'expiry' | 'cvc' | 'postal';

/** The form's fields: label, input name (as browsers' card autofill expects), autocomplete token, placeholder. */
const FIELDS: ReadonlyArray<{
  name: FieldName;
  label: string;
  input: string;
  autocomplete: string;
  placeholder: string;
}> = [
  {
    name: 'number',
    label: 'Card number',
    input: 'cardnumber',
    autocomplete: 'cc-number',
    placeholder: '1234 1234 1234 1234',
  },
  {
    name: 'expiry',
    label: 'Expiration date (MM / YY)',
    input: 'exp-date',
    autocomplete: 'cc-exp',
    placeholder: 'MM / YY',
  },
  { name: 'cvc', label: 'Security code (CVC)', input: 'cvc', autocomplete: 'cc-csc', placeholder: 'CVC' },
  { name: 'postal', label: 'ZIP code', input: 'postal', autocomplete: 'postal-code', placeholder: '12345' },
];

const validation = (code: string, message: string): StripeErrorLike => ({ type: 'validation_error', code, message });
const integrationError = (message: string): { error: StripeErrorLike } => ({
  error: { type: 'invalid_request_error', code: 'integration_error', message },
});

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

/** Reads `MM / YY` (or `MM/YYYY`). */
function parseExpiry(value: string): { month: number; year: number } | null {
  const match = /^\s*(\d{1,2})\s*\/\s*(\d{2}|\d{4})\s*$/.exec(value);
  if (!match) return null;
  const year = Number(match[2]);
  return { month: Number(match[1]), year: year < 100 ? 2000 + year : year };
}

/**
 * One field's problem: `incomplete` while it is not finished (shown on blur or confirm), `invalid` when it
 * cannot become right (shown at once), or null.
 */
type Problem = { kind: 'incomplete' | 'invalid'; error: StripeErrorLike } | null;

function fieldProblem(field: FieldName, value: string, now: Date): Problem {
  const digits = value.replace(/\D/g, '');
  const incomplete = (code: string, message: string) => ({
    kind: 'incomplete' as const,
    error: validation(code, message),
  });
  const invalidField = (code: string, message: string) => ({
    kind: 'invalid' as const,
    error: validation(code, message),
  });
  switch (field) {
    case 'number':
      if (digits.length < 16) return incomplete('incomplete_number', 'Your card number is incomplete.');
      return digits.length > 16 || !luhn(digits)
        ? invalidField('invalid_number', 'Your card number is invalid.')
        : null;
    case 'expiry': {
      const expiry = parseExpiry(value);
      if (!expiry) return incomplete('incomplete_expiry', "Your card's expiration date is incomplete.");
      if (expiry.month < 1 || expiry.month > 12) {
        return invalidField('invalid_expiry_month', "Your card's expiration month is invalid.");
      }
      const thisMonth = now.getUTCFullYear() * 12 + now.getUTCMonth();
      if (expiry.year * 12 + expiry.month - 1 < thisMonth) {
        return invalidField('invalid_expiry_year_past', "Your card's expiration date is in the past.");
      }
      return null;
    }
    case 'cvc':
      return /^\d{3}$/.test(value.trim())
        ? null
        : incomplete('incomplete_cvc', "Your card's security code is incomplete.");
    case 'postal':
      return /^\d{5}$/.test(value.trim()) ? null : incomplete('incomplete_zip', 'Your ZIP code is incomplete.');
  }
}

let nextId = 0;

type Listener = (event: unknown) => void;

/** The fake payment element. */
export class FakePaymentElement {
  #root: HTMLElement | null = null;
  #container: HTMLElement | null = null;
  #inputs = new Map<FieldName, HTMLInputElement>();
  #listeners = new Map<string, Set<Listener>>();
  #values: Record<FieldName, string> = { number: '', expiry: '', cvc: '', postal: '' };
  #destroyed = false;
  #options: Record<string, unknown>;
  readonly #elements: FakeElements;
  readonly #id = `light-fake-stripe-${++nextId}`;

  constructor(elements: FakeElements, options: Record<string, unknown> = {}) {
    this.#elements = elements;
    this.#options = options;
  }

  get mounted(): boolean {
    return this.#root !== null;
  }

  /** Draws the card form into a DOM node (or the first node matching a selector). */
  mount(target: string | HTMLElement): void {
    if (this.#destroyed) throw new Error('This element was destroyed; create a new one.');
    const container = typeof target === 'string' ? document.querySelector<HTMLElement>(target) : target;
    if (!container) throw new Error(`The selector ${String(target)} matches no element to mount into.`);
    this.unmount();
    this.#container = container;
    this.#root = this.#render();
    container.append(this.#root);
    setTimeout(() => this.#emit('ready', { elementType: 'payment' }));
  }

  unmount(): void {
    this.#root?.remove();
    this.#root = null;
    this.#container = null;
    this.#inputs.clear();
  }

  destroy(): void {
    this.unmount();
    this.#listeners.clear();
    this.#destroyed = true;
    this.#elements.forget(this);
  }

  on(event: string, handler: Listener): this {
    if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
    this.#listeners.get(event)!.add(handler);
    return this;
  }

  once(event: string, handler: Listener): this {
    const wrapped: Listener = (e) => {
      this.off(event, wrapped);
      handler(e);
    };
    return this.on(event, wrapped);
  }

  off(event: string, handler?: Listener): this {
    if (handler) this.#listeners.get(event)?.delete(handler);
    else this.#listeners.delete(event);
    return this;
  }

  update(options: Record<string, unknown>): void {
    this.#options = { ...this.#options, ...options };
    this.restyle();
  }

  focus(): void {
    this.#inputs.get('number')?.focus();
  }

  blur(): void {
    const active = document.activeElement;
    if (active instanceof HTMLInputElement && [...this.#inputs.values()].includes(active)) active.blur();
  }

  clear(): void {
    for (const field of FIELDS) this.#setValue(field.name, '');
    this.#emitChange();
  }

  /** Applies the Elements appearance variables the fake understands. */
  restyle(): void {
    if (!this.#root) return;
    const variables = (this.#elements.appearance?.variables ?? {}) as Record<string, string | undefined>;
    Object.assign(this.#root.style, {
      display: 'grid',
      gap: '0.5rem',
      fontFamily: variables.fontFamily ?? 'inherit',
      color: variables.colorText ?? 'inherit',
    });
    for (const input of this.#inputs.values()) {
      const invalidInput = input.getAttribute('aria-invalid') === 'true';
      Object.assign(input.style, {
        font: 'inherit',
        padding: '0.5rem',
        borderRadius: variables.borderRadius ?? '4px',
        border: `1px solid ${invalidInput ? (variables.colorDanger ?? '#b3261e') : '#767676'}`,
        background: variables.colorBackground ?? '#fff',
        color: variables.colorText ?? '#1a1a1a',
      });
    }
  }

  /**
   * Checks every field; with `showAll`, marks each problem in the form (as on confirm). Returns the first
   * problem, or null when the card is complete.
   */
  validate(showAll: boolean): StripeErrorLike | null {
    const now = this.#elements.now();
    let first: StripeErrorLike | null = null;
    for (const { name } of FIELDS) {
      const problem = fieldProblem(name, this.#values[name], now);
      if (showAll) this.#showError(name, problem?.error ?? null);
      first ??= problem?.error ?? null;
    }
    return first;
  }

  /** The card as Stripe would store it (only after `validate` passed). */
  card(): { number: string; exp_month: number; exp_year: number; postal_code: string } {
    const expiry = parseExpiry(this.#values.expiry)!;
    return {
      number: this.#values.number.replace(/\D/g, ''),
      exp_month: expiry.month,
      exp_year: expiry.year,
      postal_code: this.#values.postal.trim(),
    };
  }

  #render(): HTMLElement {
    const root = document.createElement('div');
    root.className = 'light-fake-stripe';
    root.setAttribute('role', 'group');
    root.setAttribute('aria-label', 'Card details');
    const hint = document.createElement('p');
    hint.textContent = 'Sandbox card form: use 4242 4242 4242 4242, any future date, any CVC.';
    hint.style.margin = '0';
    root.append(hint);
    for (const field of FIELDS) {
      const id = `${this.#id}-${field.name}`;
      const row = document.createElement('div');
      row.style.display = 'grid';
      row.style.gap = '0.25rem';
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = field.label;
      const input = document.createElement('input');
      input.id = id;
      input.type = 'text';
      input.name = field.input;
      input.inputMode = 'numeric';
      input.autocomplete = field.autocomplete as AutoFill;
      input.placeholder = field.placeholder;
      input.value = this.#values[field.name];
      input.addEventListener('input', () => {
        this.#values[field.name] = input.value;
        const problem = fieldProblem(field.name, input.value, this.#elements.now());
        // Clear a shown error as soon as it is fixed; show "invalid" at once, "incomplete" only on blur.
        this.#showError(field.name, problem?.kind === 'invalid' ? problem.error : null);
        this.#emitChange();
      });
      input.addEventListener('blur', () => {
        const problem = fieldProblem(field.name, input.value, this.#elements.now());
        if (input.value) this.#showError(field.name, problem?.error ?? null);
        this.#emit('blur', { elementType: 'payment' });
      });
      input.addEventListener('focus', () => this.#emit('focus', { elementType: 'payment' }));
      const error = document.createElement('span');
      error.id = `${id}-error`;
      error.hidden = true;
      row.append(label, input, error);
      root.append(row);
      this.#inputs.set(field.name, input);
    }
    const live = document.createElement('div');
    live.setAttribute('aria-live', 'polite');
    live.className = 'light-fake-stripe-status';
    root.append(live);
    queueMicrotask(() => this.restyle());
    return root;
  }

  #setValue(name: FieldName, value: string): void {
    this.#values[name] = value;
    const input = this.#inputs.get(name);
    if (input) input.value = value;
    this.#showError(name, null);
  }

  #showError(name: FieldName, error: StripeErrorLike | null): void {
    const input = this.#inputs.get(name);
    if (!input || !this.#root) return;
    const message = this.#root.querySelector<HTMLElement>(`#${input.id}-error`)!;
    message.textContent = error?.message ?? '';
    message.hidden = !error;
    const danger = (this.#elements.appearance?.variables as Record<string, string | undefined> | undefined)
      ?.colorDanger;
    message.style.color = danger ?? '#b3261e';
    if (error) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', message.id);
      this.#root.querySelector('.light-fake-stripe-status')!.textContent = error.message;
    } else {
      input.removeAttribute('aria-invalid');
      input.removeAttribute('aria-describedby');
    }
    this.restyle();
  }

  #emitChange(): void {
    const now = this.#elements.now();
    const problems = FIELDS.map(({ name }) => fieldProblem(name, this.#values[name], now));
    const shown = problems.find((p) => p?.kind === 'invalid');
    const event: FakeChangeEvent = {
      elementType: 'payment',
      complete: problems.every((p) => p === null),
      empty: FIELDS.every(({ name }) => !this.#values[name]),
      collapsed: false,
      value: { type: 'card' },
      ...(shown ? { error: shown.error } : {}),
    };
    this.#emit('change', event);
  }

  #emit(event: string, payload: unknown): void {
    for (const listener of [...(this.#listeners.get(event) ?? [])]) listener(payload);
  }

  /** The node it is mounted in, if any. */
  get container(): HTMLElement | null {
    return this.#container;
  }
}

export interface FakeElementsOptions {
  clientSecret?: string;
  appearance?: { theme?: string; variables?: Record<string, string> };
  [key: string]: unknown;
}

/** The fake `elements` group. */
export class FakeElements {
  readonly clientSecret: string | null;
  appearance: FakeElementsOptions['appearance'];
  readonly now: () => Date;
  #payment: FakePaymentElement | null = null;

  constructor(options: FakeElementsOptions, now: () => Date) {
    this.clientSecret = options.clientSecret ?? null;
    this.appearance = options.appearance;
    this.now = now;
  }

  create(type: string, options?: Record<string, unknown>): FakePaymentElement {
    if (type !== 'payment')
      throw new Error(`The sandbox's fake Stripe supports only the "payment" element, not "${type}".`);
    if (this.#payment) throw new Error('Can only create one payment element per elements group.');
    return (this.#payment = new FakePaymentElement(this, options));
  }

  getElement(type: string): FakePaymentElement | null {
    return type === 'payment' ? this.#payment : null;
  }

  update(options: FakeElementsOptions): void {
    if (options.appearance) this.appearance = options.appearance;
    this.#payment?.restyle();
  }

  /** Validates the payment element, marking its problems, as `elements.submit()` does. */
  async submit(): Promise<{ error?: StripeErrorLike }> {
    if (!this.#payment?.mounted) return { error: validation('incomplete', 'Mount the payment element first.') };
    const error = this.#payment.validate(true);
    return error ? { error } : {};
  }

  /** Called by a destroyed element. */
  forget(element: FakePaymentElement): void {
    if (this.#payment === element) this.#payment = null;
  }
}

/** A fake Stripe instance. */
export interface FakeStripe {
  readonly publishableKey: string;
  elements(options?: FakeElementsOptions): FakeElements;
  confirmSetup(options: {
    elements: FakeElements;
    clientSecret?: string;
    redirect?: 'if_required' | 'always';
    confirmParams?: Record<string, unknown>;
  }): Promise<ConfirmSetupResult>;
  /** Called by `@stripe/stripe-js` on the instance it loads; nothing to do here. */
  _registerWrapper(wrapper: unknown): void;
}

/** The Stripe.js release `@stripe/stripe-js` 10.2 expects on `window.Stripe.version` (else it warns). */
const STRIPE_JS_RELEASE = 'endive';

/** What `window.Stripe` is: a function from a publishable key to an instance. */
export type FakeStripeConstructor = ((publishableKey: string, options?: unknown) => FakeStripe) & { version: string };

/**
 * What the fake needs behind it: a `Sandbox`, or a stand-in that confirms the SetupIntent elsewhere (over HTTP,
 * so `confirmSetupIntent` may answer with a promise).
 */
export interface FakeStripeBackend {
  confirmSetupIntent(
    ...args: Parameters<Sandbox['confirmSetupIntent']>
  ): ConfirmSetupResult | Promise<ConfirmSetupResult>;
  now(): Date;
}

/**
 * A function shaped like `window.Stripe(publishableKey, options?)`, backed by `sandbox`.
 *
 * The fake never redirects: with `redirect: 'always'` it resolves as with `'if_required'`.
 */
export function createFakeStripe(sandbox: FakeStripeBackend): FakeStripeConstructor {
  const factory = (publishableKey: string): FakeStripe => {
    if (typeof publishableKey !== 'string' || !publishableKey.startsWith('pk_')) {
      throw new Error('Stripe needs a publishable key (pk_…).');
    }
    return {
      publishableKey,
      elements: (options = {}) => new FakeElements(options, () => sandbox.now()),
      async confirmSetup({ elements, clientSecret }) {
        await Promise.resolve();
        const element = elements?.getElement('payment');
        if (!element?.mounted) {
          return integrationError('Mount the payment element before calling confirmSetup.');
        }
        const secret = clientSecret ?? elements.clientSecret;
        if (!secret) {
          return integrationError('confirmSetup needs the clientSecret from payment-session.');
        }
        const problem = element.validate(true);
        if (problem) return { error: problem };
        const card = element.card();
        const outcome = OUTCOMES[card.number] ?? {
          decline_code: 'test_mode_live_card',
          message: 'Your card was declined. This is a sandbox: use a Stripe test card such as 4242 4242 4242 4242.',
        };
        if ('decline_code' in outcome) {
          const { decline_code, message } = outcome;
          return { error: { type: 'card_error', code: 'card_declined', decline_code, message } };
        }
        return sandbox.confirmSetupIntent(secret, {
          brand: outcome.brand,
          last4: card.number.slice(-4),
          exp_month: card.exp_month,
          exp_year: card.exp_year,
          postal_code: card.postal_code,
        });
      },
      _registerWrapper() {},
    };
  };
  return Object.assign(factory, { version: STRIPE_JS_RELEASE });
}

/**
 * Types a card into a mounted fake payment element, as a customer would (for tests and story play functions).
 * Defaults to the 4242 test card expiring in three years.
 */
export function fillTestCard(
  root: ParentNode,
  card: Partial<{ number: string; expiry: string; cvc: string; postal: string }> = {},
): void {
  const year = (new Date(now()).getUTCFullYear() + 3) % 100;
  const values = { number: '4242 4242 4242 4242', expiry: `12 / ${year}`, cvc: '123', postal: '75201', ...card };
  for (const field of FIELDS) {
    const input = root.querySelector<HTMLInputElement>(`.light-fake-stripe input[name="${field.input}"]`);
    if (!input) throw new Error('No mounted fake payment element found.');
    input.value = values[field.name];
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
