import { expect } from '@open-wc/testing';
import { render } from 'lit';
import type { DailyUsage } from '../../src/api/types.js';
import {
  renderChartSkeleton,
  renderLegend,
  renderPlot,
  renderToolbar,
} from '../../src/elements/usage-chart/usage-chart.templates.js';
import { renderTable } from '../../src/elements/usage-chart/usage-table.js';
import * as inspect from '../../src/elements/usage-chart/usage-inspect.js';
import { computeGeometry } from '../../src/elements/usage-chart/usage-geometry.js';
import type { ChartData } from '../../src/elements/usage-chart/usage-period.js';
import { dailySet } from '../../src/elements/usage-chart/usage-series.js';
import { plain } from '../support/dom.js';

const days: DailyUsage = {
  year: 2026,
  month: 3,
  units: 'kWh',
  days: [1, 2, 4].map((d) => ({
    date: `2026-03-0${d}`,
    consumption: d * 10,
    generation: 2,
    vehicle_charging: 0,
    eligible_vehicle_charging: null,
  })),
  next: null,
  previous: null,
};
const set = dailySet(days, '2026-03-04');
const data: ChartData = {
  view: 'month',
  set,
  anchor: { year: 2026, month: 3 },
  previous: { year: 2026, month: 2 },
  next: null,
  domain: null,
};

function mount(template: unknown): HTMLElement {
  const box = document.createElement('div');
  render(template, box);
  return box;
}

describe('usage chart templates', () => {
  it('offers every view and disables the step that leads nowhere', () => {
    const steps: string[] = [];
    const box = mount(
      renderToolbar(
        data,
        'en',
        () => {},
        (direction) => steps.push(direction),
      ),
    );
    expect([...box.querySelectorAll('option')].map((o) => o.value)).to.deep.equal([
      'trailing',
      'year',
      'month',
      'intervals',
      'day',
      'year-intervals',
    ]);
    expect(box.querySelector<HTMLOptionElement>('option[value="month"]')!.selected).to.equal(true);
    const previous = box.querySelector<HTMLButtonElement>('[part~="previous"]')!;
    const next = box.querySelector<HTMLButtonElement>('[part~="next"]')!;
    expect([previous.disabled, next.disabled]).to.deep.equal([false, true]);
    previous.click();
    expect(steps).to.deep.equal(['previous']);
    const trailing = mount(
      renderToolbar(
        { ...data, view: 'trailing' },
        'en',
        () => {},
        () => {},
      ),
    );
    expect(trailing.querySelector('[part~="previous"]')).to.equal(null);
  });

  it('tabulates the points up to today, a dash for no data', () => {
    const box = mount(renderTable(set, 'March 2026', true, 'en'));
    const rows = box.querySelectorAll('tbody tr');
    expect(rows).to.have.length(4);
    expect(rows[2].querySelector('td')!.textContent).to.contain('—');
    expect(box.querySelector('caption')!.textContent).to.contain('March 2026');
  });

  it('draws each series, the legend, and the cursor and tooltip at the active point', () => {
    const geometry = computeGeometry(set, 600, 'en');
    const idle = mount(renderPlot(geometry, set, null, 'en'));
    expect(idle.querySelectorAll('path.series')).to.have.length(2);
    expect(idle.querySelector('.cursor')).to.equal(null);
    expect(idle.querySelector('.tooltip')).to.equal(null);
    expect(mount(renderPlot(geometry, set, 1, 'en')).querySelector('.tooltip'), 'not before its code').to.equal(null);
    const active = mount(renderPlot(geometry, set, 1, 'en', inspect));
    expect(active.querySelector('rect.cursor')).to.not.equal(null);
    expect(plain(active.querySelector('.tooltip .when')!.textContent)).to.equal('Mar 2, 2026');
    const legend = mount(renderLegend(set, geometry, 'en'));
    expect(legend.querySelectorAll('li').length).to.be.at.least(3);
  });

  it('holds the chart’s space while loading', () => {
    const box = mount(renderChartSkeleton('en'));
    expect(box.querySelector('[part="skeleton"] .plot-area')).to.not.equal(null);
  });
});
