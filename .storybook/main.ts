import type { StorybookConfig } from '@storybook/web-components-vite';
import { fileURLToPath } from 'node:url';

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['msw-storybook-addon'],
  framework: {
    name: '@storybook/web-components-vite',
    // Not the library config: that one leaves lit external, which breaks every story at runtime.
    options: { builder: { viteConfigPath: fileURLToPath(new URL('./vite.config.ts', import.meta.url)) } },
  },
  // The MSW worker script (copied from the msw package by scripts/msw-worker.mjs) and the stand-in flow page.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
};

export default config;
