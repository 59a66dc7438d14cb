import { define } from '../base/define.js';
import { GovRankMap } from '../elements/rank-map/rank-map.js';
define('gov-rank-map', GovRankMap);
declare global {
  interface HTMLElementTagNameMap {
    'gov-rank-map': GovRankMap;
  }
}
export { GovRankMap };
