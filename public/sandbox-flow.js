/**
 * A stand-in for one of Light's prebuilt embedded flows, for the sandbox, stories, demo and tests.
 * It pretends to walk through a few steps and, like Light's flows, asks its host page to close it by posting
 * `{ type: 'light-flow-close' }` to `window.parent` with target origin '*'. It holds no secrets. Its steps are
 * examples until a parent page of the same origin answers `light-sandbox-flow-request` with the account's own
 * (the demo does, from the sandbox account the flow was opened for: demo/flow-data.ts).
 */
const SCOPES = {
  enrollment: {
    title: 'Sign up for electricity service',
    steps: [
      ['Your address', 'We found 100 Congress Ave, Austin, TX 78701 (ESI ID 10443720000000001).'],
      ['Choose a plan', 'Light Saver 12: 12 months, 14.9¢ per kWh at 1,000 kWh.'],
      ['Payment', 'Card ending in 4242 (a Stripe test card).'],
      ['Review', 'Service starts on the date you picked. Press Done to finish.'],
    ],
  },
  'update-payment-method': {
    title: 'Update your payment method',
    steps: [
      ['Current card', 'Visa ending in 4242, expires 12/2030.'],
      ['New card', 'Enter a new card (nothing is charged in the sandbox).'],
      ['Saved', 'Your new card will pay future bills. Press Done to finish.'],
    ],
  },
  billing: {
    title: 'Your bills and payments',
    steps: [
      ['Invoices', 'Invoice 1042: $128.40, due in 12 days. Invoice 1041: paid.'],
      ['Details', 'Energy charge $98.20, delivery $27.10, taxes $3.10.'],
      ['Pay early', 'You can pay an invoice before its due date. Press Done to finish.'],
    ],
  },
  documents: {
    title: 'Your documents',
    steps: [
      ['Contract', 'Electricity Facts Label, Terms of Service, Your Rights as a Customer.'],
      ['Letters', 'Welcome letter, sent when service started.'],
    ],
  },
  renewal: {
    title: 'Renew your electricity plan',
    steps: [
      ['Your contract', 'Your plan ends in 45 days.'],
      ['Choose a plan', 'Light Saver 24: 24 months, 13.9¢ per kWh at 1,000 kWh.'],
      ['Confirm', 'Your new plan starts when the current one ends. Press Done to finish.'],
    ],
  },
};

const scope = new URLSearchParams(location.search).get('scope');
let flow = Object.hasOwn(SCOPES, scope ?? '') ? SCOPES[scope] : { title: 'Your electricity account', steps: SCOPES.billing.steps };
let step = 0;

const $ = (id) => document.getElementById(id);

function render() {
  $('flow-title').textContent = flow.title;
  document.title = `${flow.title} (sandbox)`;
  const list = $('flow-steps');
  list.replaceChildren(
    ...flow.steps.map(([name], index) => {
      const item = document.createElement('li');
      item.textContent = name;
      if (index === step) item.setAttribute('aria-current', 'step');
      if (index < step) item.className = 'done';
      return item;
    }),
  );
  const [title, body] = flow.steps[step];
  $('step-title').textContent = title;
  $('step-body').textContent = body;
  $('flow-back').disabled = step === 0;
  $('flow-next').disabled = step === flow.steps.length - 1;
}

/** What Light's flows do when they are finished: tell the host page, which decides what to close. */
function requestClose() {
  if (window.parent === window) {
    $('flow-status').textContent = 'This page is not embedded: close this tab to go back.';
    return;
  }
  window.parent.postMessage({ type: 'light-flow-close' }, '*');
}

$('flow-back').addEventListener('click', () => {
  step = Math.max(0, step - 1);
  render();
});
$('flow-next').addEventListener('click', () => {
  step = Math.min(flow.steps.length - 1, step + 1);
  render();
});
$('flow-done').addEventListener('click', requestClose);
$('flow-close').addEventListener('click', requestClose);

/** Steps from the parent page, taken only from a same-origin parent and only as `[title, body]` strings. */
window.addEventListener('message', (event) => {
  if (event.source !== window.parent || event.origin !== location.origin) return;
  const { type, steps } = event.data ?? {};
  if (type !== 'light-sandbox-flow-data' || !Array.isArray(steps) || steps.length === 0) return;
  if (!steps.every((s) => Array.isArray(s) && s.length === 2 && s.every((t) => typeof t === 'string'))) return;
  flow = { ...flow, steps };
  step = Math.min(step, steps.length - 1);
  render();
});

render();
if (window.parent !== window && scope) {
  window.parent.postMessage({ type: 'light-sandbox-flow-request', scope }, location.origin);
}
