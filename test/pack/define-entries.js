// Each define entry (`gov-rank/map`, `gov-rank/badge`, …) registers its one tag and exports its class.
import { GovRankMap } from 'gov-rank/map';
import { GovTierBadge } from 'gov-rank/badge';
import { GovTrendSparkline } from 'gov-rank/sparkline';
import { GovStatsCounter } from 'gov-rank/counter';
import { GovRankTable } from 'gov-rank/table';
import { TAGS, renderAll, report, assert } from './checks.js';

const CLASSES = [GovRankMap, GovTierBadge, GovTrendSparkline, GovStatsCounter, GovRankTable];

report(async (check) => {
  await check('gov-rank/{map,badge,sparkline,counter,table} register their tags', () => {
    TAGS.forEach((tag, i) => assert(customElements.get(tag) === CLASSES[i], `${tag} is not registered with its exported class`));
  });
  await check('the five elements render on the bundled data', async () => {
    await renderAll();
  });
});
