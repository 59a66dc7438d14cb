/**
 * <gov-trend-sparkline> with the bundled data: one dot per edition with a value, the line broken
 * at a missing year, rank 1 on top, keyboard roving focus, tooltip, accessible name, states.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/sparkline.js';
import type { GovTrendSparkline } from '../../../src/define/sparkline.js';
import { nextEvent, settled, shadowText, unique } from '../helpers.js';

const subpaths = (el: Element) => (el.shadowRoot!.querySelector('[part="line"]')!.getAttribute('d')!.match(/M/g) ?? []).length;
const dots = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('circle[part="point"]')];
const svgOf = (el: Element) => el.shadowRoot!.querySelector('svg[part="svg"]')!;

async function sparkline(t: ReturnType<typeof html>): Promise<GovTrendSparkline> {
  const wrap = await fixture(html`<div style="width: 320px">${t}</div>`);
  const el = wrap.querySelector('gov-trend-sparkline') as GovTrendSparkline;
  await settled(el);
  await new Promise((r) => requestAnimationFrame(r));
  await el.updateComplete;
  return el;
}

describe('<gov-trend-sparkline>', () => {
  it('draws one dot per edition with a rank for 广东, in data-year order, and names the trend', async () => {
    const el = await sparkline(html`<gov-trend-sparkline region="广东"></gov-trend-sparkline>`);
    const d = dots(el);
    // 2017–2021 reports rank 广东; the 2022 report only lists it in a group.
    expect(d.map((c) => c.dataset.year)).to.deep.equal(['2016', '2017', '2018', '2019', '2020']);
    expect(subpaths(el)).to.equal(1);
    expect(svgOf(el).getAttribute('aria-label')).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
    expect(d.map((c) => c.getAttribute('aria-label'))).to.include('2019年 并列第1名');
    // Rank 1 at the top: the rank-9 dot is the lowest.
    const ys = d.map((c) => Number(c.getAttribute('cy')));
    expect(ys[0]).to.be.greaterThan(ys[1]!);
    expect(ys[1]).to.be.greaterThan(ys[2]!);
    expect(ys[2]).to.equal(ys[4]);
    expect(shadowText(el)).to.contain('第1名');
    expect(shadowText(el)).to.contain('缺少 2021年 的数据');
  });

  it('breaks the line at a missing year: 安徽 has no rank in the 2019 report', async () => {
    const el = await sparkline(html`<gov-trend-sparkline region="安徽"></gov-trend-sparkline>`);
    expect(dots(el).length).to.equal(3);
    expect(subpaths(el)).to.equal(2);
    expect(dots(el).map((c) => c.dataset.year)).to.deep.equal(['2017', '2019', '2020']);
  });

  it('fills its container width and takes its height from --gov-rank-sparkline-height', async () => {
    const el = await sparkline(html`<gov-trend-sparkline region="广东" style="--gov-rank-sparkline-height: 64px"></gov-trend-sparkline>`);
    const s = svgOf(el);
    expect(s.getAttribute('width')).to.equal('320');
    expect(s.getAttribute('height')).to.equal('64');
    (el.parentElement as HTMLElement).style.width = '200px';
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(svgOf(el).getAttribute('width')).to.equal('200');
    const xs = dots(el).map((c) => Number(c.getAttribute('cx')));
    expect(Math.max(...xs)).to.be.lessThan(200);
  });

  it('uses the city assessment for a city, and score with bands and markers', async () => {
    const city = await sparkline(html`<gov-trend-sparkline region="深圳" lang="en"></gov-trend-sparkline>`);
    expect(svgOf(city).getAttribute('aria-label')).to.equal('Shenzhen rank: 2018 No. 1 → 2020 No. 1');
    const score = await sparkline(html`<gov-trend-sparkline region="安徽" metric="score" bands markers></gov-trend-sparkline>`);
    expect(dots(score).length).to.equal(2);
    expect(score.shadowRoot!.querySelectorAll('[part="band"]').length).to.be.greaterThan(0);
    expect(score.shadowRoot!.querySelectorAll('[part="marker"]').length).to.equal(2);
    expect(svgOf(score).getAttribute('aria-label')).to.equal('安徽 得分：2019年 90.82 → 2020年 91.02');
  });

  it('is one tab stop; arrow keys, Home and End move focus between points and show the tooltip', async () => {
    const el = await sparkline(html`<gov-trend-sparkline region="广东"></gov-trend-sparkline>`);
    const d = dots(el);
    expect(d.filter((c) => c.getAttribute('tabindex') === '0').length).to.equal(1);
    expect(d[4]!.getAttribute('tabindex')).to.equal('0');
    d[4]!.focus();
    await el.updateComplete;
    let tip = el.shadowRoot!.querySelector('[part="tooltip"]');
    expect(tip?.textContent).to.match(/2020年\s*第1名/);
    const key = async (k: string) => {
      el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
    };
    await key('ArrowLeft');
    expect(el.shadowRoot!.activeElement).to.equal(dots(el)[3]);
    await key('Home');
    expect(el.shadowRoot!.activeElement).to.equal(dots(el)[0]);
    tip = el.shadowRoot!.querySelector('[part="tooltip"]');
    expect(tip?.textContent).to.match(/2016年\s*第9名/);
    expect(tip?.textContent).to.contain('2017年报告');
    await key('ArrowLeft');
    expect(el.shadowRoot!.activeElement).to.equal(dots(el)[0]);
    await key('End');
    expect(el.shadowRoot!.activeElement).to.equal(dots(el)[4]);
    expect(dots(el).filter((c) => c.getAttribute('tabindex') === '0')).to.deep.equal([dots(el)[4]]);
  });

  it('shows the tooltip on hover', async () => {
    const el = await sparkline(html`<gov-trend-sparkline region="广东"></gov-trend-sparkline>`);
    const c = dots(el)[1]!.getBoundingClientRect();
    svgOf(el).dispatchEvent(new PointerEvent('pointermove', { clientX: c.x + c.width / 2, clientY: c.y, bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')?.textContent).to.match(/2017年\s*第4名/);
    svgOf(el).dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).to.equal(null);
  });

  it('shows a readable no-data state for an unknown region and fires gov-error', async () => {
    const wrap = await fixture(html`<div></div>`);
    const el = document.createElement('gov-trend-sparkline');
    el.setAttribute('region', '火星');
    const ev = nextEvent<{ kind: string }>(el, 'gov-error');
    wrap.append(el);
    expect((await ev).detail.kind).to.equal('no-data');
    await settled(el);
    expect(shadowText(el)).to.contain('未知地区“火星”');
    await expect(el).to.be.accessible();
  });

  it('says so when the region has no value in any edition', async () => {
    const one = await sparkline(html`<gov-trend-sparkline region="西藏" metric="score" lang="en"></gov-trend-sparkline>`);
    expect(dots(one).length).to.equal(1);
    expect(svgOf(one).getAttribute('aria-label')).to.equal('Xizang score: 2019 76.28');
    const none = await sparkline(html`<gov-trend-sparkline region="香港" lang="en"></gov-trend-sparkline>`);
    expect(shadowText(none)).to.contain('Nothing to show');
    expect(shadowText(none)).to.contain('Hong Kong rank: No data');
  });

  it('keeps its final height while loading, and is accessible loading, loaded and failed', async () => {
    const loading = await fixture<GovTrendSparkline>(
      html`<gov-trend-sparkline region="广东" src=${`/__test__/fixture?file=results.json&delay=2000&${unique()}`}></gov-trend-sparkline>`,
    );
    await loading.updateComplete;
    expect(loading.getBoundingClientRect().height).to.equal(40);
    expect(loading.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('status');
    await expect(loading).to.be.accessible();
    const loaded = await sparkline(html`<gov-trend-sparkline region="广东" markers></gov-trend-sparkline>`);
    expect(loaded.getBoundingClientRect().height).to.equal(40);
    await expect(loaded).to.be.accessible();
    const failed = await fixture<GovTrendSparkline>(
      html`<gov-trend-sparkline region="广东" src=${`/__test__/status?code=404&${unique()}`}></gov-trend-sparkline>`,
    );
    await settled(failed);
    expect(shadowText(failed)).to.contain('HTTP 404');
    await expect(failed).to.be.accessible();
  });

  it('never shows NaN or undefined, in either language', async () => {
    for (const lang of ['zh-CN', 'en']) {
      for (const region of ['广东', '安徽', '北京', '深圳', '福州']) {
        for (const metric of ['rank', 'score']) {
          const el = await sparkline(
            html`<gov-trend-sparkline region=${region} metric=${metric} lang=${lang} markers bands></gov-trend-sparkline>`,
          );
          const all = [
            shadowText(el),
            ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value)),
          ].join(' ');
          expect(all, `${region} ${metric} ${lang}`).not.to.match(/NaN|undefined|null/);
        }
      }
    }
  });
});
