// `gov-rank`: registers everything, exports the classes and VERSION; importing it after a define
// entry (a page that mixes them) is harmless.
import 'gov-rank/map';
import * as govRank from 'gov-rank';
import { TAGS, renderAll, report, assert } from './checks.js';

report(async (check) => {
  await check('gov-rank exports the classes and VERSION', () => {
    for (const name of ['GovRankMap', 'GovTierBadge', 'GovTrendSparkline', 'GovStatsCounter', 'GovRankTable', 'GovElement']) {
      assert(typeof govRank[name] === 'function', `export ${name}`);
    }
    assert(typeof govRank.VERSION === 'string', 'export VERSION');
  });
  await check('gov-rank registers all five tags', () => {
    for (const tag of TAGS) assert(customElements.get(tag), `${tag} not registered`);
  });
  await check('the five elements render on the bundled data', async () => {
    await renderAll();
  });
});
