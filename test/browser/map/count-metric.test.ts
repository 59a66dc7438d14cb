// A count, not an index: the CNNIC number of government websites per provincial unit (Dec 2019),
// bundled as `cnnic-gov-websites-province`. Map, legend, tooltip, table and badge show it with its
// unit and grouping, coloured by its own value range — never as a "score" from 0 to 100.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { GovRankMap } from '../../../src/define/map.js';
import { $, $$, mapReady, settled } from '../helpers.js';

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
    expect(
      fills
        .filter(([, f]) => !f || f.includes('nodata'))
        .map(([c]) => c)
        .sort(),
    ).to.deep.equal(['710000', '810000', '820000']);
    expect($(el, '[part~="off-map"]')!.textContent).to.contain('51 个');
  });

  it('legend: whole-number bins of the value range with the unit and grouping', async () => {
    for (const [lang, unit] of [
      ['zh-CN', '个'],
      ['en', 'websites'],
    ] as const) {
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
    await mapReady(el); // the tooltip comes in the chunk laid out with the table (idle time)
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
