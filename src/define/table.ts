import { define } from '../base/define.js';
import { GovRankTable } from '../elements/rank-table/rank-table.js';
define('gov-rank-table', GovRankTable);
declare global {
  interface HTMLElementTagNameMap {
    'gov-rank-table': GovRankTable;
  }
}
export { GovRankTable };
