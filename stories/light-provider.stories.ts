import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/account-status/light-account-status.js';
import '../src/elements/plan-card/light-plan-card.js';
import '../src/elements/provider/light-provider.js';
import { fullPlan } from './support/fixtures/plans.js';
import { setupSandbox } from './support/sandbox.js';

interface Args {
  locale: string;
  theme: 'light' | 'dark';
}

/**
 * One `<light-provider>` signs in and sets the language and theme for every element inside it; an inner provider
 * overrides only what it sets.
 */
const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'light-provider',
  args: { locale: 'en', theme: 'light' },
  render: (args) => {
    const { sandbox, session } = setupSandbox('active');
    return html`<light-provider
      .tokenProvider=${session.tokenProvider}
      .fetch=${sandbox.fetch}
      locale=${args.locale}
      theme=${args.theme}
    >
      <div style="display: grid; gap: 16px; max-width: 560px">
        <light-account-status></light-account-status>
        <light-plan-card no-select .plan=${fullPlan}></light-plan-card>
      </div>
    </light-provider>`;
  },
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = { parameters: { reaches: 'Service active' } };
export const SpanishDark: Story = { parameters: { reaches: 'Servicio activo' }, args: { locale: 'es', theme: 'dark' } };
