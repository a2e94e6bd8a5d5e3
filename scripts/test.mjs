#!/usr/bin/env node
/**
 * `npm test`: the browser suite (web-test-runner, arguments passed on), then the Node suite of the server half and
 * the HTTP sandbox (`node --test test/node/`, on the built `dist/`), then one closing line for both,
 * `N passed, N failed`, alone on the last line. Exits non-zero when either suite fails.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratch = mkdtempSync(join(tmpdir(), 'light-tests-'));
const browserSummary = join(scratch, 'browser.json');

/** Runs a command with the terminal as its output; `tee` also keeps what it printed. */
function run(command, args, { env = {}, tee = false } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: ['inherit', tee ? 'pipe' : 'inherit', 'inherit'],
      env: { ...process.env, ...env },
    });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

const browser = await run('npx', ['web-test-runner', ...process.argv.slice(2)], {
  env: { LIGHT_TEST_SUMMARY: browserSummary },
});
let totals = { passed: 0, failed: 1 };
try {
  totals = JSON.parse(readFileSync(browserSummary, 'utf8'));
} catch {
  // No summary: the runner never finished, which counts as one failure.
}

// The Node suite runs with the whole browser suite only (a run of chosen browser files skips it).
let node = { code: 0 };
if (process.argv.length <= 2) {
  console.log('\nNode suite (node --test test/node/):');
  node = await run(process.execPath, ['--test', '--test-reporter=spec', 'test/node/'], { tee: true });
  const count = (label) => Number(node.output.match(new RegExp(`^\\D*${label} (\\d+)$`, 'm'))?.[1] ?? NaN);
  const [passed, failed] = [count('pass'), count('fail')];
  if (Number.isNaN(passed) || Number.isNaN(failed)) totals.failed++;
  else {
    totals.passed += passed;
    totals.failed += failed;
    if (node.code !== 0 && failed === 0) totals.failed++;
  }
}
rmSync(scratch, { recursive: true, force: true });
process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
process.exit(browser.code || node.code ? 1 : 0);
