import { define } from '../../core/define.js';
import { LightUsageChart } from './light-usage-chart.component.js';

export { LightUsageChart };
export type { UsageView, UsageViewChangeDetail } from './light-usage-chart.component.js';

define('light-usage-chart', LightUsageChart);

declare global {
  interface HTMLElementTagNameMap {
    'light-usage-chart': LightUsageChart;
  }
}
