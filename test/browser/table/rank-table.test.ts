/**
 * <gov-rank-table> with the bundled data: a real table with a caption, ties marked, sorting by
 * every column with aria-sort, missing values last, highlight, limit, trend column, footnote,
 * sideways scrolling, states.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/table.js';
import type { GovRankTable } from '../../../src/define/table.js';
import {
  $,
  $$,
  tableNames as names,
  tableColumn as col,
  tableSortState as sortState,
  nextEvent,
  settled,
  shadowText,
  unique,
} from '../helpers.js';

async function table(t: ReturnType<typeof html>, width = 720): Promise<GovRankTable> {
  const wrap = await fixture(html`<div style=${`width: ${width}px`}>${t}</div>`);
  const el = wrap.querySelector('gov-rank-table') as GovRankTable;
  await settled(el);
  return el;
}
async function clickHeader(el: GovRankTable, label: RegExp) {
  const button = $$(el, 'thead th button').find((b) => label.test(b.textContent!)) as HTMLButtonElement;
  expect(button, `header ${label}`).to.exist;
  button.click();
  await el.updateComplete;
}

describe('<gov-rank-table>', () => {
  it('shows the 2020 provincial ranking as a real table with a caption and marks the tie at 1', async () => {
    const el = await table(html`<gov-rank-table></gov-rank-table>`);
    expect($(el, 'table > caption')!.textContent).to.match(/省级政府网上政务服务能力调查评估\s*2020年报告（2019年数据）/);
    expect($$(el, 'tbody tr').length).to.equal(32);
    expect(names(el).slice(0, 3)).to.deep.equal(['浙江', '广东', '上海']);
    const ranks = col(el, 'rank');
    expect(ranks.slice(0, 3)).to.deep.equal(['1（并列）', '1（并列）', '2']);
    expect(ranks[3]).to.equal('3（并列）');
    expect($$(el, 'thead th').map((th) => th.textContent!.replace(/[▲▼↕\s]/g, ''))).to.deep.equal(['排名', '地区', '得分', '等级']);
    expect(sortState(el)).to.deep.equal(['ascending', null, null, null]);
    // Complete edition: no "partial" note, sources as links.
    expect($(el, '.footnote')!.textContent).to.contain('完整名单');
    expect($$(el, '.footnote a').length).to.be.greaterThan(0);
  });

  it('marks ties as "=1" in English with words for screen readers', async () => {
    const el = await table(html`<gov-rank-table lang="en"></gov-rank-table>`);
    const cell = $(el, 'tbody td.rank')!;
    expect(cell.querySelector('[aria-hidden="true"]')!.textContent).to.equal('=1');
    expect(cell.querySelector('.sr-only')!.textContent).to.equal('1, tied');
    expect(col(el, 'rank')[2]).to.equal('2');
  });

  it('sorts by each column from its header button, with aria-sort, missing values always last', async () => {
    const el = await table(html`<gov-rank-table></gov-rank-table>`);
    // Score: highest first; the corps (no score) last.
    await clickHeader(el, /得分/);
    expect(sortState(el)).to.deep.equal([null, null, 'descending', null]);
    let scores = col(el, 'score');
    expect(scores[0]).to.equal('96.73');
    expect(names(el).at(-1)).to.equal('兵团');
    expect(scores.at(-1)).to.equal('—无数据');
    expect(scores.at(-2)).to.equal('74.07');
    await clickHeader(el, /得分/);
    expect(sortState(el)).to.deep.equal([null, null, 'ascending', null]);
    scores = col(el, 'score');
    expect(scores[0]).to.equal('74.07');
    expect(names(el).at(-1)).to.equal('兵团');
    // Region: pinyin order.
    await clickHeader(el, /地区/);
    expect(sortState(el)).to.deep.equal([null, 'ascending', null, null]);
    expect(names(el).slice(0, 3)).to.deep.equal(['安徽', '北京', '兵团']);
    await clickHeader(el, /地区/);
    expect(sortState(el)).to.deep.equal([null, 'descending', null, null]);
    expect(names(el)[0]).to.equal('浙江');
    // Tier: best first, then reversed.
    await clickHeader(el, /等级/);
    expect(sortState(el)).to.deep.equal([null, null, null, 'ascending']);
    expect(col(el, 'tier')[0]).to.equal('非常高');
    expect(col(el, 'tier').at(-1)).to.equal('中');
    await clickHeader(el, /等级/);
    expect(col(el, 'tier')[0]).to.equal('中');
    // Rank: back to 1 first, then descending with the ties.
    await clickHeader(el, /排名/);
    expect(sortState(el)).to.deep.equal(['ascending', null, null, null]);
    expect(names(el)[0]).to.equal('浙江');
    await clickHeader(el, /排名/);
    expect(sortState(el)).to.deep.equal(['descending', null, null, null]);
    expect(names(el)[0]).to.equal('新疆');
    expect(shadowText(el)).to.contain('按排名降序排列');
  });

  it('keeps unranked rows last whichever way rank is sorted (2019 report: 上海 and 安徽 have no rank)', async () => {
    const el = await table(html`<gov-rank-table year="2019"></gov-rank-table>`);
    expect(names(el).slice(-2)).to.deep.equal(['上海', '安徽']);
    await clickHeader(el, /排名/);
    expect(sortState(el)[0]).to.equal('descending');
    expect(names(el)[0]).to.equal('福建');
    expect(names(el).slice(-2)).to.deep.equal(['上海', '安徽']);
    // Partial edition: caption and footnote say so.
    expect($(el, 'caption')!.textContent).to.contain('部分名单');
    expect($(el, '.footnote .partial')!.textContent).to.match(/^这是部分名单：5个省份有名次/);
    // No scores in this edition: no score column.
    expect($$(el, 'thead th').map((th) => th.textContent!.replace(/[▲▼↕\s]/g, ''))).to.deep.equal(['排名', '地区', '等级']);
  });

  it('limits to the top N and says so; highlights regions', async () => {
    const el = await table(html`<gov-rank-table limit="5" highlight="广东, Shanghai ,CN-ZJ"></gov-rank-table>`);
    expect($$(el, 'tbody tr').length).to.equal(5);
    expect($(el, '.footnote')!.textContent).to.contain('显示排名前 5 个，共 32 个。');
    const hl = $$(el, 'tbody tr.hl').map((tr) => tr.getAttribute('data-region'));
    expect(hl).to.deep.equal(['330000', '440000', '310000']);
    expect($$(el, 'tbody tr[part~="highlighted"]').length).to.equal(3);
    expect($(el, 'tr.hl th .sr-only')!.textContent).to.equal('（突出显示）');
  });

  it('draws a trend sparkline per row with the shared geometry (gaps kept)', async () => {
    const el = await table(html`<gov-rank-table trend limit="8"></gov-rank-table>`);
    const svgs = $$(el, 'tbody svg[part="trend"]');
    expect(svgs.length).to.equal(8);
    const gd = $(el, 'tr[data-region="440000"] svg')!;
    expect(gd.getAttribute('role')).to.equal('img');
    expect(gd.getAttribute('aria-label')).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
    expect(gd.querySelectorAll('circle').length).to.equal(5);
    expect(gd.querySelectorAll('circle.now').length).to.equal(1);
    const ah = $(el, 'tr[data-region="340000"] svg')!;
    expect(ah.querySelectorAll('circle').length).to.equal(3);
    expect((ah.querySelector('path')!.getAttribute('d')!.match(/M/g) ?? []).length).to.equal(2);
    expect($$(el, 'thead th').at(-1)!.textContent!.trim()).to.equal('排名趋势');
  });

  it('picks the city assessment with level="city" and a group column for a membership list', async () => {
    const el = await table(html`<gov-rank-table level="city" lang="en"></gov-rank-table>`);
    expect($(el, 'caption')!.textContent).to.contain('key cities');
    expect(names(el)[0]).to.equal('Shenzhen');
    const g = await table(html`<gov-rank-table year="2022"></gov-rank-table>`);
    // 山东 (非常高, from the second search) leads; the six named as leading follow with their group.
    expect(col(g, 'group').filter((x) => x === '保持全国领先水平').length).to.equal(6);
    expect($(g, '.footnote .partial')).to.exist;
  });

  it('scrolls sideways in a narrow container: a focusable, named region', async () => {
    const wide = await table(html`<gov-rank-table trend></gov-rank-table>`, 900);
    await new Promise((r) => setTimeout(r, 100));
    expect($(wide, '.scroll')!.hasAttribute('tabindex')).to.equal(false);
    const el = await table(html`<gov-rank-table trend></gov-rank-table>`, 240);
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    const box = $(el, '.scroll') as HTMLElement;
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    expect(box.getAttribute('tabindex')).to.equal('0');
    expect(box.getAttribute('role')).to.equal('region');
    expect(box.getAttribute('aria-labelledby')).to.equal('caption');
    expect(el.getBoundingClientRect().width).to.be.at.most(240);
    // The visible title stays outside the scroll box, within the container.
    const title = $(el, '[part="title"]') as HTMLElement;
    expect(box.contains(title)).to.equal(false);
    expect(title.getBoundingClientRect().width).to.be.at.most(240);
    await expect(el).to.be.accessible();
  });

  it('shows no-data for a missing year and fires gov-error', async () => {
    const wrap = await fixture(html`<div></div>`);
    const el = document.createElement('gov-rank-table');
    el.setAttribute('year', '2005');
    el.lang = 'en';
    const ev = nextEvent<{ kind: string }>(el, 'gov-error');
    wrap.append(el);
    expect((await ev).detail.kind).to.equal('no-data');
    await settled(el);
    expect(shadowText(el)).to.contain('No results for 2005');
    await expect(el).to.be.accessible();
    const empty = await table(html`<gov-rank-table assessment="cstc-digital-government-province" year="2023"></gov-rank-table>`);
    expect(shadowText(empty)).to.contain('2023年的评估没有可列出的结果：没有逐个地区的结果');
  });

  it('reserves its size while loading and is accessible loading, loaded and failed', async () => {
    const loading = await fixture<GovRankTable>(
      html`<gov-rank-table limit="5" src=${`/__test__/fixture?file=results.json&delay=2000&${unique()}`}></gov-rank-table>`,
    );
    await loading.updateComplete;
    expect(loading.getBoundingClientRect().height).to.be.greaterThan(200);
    await expect(loading).to.be.accessible();
    for (const t of [
      html`<gov-rank-table trend highlight="广东"></gov-rank-table>`,
      html`<gov-rank-table year="2019" lang="en" trend="score"></gov-rank-table>`,
    ]) {
      const loaded = await table(t);
      await expect(loaded).to.be.accessible();
    }
    const failed = await table(html`<gov-rank-table src=${`/__test__/text?${unique()}`}></gov-rank-table>`);
    expect(shadowText(failed)).to.contain('不是有效的 JSON');
    await expect(failed).to.be.accessible();
  });

  it('never shows NaN or undefined for any edition, in either language', async () => {
    const editions: [string, number][] = [
      ['cps-online-service-province', 2017],
      ['cps-online-service-province', 2019],
      ['cps-online-service-province', 2020],
      ['cps-online-service-province', 2021],
      ['cps-online-service-province', 2022],
      ['cps-online-service-city', 2020],
      ['cstc-digital-government-province', 2019],
      ['cstc-website-province', 2018],
      ['tsinghua-website-province', 2021],
    ];
    for (const lang of ['zh-CN', 'en']) {
      for (const [a, y] of editions) {
        const el = await table(html`<gov-rank-table assessment=${a} year=${y} lang=${lang} trend></gov-rank-table>`);
        const attrs = $$(el, '*').flatMap((n) => [...n.attributes].map((x) => x.value));
        expect([shadowText(el), ...attrs].join(' '), `${a} ${y} ${lang}`).not.to.match(/NaN|undefined|\[object/);
        expect($$(el, 'tbody tr').length, `${a} ${y}`).to.be.greaterThan(0);
      }
    }
  });
});
