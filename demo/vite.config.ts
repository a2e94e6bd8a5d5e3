import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { partnerBackend } from './partner-backend.js';

/** The demo partner site: the sandbox in the browser by default, the real Light API with LIGHT_APP_TOKEN set. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The MSW worker script (scripts/msw-worker.mjs) and the stand-in flow page.
  publicDir: fileURLToPath(new URL('../public', import.meta.url)),
  plugins: [partnerBackend()],
  server: { port: 5173, host: '127.0.0.1', fs: { allow: ['..'] } },
  preview: { port: 5173, host: '127.0.0.1' },
});
