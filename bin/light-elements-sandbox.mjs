#!/usr/bin/env node
// The Light API sandbox over HTTP: `npx light-elements-sandbox --port 4010`.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

const USAGE = `Usage: light-elements-sandbox [--port 4010] [--host 127.0.0.1] [--seed 1] [--scenario new-customer]
                             [--webhook-url URL] [--webhook-secret SECRET]

Serves a stateful fake of the Light API (app token and account token) with CORS; GET /__sandbox lists its controls.`;

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      scenario: { type: 'string' },
      'webhook-url': { type: 'string' },
      'webhook-secret': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function integer(name) {
  const text = values[name];
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) {
    console.error(`--${name} must be a whole number, not "${text}".\n\n${USAGE}`);
    process.exit(2);
  }
  return value;
}

const dist = process.env.LIGHT_DIST
  ? pathToFileURL(`${process.env.LIGHT_DIST}/sandbox-server.js`).href
  : new URL('../dist/sandbox-server.js', import.meta.url).href;
const { startSandboxServer } = await import(dist);

let server;
try {
  server = await startSandboxServer({
    port: integer('port'),
    host: values.host,
    seed: integer('seed'),
    scenario: values.scenario,
    webhookUrl: values['webhook-url'],
    webhookSecret: values['webhook-secret'],
  });
} catch (error) {
  console.error(`The sandbox could not start: ${error.message}`);
  process.exit(1);
}

let stopping = false;
async function stop(signal) {
  if (stopping) process.exit(1); // a second signal: do not wait
  stopping = true;
  console.log(`\n${signal}: stopping the sandbox.`);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
