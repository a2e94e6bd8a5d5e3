import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/elements/usage-chart/light-usage-chart.js';
import type { UsageView } from '../src/elements/usage-chart/light-usage-chart.js';
import type { FaultSpec, ScenarioName } from '../src/sandbox/index.js';
import { DST_CLOCK } from './support/fixtures/usage.js';
import { onSandbox } from './support/sandbox.js';

interface Args {
  /** Sandbox account the chart signs in to. */
  scenario: ScenarioName;
  view: UsageView | '';
  year?: number;
  month?: number;
  day?: number;
  hideExport: boolean;
  table: boolean;
  theme: '' | 'light' | 'dark';
  locale: '' | 'en' | 'es';
  /** Width of the chart's container, px; 0 fills the canvas. */
  width: number;
  /** Delay every sandbox response (ms): shows the loading state. */
  latencyMs: number;
  /** Make the next three usage requests of each kind fail with HTTP 500: one view's request and the client's own two retries. */
  failUsage: boolean;
  /** Sandbox clock, ISO 8601; empty for the real clock. Pinned where a story needs a given day to have data. */
  now: string;
}

const usageRoutes = ['usageMonthly', 'usageDaily', 'usageIntervals'] as const;

const meta: Meta<Args> = {
  title: 'Elements/Usage chart',
  component: 'light-usage-chart',
  args: {
    scenario: 'active',
    view: '',
    hideExport: false,
    table: false,
    theme: '',
    locale: '',
    width: 0,
    latencyMs: 0,
    failUsage: false,
    now: '',
  },
  argTypes: {
    scenario: {
      control: 'select',
      options: ['active', 'solar', 'renewal-due', 'cancelled', 'new-service', 'new-customer', 'enrolled-pending'],
    },
    view: { control: 'select', options: ['', 'trailing', 'year', 'month', 'intervals', 'day', 'year-intervals'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    locale: { control: 'inline-radio', options: ['', 'en', 'es'] },
  },
  render: (args) => {
    const faults: FaultSpec[] = args.failUsage
      ? usageRoutes.map((route) => ({ route, kind: 'status', status: 500, times: 3 }))
      : [];
    const now = args.now ? () => new Date(args.now) : undefined;
    const chart = html`<light-usage-chart
      view=${args.view || nothing}
      year=${args.year ?? nothing}
      month=${args.month ?? nothing}
      day=${args.day ?? nothing}
      ?hide-export=${args.hideExport}
      ?table=${args.table}
      theme=${args.theme || nothing}
      locale=${args.locale || nothing}
    ></light-usage-chart>`;
    const sized = html`<div style=${args.width ? `width: ${args.width}px; max-width: 100%` : 'max-width: 960px'}>
      ${chart}
    </div>`;
    const backdrop =
      args.theme === 'dark' ? html`<div style="background: #0d1013; padding: 8px">${sized}</div>` : sized;
    return onSandbox(args.scenario, backdrop, { faults, latencyMs: args.latencyMs, now });
  },
};
export default meta;

type Story = StoryObj<Args>;

/** The default: the last 12 months by month, two calendar years stitched together; the current month is partial. */
export const TrailingTwelveMonths: Story = { parameters: { reaches: 'kWh per month' } };

/** A calendar year by month; previous/next follow the API's links. Click a bar (or press Enter) for its days. */
export const Year: Story = { parameters: { reaches: 'kWh per month' }, args: { view: 'year' } };

/** A month by day: recent days without data yet are marked, days to come are left empty. */
export const Month: Story = { parameters: { reaches: 'kWh per day' }, args: { view: 'month' } };

/** Every 15-minute interval of a month (about 2,900 points) in one path per series. */
export const MonthOfIntervals: Story = { parameters: { reaches: 'kWh per 15 minutes' }, args: { view: 'intervals' } };

/**
 * A calendar year every 15 minutes (about 35,000 intervals, from twelve month requests made at once), for comparing
 * seasons: drawn with min/max decimation, two points per pixel column, so every peak and every solar export dip
 * survives. Press Enter on a point for its day.
 */
export const YearEvery15Minutes: Story = {
  parameters: { reaches: 'kWh per 15 minutes' },
  args: { scenario: 'solar', view: 'year-intervals' },
};

/** The latest day with data, every 15 minutes, on a wall-clock axis. */
export const Day: Story = { parameters: { reaches: 'kWh per 15 minutes' }, args: { view: 'day' } };

/** Spring forward: 92 intervals over 23 hours; there is no 2 a.m. */
export const DstSpringForward: Story = {
  parameters: { reaches: 'so it had 23 hours' },
  args: { view: 'day', year: 2026, month: 3, day: 8, now: DST_CLOCK },
};

/** Fall back: 100 intervals over 25 hours; 1 a.m. happens twice. */
export const DstFallBack: Story = {
  parameters: { reaches: 'so it had 25 hours' },
  args: { view: 'day', year: 2026, month: 11, day: 1, now: DST_CLOCK },
};

/** Rooftop solar: export to the grid as a second, hatched series. */
export const Solar: Story = {
  parameters: { reaches: 'Sent back to the grid' },
  args: { scenario: 'solar', view: 'year' },
};

/** Rooftop solar over one day: export peaks at midday (dashed line). */
export const SolarDay: Story = {
  parameters: { reaches: 'Sent back to the grid' },
  args: { scenario: 'solar', view: 'day' },
};

/** The same solar account with export hidden by the partner (`hide-export`). */
export const SolarExportHidden: Story = {
  parameters: { reaches: 'kWh per month' },
  args: { scenario: 'solar', view: 'year', hideExport: true },
};

/** The same numbers as a table, for screen readers and for reading exact values. */
export const TableView: Story = { parameters: { reaches: 'Date Consumption' }, args: { view: 'month', table: true } };

/** Service started today: usage appears a day or two later. */
export const Empty: Story = { parameters: { reaches: 'No usage yet' }, args: { scenario: 'new-service' } };

/** An account with no service address yet. */
export const NoLocation: Story = {
  parameters: { reaches: 'No service address yet' },
  args: { scenario: 'new-customer' },
};

/** Enrolled, service not started. */
export const NotStarted: Story = {
  parameters: { reaches: 'Service has not started yet' },
  args: { scenario: 'enrolled-pending' },
};

/** Responses take a long time: a skeleton the size of the chart. */
export const Loading: Story = { parameters: { reaches: 'Loading…' }, args: { latencyMs: 600_000 } };

/** The usage request fails (after the client's own retries): an error with a retry button, which succeeds. */
export const ErrorWithRetry: Story = {
  parameters: { reaches: 'Something went wrong' },
  args: { failUsage: true, view: 'year' },
};

export const Dark: Story = {
  parameters: { reaches: 'Sent back to the grid' },
  args: { theme: 'dark', scenario: 'solar', view: 'year' },
};

export const DarkTable: Story = {
  parameters: { reaches: 'Date Consumption' },
  args: { theme: 'dark', view: 'month', table: true },
};

/** On a small phone: controls wrap, labels thin out. */
export const Narrow320: Story = { parameters: { reaches: 'kWh per day' }, args: { width: 320, view: 'month' } };

export const Spanish: Story = { parameters: { reaches: 'kWh por mes' }, args: { locale: 'es', view: 'year' } };
