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
import { mount, ready, attr, prop, q, qa, count, textOf, attrOf, hasStatus, clean, noDataMessage } from '../shared/settings-kit.js';

describe('<gov-rank-table> settings', function () {
  this.timeout(30000);
  const rows = (el: Element) => count(el, 'tbody tr');
  const footnote = (el: Element) => textOf(el, '[part="footnote"]');
  const title = (el: Element) => textOf(el, '[part="title"]');
  const highlighted = (el: Element) =>
    qa(el, 'tr[part~="highlighted"] .name')
      .map((n) => n.textContent)
      .sort()
      .join(',');
  const headers = (el: Element) =>
    qa(el, 'th[part="header"]')
      .map((h) => (h.textContent ?? '').replace(/[▲▼↕\s]/g, ''))
      .join('|');

  const limits: [string, number, boolean][] = [
    ['3', 3, true],
    ['2.7', 2, true],
    ['0', 32, false],
    ['-3', 32, false],
    ['abc', 32, false],
    ['', 32, false],
    ['1e3', 32, false],
    ['99999', 32, false],
  ];
  for (const [limit, n, note] of limits) {
    it(`limit="${limit}" shows ${n} rows`, async () => {
      const el = await mount(`<gov-rank-table year="2020" limit="${limit}"></gov-rank-table>`);
      expect(rows(el)).to.equal(n);
      expect(footnote(el).includes(`显示排名前 ${n} 个，共 32 个。`)).to.equal(note);
      clean(el);
    });
  }

  it('limit set, changed and removed after load', async () => {
    const el = await mount('<gov-rank-table year="2020"></gov-rank-table>');
    await attr(el, 'limit', '5');
    expect(rows(el)).to.equal(5);
    await attr(el, 'limit', '2');
    expect(rows(el)).to.equal(2);
    await attr(el, 'limit', null);
    expect(rows(el)).to.equal(32);
    expect(footnote(el)).not.to.contain('显示排名前');
  });

  it('limit as a number property equals the attribute; null restores every row', async () => {
    const el = await mount('<gov-rank-table year="2020"></gov-rank-table>');
    await prop(el, 'limit', 3);
    expect(rows(el)).to.equal(3);
    expect(el.getAttribute('limit')).to.equal('3');
    await prop(el, 'limit', null);
    expect(rows(el)).to.equal(32);
  });

  // Was: rank-table.ts select(): `Number.isFinite(this.limit)` is false for the string "3" (a
  // static limit="3" in a Vue template reaches the property as a string), so the limit is ignored
  // and all 32 rows show — while the attribute reflects limit="3". Fix: `const n = Number(this.limit)`.
  it('limit as a string property "3" shows 3 rows', async () => {
    const el = await mount('<gov-rank-table year="2020"></gov-rank-table>');
    await prop(el, 'limit', '3');
    expect(rows(el)).to.equal(3);
  });

  it('year="abc" is ignored: the default edition (2020)', async () => {
    const el = await mount('<gov-rank-table year="abc" limit="3"></gov-rank-table>');
    expect(title(el)).to.contain('2020年报告');
    clean(el);
  });

  for (const y of ['2020.5', '-1', '1999']) {
    it(`year="${y}": a message naming the year and a gov-error`, async () => {
      const el = await mount(`<gov-rank-table year="${y}"></gov-rank-table>`);
      noDataMessage(el, new RegExp(`没有${y.replace('.', '\\.')}年的评估结果`));
    });
  }

  it('year changed after load, to an error and back by removing it', async () => {
    const el = await mount('<gov-rank-table year="2020" limit="3"></gov-rank-table>');
    await attr(el, 'year', '2019');
    expect(title(el)).to.contain('2019年报告');
    expect(title(el)).not.to.contain('2020年报告');
    await attr(el, 'year', '1999');
    expect(hasStatus(el)).to.equal(true);
    await attr(el, 'year', null);
    expect(hasStatus(el)).to.equal(false);
    expect(title(el)).to.contain('2020年报告');
    expect(rows(el)).to.equal(3);
  });

  it('year as a number property equals the attribute', async () => {
    const el = await mount('<gov-rank-table limit="3"></gov-rank-table>');
    await prop(el, 'year', 2019);
    expect(title(el)).to.contain('2019年报告');
    expect(el.getAttribute('year')).to.equal('2019');
  });

  // Was: query.ts findEdition() compares `e.year === year`; the string "2019" (Vue static
  // year="2019", or any untyped caller) matches nothing, and the table says "没有2019年的评估结果"
  // although the 2019 edition exists. Same in <gov-rank-map>. Fix: `Number(year)` in findEdition
  // (or coerce the property in the elements).
  it('year as a string property "2019" shows the 2019 edition', async () => {
    const el = await mount('<gov-rank-table limit="3"></gov-rank-table>');
    await prop(el, 'year', '2019');
    expect(hasStatus(el)).to.equal(false);
    expect(title(el)).to.contain('2019年报告');
  });

  it('an edition without rows: a message with the reason and a gov-error', async () => {
    const el = await mount('<gov-rank-table assessment="cstc-digital-government-province" year="2023"></gov-rank-table>');
    noDataMessage(el, /2023年的评估没有可列出的结果/);
  });

  it('highlight with mixed separators, spaces and full-width forms', async () => {
    const el = await mount('<gov-rank-table year="2020" highlight="广东, 浙江；江苏 、上海"></gov-rank-table>');
    expect(highlighted(el)).to.equal(['上海', '广东', '江苏', '浙江'].sort().join(','));
    await attr(el, 'highlight', 'ＣＮ－ＧＤ，Zhejiang;;, ,');
    expect(highlighted(el)).to.equal(['广东', '浙江'].sort().join(','));
    clean(el);
  });

  it('highlight duplicates and unknown regions: each known row once, no error', async () => {
    const el = await mount('<gov-rank-table year="2020" highlight="广东,广东省,Guangdong,440000,火星"></gov-rank-table>');
    expect(highlighted(el)).to.equal('广东');
    expect(count(el, 'tr[part~="highlighted"]')).to.equal(1);
    expect(hasStatus(el)).to.equal(false);
    clean(el);
  });

  it('highlight set then removed: no row stays emphasised', async () => {
    const el = await mount('<gov-rank-table year="2020" limit="5" highlight="浙江"></gov-rank-table>');
    expect(shadowText(el)).to.contain('浙江（突出显示）');
    await attr(el, 'highlight', null);
    expect(count(el, 'tr[part~="highlighted"], tr.hl')).to.equal(0);
    expect(shadowText(el)).not.to.contain('突出显示');
  });

  const trends: [string, string][] = [
    ['', '排名趋势'],
    ['rank', '排名趋势'],
    ['score', '得分趋势'],
    ['SCORE', '排名趋势'],
    ['weird', '排名趋势'],
  ];
  for (const [trend, header] of trends) {
    it(`trend="${trend}" adds the ${header} column`, async () => {
      const el = await mount(`<gov-rank-table year="2020" limit="3" trend="${trend}"></gov-rank-table>`);
      expect(headers(el)).to.match(new RegExp(`\\|${header}$`));
      expect(count(el, 'svg[part="trend"]')).to.equal(3);
      clean(el);
    });
  }

  it('trend set then removed: the column goes', async () => {
    const el = await mount('<gov-rank-table year="2020" limit="3" trend="score"></gov-rank-table>');
    await attr(el, 'trend', null);
    expect(headers(el)).to.equal('排名|地区|得分|等级');
    expect(count(el, 'svg[part="trend"]')).to.equal(0);
    await prop(el, 'trend', true);
    expect(headers(el)).to.equal('排名|地区|得分|等级|排名趋势');
  });

  // Was: rank-table.ts select(): `this.trend == null ? undefined : …` treats `false` as "rank",
  // and src/jsx.d.ts types `trend` as `… | boolean`, so React 19 `trend={false}` (set as a
  // property) adds a rank trend column. Fix: `this.trend == null || this.trend === false`.
  it('trend = false (property) means no trend column', async () => {
    const el = await mount('<gov-rank-table year="2020" limit="3"></gov-rank-table>');
    await prop(el, 'trend', false);
    expect(headers(el)).to.equal('排名|地区|得分|等级');
  });

  it('level city / CITY / unknown / removed', async () => {
    const el = await mount('<gov-rank-table year="2020" limit="2" level="city"></gov-rank-table>');
    expect(title(el)).to.contain('重点城市');
    await attr(el, 'level', 'CITY');
    expect(title(el)).to.contain('省级政府');
    await attr(el, 'level', 'county');
    expect(title(el)).to.contain('省级政府');
    await attr(el, 'level', 'city');
    await attr(el, 'level', null);
    expect(title(el)).to.contain('省级政府');
    expect(title(el)).not.to.contain('重点城市');
    clean(el);
  });

  it('assessment unknown: message; empty: the default', async () => {
    const el = await mount('<gov-rank-table assessment="nope"></gov-rank-table>');
    noDataMessage(el, /nope/);
    await attr(el, 'assessment', '');
    expect(hasStatus(el)).to.equal(false);
    expect(title(el)).to.contain('省级政府网上政务服务能力调查评估');
  });

  it('a sort survives a year change and the new rows are shown', async () => {
    const el = await mount('<gov-rank-table year="2020" limit="4"></gov-rank-table>');
    (qa(el, '[part="sort-button"]')[1] as HTMLElement).click();
    await ready(el);
    expect(attrOf(el, 'th[aria-sort]', 'aria-sort')).to.equal('ascending');
    await attr(el, 'year', '2019');
    expect(title(el)).to.contain('2019年报告');
    expect(rows(el)).to.equal(4);
    clean(el);
  });

  for (const [lang, re] of [
    ['en-GB', /^=1Zhejiang|^=1Guangdong/],
    ['EN', /^=1/],
    ['zh-TW', /^1（并列）/],
    ['ja', /^1（并列）/],
  ] as const) {
    it(`lang="${lang}"`, async () => {
      const el = await mount(`<gov-rank-table year="2020" limit="3" lang="${lang}"></gov-rank-table>`);
      const first = (q(el, 'tbody tr')?.textContent ?? '').replace(/\s+/g, '');
      expect(first.replace(/1,tied/, '')).to.match(re);
      clean(el);
    });
  }

  it('src set then removed: back to the bundled results', async () => {
    const el = await mount(`<gov-rank-table src="/__test__/fixture?${unique()}"></gov-rank-table>`);
    expect(title(el)).to.contain('测试指数');
    await attr(el, 'src', null);
    expect(title(el)).to.contain('省级政府网上政务服务能力调查评估');
    expect(title(el)).not.to.contain('测试指数');
  });

  it('a valid timeout is used as given', async () => {
    const el = await mount(`<gov-rank-table timeout="5000" src="/__test__/fixture?delay=50&${unique()}"></gov-rank-table>`);
    expect(title(el)).to.contain('测试指数');
    clean(el);
  });

  // Was: gov-element.ts dataTask → load.ts attempt(): `timeout` is a Lit Number property, so
  // timeout="abc" is NaN and `opts.timeout ?? DEFAULT_TIMEOUT` keeps NaN: setTimeout(NaN) aborts at
  // once and the box says "数据加载超时 … 在 NaN 秒内没有响应" (event: "did not answer within NaN s").
  // timeout="" (0) and timeout="-1" also fail every request at once ("在 0 秒内没有响应").
  // Fix: use the default unless `Number.isFinite(t) && t > 0` (base, before loadResults and fetchGeometry).
  for (const t of ['abc', '', '-1']) {
    it(`timeout="${t}" falls back to the default 15 s and loads`, async () => {
      const el = await mount(`<gov-rank-table timeout="${t}" src="/__test__/fixture?delay=50&${unique()}"></gov-rank-table>`);
      expect(hasStatus(el)).to.equal(false);
      expect(title(el)).to.contain('测试指数');
      clean(el);
    });
  }
});
