import { define } from '../base/define.js';
import { GovTrendSparkline } from '../elements/trend-sparkline/trend-sparkline.js';
define('gov-trend-sparkline', GovTrendSparkline);
declare global {
  interface HTMLElementTagNameMap {
    'gov-trend-sparkline': GovTrendSparkline;
  }
}
export { GovTrendSparkline };
