import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/address-search/light-address-search.js';
import { onSandbox, type SandboxSetupOptions } from './support/sandbox.js';

interface Args {
  query: string;
  confirm: boolean;
  required: boolean;
  disabled: boolean;
  minChars: number;
  debounce: number;
  sandbox?: SandboxSetupOptions;
}

const meta: Meta<Args> = {
  title: 'Elements/Address search',
  component: 'light-address-search',
  args: { query: '', confirm: false, required: false, disabled: false, minChars: 3, debounce: 250 },
  render: (args) =>
    onSandbox(
      'new-customer',
      html`<div style="max-width: 520px">
        <light-address-search
          query=${args.query}
          ?confirm=${args.confirm}
          ?required=${args.required}
          ?disabled=${args.disabled}
          min-chars=${args.minChars}
          debounce=${args.debounce}
        ></light-address-search>
      </div>`,
      args.sandbox,
    ),
};
export default meta;

type Story = StoryObj<Args>;

/** Type at least three characters ("1200 main", "montrose", "ocean dr"). */
/** What the search says once its results are listed (the story's state, for the tests that render it). */
const FOUND = ' found. Use the arrow keys';

export const Empty: Story = { parameters: { reaches: 'Type at least 3 characters' } };
/** A partner that already has the address passes it in; results show straight away. */
export const Prefilled: Story = { args: { query: '3409 oak lawn' }, parameters: { reaches: FOUND } };
/** With `confirm`, a chosen address is shown with its ESI ID for the customer to confirm. */
export const WithConfirmation: Story = {
  args: { query: '500 congress', confirm: true },
  parameters: { reaches: FOUND },
};
/** A query nothing matches: the customer is offered the ESI ID search. */
export const NoResults: Story = {
  args: { query: 'zzzz nowhere lane' },
  parameters: { reaches: 'No addresses match what you typed.' },
};
/** Slow network: the spinner and live region say a search is running. */
export const Loading: Story = {
  args: { query: '1200 main', sandbox: { latencyMs: 60_000 } },
  parameters: { reaches: 'Searching…' },
};
/** The search fails: an error with a retry button. */
export const Error: Story = {
  args: { query: '1200 main', sandbox: { faults: [{ route: 'addressSearch', kind: 'status', status: 503 }] } },
  parameters: { reaches: 'The address search is not working right now.' },
};
export const Disabled: Story = {
  args: { query: '1200 main', disabled: true },
  parameters: { reaches: 'Service address' },
};
/** In a form: the value is the ESI ID; submitting without a choice reports the field. */
export const InAForm: Story = {
  parameters: { reaches: 'Type at least 3 characters' },
  render: () =>
    onSandbox(
      'new-customer',
      html`<form style="max-width: 520px; display: grid; gap: 12px" @submit=${(event: Event) => event.preventDefault()}>
        <light-address-search name="esi_id" required confirm></light-address-search>
        <button type="submit">Continue</button>
      </form>`,
    ),
};
export const Narrow: Story = {
  render: (args) =>
    onSandbox(
      'new-customer',
      html`<div style="width: 320px"><light-address-search query=${args.query}></light-address-search></div>`,
    ),
  args: { query: 'houston' },
  parameters: { reaches: FOUND },
};
