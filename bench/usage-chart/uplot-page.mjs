/**
 * uPlot 1.6 (canvas): the month as bars, uPlot's own time axis and value axis, one consumption series. Built by
 * scripts/bench-usage-chart.mjs; its stylesheet is inlined so the page needs only the one script.
 */
import uPlot from 'uplot';
import css from 'uplot/dist/uPlot.min.css?inline';
import { drawn, start } from './page-api.mjs';

document.head.append(Object.assign(document.createElement('style'), { textContent: css }));

let plot;

function columns(response) {
  const xs = new Float64Array(response.intervals.length);
  const ys = new Float64Array(response.intervals.length);
  response.intervals.forEach((interval, i) => {
    xs[i] = Date.parse(interval.start) / 1000;
    ys[i] = interval.consumption;
  });
  return [xs, ys];
}

function draw(response, container) {
  const data = columns(response);
  if (plot) return plot.setData(data);
  plot = new uPlot(
    {
      width: 760,
      height: 260,
      legend: { show: false },
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, max * 1.05] } },
      axes: [{}, { label: 'kWh' }],
      series: [
        {},
        {
          label: 'Consumption',
          stroke: '#0b57d0',
          fill: '#0b57d0',
          paths: uPlot.paths.bars({ size: [0.9, Infinity] }),
          points: { show: false },
        },
      ],
      hooks: { draw: [(u) => drawn(container, u.data[0].length)] },
    },
    data,
    container,
  );
}

start(draw);
