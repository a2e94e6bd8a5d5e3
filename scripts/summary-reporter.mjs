import { writeFileSync } from 'node:fs';

/**
 * Prints one closing line, `N passed, N failed`, alone on its line, after the default reporter's output.
 * A file that fails to load counts as one failure, so a broken import cannot pass silently.
 */
export function summaryReporter() {
  const count = (suite, totals) => {
    for (const test of suite?.tests ?? []) {
      if (test.skipped) totals.skipped++;
      else if (test.passed) totals.passed++;
      else totals.failed++;
    }
    for (const child of suite?.suites ?? []) count(child, totals);
  };
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // `npm test` (scripts/test.mjs) adds the Node suite's counts to these and prints the closing line itself.
      if (process.env.LIGHT_TEST_SUMMARY) writeFileSync(process.env.LIGHT_TEST_SUMMARY, JSON.stringify(totals));
      // Written after the default reporter's dynamic output has settled.
      process.on('exit', () => process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed${skipped}\n`));
    },
  };
}
