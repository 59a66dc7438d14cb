// What a reader of a published page sees of the data: one warning per file (not per element),
// footnotes in the reader's language (no working notes), sources labelled by kind.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { GovRankTable } from '../../../src/define/table.js';
import type { GovRankMap } from '../../../src/define/map.js';
import { $, consoleWarnings, settled, shadowText, unique } from '../helpers.js';
import type { GovElement } from '../../../src/base/gov-element.js';
import { loadBundled } from '../../../src/data/bundled.js';

describe('an unknown region in a shared file', () => {
  it('is warned once per file, however many elements read it (8 elements → 1 warning)', async () => {
    const src = `/__test__/fixture?file=unknown-region.json&${unique()}`;
    const warnings = await consoleWarnings(async () => {
      const box = await fixture<HTMLElement>(html`<div>
        ${[0, 1, 2, 3].map(() => html`<gov-tier-badge src=${src} region="广东" year="2020"></gov-tier-badge>`)}
        ${[0, 1].map(() => html`<gov-rank-table src=${src} year="2020"></gov-rank-table>`)}
        ${[0, 1].map(() => html`<gov-trend-sparkline src=${src} region="广东"></gov-trend-sparkline>`)}
      </div>`);
      const els = [...box.children] as GovElement[];
      expect(els.length).to.equal(8);
      await Promise.all(els.map((el) => settled(el)));
    });
    const ours = warnings.filter((w) => w.startsWith('gov-rank:'));
    expect(ours.length, ours.join('\n')).to.equal(1);
    expect(ours[0]).to.contain('unknown region');
  });
});

// Raw working notes of the compilers (English in Chinese text, capitalised markers) never reach a reader.
const WORKING_NOTE = /DERIVED|READ for|not read per|grade_basis|rank_basis|Rank basis|\bnull\b|NOT |等级依据|排名依据/;

describe('footnotes of the bundled data', () => {
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`the 2020 key-city table's footnote reads as text for readers (${lang})`, async () => {
      const el = await fixture<GovRankTable>(
        html`<gov-rank-table assessment="cps-online-service-city" year="2020" lang=${lang}></gov-rank-table>`,
      );
      await settled(el);
      const note = $(el, '[part~="footnote"]')!.textContent!.replace(/\s+/g, ' ');
      expect(note).to.not.match(WORKING_NOTE);
      if (lang === 'zh-CN') expect(note).to.not.match(/[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/, 'no English sentence in the Chinese footnote');
      else expect(note).to.not.match(/[\u4e00-\u9fff]{12,}/, 'no Chinese sentence in the English footnote');
    });

    it(`every bundled table footnote is free of working notes (${lang})`, async () => {
      const el = await fixture<GovRankTable>(html`<gov-rank-table year="2020" lang=${lang}></gov-rank-table>`);
      await settled(el);
      const model = await loadBundled(); // the bundled results the table read (one parse per page)
      for (const a of model.assessments) {
        for (const e of a.editions) {
          el.assessment = a.id;
          el.year = e.year;
          await settled(el);
          const foot = $(el, '[part~="footnote"]');
          const text = foot ? foot.textContent!.replace(/\s+/g, ' ') : shadowText(el);
          expect(text, `${a.id}@${e.year}`).to.not.match(WORKING_NOTE);
        }
      }
    });
  }

  it('labels each source by its kind in the table, the map and the counter (zh-CN and en)', async () => {
    const zh = await fixture<GovRankTable>(
      html`<gov-rank-table assessment="cps-online-service-province" year="2020" lang="zh-CN"></gov-rank-table>`,
    );
    await settled(zh);
    expect($(zh, '[part~="footnote"]')!.textContent).to.match(/kuaihz\.com[^；;]*聚合/);
    const en = await fixture<GovRankTable>(
      html`<gov-rank-table assessment="cps-online-service-province" year="2020" lang="en"></gov-rank-table>`,
    );
    await settled(en);
    expect($(en, '[part~="footnote"]')!.textContent).to.match(/kuaihz\.com[^;]*aggregator/);

    const map = await fixture<GovRankMap>(html`<gov-rank-map year="2019" lang="en"></gov-rank-map>`);
    await settled(map);
    expect($(map, '.sources')!.textContent).to.match(/scio\.gov\.cn[^,]*official/);

    const counter = await fixture<GovElement>(html`<gov-stats-counter stat="gov-websites-cnnic" lang="zh-CN"></gov-stats-counter>`);
    await settled(counter);
    expect($(counter, '[part~="meta"]')!.textContent).to.match(/聚合|官方|媒体/);
  });
});
