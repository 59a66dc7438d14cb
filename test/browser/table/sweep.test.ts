/**
 * Sweep of <gov-rank-table> and <gov-trend-sparkline> with data nobody tried: ties, missing
 * ranks / scores / tiers, group-only rows, custom tier order, limits through ties, rank order
 * that contradicts the scores, trend gaps, one-point and hundred-point series, extreme scores,
 * flat ranks, tall and short charts, keyboard, both languages.
 *
 * Assertions compare strings, numbers and booleans only (a failing chai assertion on a DOM node
 * stalls the runner). Each `// Was:` note records what the library did before the fix the test guards.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define/table.js';
import '../../../src/define/sparkline.js';
import type { GovRankTable } from '../../../src/define/table.js';
import { $, $$, tableNames as names, tableColumn as col, tableSortState as sortState, settled, shadowText } from '../helpers.js';
import { assessment, edition, resultsFile } from '../shared/results-builder.js';

type Json = any;
const SRC = [{ url: 'https://example.org/report' }];

// ---------------------------------------------------------------------------------------------
// Table data
// ---------------------------------------------------------------------------------------------

/**
 * Tiers in a custom order (best first, ids deliberately not alphabetical). The 2020 edition
 * (2019 data) in a scrambled file order:
 *   rank 1 北京 90 gold · rank 2 上海 80 silver · rank 3 (tied ×3) 广东 70 silver, 浙江 70 silver,
 *   江苏 75 bronze · rank 6 福建 85 (no tier; score contradicts rank) · rank 8 山东 (no score) gold ·
 *   no rank: 安徽 60 bronze · 河南 group only.
 */
function tableFile(): Json {
  return resultsFile({
    assessments: [
      assessment({
        id: 'sweep-table',
        name: { 'zh-CN': '测试排名', en: 'Sweep ranking' },
        publisher: 'Test',
        tiers: [
          { id: 'gold', name: { 'zh-CN': '金', en: 'Gold' } },
          { id: 'silver', name: { 'zh-CN': '银', en: 'Silver' } },
          { id: 'bronze', name: { 'zh-CN': '铜', en: 'Bronze' } },
        ],
        editions: [
          edition(
            2020,
            [
              { region: '安徽', score: 60, tier: 'bronze' },
              { region: '浙江', score: 70, tier: 'silver', rank: 3 },
              { region: '河南', group: { 'zh-CN': '其他', en: 'Others' } },
              { region: '山东', tier: 'gold', rank: 8 },
              { region: '北京', score: 90, tier: 'gold', rank: 1 },
              { region: '福建', score: 85, rank: 6 },
              { region: '江苏', score: 75, tier: 'bronze', rank: 3 },
              { region: '上海', score: 80, tier: 'silver', rank: 2 },
              { region: '广东', score: 70, tier: 'silver', rank: 3 },
            ],
            { dataYear: 2019, sources: SRC, completeness: { 'zh-CN': '只列出9个省份', en: 'Only 9 provinces listed' } },
          ),
          // Trend history: 广东 in 2016, 2017 and 2019 (2018 a gap); 上海 only in 2020.
          edition(2018, [{ region: '北京', rank: 1 }], { sources: SRC }),
          edition(
            2017,
            [
              { region: '广东', rank: 5 },
              { region: '北京', rank: 2 },
            ],
            { sources: SRC },
          ),
          edition(2016, [{ region: '广东', rank: 4 }], { sources: SRC }),
        ],
      }),
    ],
  });
}

async function mountTable(data: Json, attrs: Record<string, string> = {}, lang = 'zh-CN', width = 720): Promise<GovRankTable> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style=${`width: ${width}px`}></div>`);
  const el = document.createElement('gov-rank-table') as GovRankTable;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = data;
  wrap.append(el);
  await settled(el);
  return el;
}

const headers = (el: Element) => $$(el, 'thead th').map((th) => th.textContent!.replace(/[▲▼↕\s]/g, ''));
const announce = (el: Element) => ($(el, '[role="status"]')?.textContent ?? '').trim();

async function clickHeader(el: GovRankTable, label: RegExp): Promise<void> {
  const button = $$(el, 'thead th button').find((b) => label.test(b.textContent!)) as HTMLButtonElement | undefined;
  expect(button !== undefined, `header ${label}`).to.equal(true);
  button!.click();
  await el.updateComplete;
}

/** The ranking breaks equal ranks by score (江苏 75 before 浙江 70), then file order (浙江, 广东). */
const RANK_ORDER = ['北京', '上海', '江苏', '浙江', '广东', '福建', '山东', '安徽', '河南'];

describe('table-sparkline sweep: <gov-rank-table> sorting', () => {
  it('starts in ranking order: rank, then rows without rank (score, then nothing) last; ties marked', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    expect(names(el)).to.deep.equal(RANK_ORDER);
    expect(col(el, 'rank')).to.deep.equal(['1', '2', '3（并列）', '3（并列）', '3（并列）', '6', '8', '—无数据', '—无数据']);
    expect(headers(el)).to.deep.equal(['排名', '地区', '得分', '等级', '分组']);
    expect(sortState(el)).to.deep.equal(['ascending', null, null, null, null]);
    expect(col(el, 'group')).to.deep.equal([
      '—无数据',
      '—无数据',
      '—无数据',
      '—无数据',
      '—无数据',
      '—无数据',
      '—无数据',
      '—无数据',
      '其他',
    ]);
  });

  it('rank: descending keeps ties in ranking order and unranked rows last; back to ascending', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /排名/);
    expect(sortState(el)).to.deep.equal(['descending', null, null, null, null]);
    expect(names(el)).to.deep.equal(['山东', '福建', '江苏', '浙江', '广东', '上海', '北京', '安徽', '河南']);
    expect(announce(el)).to.equal('按排名降序排列');
    await clickHeader(el, /排名/);
    expect(sortState(el)).to.deep.equal(['ascending', null, null, null, null]);
    expect(names(el)).to.deep.equal(RANK_ORDER);
    expect(announce(el)).to.equal('按排名升序排列');
  });

  it('rank sort follows rank even where the scores disagree (福建 85 ranked 6th below 江苏 75)', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /得分/);
    await clickHeader(el, /排名/);
    expect(sortState(el)[0]).to.equal('ascending');
    const n = names(el);
    expect(n.indexOf('江苏')).to.be.lessThan(n.indexOf('福建'));
    expect(n.indexOf('上海')).to.be.lessThan(n.indexOf('福建'));
  });

  it('score: descending first, ascending second, missing scores last both ways, ties in ranking order', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /得分/);
    expect(sortState(el)).to.deep.equal([null, null, 'descending', null, null]);
    expect(names(el)).to.deep.equal(['北京', '福建', '上海', '江苏', '浙江', '广东', '安徽', '山东', '河南']);
    expect(col(el, 'score')).to.deep.equal(['90', '85', '80', '75', '70', '70', '60', '—无数据', '—无数据']);
    expect(announce(el)).to.equal('按得分降序排列');
    await clickHeader(el, /得分/);
    expect(sortState(el)).to.deep.equal([null, null, 'ascending', null, null]);
    expect(names(el)).to.deep.equal(['安徽', '浙江', '广东', '江苏', '上海', '福建', '北京', '山东', '河南']);
    expect(announce(el)).to.equal('按得分升序排列');
    await clickHeader(el, /得分/);
    expect(sortState(el)[2]).to.equal('descending');
    expect(names(el)[0]).to.equal('北京');
  });

  it('tier: the assessment order (not alphabetical), reversed on the second press, missing tiers last', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /等级/);
    expect(sortState(el)).to.deep.equal([null, null, null, 'ascending', null]);
    expect(names(el)).to.deep.equal(['北京', '山东', '上海', '浙江', '广东', '江苏', '安徽', '福建', '河南']);
    expect(col(el, 'tier')).to.deep.equal(['金', '金', '银', '银', '银', '铜', '铜', '—无数据', '—无数据']);
    expect(announce(el)).to.equal('按等级升序排列');
    await clickHeader(el, /等级/);
    expect(sortState(el)).to.deep.equal([null, null, null, 'descending', null]);
    expect(names(el)).to.deep.equal(['江苏', '安徽', '上海', '浙江', '广东', '北京', '山东', '福建', '河南']);
    await clickHeader(el, /等级/);
    expect(names(el)).to.deep.equal(['北京', '山东', '上海', '浙江', '广东', '江苏', '安徽', '福建', '河南']);
  });

  it('region: pinyin order in Chinese, alphabetical in English, reversed on the second press', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /地区/);
    expect(sortState(el)).to.deep.equal([null, 'ascending', null, null, null]);
    const asc = ['安徽', '北京', '福建', '广东', '河南', '江苏', '山东', '上海', '浙江'];
    expect(names(el)).to.deep.equal(asc);
    expect(announce(el)).to.equal('按地区升序排列');
    await clickHeader(el, /地区/);
    expect(sortState(el)).to.deep.equal([null, 'descending', null, null, null]);
    expect(names(el)).to.deep.equal([...asc].reverse());

    const en = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' }, 'en');
    expect(headers(en)).to.deep.equal(['Rank', 'Region', 'Score', 'Tier', 'Group']);
    await clickHeader(en, /Region/);
    expect(names(en)).to.deep.equal(['Anhui', 'Beijing', 'Fujian', 'Guangdong', 'Henan', 'Jiangsu', 'Shandong', 'Shanghai', 'Zhejiang']);
    expect(announce(en)).to.equal('Sorted by region, ascending');
    await clickHeader(en, /Region/);
    expect(names(en)[0]).to.equal('Zhejiang');
    expect(announce(en)).to.equal('Sorted by region, descending');
  });

  it('English: announcements for every column, aria-sort on one header at a time, ties as "=3"', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' }, 'en');
    expect(col(el, 'rank').slice(2, 5)).to.deep.equal(['=33, tied', '=33, tied', '=33, tied']);
    const steps: [RegExp, string, (string | null)[]][] = [
      [/Score/, 'Sorted by score, descending', [null, null, 'descending', null, null]],
      [/Score/, 'Sorted by score, ascending', [null, null, 'ascending', null, null]],
      [/Tier/, 'Sorted by tier, ascending', [null, null, null, 'ascending', null]],
      [/Tier/, 'Sorted by tier, descending', [null, null, null, 'descending', null]],
      [/Rank/, 'Sorted by rank, ascending', ['ascending', null, null, null, null]],
      [/Rank/, 'Sorted by rank, descending', ['descending', null, null, null, null]],
      [/Region/, 'Sorted by region, ascending', [null, 'ascending', null, null, null]],
    ];
    for (const [label, text, state] of steps) {
      await clickHeader(el, label);
      expect(announce(el), String(label)).to.equal(text);
      expect(sortState(el), String(label)).to.deep.equal(state);
      // The status region is polite and inside the element.
      expect($(el, '[role="status"]')!.className).to.contain('sr-only');
    }
    // The unsorted headers carry no aria-sort at all (not "none"): exactly one attribute.
    expect($$(el, 'thead th[aria-sort]').length).to.equal(1);
    // The group column has no sort button.
    expect($$(el, 'thead th').map((th) => th.querySelector('button') !== null)).to.deep.equal([true, true, true, true, false]);
  });

  it('bundled 2020 data: 安徽 (90.82) ranked above 福建 (91.11): rank sort follows rank, score sort follows score', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 720px"><gov-rank-table year="2020"></gov-rank-table></div>`);
    const el = wrap.querySelector('gov-rank-table') as GovRankTable;
    await settled(el);
    const pos = (): [number, number] => [names(el).indexOf('安徽'), names(el).indexOf('福建')];
    let [ah, fj] = pos();
    expect(ah >= 0 && fj >= 0).to.equal(true);
    expect(ah).to.be.lessThan(fj);
    await clickHeader(el, /得分/);
    [ah, fj] = pos();
    expect(fj).to.be.lessThan(ah);
    await clickHeader(el, /排名/);
    expect(sortState(el)[0]).to.equal('ascending');
    [ah, fj] = pos();
    expect(ah).to.be.lessThan(fj);
    await clickHeader(el, /排名/);
    expect(sortState(el)[0]).to.equal('descending');
    [ah, fj] = pos();
    expect(fj).to.be.lessThan(ah);
  });

  it('score 0 is a score (not missing) and sorts as the lowest', async () => {
    const f = tableFile();
    f.assessments[0].editions[0].results.push({ region: '湖南', score: 0, rank: 9 });
    const el = await mountTable(f, { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /得分/);
    const n = names(el);
    expect(n.slice(-3)).to.deep.equal(['湖南', '山东', '河南']);
    expect(col(el, 'score').at(-3)).to.equal('0');
    await clickHeader(el, /得分/);
    expect(names(el)[0]).to.equal('湖南');
  });
});

describe('table-sparkline sweep: <gov-rank-table> limit, highlight, footnote', () => {
  it('limit=3 through a three-way tie at 3 shows exactly the first 3 rows (as documented) and says so', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020', limit: '3' });
    expect(names(el)).to.deep.equal(['北京', '上海', '江苏']);
    expect(col(el, 'rank')).to.deep.equal(['1', '2', '3（并列）']);
    expect($(el, '.footnote')!.textContent).to.contain('显示排名前 3 个，共 9 个。');
    // Sorting reorders those 3 only: 福建 (85) is not pulled in.
    await clickHeader(el, /得分/);
    expect(names(el)).to.deep.equal(['北京', '上海', '江苏']);
    await clickHeader(el, /得分/);
    expect(names(el)).to.deep.equal(['江苏', '上海', '北京']);
    const en = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020', limit: '3' }, 'en');
    expect($(en, '.footnote')!.textContent).to.contain('Showing the top 3 of 9.');
  });

  it('limit above the row count shows every row and no limit note', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020', limit: '50' });
    expect(names(el).length).to.equal(9);
    expect($(el, '.footnote')!.textContent).not.to.contain('显示排名前');
  });

  // Was: limit="0.5" (a fraction below 1) is floored to 0 and the table shows no row at all, with
  // the footnote "显示排名前 0 个，共 9 个。"; limit="0" and limit="-1" show every row instead.
  it('a fractional limit below 1 never empties the table', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020', limit: '0.5' });
    expect(names(el).length).to.be.greaterThan(0);
    expect($(el, '.footnote')!.textContent).not.to.contain('显示排名前 0 个');
  });

  it('highlight: a region beyond the limit gets no row; one within is marked in either sort', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020', limit: '3', highlight: '福建、上海' });
    expect(names(el)).to.not.include('福建');
    expect($$(el, 'tbody tr.hl').map((tr) => tr.getAttribute('data-region'))).to.deep.equal(['310000']);
    await clickHeader(el, /得分/);
    await clickHeader(el, /得分/);
    expect($$(el, 'tbody tr').map((tr) => tr.classList.contains('hl'))).to.deep.equal([false, true, false]);
    expect($(el, 'tr.hl th .sr-only')!.textContent).to.equal('（突出显示）');
  });

  it('partial edition: caption and footnote say partial, in both languages', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    expect($(el, 'caption')!.textContent!.replace(/\s+/g, ' ')).to.contain('2020年报告（2019年数据） · 部分名单');
    expect($(el, '.footnote .partial')!.textContent).to.equal('这是部分名单：只列出9个省份');
    expect($(el, '[part="title"]')!.getAttribute('aria-hidden')).to.equal('true');
    const en = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' }, 'en');
    expect($(en, 'caption')!.textContent!.replace(/\s+/g, ' ')).to.contain('2020 report (2019 data) · Partial list');
    expect($(en, '.footnote .partial')!.textContent).to.equal('This is a partial list: Only 9 provinces listed');
    // The complete-list wording never appears on a partial list.
    expect(shadowText(en)).not.to.contain('Complete list');
  });

  // Was: a partial edition without `completeness` gets the footnote "这是部分名单：部分名单" /
  // "This is a partial list: Partial list" (the fallback repeats the label after the colon).
  it('partial edition without completeness text says partial once, not "部分名单：部分名单"', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2017' }, lang);
      const p = $(el, '.footnote .partial')!.textContent!;
      expect(/部分名单|partial list/i.test(p), lang).to.equal(true);
      expect((p.match(/部分名单|partial list/gi) ?? []).length, p).to.equal(1);
    }
  });
});

describe('table-sparkline sweep: <gov-rank-table> trend column', () => {
  it('draws gaps, one-edition regions and the current edition ring; labels never say NaN', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020', trend: '' });
    expect(headers(el).at(-1)).to.equal('排名趋势');
    const gd = $(el, 'tr[data-region="440000"] svg')!;
    // 2016, 2017, (2018 gap), 2019: three dots, two runs.
    expect(gd.querySelectorAll('circle').length).to.equal(3);
    expect((gd.querySelector('path')!.getAttribute('d')!.match(/M/g) ?? []).length).to.equal(2);
    expect(gd.getAttribute('aria-label')).to.equal('广东 排名：2016年 第4名 → 2019年 并列第3名');
    expect(gd.querySelectorAll('circle.now').length).to.equal(1);
    // 上海: only in the current edition: a lone point (M…Z), centred nowhere special but inside.
    const sh = $(el, 'tr[data-region="310000"] svg')!;
    expect(sh.querySelectorAll('circle').length).to.equal(1);
    expect(sh.querySelector('path')!.getAttribute('d')!).to.match(/^M[\d.]+,[\d.]+Z$/);
    expect(sh.getAttribute('aria-label')).to.equal('上海 排名：2019年 第2名');
    // 河南 (group only) and 安徽 (no rank): no dot, "no data" name.
    for (const code of ['410000', '340000']) {
      const s = $(el, `tr[data-region="${code}"] svg`)!;
      expect(s.querySelectorAll('circle').length, code).to.equal(0);
      expect(s.getAttribute('aria-label')!.endsWith('排名：无数据'), code).to.equal(true);
    }
    // Every dot inside its 88×22 box (the current point has the larger radius).
    for (const c of $$(el, 'tbody svg circle')) {
      const cx = Number(c.getAttribute('cx'));
      const cy = Number(c.getAttribute('cy'));
      const r = Number(c.getAttribute('r'));
      expect(cx - r >= 0 && cx + r <= 88 && cy - r >= 0 && cy + r <= 22, `${cx},${cy},${r}`).to.equal(true);
    }
    const attrs = $$(el, '*').flatMap((n) => [...n.attributes].map((x) => x.value));
    expect([shadowText(el), ...attrs].join(' ')).not.to.match(/NaN|undefined|Infinity/);
  });

  it('trend="score" in English: rows without a score have an empty chart named "No data"', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020', trend: 'score' }, 'en');
    expect(headers(el).at(-1)).to.equal('Scoretrend');
    expect($(el, 'tr[data-region="110000"] svg')!.getAttribute('aria-label')).to.equal('Beijing score: 2019 90');
    expect($(el, 'tr[data-region="370000"] svg')!.getAttribute('aria-label')).to.equal('Shandong score: No data');
    // Sorting keeps each chart on its own row.
    await clickHeader(el, /Score/);
    expect($$(el, 'tbody tr').map((tr) => tr.querySelector('svg')!.getAttribute('aria-label')!.split(' ')[0])).to.deep.equal(names(el));
  });
});

describe('table-sparkline sweep: <gov-rank-table> keyboard and data changes', () => {
  it('sort buttons are reached by Tab and pressed with Enter and Space; focus stays on the button', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 720px"><button id="before">before</button></div>`);
    const el = document.createElement('gov-rank-table') as GovRankTable;
    el.setAttribute('assessment', 'sweep-table');
    el.setAttribute('year', '2020');
    el.data = tableFile();
    wrap.append(el);
    await settled(el);
    (wrap.querySelector('#before') as HTMLButtonElement).focus();
    const focused = () => (el.shadowRoot!.activeElement?.textContent ?? '').replace(/[▲▼↕\s]/g, '');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('排名');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('地区');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortState(el)[1]).to.equal('ascending');
    expect(names(el)[0]).to.equal('安徽');
    expect(focused()).to.equal('地区');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('得分');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(sortState(el)[2]).to.equal('descending');
    expect(names(el)[0]).to.equal('北京');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(sortState(el)[2]).to.equal('ascending');
    await sendKeys({ press: 'Tab' });
    expect(focused()).to.equal('等级');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sortState(el)[3]).to.equal('ascending');
    expect(announce(el)).to.equal('按等级升序排列');
  });

  it('a new data object while sorted by score keeps the sort and re-sorts the new rows', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /得分/);
    expect(names(el)[0]).to.equal('北京');
    const f = tableFile();
    f.assessments[0].editions[0].results = [
      { region: '北京', score: 50, rank: 1 },
      { region: '四川', score: 99, rank: 2 },
      { region: '重庆', rank: 3 },
      { region: '湖北', score: 75, rank: 4 },
    ];
    el.data = f;
    await settled(el);
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['排名', '地区', '得分']);
    expect(sortState(el)).to.deep.equal([null, null, 'descending']);
    expect(names(el)).to.deep.equal(['四川', '湖北', '北京', '重庆']);
    await clickHeader(el, /得分/);
    expect(names(el)).to.deep.equal(['北京', '湖北', '四川', '重庆']);
  });

  it('a language switch keeps the sort and re-words headers and rows', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /得分/);
    el.lang = 'en';
    await settled(el);
    await el.updateComplete;
    expect(headers(el)).to.deep.equal(['Rank', 'Region', 'Score', 'Tier', 'Group']);
    expect(sortState(el)).to.deep.equal([null, null, 'descending', null, null]);
    expect(names(el)).to.deep.equal(['Beijing', 'Fujian', 'Shanghai', 'Jiangsu', 'Zhejiang', 'Guangdong', 'Anhui', 'Shandong', 'Henan']);
  });

  // Was: the polite sort status keeps the old language after a language switch: sorted in
  // Chinese, then lang="en", the live region still holds "按得分降序排列".
  it('the sort status follows a language switch', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /得分/);
    el.lang = 'en';
    await settled(el);
    await el.updateComplete;
    expect(announce(el)).not.to.match(/[\u4e00-\u9fff]/);
  });

  // Was: when new data drops the sorted column (no scores any more), no header carries aria-sort
  // although the rows are in ranking order: the hidden sort key 'score' stays active.
  it('a data change that removes the sorted column leaves a header marked sorted', async () => {
    const el = await mountTable(tableFile(), { assessment: 'sweep-table', year: '2020' });
    await clickHeader(el, /得分/);
    const f = tableFile();
    f.assessments[0].editions[0].results = [
      { region: '北京', rank: 2 },
      { region: '四川', rank: 1 },
    ];
    el.data = f;
    await settled(el);
    expect(headers(el)).to.deep.equal(['排名', '地区']);
    expect(names(el)).to.deep.equal(['四川', '北京']);
    expect($$(el, 'thead th[aria-sort]').length).to.equal(1);
  });
});
