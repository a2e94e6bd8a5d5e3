import { defineMessages } from '../../core/i18n.js';

const en = {
  title: 'Energy use',
  viewLabel: 'Show',
  viewTrailing: 'Last 12 months',
  viewYear: 'Year, by month',
  viewMonth: 'Month, by day',
  viewIntervals: 'Month, every 15 minutes',
  viewDay: 'Day, every 15 minutes',
  previous: 'Previous',
  next: 'Next',
  previousYear: 'Previous year',
  nextYear: 'Next year',
  previousMonth: 'Previous month',
  nextMonth: 'Next month',
  previousDay: 'Previous day',
  nextDay: 'Next day',
  range: (p: { from: string; to: string }) => `${p.from} – ${p.to}`,
  everyQuarterHour: (p: { period: string }) => `${p.period}, every 15 minutes`,
  consumption: 'Consumption',
  generation: 'Export (solar)',
  vehicle: 'Vehicle charging',
  vehicleLegend: 'Vehicle charging (part of consumption)',
  legendLabel: 'Legend',
  partial: 'Partial period (so far)',
  partialShort: 'Partial, so far',
  noData: 'No data',
  future: 'Not yet',
  zeroNote: 'Zero use',
  perMonth: 'month',
  perDay: 'day',
  perInterval: '15 minutes',
  summary: (p: { total: string; average: string; per: string; peak: string; when: string }) =>
    `Total ${p.total}. Average ${p.average} per ${p.per}. Highest: ${p.peak}, ${p.when}.`,
  summaryExport: (p: { total: string }) => `Sent back to the grid: ${p.total}.`,
  summaryNone: 'No consumption recorded for this period.',
  chartLabel: (p: { period: string }) => `Energy use chart, ${p.period}`,
  helpDrill:
    'Use the left and right arrow keys to move between points, Home and End for the first and last. Press Enter for more detail, Escape to hide the details.',
  helpNoDrill:
    'Use the left and right arrow keys to move between points, Page Up and Page Down to move by an hour, Home and End for the first and last. Press Escape to hide the details.',
  helpPages:
    'Use the left and right arrow keys to move between points, Page Up and Page Down to move by a day, Home and End for the first and last. Press Enter to see a day, Escape to hide the details.',
  showTable: 'Show as table',
  download: 'Download CSV',
  tableLabel: (p: { period: string }) => `Energy use table, ${p.period}`,
  tableCaption: (p: { period: string; units: string }) => `Energy use, ${p.period} (${p.units})`,
  colMonth: 'Month',
  colDate: 'Date',
  colTime: 'Time',
  colIntervalStart: 'Interval start',
  colNote: 'Note',
  withUnits: (p: { series: string; units: string }) => `${p.series} (${p.units})`,
  emptyTitle: 'No usage yet',
  emptyBody: 'Usage appears here a day or two after service starts.',
  emptyPeriodTitle: 'No usage for this period',
  emptyPeriodBody: (p: { period: string }) => `There is no usage recorded for ${p.period}. Try another period.`,
  noLocationTitle: 'No service address yet',
  noLocationBody: 'Your energy use appears here once you have chosen a plan for an address and service has started.',
  inactiveTitle: 'Service has not started yet',
  inactiveBody: 'Your energy use appears here a day or two after service starts.',
  showing: (p: { period: string }) => `Showing ${p.period}.`,
  dstSpring: 'Clocks moved forward an hour on this day, so it had 23 hours.',
  dstFall: 'Clocks moved back an hour on this day, so it had 25 hours; the hour from 1 a.m. appears twice.',
  utcOffset: (p: { offset: string }) => `UTC${p.offset}`,
  estimateNote:
    'These figures are estimates to help you follow your energy use. They may not match the meter readings on your bill exactly.',
};

/** The English catalog: its keys and parameters, which translations follow. */
export type UsageChartMessages = typeof en;

export const usageChartMsg = defineMessages(en, { es: () => import('./light-usage-chart.messages.es.js') });
