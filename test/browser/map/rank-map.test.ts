/**
 * <gov-rank-map> in Chromium: 34 shapes with codes, tier colours from the tokens, the inset,
 * 兵团 beside the map, unknown regions reported, keyboard, selection, sizes, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/map.js';
import type { GovRankMap } from '../../../src/elements/rank-map/rank-map.js';
import { parseColor } from '../../../src/base/css-color.js';
import { geometryBuilds } from '../../../src/elements/rank-map/geometry.js';
import { loadBundled } from '../../../src/data/bundled.js';
import { findAssessment, findEdition } from '../../../src/data/query.js';
import { nextEvent, settled, shadowText, tokenColor, unique, until, frames as frame } from '../helpers.js';

const root = (el: GovRankMap) => el.shadowRoot!;
const shapes = (el: GovRankMap) => [...root(el).querySelectorAll<SVGGraphicsElement>('.shape[data-code]')];
const region = (el: GovRankMap, code: string) => root(el).querySelector<SVGGElement>(`.region[data-code="${code}"]`)!;
const rgb = (v: string) => parseColor(v.trim());

async function map(tpl: unknown, width = 800): Promise<GovRankMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:${width}px">${tpl}</div>`);
  const el = wrap.querySelector('gov-rank-map') as GovRankMap;
  await settled(el);
  await frame();
  // The table alternative is laid out after the map's first frame (idle time).
  await until(() => !!root(el).querySelector('[part~="table"], [part~="status"]'), 'table alternative', { el });
  await el.updateComplete;
  return el;
}

async function keydown(target: Element, key: string): Promise<void> {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
}

describe('<gov-rank-map>', () => {
  it('draws 34 province shapes, each carrying its GB/T 2260 code', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`);
    const codes = shapes(el).map((s) => s.getAttribute('data-code'));
    expect(codes.length).to.equal(34);
    expect(new Set(codes).size).to.equal(34);
    expect(codes).to.include.members(['110000', '440000', '650000', '710000', '810000', '820000']);
    expect(codes.every((c) => /^\d{6}$/.test(c!))).to.equal(true);
  });

  it('fills every province with the token colour of its 2020 tier (no data: the hatch)', async () => {
    const el = await map(html`<gov-rank-map assessment="cps-online-service-province" year="2020"></gov-rank-map>`);
    const model = await loadBundled();
    const edition = findEdition(findAssessment(model, { id: 'cps-online-service-province' })!, 2020)!;
    let checked = 0;
    for (const s of shapes(el)) {
      const code = s.getAttribute('data-code')!;
      const row = edition.byCode.get(code);
      const fill = getComputedStyle(s).fill;
      if (row?.tierIndex !== undefined) {
        const token = tokenColor(el, `tier-${row.tierIndex + 1}`);
        expect(rgb(fill), `${code} ${row.tier?.id}`).to.deep.equal(rgb(token));
        checked++;
      } else {
        expect(fill, code).to.match(/^url\("?#gov-rank-map-\d+-nodata"?\)$/);
      }
    }
    expect(checked).to.equal(31); // 32 results minus 兵团 (no geometry)
    // Zhejiang and Guangdong: 非常高 = tier 1.
    expect(rgb(getComputedStyle(region(el, '330000').querySelector('.shape')!).fill)).to.deep.equal([0x0c, 0x2c, 0x84]);
    // The no-data pattern is never black.
    const bg = root(el).querySelector('.nodata-bg')!;
    expect(rgb(getComputedStyle(bg).fill)).to.deep.equal(rgb(tokenColor(el, 'no-data')));
  });

  it('shows the South China Sea inset by default and not with inset="none"', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`);
    const inset = root(el).querySelector('[part~="inset"]');
    expect(inset).to.not.equal(null);
    expect(inset!.textContent).to.contain('南海诸岛');
    expect(inset!.querySelectorAll('.dashes').length).to.equal(1);
    expect(inset!.querySelector('.dashes')!.getAttribute('d')!.length).to.be.greaterThan(50);
    const h1 = root(el).querySelector('svg')!.viewBox.baseVal.height;
    el.inset = 'none';
    await el.updateComplete;
    expect(root(el).querySelector('[part~="inset"]')).to.equal(null);
    expect(root(el).querySelector('svg')!.viewBox.baseVal.height).to.be.lessThan(h1);
  });

  it('says it is illustrative, or shows the approval number and attribution', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`);
    expect(shadowText(el)).to.contain('示意图');
    el.approvalNumber = 'GS(2024)0650号';
    el.attribution = '自然资源部';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('审图号：GS(2024)0650号');
    expect(shadowText(el)).to.contain('自然资源部');
    expect(shadowText(el)).to.not.contain('示意图');
  });

  it('lists 新疆生产建设兵团 beside the map with its values', async () => {
    const el = await map(html`<gov-rank-map year="2020"></gov-rank-map>`);
    const off = root(el).querySelector('[part~="off-map"]')!;
    expect(off.textContent).to.contain('新疆生产建设兵团');
    expect(off.querySelector('[data-code="660000"]')).to.not.equal(null);
    expect(el.report!.offMap.map((r) => r.region.code)).to.deep.equal(['660000']);
  });

  it('reports an unknown region of the data on the element', async () => {
    const el = await map(html`<gov-rank-map src=${`/__test__/fixture?file=unknown-region.json&${unique()}`}></gov-rank-map>`);
    const diag = root(el).querySelector('[part~="diagnostics"]')!;
    expect(diag).to.not.equal(null);
    expect(diag.textContent).to.contain('火星');
    expect(shapes(el).length).to.equal(34);
  });

  it('moves focus with the arrow keys, spatially, and shows the tooltip', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`);
    const tabbable = root(el).querySelectorAll('.region[tabindex="0"]');
    expect(tabbable.length).to.equal(1); // one tab stop
    region(el, '510000').focus(); // 四川
    await el.updateComplete;
    let tip = root(el).querySelector('[part~="tooltip"]')!;
    expect(tip.textContent).to.contain('四川');
    await keydown(region(el, '510000'), 'ArrowRight');
    await el.updateComplete;
    await el.updateComplete;
    const focused = root(el).activeElement as Element;
    const code = focused.getAttribute('data-code');
    expect(['500000', '420000', '520000']).to.include(code); // 重庆 / 湖北 / 贵州: east of 四川
    expect(focused.getAttribute('tabindex')).to.equal('0');
    tip = root(el).querySelector('[part~="tooltip"]')!;
    expect(tip.querySelector('.tip-title')!.textContent).to.equal(region(el, code!).getAttribute('aria-label')!.split('：')[0]);
    await keydown(focused, 'ArrowUp');
    await el.updateComplete;
    await el.updateComplete;
    const up = (root(el).activeElement as Element).getAttribute('data-code')!;
    expect(up).to.not.equal(code);
    const box = (c: string) => region(el, c).querySelector('.shape')!.getBoundingClientRect();
    expect(box(up).top + box(up).height / 2).to.be.lessThan(box(code!).top + box(code!).height / 2);
    expect(root(el).querySelectorAll('.region[tabindex="0"]').length).to.equal(1);
  });

  it('fires gov-region-select on Enter and reflects selected; Escape clears', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`);
    const gd = region(el, '440000');
    gd.focus();
    const ev = nextEvent<{ code: string; name: string; result?: { score?: number } }>(el, 'gov-region-select');
    await keydown(gd, 'Enter');
    const e = await ev;
    expect(e.detail.code).to.equal('440000');
    expect(e.detail.name).to.equal('广东');
    expect(e.detail.result?.score).to.equal(96.73);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('440000');
    expect(region(el, '440000').getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).querySelector('.ring.selected')).to.not.equal(null);
    const cleared = nextEvent<{ code: string | null }>(el, 'gov-region-select');
    await keydown(region(el, '440000'), 'Escape');
    expect((await cleared).detail.code).to.equal(null);
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);
  });

  it('selects on click and accepts a name in selected; highlight dims the others', async () => {
    const el = await map(html`<gov-rank-map selected="浙江" highlight="广东, 上海"></gov-rank-map>`);
    expect(region(el, '330000').getAttribute('aria-pressed')).to.equal('true');
    expect(region(el, '440000').classList.contains('dim')).to.equal(false);
    expect(region(el, '110000').classList.contains('dim')).to.equal(true);
    expect(root(el).querySelectorAll('.ring.highlight').length).to.be.greaterThan(1);
    const ev = nextEvent<{ code: string }>(el, 'gov-region-select');
    region(el, '320000')
      .querySelector('.shape')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect((await ev).detail.code).to.equal('320000');
  });

  it('gives Hong Kong and Macau a callout target of at least 20 px', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`, 800);
    for (const code of ['810000', '820000']) {
      const hit = region(el, code).querySelector('.hit')!.getBoundingClientRect();
      expect(hit.width, code).to.be.at.least(20);
    }
  });

  it('never shows NaN or undefined, in either language, in tooltips, table and labels', async () => {
    for (const lang of ['zh-CN', 'en']) {
      for (const colorBy of ['tier', 'score', 'rank']) {
        const el = await map(html`<gov-rank-map lang=${lang} color-by=${colorBy}></gov-rank-map>`);
        region(el, '540000').focus(); // 西藏
        await el.updateComplete;
        const labels = [...root(el).querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label')).join(' ');
        const text = `${shadowText(el)} ${labels} ${root(el).innerHTML.replace(/<!--.*?-->/g, '')}`;
        expect(text, `${lang} ${colorBy}`).to.not.match(/NaN|undefined|null/);
        expect(shadowText(el)).to.contain(lang === 'en' ? 'No data' : '无数据');
      }
    }
  });

  for (const width of [320, 1200]) {
    it(`keeps every province positive in area and inside the element at ${width} px`, async () => {
      const el = await map(html`<gov-rank-map></gov-rank-map>`, width);
      const host = el.getBoundingClientRect();
      expect(Math.round(host.width)).to.equal(width);
      const svgBox = root(el).querySelector('svg')!.getBoundingClientRect();
      expect(svgBox.width).to.be.at.most(width + 0.5);
      // A fixed drawing space, scaled by CSS to the element's width.
      expect(root(el).querySelector('svg')!.viewBox.baseVal.width).to.equal(1000);
      expect(Math.round(svgBox.width)).to.equal(width);
      for (const s of shapes(el)) {
        const b = s.getBBox();
        expect(b.width * b.height, s.getAttribute('data-code')!).to.be.greaterThan(0);
        const r = s.getBoundingClientRect();
        expect(r.left).to.be.at.least(host.left - 0.5);
        expect(r.right).to.be.at.most(host.right + 0.5);
        expect(r.top).to.be.at.least(svgBox.top - 0.5);
        expect(r.bottom).to.be.at.most(svgBox.bottom + 0.5);
      }
      expect(el.scrollWidth).to.be.at.most(width);
      expect(getComputedStyle(root(el).querySelector('svg')!).touchAction).to.not.equal('none');
    });
  }

  it('scales when resized without rebuilding geometry; callouts stay usable (ResizeObserver)', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`, 600);
    const svgEl = () => root(el).querySelector('svg')!;
    const hitWidth = () => region(el, '810000').querySelector('.hit')!.getBoundingClientRect().width;
    expect(Math.round(svgEl().getBoundingClientRect().width)).to.equal(600);
    const before = geometryBuilds();
    const d = region(el, '440000').querySelector('.shape')!.getAttribute('d');
    const r600 = Number(region(el, '810000').querySelector('.hit')!.getAttribute('r'));
    el.parentElement!.style.width = '450px';
    for (let i = 0; i < 20 && Number(region(el, '810000').querySelector('.hit')!.getAttribute('r')) === r600; i++) {
      await frame();
      await el.updateComplete;
    }
    expect(Math.round(svgEl().getBoundingClientRect().width)).to.equal(450);
    expect(svgEl().viewBox.baseVal.width).to.equal(1000);
    expect(region(el, '440000').querySelector('.shape')!.getAttribute('d')).to.equal(d);
    expect(geometryBuilds()).to.equal(before);
    // The hit area is sized in screen px: larger in units on the narrower map, ≥ 20 px across.
    expect(Number(region(el, '810000').querySelector('.hit')!.getAttribute('r'))).to.be.greaterThan(r600);
    expect(hitWidth()).to.be.at.least(20);
  });

  it('re-colours on year and color-by changes without rebuilding geometry, and announces it', async () => {
    const el = await map(html`<gov-rank-map style="--gov-rank-transition: 0ms"></gov-rank-map>`);
    const before = geometryBuilds();
    const path = region(el, '440000').querySelector('.shape')!;
    const d = path.getAttribute('d');
    const fillsBefore = shapes(el).map((s) => getComputedStyle(s).fill);
    el.colorBy = 'score';
    await el.updateComplete;
    expect(region(el, '440000').querySelector('.shape')).to.equal(path); // same node
    expect(path.getAttribute('d')).to.equal(d);
    const changed = shapes(el).filter((s, i) => getComputedStyle(s).fill !== fillsBefore[i]).length;
    expect(changed).to.be.greaterThan(10);
    expect(rgb(getComputedStyle(path).fill)).to.deep.equal(rgb(tokenColor(el, 'seq-6')));
    el.year = 2019;
    await el.updateComplete;
    expect(geometryBuilds()).to.equal(before);
    const live = root(el).querySelector('[aria-live="polite"][role="status"]')!;
    expect(live.textContent).to.contain('2019');
    // The colour transition uses the token.
    expect(getComputedStyle(path).transitionProperty).to.contain('fill');
  });

  it('shows a legend in tier order with counts, and score bins with edges', async () => {
    const el = await map(html`<gov-rank-map lang="en"></gov-rank-map>`);
    const items = [...root(el).querySelectorAll('[part~="legend"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    // Counts are of the regions drawn: 兵团 (Medium) has no shape and is listed off the map.
    expect(items.slice(0, 4).join(' | ')).to.equal('Very high (8) | High (15) | Medium (8) | Low (0)');
    expect(items[4]).to.equal('No data (3)');
    el.colorBy = 'score';
    await el.updateComplete;
    const bins = [...root(el).querySelectorAll('[part~="legend"] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(bins[0]).to.match(/^\d+–\d+ \(\d+\)$/);
    expect(bins[bins.length - 2]).to.equal('95–100 (2)');
  });

  it('draws the map first and the table alternative right after (idle time)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"><gov-rank-map></gov-rank-map></div>`);
    const el = wrap.querySelector('gov-rank-map') as GovRankMap;
    await settled(el);
    expect(shapes(el).length).to.equal(34);
    await until(() => !!root(el).querySelector('[part~="table"]'), 'table alternative', { el });
  });

  it('has a table alternative with every region and a toggle', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`);
    const table = root(el).querySelector('[part~="table"]')!;
    expect(table.parentElement!.classList.contains('sr-only')).to.equal(true);
    const rows = table.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(35); // 32 results + 香港, 澳门, 台湾 without data
    expect(table.querySelector('tr[data-code="660000"]')!.textContent).to.contain('新疆生产建设兵团');
    expect(table.querySelector('tr[data-code="440000"]')!.textContent).to.contain('96.73');
    const button = root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
    expect(button.textContent).to.contain('表格');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(table.parentElement!.classList.contains('sr-only')).to.equal(false);
  });

  it('opens the table when its toggle is pressed before the table was laid out', async () => {
    // No idle time comes during this test: the table (and its module) can only arrive through the toggle.
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    try {
      const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"><gov-rank-map></gov-rank-map></div>`);
      const el = wrap.querySelector('gov-rank-map') as GovRankMap;
      await until(() => !!root(el).querySelector('svg'), 'the map drawn', { el });
      await frame();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="table"]'), 'no table before idle time').to.equal(null);
      const button = root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
      button.click();
      await until(() => !!root(el).querySelector('.table-wrap [part~="table"]'), 'the opened table', { el });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).querySelectorAll('[part~="table"] tbody tr').length).to.equal(35);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('never widens a narrow page, table closed or open', async () => {
    const wrap = await fixture(html`<div style="width: 320px; overflow: visible"><gov-rank-map></gov-rank-map></div>`);
    const el = wrap.querySelector('gov-rank-map')!;
    for (let i = 0; i < 100 && !root(el).querySelector('[part~="table"]'); i++) await new Promise((r) => setTimeout(r, 20));
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
    await el.updateComplete;
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('has an accessible name and description', async () => {
    const el = await map(html`<gov-rank-map></gov-rank-map>`);
    const svgEl = root(el).querySelector('svg')!;
    expect(svgEl.getAttribute('aria-label')).to.contain('2020');
    const desc = root(el).getElementById(svgEl.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).to.contain('非常高');
    expect(desc.textContent).to.contain('南海诸岛');
    expect(region(el, '440000').getAttribute('aria-label')).to.contain('非常高');
  });

  it('draws the 32 key cities as dots over grey provinces for a city assessment', async () => {
    const el = await map(html`<gov-rank-map level="city" color-by="tier"></gov-rank-map>`);
    expect(root(el).querySelector('.callout-label')).to.equal(null);
    expect(shadowText(el)).to.contain('无等级 (11)'); // 11 cities have a score but no tier
    const dots = root(el).querySelectorAll('circle.shape[data-code]');
    expect(dots.length).to.equal(32);
    expect(root(el).querySelectorAll('.base-land path').length).to.equal(34);
    const sz = region(el, '440300'); // 深圳
    expect(sz.getAttribute('aria-label')).to.contain('深圳');
    const fill = getComputedStyle(sz.querySelector('.shape')!).fill;
    expect(rgb(fill)).to.deep.equal(rgb(tokenColor(el, 'tier-1')));
    const ev = nextEvent<{ code: string }>(el, 'gov-region-select');
    sz.focus();
    await keydown(sz, 'Enter');
    expect((await ev).detail.code).to.equal('440300');
  });

  it('draws a user geometry with geometry-key and reports what does not match', async () => {
    const el = await map(
      html`<gov-rank-map geometry="/__test__/fixture?file=map-guangdong-cities.json" geometry-key="code" level="city"></gov-rank-map>`,
    );
    await until(() => shapes(el).length > 0, 'user geometry drawn', { el });
    expect(shapes(el).length).to.equal(21);
    expect(root(el).querySelector('[part~="inset"]')).to.equal(null);
    expect(region(el, '440100').getAttribute('aria-label')).to.contain('广州');
    expect(el.report!.unmatchedFeatures.length).to.equal(19);
    expect(el.report!.offMap.length).to.equal(30);
    expect(shadowText(el)).to.contain('19');
  });

  it('fires gov-error of kind geometry for an unusable geometry file', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('gov-rank-map');
    const ev = nextEvent<{ kind: string; message: string }>(el, 'gov-error');
    el.setAttribute('geometry', `/__test__/fixture?file=results.json&${unique()}`);
    wrap.append(el);
    const e = await ev;
    expect(e.detail.kind).to.equal('geometry');
    await until(() => root(el).querySelector('[part~="status"]')?.getAttribute('role') === 'alert', 'error shown', { el });
    expect(root(el).querySelector('[part~="status"]')!.getAttribute('role')).to.equal('alert');
  });

  it('fires gov-error of kind http for a missing geometry file', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div style="width:600px"></div>`);
    const el = document.createElement('gov-rank-map');
    const ev = nextEvent<{ kind: string }>(el, 'gov-error');
    el.setAttribute('geometry', `/__test__/status?code=404&${unique()}`);
    wrap.append(el);
    expect((await ev).detail.kind).to.equal('http');
  });

  it('reserves its size while loading', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div style="width:500px"><gov-rank-map src=${`/__test__/fixture?file=results.json&delay=400&${unique()}`}></gov-rank-map></div>`,
    );
    const el = wrap.querySelector('gov-rank-map')!;
    await el.updateComplete;
    const skeleton = root(el).querySelector('[part~="status"]')!;
    expect(skeleton.getBoundingClientRect().height).to.be.greaterThan(300);
  });

  describe('axe', () => {
    it('default', async () => {
      const el = await map(html`<gov-rank-map></gov-rank-map>`);
      await expect(el).to.be.accessible();
    });
    it('selected, with the tooltip open', async () => {
      const el = await map(html`<gov-rank-map selected="440000" highlight="浙江"></gov-rank-map>`);
      region(el, '440000').focus();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('dark', async () => {
      const el = await map(html`<gov-rank-map theme="dark"></gov-rank-map>`);
      await expect(el).to.be.accessible();
    });
    it('English, by score, table open', async () => {
      const el = await map(html`<gov-rank-map lang="en" color-by="score"></gov-rank-map>`);
      root(el).querySelector<HTMLButtonElement>('[part~="table-toggle"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
    it('key cities', async () => {
      const el = await map(html`<gov-rank-map level="city"></gov-rank-map>`);
      await expect(el).to.be.accessible();
    });
    it('error', async () => {
      const el = await map(html`<gov-rank-map src=${`/__test__/status?code=404&${unique()}`}></gov-rank-map>`);
      expect(shadowText(el)).to.contain('404');
      await expect(el).to.be.accessible();
    });
  });
});
