import { defineConfig } from 'vite';

/** Storybook's own Vite config: everything bundled, nothing external. */
export default defineConfig({});
