import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';
import { exampleConfig } from '../vite.shared.js';

export default defineConfig(
  exampleConfig('vue', [
    vue({
      // <light-*> tags are custom elements, not Vue components: Vue renders them as they are.
      template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('light-') } },
    }),
  ]),
);
