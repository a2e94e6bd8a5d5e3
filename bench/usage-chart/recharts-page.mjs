/**
 * Recharts (the chart library of Light's example app): a BarChart of the month at the same size, one consumption
 * series, animation off so the final shape paints at once. React renders asynchronously, so the chart counts as
 * drawn when every bar is in the DOM. Built by scripts/bench-usage-chart.mjs.
 */
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { drawn, start } from './page-api.mjs';

let root;

const day = (start) => String(Number(start.slice(8, 10)));

function chart(data) {
  return h(
    BarChart,
    { width: 760, height: 260, data, margin: { top: 22, right: 12, bottom: 0, left: 0 } },
    h(CartesianGrid, { strokeDasharray: '3 3', vertical: false }),
    h(XAxis, { dataKey: 'start', tickFormatter: day, minTickGap: 24 }),
    h(YAxis, { unit: ' kWh' }),
    h(Tooltip),
    h(Bar, { dataKey: 'consumption', fill: '#0b57d0', isAnimationActive: false }),
  );
}

/** Calls `done` once the chart holds `count` bars, checked after every DOM change. */
function whenBars(container, count, done) {
  const check = () => container.querySelectorAll('.recharts-bar-rectangle').length === count;
  const observer = new MutationObserver(() => {
    if (!check()) return;
    observer.disconnect();
    done();
  });
  observer.observe(container, { childList: true, subtree: true });
}

function draw(response, container) {
  const count = response.intervals.length;
  whenBars(container, count, () => drawn(container, count));
  root ??= createRoot(container);
  root.render(chart(response.intervals));
}

start(draw);
