import angular from '@analogjs/vite-plugin-angular';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { exampleConfig } from '../vite.shared.js';

// Angular's ahead-of-time compiler inside Vite (with strict template type checking), instead of the Angular CLI.
export default defineConfig(
  exampleConfig('angular', [
    angular({
      tsconfig: fileURLToPath(new URL('./tsconfig.app.json', import.meta.url)),
      workspaceRoot: fileURLToPath(new URL('.', import.meta.url)),
    }),
  ]),
);
