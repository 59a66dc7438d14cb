// A count, not an index: the CNNIC number of government websites per provincial unit (Dec 2019),
// bundled as `cnnic-gov-websites-province`. Map, legend, tooltip, table and badge show it with its
// unit and grouping, coloured by its own value range — never as a "score" from 0 to 100.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { GovRankMap } from '../../../src/define/map.js';
import type { GovRankTable } from '../../../src/define/table.js';
import type { GovTierBadge } from '../../../src/define/badge.js';
import { $, $$, settled, shadowText } from '../helpers.js';

const ID = 'cnnic-gov-websites-province';

describe('<gov-rank-map> coloured by a count', () => {
  it('colours the 31 drawn units and lists 兵团 off the map: 32 values, none missing', async () => {
    const el = await fixture<GovRankMap>(html`<gov-rank-map assessment=${ID} year="2020" lang="zh-CN"></gov-rank-map>`);
    await settled(el);
    const regions = $$(el, '[part~="region"]') as SVGGElement[];
    const fills = regions.map((g) => [g.dataset.code, g.style.getPropertyValue('--fill')]);
    const coloured = fills.filter(([, f]) => f && !f.includes('nodata'));
    expect(coloured.length).to.equal(31);
    // Hong Kong, Macao, Taiwan: not in the table, shown as no data.
    expect(fills.filter(([, f]) => !f || f.includes('nodata')).map(([c]) => c).sort()).to.deep.equal(['710000', '810000', '820000']);
    expect($(el, '[part~="off-map"]')!.textContent).to.contain('51 个');
  });

  it('legend: whole-number bins of the value range with the unit and grouping', async () => {
    for (const [lang, unit] of [['zh-CN', '个'], ['en', 'websites']] as const) {
      const el = await fixture<GovRankMap>(html`<gov-rank-map assessment=${ID} year="2020" lang=${lang}></gov-rank-map>`);
      await settled(el);
      const legend = $(el, '[part~="legend"]')!.textContent!.replace(/\s+/g, ' ');
      expect(legend).to.contain(`800–1,000 ${unit}`);
      expect(legend).to.contain(`0–200 ${unit}`);
      expect(legend).to.not.match(/100–|90|分/);
    }
  });

  it('tooltip and accessible name: "909 个", the printed change, no 得分', async () => {
    const el = await fixture<GovRankMap>(html`<gov-rank-map assessment=${ID} year="2020" lang="zh-CN"></gov-rank-map>`);
    await settled(el);
    const sc = $(el, '[part~="region"][data-code="510000"]') as SVGGElement;
    expect(sc.getAttribute('aria-label')).to.equal('四川：数量 909 个，变化 同比 −14.7%');
    sc.focus();
    await el.updateComplete;
    const tip = $(el, '[part~="tooltip"]')!.textContent!.replace(/\s+/g, ' ');
    expect(tip).to.contain('909 个');
    expect(tip).to.contain('同比 −14.7%');
    expect(tip).to.not.contain('得分');
  });
});

describe('<gov-rank-table> of a count', () => {
  it('heads the column "Count", shows values with the unit and the change, largest first', async () => {
    const el = await fixture<GovRankTable>(html`<gov-rank-table assessment=${ID} year="2020" lang="en"></gov-rank-table>`);
    await settled(el);
    const head = $$(el, 'thead th').map((th) => th.textContent!.replace(/[\s↕▲▼]+/g, ' ').trim());
    expect(head).to.include('Count');
    expect(head).to.not.include('Score');
    const cells = $$(el, 'tbody td.score').map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.length).to.equal(32);
    expect(cells[0]).to.equal('909 websites−14.7% on the year before');
    expect(cells.find((c) => c.startsWith('215 '))).to.contain('+30.3%'); // 西藏: printed decline −30.3
    expect(shadowText(el)).to.contain('aggregator');
  });
});

describe('<gov-tier-badge> of a count', () => {
  it('says the count with its unit, not a score', async () => {
    const el = await fixture<GovTierBadge>(html`<gov-tier-badge assessment=${ID} region="四川" year="2020" lang="zh-CN"></gov-tier-badge>`);
    await settled(el);
    const text = shadowText(el);
    expect(text).to.contain('909 个');
    expect(text).to.not.contain('分');
    const en = await fixture<GovTierBadge>(html`<gov-tier-badge assessment=${ID} region="Sichuan" year="2020" lang="en"></gov-tier-badge>`);
    await settled(en);
    expect(shadowText(en)).to.contain('909 websites');
  });
});
