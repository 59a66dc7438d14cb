import { define } from '../base/define.js';
import { GovStatsCounter } from '../elements/stats-counter/stats-counter.js';

define('gov-stats-counter', GovStatsCounter);

declare global {
  interface HTMLElementTagNameMap {
    'gov-stats-counter': GovStatsCounter;
  }
}

export { GovStatsCounter };
