/**
 * "Settings you will not see": every documented attribute of every element with its documented
 * values, invalid values (wrong case, spaces, numbers that are not years, unknown regions…), set
 * then removed, set as a property instead of an attribute, and changed after the element loaded.
 * Project rule: an invalid setting gives the documented default, or a clear message in the
 * element's own box (part="status") plus a gov-error event — never a blank box, an uncaught
 * exception, or NaN/undefined/null in visible text; the accessible name stays meaningful.
 *
 * Each `// Was:` note records what the library did before the fix the test guards.
 * Assertions compare strings, numbers and booleans only (a failing assertion on a DOM node makes
 * the runner hang).
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { shadowText, unique } from '../helpers.js';
import { wait, mount, attr, prop, qa, count, textOf, attrOf, hasStatus, statusText, clean, noDataMessage } from '../shared/settings-kit.js';

describe('<gov-rank-map> settings', function () {
  this.timeout(40000);
  const svgLabel = (el: Element) => attrOf(el, 'svg[part="svg"]', 'aria-label');
  const caption = (el: Element) => textOf(el, '[part="caption"]');
  const regions = (el: Element) => count(el, 'g[part="region"]');
  const dim = (el: Element) => count(el, 'g[part="region"].dim');
  const notDim = (el: Element) =>
    qa(el, 'g[part="region"]:not(.dim)')
      .map((g) => g.getAttribute('data-code'))
      .sort()
      .join(',');
  const pressed = (el: Element) =>
    qa(el, 'g[part="region"][aria-pressed="true"]')
      .map((g) => g.getAttribute('data-code'))
      .join(',');
  const legend = (el: Element) => textOf(el, '[part="legend"]');

  it('year documented, "abc" ignored, changed after load and removed', async () => {
    const el = await mount('<gov-rank-map year="abc"></gov-rank-map>');
    expect(svgLabel(el)).to.contain('2020年报告（2019年数据）');
    await attr(el, 'year', '2019');
    expect(svgLabel(el)).to.contain('2019年报告（2018年数据）');
    expect(caption(el)).to.contain('2019年报告');
    await attr(el, 'year', null);
    expect(svgLabel(el)).to.contain('2020年报告（2019年数据）');
    clean(el);
  });

  for (const y of ['2020.5', '-1', '1999']) {
    it(`year="${y}": a message and a gov-error; removed: the map`, async () => {
      const el = await mount(`<gov-rank-map year="${y}"></gov-rank-map>`);
      noDataMessage(el, new RegExp(`没有${y.replace('.', '\\.')}年的评估结果`));
      await attr(el, 'year', null);
      expect(hasStatus(el)).to.equal(false);
      expect(regions(el)).to.equal(34);
    });
  }

  it('year as a number property equals the attribute', async () => {
    const el = await mount('<gov-rank-map></gov-rank-map>');
    await prop(el, 'year', 2019);
    expect(svgLabel(el)).to.contain('2019年报告');
    expect(el.getAttribute('year')).to.equal('2019');
  });

  // Was: query.ts findEdition(): strict `e.year === year`; the string "2019" from a framework
  // gives "没有2019年的评估结果" although the 2019 edition exists (see the table test).
  it('year as a string property "2019" shows the 2019 edition', async () => {
    const el = await mount('<gov-rank-map></gov-rank-map>');
    await prop(el, 'year', '2019');
    expect(hasStatus(el)).to.equal(false);
    expect(svgLabel(el)).to.contain('2019年报告');
  });

  // Was: rank-map.ts select() never checks for an edition without rows (rank-table does): a
  // documented assessment/year whose edition lists nothing draws 34 hatched regions, a legend of
  // five "(0)" tiers and "无数据 (34)", with no message and no gov-error, although the docs say
  // gov-error fires when the results "hold nothing for the map". Fix: in select(), when
  // `!edition.results.length` throw noData(...) as GovRankTable.select does.
  it('an edition without rows: a message and a gov-error', async () => {
    const el = await mount('<gov-rank-map assessment="cstc-digital-government-province" year="2023"></gov-rank-map>');
    noDataMessage(el, /2023/);
  });

  const colorBys: [string, string, RegExp][] = [
    ['tier', '按等级着色', /^等级 非常高 \(8\)高 \(15\)中 \(8\)低 \(0\)/],
    ['score', '按得分着色', /^得分 70–75 \(1\)/],
    ['rank', '按排名着色', /^排名 第1–5名 \(7\)/],
    ['SCORE', '按等级着色', /^等级 非常高/],
    [' score ', '按等级着色', /^等级 非常高/],
    ['colour', '按等级着色', /^等级 非常高/],
    ['', '按等级着色', /^等级 非常高/],
  ];
  for (const [colorBy, label, leg] of colorBys) {
    it(`color-by="${colorBy}"`, async () => {
      const el = await mount(`<gov-rank-map color-by="${colorBy}"></gov-rank-map>`);
      expect(svgLabel(el)).to.match(new RegExp(`${label}$`));
      expect(legend(el)).to.match(leg);
      clean(el);
    });
  }

  it('color-by set as a property and removed: the default again', async () => {
    const el = await mount('<gov-rank-map></gov-rank-map>');
    await prop(el, 'colorBy', 'rank');
    expect(el.getAttribute('color-by')).to.equal('rank');
    expect(svgLabel(el)).to.match(/按排名着色$/);
    await attr(el, 'color-by', null);
    expect(svgLabel(el)).to.match(/按等级着色$/);
    expect(legend(el)).to.match(/^等级 /);
  });

  it('color-by score on an edition without scores: hatched, with its own legend entry', async () => {
    const el = await mount('<gov-rank-map assessment="cps-online-service-province" year="2022" color-by="score"></gov-rank-map>');
    // The 2022 report names seven 非常高 provinces without scores (山东 added from the second search).
    expect(legend(el)).to.contain('无得分 (7)');
    clean(el);
  });

  it('highlight with mixed separators and full-width forms', async () => {
    const el = await mount('<gov-rank-map highlight="广东, 浙江；江苏 、上海"></gov-rank-map>');
    expect(notDim(el)).to.equal(['310000', '320000', '330000', '440000'].join(','));
    expect(dim(el)).to.equal(30);
    expect(count(el, '.ring.highlight')).to.equal(4);
    await attr(el, 'highlight', 'ＣＮ－ＧＤ，Zhejiang');
    expect(notDim(el)).to.equal('330000,440000');
    clean(el);
  });

  it('highlight duplicates: one region outlined once', async () => {
    const el = await mount('<gov-rank-map highlight="广东,广东省,Guangdong,440000, 粤 "></gov-rank-map>');
    expect(notDim(el)).to.equal('440000');
    expect(count(el, '.ring.highlight')).to.equal(1);
  });

  it('highlight set then removed: nothing faded', async () => {
    const el = await mount('<gov-rank-map></gov-rank-map>');
    await attr(el, 'highlight', '广东');
    expect(dim(el)).to.equal(33);
    await attr(el, 'highlight', null);
    expect(dim(el)).to.equal(0);
    expect(count(el, '.ring.highlight')).to.equal(0);
    await attr(el, 'highlight', ' ，、; ');
    expect(dim(el)).to.equal(0);
  });

  it('highlight with a known and an unknown region: the known one is outlined', async () => {
    const el = await mount('<gov-rank-map highlight="广东,火星"></gov-rank-map>');
    expect(notDim(el)).to.equal('440000');
    clean(el);
  });

  // Was: rank-map.ts highlightCodes/codeOf(): an input that resolves to no region is kept as its
  // own text, so the set is non-empty and every region is faded with none outlined: the whole map
  // greys out (34 of 34 `.dim`) for highlight="火星" or the space-separated "广东 浙江". The table
  // ignores such entries. Fix: keep only codes present in `this._targets` (or `resolveRegion(s)`).
  it('highlight with only unknown regions leaves the map unfaded', async () => {
    const el = await mount('<gov-rank-map highlight="火星"></gov-rank-map>');
    expect(dim(el)).to.equal(0);
  });

  it('selected in name forms, unknown, changed and removed', async () => {
    const el = await mount('<gov-rank-map selected=" guangdong "></gov-rank-map>');
    expect(pressed(el)).to.equal('440000');
    await attr(el, 'selected', 'CN-ZJ');
    expect(pressed(el)).to.equal('330000');
    await attr(el, 'selected', '火星');
    expect(pressed(el)).to.equal('');
    expect(hasStatus(el)).to.equal(false);
    await attr(el, 'selected', '440000');
    await attr(el, 'selected', null);
    expect(pressed(el)).to.equal('');
    expect(count(el, '.ring.selected')).to.equal(0);
    clean(el);
  });

  // Was: rank-map.ts codeOf() calls `input.trim()`, and query.ts splitList() calls `.split`, on
  // whatever the property holds: a numeric code (selected = 440000, highlight = 440000 — codes are
  // numbers, and resolveRegion accepts numbers, as the badge and sparkline do) throws
  // "TypeError: input.trim is not a function" / "(text ?? "").split is not a function" from
  // render/select: uncaught, the element stops updating. <gov-rank-table>.highlight = 330000 too.
  // Fix: `String(input)` in codeOf and splitList.
  it('selected / highlight as numeric codes (properties) work like strings', async () => {
    const el = await mount('<gov-rank-map></gov-rank-map>');
    await prop(el, 'selected', 440000);
    expect(pressed(el)).to.equal('440000');
    await prop(el, 'highlight', 440000);
    expect(notDim(el)).to.equal('440000');
    const table = await mount('<gov-rank-table year="2020" limit="3"></gov-rank-table>');
    await prop(table, 'highlight', 330000);
    expect(count(table, 'tr[part~="highlighted"]')).to.equal(1);
  });

  it('inset none / south-china-sea / unknown / removed', async () => {
    const el = await mount('<gov-rank-map inset="none"></gov-rank-map>');
    expect(count(el, '[part="inset"]')).to.equal(0);
    expect(shadowText(el)).not.to.contain('南海诸岛');
    await attr(el, 'inset', 'NONE');
    expect(count(el, '[part="inset"]')).to.equal(1);
    await attr(el, 'inset', 'none');
    await attr(el, 'inset', null);
    expect(count(el, '[part="inset"]')).to.equal(1);
    await attr(el, 'inset', 'south-china-sea');
    expect(count(el, '[part="inset"]')).to.equal(1);
    clean(el);
  });

  it('level city / CITY / removed', async () => {
    const el = await mount('<gov-rank-map level="city"></gov-rank-map>');
    expect(svgLabel(el)).to.contain('— 重点城市');
    expect(regions(el)).to.equal(32);
    await attr(el, 'level', 'CITY');
    expect(regions(el)).to.equal(34);
    await attr(el, 'level', 'city');
    await attr(el, 'level', null);
    expect(regions(el)).to.equal(34);
    expect(svgLabel(el)).not.to.contain('— 重点城市');
    clean(el);
  });

  it('approval-number and attribution set, then removed: the illustrative note returns', async () => {
    const el = await mount('<gov-rank-map></gov-rank-map>');
    expect(caption(el)).to.contain('示意图，非标准地图');
    await attr(el, 'approval-number', 'GS(2020)1234号');
    await attr(el, 'attribution', 'Foo Maps');
    expect(caption(el)).to.contain('审图号：GS(2020)1234号');
    expect(caption(el)).to.contain('Foo Maps');
    expect(caption(el)).not.to.contain('示意图');
    await attr(el, 'approval-number', null);
    await attr(el, 'attribution', null);
    expect(caption(el)).to.contain('示意图，非标准地图');
    expect(caption(el)).not.to.contain('Foo Maps');
    expect(caption(el)).not.to.contain('审图号');
  });

  it('assessment unknown: a message; removed: the map', async () => {
    const el = await mount('<gov-rank-map assessment="nope"></gov-rank-map>');
    noDataMessage(el, /nope/);
    await attr(el, 'assessment', null);
    expect(regions(el)).to.equal(34);
  });

  it('geometry that fails, then removed: the bundled map again', async () => {
    const el = await mount(`<gov-rank-map geometry="/__test__/status?code=404&${unique()}"></gov-rank-map>`);
    await wait(300);
    await el.updateComplete;
    expect(hasStatus(el)).to.equal(true);
    expect(statusText(el)).to.contain('HTTP 404');
    await attr(el, 'geometry', null);
    expect(hasStatus(el)).to.equal(false);
    expect(regions(el)).to.equal(34);
  });

  // Was: rank-map.ts fetchGeometry() creates its timeout GovRankError without `timeout`, and
  // i18n.ts errorText() prints `(e.timeout ?? 0)`: a geometry that times out after 0.3 s says
  // "数据加载超时 … 在 0 秒内没有响应" (the gov-error event says 0.3 s). Fix: pass `{ url, timeout }`.
  it('a geometry timeout names the real timeout', async () => {
    const el = await mount(`<gov-rank-map timeout="300" geometry="/__test__/hang?${unique()}"></gov-rank-map>`);
    await wait(900);
    await el.updateComplete;
    expect(statusText(el)).to.contain('300 毫秒');
  });

  for (const [lang, re] of [
    ['en-GB', /^Map: .*coloured by tier$/],
    ['EN', /^Map: /],
    ['zh-Hant', /^地图：/],
    ['ja', /^地图：/],
    ['', /^地图：/],
  ] as const) {
    it(`lang="${lang}"`, async () => {
      const el = await mount(`<gov-rank-map lang="${lang}"></gov-rank-map>`);
      expect(svgLabel(el)).to.match(re);
      clean(el);
    });
  }

  it('lang changed after load and removed: region names follow', async () => {
    const el = await mount('<gov-rank-map></gov-rank-map>');
    await attr(el, 'lang', 'en');
    expect(attrOf(el, 'g[data-code="440000"]', 'aria-label')).to.match(/^Guangdong: /);
    await attr(el, 'lang', null);
    expect(attrOf(el, 'g[data-code="440000"]', 'aria-label')).to.match(/^广东：/);
    expect(legend(el)).to.match(/^等级 /);
  });
});
