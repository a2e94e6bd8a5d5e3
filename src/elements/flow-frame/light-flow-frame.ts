import { define } from '../../core/define.js';
import { LightFlowFrame } from './light-flow-frame.component.js';

export { LightFlowFrame };
export type {
  FlowCloseReason,
  FlowProvider,
  FlowProviderOptions,
  LightFlowCloseDetail,
  LightFlowOpenDetail,
} from './light-flow-frame.component.js';
export type { FlowLink } from './flow-link.js';

define('light-flow-frame', LightFlowFrame);

declare global {
  interface HTMLElementTagNameMap {
    'light-flow-frame': LightFlowFrame;
  }
}
