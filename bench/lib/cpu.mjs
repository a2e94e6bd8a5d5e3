/**
 * CPU time of a page's renderer process, per thread, from Linux's scheduler statistics
 * (`/proc/<pid>/task/<tid>/schedstat`: nanoseconds each thread has run on a CPU). Unlike Chromium's
 * `TaskDuration` metric, it counts only time on a CPU (not a task's wall time while the thread waits for a
 * core) and all of it: a canvas's drawing flushed on the main thread, which `TaskDuration` leaves out, and the
 * work other threads do for the page (rasterizing its tiles, compiling and collecting garbage in the background).
 * `null` where there is no /proc (not Linux), so the bench reports without it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';

const PROBE_MS = 150;

const read = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null; // the process or thread has gone
  }
};

/** The renderer processes running now (the browser's own UI renderer left out). */
function renderers() {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      const command = read(`/proc/${pid}/cmdline`) ?? '';
      return command.includes('--type=renderer') && !command.includes('--top-chrome-webui');
    });
}

/** ms thread `tid` of process `pid` has run (0 once it has gone). */
function threadTime(pid, tid) {
  const stat = read(`/proc/${pid}/task/${tid}/schedstat`);
  return stat ? Number(stat.split(' ')[0]) / 1e6 : 0;
}

/**
 * The renderer process of `page`, found by keeping its main thread busy for PROBE_MS and seeing which renderer's
 * main thread ran for most of it. Returns `{ times() }`: `{ main, others }`, ms the process's main thread and all
 * its other threads have run so far; or `null` without /proc, or when no renderer answered.
 */
export async function rendererOf(page) {
  if (!existsSync('/proc/self/task')) return null;
  const before = renderers().map((pid) => [pid, threadTime(pid, pid)]);
  await page.evaluate((ms) => {
    const start = performance.now();
    while (performance.now() - start < ms);
  }, PROBE_MS);
  const [pid, ran] = before
    .map(([pid, time]) => [pid, threadTime(pid, pid) - time])
    .reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best), [null, 0]);
  // On two busy cores the probe's thread runs for about half its wall time, not less.
  if (!pid || ran < PROBE_MS / 3) return null;
  return {
    times() {
      let threads = [];
      try {
        threads = readdirSync(`/proc/${pid}/task`);
      } catch {
        // the renderer has gone: nothing more ran
      }
      // A thread that ends between two readings takes its time with it; the renderer's pool threads live on.
      const others = threads.filter((tid) => tid !== pid).reduce((sum, tid) => sum + threadTime(pid, tid), 0);
      return { main: threadTime(pid, pid), others };
    },
  };
}
