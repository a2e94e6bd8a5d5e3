import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/elements/provider/light-provider.js';

setCustomElementsManifest(manifest);

/** Theme and locale toolbars wrap every story in a provider; stories' own providers inherit from it. */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Color scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    locale: {
      description: 'Language',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'es', title: 'Español' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  decorators: [
    (story, { globals }) => html`<div
      style="padding: 16px; background: ${globals.theme === 'dark' ? '#0d1013' : '#ffffff'}; min-height: 100%;"
    >
      <light-provider theme=${globals.theme} locale=${globals.locale}>${story()}</light-provider>
    </div>`,
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
  },
};

export default preview;
