// `gov-rank/elements/*` and `gov-rank/data`: classes only. Importing them must register nothing;
// a page registers a class under its own tag name and it works.
import { GovRankMap } from 'gov-rank/elements/map';
import { GovTierBadge } from 'gov-rank/elements/badge';
import { GovTrendSparkline } from 'gov-rank/elements/sparkline';
import { GovStatsCounter } from 'gov-rank/elements/counter';
import { GovRankTable } from 'gov-rank/elements/table';
import { resolveRegion, VERSION } from 'gov-rank/data';
import { TAGS, renderAll, report, assert } from './checks.js';

const CLASSES = {
  'gov-rank-map': GovRankMap,
  'gov-tier-badge': GovTierBadge,
  'gov-trend-sparkline': GovTrendSparkline,
  'gov-stats-counter': GovStatsCounter,
  'gov-rank-table': GovRankTable,
};

report(async (check) => {
  await check('gov-rank/elements/* register nothing', () => {
    for (const tag of TAGS) assert(customElements.get(tag) === undefined, `${tag} was registered by a class-only import`);
    for (const [tag, cls] of Object.entries(CLASSES)) assert(typeof cls === 'function', `${tag}: class missing`);
  });
  await check('gov-rank/data works in the browser', () => {
    assert(resolveRegion('Guangdong')?.code === '440000', 'resolveRegion(Guangdong)');
    assert(/^\d+\.\d+\.\d+/.test(VERSION), `VERSION ${VERSION}`);
  });
  await check('classes render under page-chosen tag names (my-*)', async () => {
    const mine = (kind) => `my-${kind.slice(4)}`;
    for (const [kind, cls] of Object.entries(CLASSES)) customElements.define(mine(kind), cls);
    await renderAll(mine);
    for (const tag of TAGS) assert(customElements.get(tag) === undefined, `${tag} registered after rendering`);
  });
});
