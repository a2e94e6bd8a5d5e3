/**
 * Benchmark page for light-usage-chart (built by scripts/bench-usage-chart.mjs, never shipped): the element signed
 * in through configure() with a fetch that answers at once with the month of intervals the script generated, so
 * a run measures parsing, series building and drawing, not a network.
 */
import { configure } from '../../src/core/config.js';
import '../../src/elements/usage-chart/light-usage-chart.js';

declare global {
  interface Window {
    BENCH_DATA: { year: number; month: number; body: string };
    benchLight(runs: number): Promise<number[]>;
  }
}

const account = JSON.stringify({
  uuid: 'bench-account',
  status: 'active',
  status_reason: 'active',
  enrollment: { is_service_active: true },
  locations: [{ uuid: 'bench-location', is_service_active: true, service_start_date: '2024-01-01' }],
});

configure({
  fetch: async (input) => {
    const url = String(input instanceof Request ? input.url : input);
    const body = url.includes('/usage/intervals') ? window.BENCH_DATA.body : account;
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  },
});

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves once `found()` is true, checked after every DOM change under `root`. */
function whenPresent(root: Node, found: () => boolean): Promise<void> {
  if (found()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!found()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** One run: a new chart for the month, from insertion to the frame after the one that painted the path. */
async function once(container: HTMLElement): Promise<number> {
  const { year, month } = window.BENCH_DATA;
  const el = document.createElement('light-usage-chart');
  el.setAttribute('view', 'intervals');
  el.setAttribute('year', String(year));
  el.setAttribute('month', String(month));
  el.setAttribute('location-uuid', 'bench-location');
  // A new token provider per run gives a new client, so the client's own pacing (under the API's 10 requests a
  // second) never delays a run: what is measured is the chart.
  el.tokenProvider = () => 'bench-token';
  const start = performance.now();
  container.replaceChildren(el);
  await el.updateComplete;
  await whenPresent(el.shadowRoot!, () => !!el.shadowRoot!.querySelector('path[data-series="consumption"]'));
  await el.updateComplete;
  await frame();
  await frame();
  const elapsed = performance.now() - start;
  const drawn = Number(el.shadowRoot!.querySelector('path[data-series="consumption"]')!.getAttribute('data-points'));
  if (drawn !== 2976) throw new Error(`light-usage-chart drew ${drawn} intervals, not 2,976`);
  return elapsed;
}

window.benchLight = async (runs) => {
  const container = document.getElementById('chart')!;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once(container));
  return times;
};
