/**
 * Benchmark page for Recharts (built by scripts/bench-usage-chart.mjs): the chart Light's example app uses, an
 * AreaChart of the same 2,976 intervals at the same size, animation off so the final shape paints at once.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Area, AreaChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function whenPresent(root, found) {
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

function chart(data) {
  return h(
    AreaChart,
    { width: 760, height: 260, data, margin: { top: 22, right: 12, bottom: 0, left: 0 } },
    h(CartesianGrid, { strokeDasharray: '3 3', vertical: false }),
    h(XAxis, { dataKey: 'start', minTickGap: 24 }),
    h(YAxis, { unit: ' kWh' }),
    h(Tooltip),
    h(Area, { type: 'step', dataKey: 'consumption', stroke: '#0b57d0', fill: '#c6d6f5', isAnimationActive: false }),
  );
}

async function once(container) {
  const { body } = window.BENCH_DATA;
  const start = performance.now();
  // What the example app does with the response: parse it and hand the rows to the chart.
  const data = JSON.parse(body).intervals;
  const root = createRoot(container);
  root.render(chart(data));
  await whenPresent(container, () => !!container.querySelector('.recharts-area-area[d]'));
  await frame();
  await frame();
  const elapsed = performance.now() - start;
  root.unmount();
  return elapsed;
}

window.benchRecharts = async (runs) => {
  const container = document.getElementById('chart');
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await once(container));
  return times;
};
