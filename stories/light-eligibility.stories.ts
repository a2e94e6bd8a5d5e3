import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ref } from 'lit/directives/ref.js';
import '../src/elements/eligibility/light-eligibility.js';
import type { EligibilityProvider, LightEligibility } from '../src/elements/eligibility/light-eligibility.js';
import { eligibilityBackend, ZIPS, type EligibilityBackendOptions } from './support/eligibility.js';
import { HOSTILE } from './support/fixtures/renewal.js';

interface Args {
  /** A ZIP code checked as soon as the story shows (as if the customer typed it and pressed Enter). */
  zip: string;
  locale: string;
  theme: string;
  ctaHref: string;
  ctaLabel: string;
  backend?: EligibilityBackendOptions;
  /** A provider instead of the sandbox backend (hostile answers); `null`: not set up. */
  provider?: EligibilityProvider | null;
}

/** Submits the form once the element has rendered, so a story shows the answer to `zip`. */
const checkOnce = (zip: string) => (el?: Element) => {
  if (!el || !zip) return;
  void (el as LightEligibility).updateComplete.then(() => {
    const input = el.shadowRoot?.querySelector<HTMLInputElement>('#zip');
    if (!input || input.dataset.checked) return;
    input.dataset.checked = 'yes';
    input.value = zip;
    input.dispatchEvent(new Event('input'));
    el.shadowRoot!.querySelector('form')!.requestSubmit();
  });
};

const meta: Meta<Args> = {
  title: 'Elements/Eligibility',
  component: 'light-eligibility',
  args: {
    zip: '',
    locale: '',
    theme: '',
    ctaHref: 'https://partner.example/sign-up',
    ctaLabel: 'See plans and sign up',
  },
  argTypes: {
    zip: { control: 'select', options: ['', ZIPS.likely, ZIPS.possible, ZIPS.none, '7870'] },
    locale: { control: 'select', options: ['', 'en', 'es'] },
    theme: { control: 'select', options: ['', 'light', 'dark'] },
  },
  render: (args) => {
    const provider = args.provider === undefined ? eligibilityBackend(args.backend).provider : args.provider;
    return html`<div style="max-width: 560px; ${args.theme === 'dark' ? 'background: #0d1013; padding: 16px;' : ''}">
      <light-eligibility
        .eligibilityProvider=${provider ?? undefined}
        locale=${args.locale || nothing}
        theme=${args.theme || nothing}
        cta-href=${args.ctaHref || nothing}
        cta-label=${args.ctaLabel || nothing}
        ${ref(checkOnce(args.zip))}
      ></light-eligibility>
    </div>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The ZIP code field, before a check. */
export const Start: Story = { parameters: { reaches: 'Check my area' } };

/** A retail-choice area: the utility named, and the partner's call to action. */
export const Likely: Story = { args: { zip: ZIPS.likely }, parameters: { reaches: 'Good news' } };

/** A ZIP code that may be a retail-choice area. */
export const Possible: Story = { args: { zip: ZIPS.possible }, parameters: { reaches: 'You may be able' } };

/** Likelihood 0: not a retail-choice area (a city-owned utility or a co-op); no call to action. */
export const NotServed: Story = { args: { zip: ZIPS.none }, parameters: { reaches: 'Retail choice is not available' } };

/** Four digits: the field says what it needs. */
export const InvalidZip: Story = { args: { zip: '7870' }, parameters: { reaches: 'Enter a 5-digit ZIP code' } };

/** The partner's own call to action in the `cta` slot. */
export const SlottedCallToAction: Story = {
  args: { zip: ZIPS.likely },
  parameters: { reaches: 'Good news' },
  render: (args) =>
    html`<light-eligibility .eligibilityProvider=${eligibilityBackend().provider} ${ref(checkOnce(args.zip))}>
      <a slot="cta" href="https://partner.example/plans">Compare our plans</a>
    </light-eligibility>`,
};

/** Slow backend: the loading placeholder. */
export const Loading: Story = {
  args: { zip: ZIPS.likely, backend: { latencyMs: 60_000 } },
  parameters: { reaches: 'Loading…' },
};

/** Light is failing behind the backend: an error with a retry that keeps the ZIP code. */
export const ServerError: Story = {
  args: { zip: ZIPS.likely, backend: { faults: [{ route: 'app.eligibility', kind: 'status', status: 503 }] } },
  parameters: { reaches: 'We could not check this ZIP code' },
};

/** No backend configured: the "not set up" state. */
export const NotSetUp: Story = { args: { provider: null }, parameters: { reaches: 'not set up' } };

/** Markup in utility names, and a `javascript:` call to action: text only, and no link. */
export const HostileData: Story = {
  args: {
    zip: ZIPS.likely,
    ctaHref: HOSTILE.javascriptUrl,
    provider: () => ({ eligibility_likelihood: 85, utilities: [{ display_name: HOSTILE.name, name: 'X' }] }),
  },
  parameters: { reaches: 'Good news' },
};

export const Spanish: Story = { args: { zip: ZIPS.likely, locale: 'es' }, parameters: { reaches: 'Buenas noticias' } };

export const Dark: Story = { args: { zip: ZIPS.likely, theme: 'dark' }, parameters: { reaches: 'Good news' } };

/** The narrowest supported screen. */
export const Narrow: Story = {
  args: { zip: ZIPS.possible },
  parameters: { reaches: 'You may be able' },
  render: (args, context) => html`<div style="width: 320px">${meta.render!(args, context as never)}</div>`,
};
