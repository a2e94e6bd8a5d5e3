import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import highContrast from '../themes/high-contrast.css?inline';
import rounded from '../themes/rounded.css?inline';
import '../src/elements/provider/light-provider.js';

const PRESETS: Record<string, string> = { default: '', rounded, 'high-contrast': highContrast };

/** Applies a theme preset to the page, as a partner would by loading its stylesheet. */
function applyPreset(name: string): void {
  let style = document.getElementById('light-preset');
  if (!style) {
    style = document.createElement('style');
    style.id = 'light-preset';
    document.head.append(style);
  }
  style.textContent = PRESETS[name] ?? '';
}

setCustomElementsManifest(manifest);

/** Theme and locale toolbars wrap every story in a provider; stories' own providers inherit from it. */
const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Color scheme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    preset: {
      description: 'Theme preset (themes/*.css)',
      toolbar: {
        title: 'Preset',
        icon: 'paintbrush',
        items: ['default', 'rounded', 'high-contrast'],
        dynamicTitle: true,
      },
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
  initialGlobals: { theme: 'light', locale: 'en', preset: 'default' },
  decorators: [
    (story, { globals }) => {
      applyPreset(globals.preset as string);
      return html`<div
        style="padding: 16px; background: ${globals.theme === 'dark' ? '#0d1013' : '#ffffff'}; min-height: 100%;"
      >
        <light-provider theme=${globals.theme} locale=${globals.locale}>${story()}</light-provider>
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    layout: 'fullscreen',
  },
};

export default preview;
