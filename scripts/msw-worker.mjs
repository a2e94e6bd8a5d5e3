#!/usr/bin/env node
/** Copies MSW's service worker script into public/ (served at the site root by the demo and Storybook; ignored by git). */
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve('msw/package.json')), 'lib', 'mockServiceWorker.js');
mkdirSync('public', { recursive: true });
copyFileSync(source, join('public', 'mockServiceWorker.js'));
