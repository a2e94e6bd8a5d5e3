/**
 * Chart.js 4.6 (canvas): a bar chart of the month on a linear time axis (days as ticks), animation off, data
 * pre-parsed as Chart.js's performance guide advises (`parsing: false`, `normalized: true`). Built by
 * scripts/bench-usage-chart.mjs.
 */
import { BarController, BarElement, Chart, LinearScale, Tooltip } from 'chart.js';
import { drawn, start } from './page-api.mjs';

Chart.register(BarController, BarElement, LinearScale, Tooltip);

const DAY = 86_400_000;
let chart;

const points = (response) => response.intervals.map((i) => ({ x: Date.parse(i.start), y: i.consumption }));

function create(container, data) {
  const canvas = Object.assign(document.createElement('canvas'), { width: 760, height: 260 });
  container.append(canvas);
  return new Chart(canvas, {
    type: 'bar',
    data: { datasets: [{ label: 'Consumption', data, backgroundColor: '#0b57d0' }] },
    options: {
      animation: false,
      responsive: false,
      parsing: false,
      normalized: true,
      plugins: { legend: { display: false } },
      scales: {
        x: {
          type: 'linear',
          bounds: 'data',
          ticks: { stepSize: DAY, callback: (value) => new Date(value).getDate() },
        },
        y: { beginAtZero: true, title: { display: true, text: 'kWh' } },
      },
    },
    plugins: [{ id: 'bench-drawn', afterDraw: (c) => drawn(container, c.data.datasets[0].data.length) }],
  });
}

function draw(response, container) {
  const data = points(response);
  if (!chart) {
    chart = create(container, data);
    return;
  }
  chart.data.datasets[0].data = data;
  chart.update('none');
}

start(draw);
