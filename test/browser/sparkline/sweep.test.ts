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
import type { GovTrendSparkline } from '../../../src/define/sparkline.js';
import { settled, shadowText } from '../helpers.js';
import { assessment, edition, resultsFile } from '../shared/results-builder.js';

type Json = any;
const SRC = [{ url: 'https://example.org/report' }];

// ---------------------------------------------------------------------------------------------
// Sparkline data
// ---------------------------------------------------------------------------------------------

/**
 * Seven editions, report years 2014–2020 (no data years), scale 0–100, tiers A (min 90),
 * B (min 80), C (no min). Regions:
 *   广东 all seven (ranks 5,4,3,2,1,1 tied,1; scores 75,85,95,…)  浙江 one point (2017)
 *   江苏 two points (2015, 2016)   上海 listed in every edition, never with a rank or score
 *   北京 gaps at start (2014–15), middle (2018) and end (2020)
 *   四川 scores 0 (2014) and 100 (2020) only   广西 rank 1 in every edition
 */
function sparkFile(): Json {
  const editions: Json[] = [];
  for (let year = 2014; year <= 2020; year++) {
    const k = year - 2014;
    const results: Json[] = [
      {
        region: '广东',
        rank: [5, 4, 3, 2, 1, 1, 1][k],
        score: [75, 85, 95, 88, 92, 79.5, 99.99][k],
        tier: ['C', 'B', 'A', 'B', 'A', 'C', 'A'][k],
      },
      { region: '上海', group: '其他' },
      { region: '广西', rank: 1 },
    ];
    if (year === 2019) results.push({ region: '海南', rank: 1 }); // 广东 tied at 1 in 2019
    if (year === 2017) results.push({ region: '浙江', rank: 3, score: 91 });
    if (year === 2015 || year === 2016) results.push({ region: '江苏', rank: year === 2015 ? 2 : 4, score: year === 2015 ? 82 : 84 });
    if ([2016, 2017, 2019].includes(year))
      results.push({ region: '北京', rank: { 2016: 7, 2017: 6, 2019: 2 }[year as 2016], score: 70 + k });
    if (year === 2014) results.push({ region: '四川', score: 0 });
    if (year === 2020) results.push({ region: '四川', score: 100 });
    editions.push(edition(year, results, { sources: SRC }));
  }
  return resultsFile({
    assessments: [
      assessment({
        id: 'sweep-spark',
        name: { 'zh-CN': '测试趋势', en: 'Sweep trend' },
        publisher: 'Test',
        metric: { name: 'Index', min: 0, max: 100 },
        tiers: [
          { id: 'A', name: 'A', min: 90 },
          { id: 'B', name: 'B', min: 80 },
          { id: 'C', name: 'C' },
        ],
        editions,
      }),
    ],
  });
}

/** 100 editions (2000–2099), ranks 1…100 for 广东. */
function hundredFile(): Json {
  const editions: Json[] = [];
  for (let k = 0; k < 100; k++) editions.push(edition(2000 + k, [{ region: '广东', rank: k + 1, score: k }], { sources: SRC }));
  return resultsFile({ assessments: [assessment({ id: 'sweep-hundred', name: 'Hundred', publisher: 'Test', editions })] });
}

async function mountSpark(
  data: Json,
  attrs: Record<string, string | boolean>,
  opts: { lang?: string; width?: number; style?: string } = {},
): Promise<GovTrendSparkline> {
  const { lang = 'zh-CN', width = 320, style = '' } = opts;
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style=${`width: ${width}px; margin: 40px 0 0 0`}></div>`);
  const el = document.createElement('gov-trend-sparkline') as GovTrendSparkline;
  for (const [k, v] of Object.entries(attrs)) if (v !== false) el.setAttribute(k, v === true ? '' : v);
  if (style) el.setAttribute('style', style);
  el.data = data;
  wrap.append(el);
  await settled(el);
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r, 30));
  await el.updateComplete;
  return el;
}

const dots = (el: Element) => [...el.shadowRoot!.querySelectorAll<SVGCircleElement>('circle[part="point"]')];
const years = (el: Element) => dots(el).map((c) => c.getAttribute('data-year'));
const svgOf = (el: Element) => el.shadowRoot!.querySelector('svg[part="svg"]') as SVGSVGElement;
const nameOf = (el: Element) => svgOf(el).getAttribute('aria-label');
const gapsText = (el: Element) => {
  const id = svgOf(el).getAttribute('aria-describedby');
  return id ? (el.shadowRoot!.getElementById(id)?.textContent ?? '').trim() : '';
};
const subpaths = (el: Element) => (el.shadowRoot!.querySelector('[part="line"]')!.getAttribute('d')!.match(/M/g) ?? []).length;
const activeYear = (el: Element) => (el.shadowRoot!.activeElement as Element | null)?.getAttribute('data-year') ?? 'none';

/**
 * What a reader sees, for any font: every dot (with its radius) and the label's box lie within the
 * SVG's box and the host's, and the label covers no dot or marker ring.
 */
function expectInside(el: GovTrendSparkline, what: string): void {
  const s = svgOf(el);
  const w = Number(s.getAttribute('width'));
  const h = Number(s.getAttribute('height'));
  for (const c of dots(el)) {
    const cx = Number(c.getAttribute('cx'));
    const cy = Number(c.getAttribute('cy'));
    const r = Number(c.getAttribute('r'));
    expect(cx - r >= 0 && cx + r <= w && cy - r >= 0 && cy + r <= h, `${what}: dot ${cx},${cy} r${r} in ${w}×${h}`).to.equal(true);
  }
  const label = el.shadowRoot!.querySelector('[part="label"]') as SVGTextElement | null;
  if (label) {
    const b = label.getBBox();
    expect(b.x >= 0 && b.x + b.width <= w + 0.5, `${what}: label x ${b.x}+${b.width} within ${w}`).to.equal(true);
    // Was (with Noto Sans CJK, whose line box is taller than others'): a rank-1 line on the top
    // edge put the label's box at y -2, above the SVG, under whatever sits above the chart.
    expect(b.y >= 0 && b.y + b.height <= h, `${what}: label y ${b.y}+${b.height} within ${h}`).to.equal(true);
    for (const c of el.shadowRoot!.querySelectorAll('circle')) {
      const cx = Number(c.getAttribute('cx'));
      const cy = Number(c.getAttribute('cy'));
      const r = Number(c.getAttribute('r'));
      const apart = cx + r <= b.x || cx - r >= b.x + b.width || cy + r <= b.y || cy - r >= b.y + b.height;
      expect(apart, `${what}: label ${b.x},${b.y} ${b.width}×${b.height} clear of circle ${cx},${cy} r${r}`).to.equal(true);
    }
    const lr = label.getBoundingClientRect();
    const hr = el.getBoundingClientRect();
    expect(
      lr.right <= hr.right + 0.5 && lr.left >= hr.left,
      `${what}: label ${lr.left}–${lr.right} in host ${hr.left}–${hr.right}`,
    ).to.equal(true);
  }
  const attrs = [...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.value));
  expect([shadowText(el), ...attrs].join(' '), what).not.to.match(/NaN|undefined|Infinity|null/);
}

const SPARK = { assessment: 'sweep-spark' };

describe('table-sparkline sweep: <gov-trend-sparkline> series shapes', () => {
  it('one point: a lone dot (M…Z), named by that point, label inside', async () => {
    for (const [lang, name, label] of [
      ['zh-CN', '浙江 排名：2017年 第3名', '第3名'],
      ['en', 'Zhejiang rank: 2017 No. 3', 'No. 3'],
    ]) {
      const el = await mountSpark(sparkFile(), { ...SPARK, region: '浙江' }, { lang });
      expect(years(el)).to.deep.equal(['2017']);
      expect(el.shadowRoot!.querySelector('[part="line"]')!.getAttribute('d')!).to.match(/^M[\d.]+,[\d.]+Z$/);
      expect(nameOf(el)).to.equal(name);
      // Every year on the axis without a value is a gap, before the point and after it.
      expect(gapsText(el)).to.equal(
        lang === 'en' ? 'No data for 2014, 2015, 2016, 2018, 2019, 2020' : '缺少 2014年、2015年、2016年、2018年、2019年、2020年 的数据',
      );
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(label);
      expectInside(el, `one point ${lang}`);
    }
  });

  it('two points: one segment, named first → last, gaps after it described', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountSpark(sparkFile(), { ...SPARK, region: '江苏' }, { lang });
      expect(years(el)).to.deep.equal(['2015', '2016']);
      expect(subpaths(el)).to.equal(1);
      expect(el.shadowRoot!.querySelector('[part="line"]')!.getAttribute('d')!).to.match(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
      expect(nameOf(el)).to.equal(lang === 'en' ? 'Jiangsu rank: 2015 No. 2 → 2016 No. 4' : '江苏 排名：2015年 第2名 → 2016年 第4名');
      expect(gapsText(el)).to.equal(
        lang === 'en' ? 'No data for 2014, 2017, 2018, 2019, 2020' : '缺少 2014年、2017年、2018年、2019年、2020年 的数据',
      );
      const ys = dots(el).map((c) => Number(c.getAttribute('cy')));
      expect(ys[1]).to.be.greaterThan(ys[0]!); // rank 4 below rank 2
      expectInside(el, `two points ${lang}`);
    }
  });

  it('a region listed in every edition but never with the metric: no-data message naming it, both languages', async () => {
    for (const [lang, text] of [
      ['zh-CN', '上海 排名：无数据'],
      ['en', 'Shanghai rank: No data'],
    ]) {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
      const el = document.createElement('gov-trend-sparkline') as GovTrendSparkline;
      el.setAttribute('region', '上海');
      el.setAttribute('assessment', 'sweep-spark');
      el.data = sparkFile();
      const errors: string[] = [];
      el.addEventListener('gov-error', (e) => errors.push((e as CustomEvent<{ kind: string }>).detail.kind));
      wrap.append(el);
      await settled(el);
      expect(errors).to.deep.equal(['no-data']);
      expect(shadowText(el)).to.contain(text);
      expect(shadowText(el)).not.to.match(/NaN|undefined/);
      expect(dots(el).length).to.equal(0);
    }
  });

  it('gaps at the start, middle and end: dots only where values exist, line broken, gaps described', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountSpark(sparkFile(), { ...SPARK, region: '北京' }, { lang });
      expect(years(el)).to.deep.equal(['2016', '2017', '2019']);
      expect(subpaths(el)).to.equal(2);
      expect(nameOf(el)).to.equal(lang === 'en' ? 'Beijing rank: 2016 No. 7 → 2019 No. 2' : '北京 排名：2016年 第7名 → 2019年 第2名');
      expect(gapsText(el)).to.equal(lang === 'en' ? 'No data for 2014, 2015, 2018, 2020' : '缺少 2014年、2015年、2018年、2020年 的数据');
      // The x axis spans every edition: the first dot is not at the left edge (2014, 2015 empty).
      const xs = dots(el).map((c) => Number(c.getAttribute('cx')));
      expect(xs[0]).to.be.greaterThan(40);
      // The last value's label belongs to 2019, the last dot.
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(lang === 'en' ? 'No. 2' : '第2名');
      expectInside(el, `gaps ${lang}`);
    }
  });

  // Was: leading gaps are not described. 北京 has no value in 2014 and 2015, which the x axis
  // shows as empty space, yet the description names only 2018 and 2020. The docs call every
  // edition without the region a gap ("An edition that does not list the region … is a gap").
  it('gaps before the first value are described too', async () => {
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '北京' }, { lang: 'en' });
    expect(gapsText(el)).to.equal('No data for 2014, 2015, 2018, 2020');
  });

  it('arrow keys, Home and End move over existing points only (gaps skipped)', async () => {
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '北京' });
    const d = dots(el);
    expect(d.map((c) => c.getAttribute('tabindex'))).to.deep.equal(['-1', '-1', '0']);
    d[2]!.focus();
    await el.updateComplete;
    const key = async (k: string) => {
      el.shadowRoot!.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true, cancelable: true }),
      );
      await el.updateComplete;
      await el.updateComplete;
    };
    const seq: [string, string][] = [
      ['ArrowLeft', '2017'],
      ['ArrowLeft', '2016'],
      ['ArrowLeft', '2016'],
      ['ArrowDown', '2016'],
      ['ArrowRight', '2017'],
      ['ArrowUp', '2019'],
      ['ArrowRight', '2019'],
      ['Home', '2016'],
      ['End', '2019'],
    ];
    for (const [k, y] of seq) {
      await key(k);
      expect(activeYear(el), k).to.equal(y);
      expect(
        dots(el)
          .filter((c) => c.getAttribute('tabindex') === '0')
          .map((c) => c.getAttribute('data-year')),
        k,
      ).to.deep.equal([y]);
    }
    await key('Home');
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]');
    expect((tip?.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal('2016年 第7名');
  });

  it('the chart is one tab stop reached with Tab, and arrow keys from sendKeys move it', async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="width: 320px"><button id="b">before</button></div>`);
    const el = document.createElement('gov-trend-sparkline') as GovTrendSparkline;
    el.setAttribute('region', '北京');
    el.setAttribute('assessment', 'sweep-spark');
    el.data = sparkFile();
    wrap.append(el);
    const after = document.createElement('button');
    after.textContent = 'after';
    wrap.append(after);
    await settled(el);
    await new Promise((r) => setTimeout(r, 30));
    (wrap.querySelector('#b') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    expect(activeYear(el)).to.equal('2019');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(activeYear(el)).to.equal('2017');
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === after).to.equal(true);
  });
});

describe('table-sparkline sweep: <gov-trend-sparkline> tooltip', () => {
  // Was: the tooltip is centred on its point with no clamping. A sparkline at the page's left
  // edge (a phone layout with no side padding) puts the first point's tooltip off screen to the
  // left: "2014年 第5名" is cut off.
  it("the first point's tooltip stays inside the element at the left edge of the page", async () => {
    const wrap = await fixture<HTMLElement>(html`<div style="position: absolute; left: 0; top: 80px; width: 320px"></div>`);
    const el = document.createElement('gov-trend-sparkline') as GovTrendSparkline;
    el.setAttribute('region', '广东');
    el.setAttribute('assessment', 'sweep-spark');
    el.data = sparkFile();
    wrap.append(el);
    await settled(el);
    await new Promise((r) => setTimeout(r, 30));
    await el.updateComplete;
    dots(el)[0]!.focus();
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]') as HTMLElement | null;
    expect(tip !== null).to.equal(true);
    expect((tip!.textContent ?? '').replace(/\s+/g, ' ').trim()).to.equal('2014年 第5名');
    const r = tip!.getBoundingClientRect();
    const host = el.getBoundingClientRect();
    expect(r.left >= host.left && r.right <= host.right, `tooltip ${r.left}–${r.right}, host ${host.left}–${host.right}`).to.equal(true);
  });
});

describe('table-sparkline sweep: <gov-trend-sparkline> values and geometry', () => {
  it('metric=score at the scale min (0) and max (100): dots inside the box, 0 shown as "0"', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountSpark(sparkFile(), { ...SPARK, region: '四川', metric: 'score' }, { lang });
      expect(years(el)).to.deep.equal(['2014', '2020']);
      expect(nameOf(el)).to.equal(lang === 'en' ? 'Sichuan score: 2014 0 → 2020 100' : '四川 得分：2014年 0 → 2020年 100');
      const ys = dots(el).map((c) => Number(c.getAttribute('cy')));
      expect(ys[0]).to.be.greaterThan(ys[1]!); // 0 at the bottom
      expect(dots(el)[0]!.getAttribute('aria-label')).to.equal(lang === 'en' ? '2014 0' : '2014年 0');
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('100');
      // Both runs are lone points (2015–2019 are gaps).
      expect(subpaths(el)).to.equal(2);
      expectInside(el, `min/max ${lang}`);
    }
  });

  it('rank 1 in every edition: a flat line on the top edge, one marker, labelled best', async () => {
    const en = await mountSpark(sparkFile(), { ...SPARK, region: '广西', markers: true }, { lang: 'en' });
    expect(nameOf(en)).to.equal('Guangxi rank: 2014 No. 1 → 2020 No. 1 (tied)');
    expect(svgOf(en).hasAttribute('aria-describedby')).to.equal(false);
    expect(
      dots(en)
        .map((c) => c.getAttribute('aria-label'))
        .filter((l) => l!.includes('(worst)')),
    ).to.deep.equal([]);
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '广西', markers: true });
    const ys = dots(el).map((c) => Number(c.getAttribute('cy')));
    expect(ys.length).to.equal(7);
    expect(new Set(ys).size).to.equal(1);
    expect(ys[0]).to.equal(6);
    expect(el.shadowRoot!.querySelectorAll('[part="marker"]').length).to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('[part="marker"].worst').length).to.equal(0);
    expect(
      dots(el)
        .map((c) => c.getAttribute('aria-label'))
        .filter((l) => l!.includes('最差')),
    ).to.deep.equal([]);
    expect(nameOf(el)).to.equal('广西 排名：2014年 第1名 → 2020年 并列第1名');
    expectInside(el, 'flat');
  });

  it('single point with markers: one ring (best), no worst', async () => {
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '浙江', markers: true }, { lang: 'en' });
    expect(el.shadowRoot!.querySelectorAll('[part="marker"]').length).to.equal(1);
    expect(dots(el)[0]!.getAttribute('aria-label')).to.equal('2017 No. 3 (best)');
  });

  it('markers for 广东: best is rank 1, worst is rank 5; tied point named tied', async () => {
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '广东', markers: true }, { lang: 'en' });
    const labels = dots(el).map((c) => c.getAttribute('aria-label'));
    expect(labels[0]).to.equal('2014 No. 5 (worst)');
    expect(labels.filter((l) => l!.endsWith('(best)')).length).to.equal(1);
    expect(labels[5]!.startsWith('2019 No. 1 (tied)')).to.equal(true);
    const best = el.shadowRoot!.querySelector('[part="marker"].best')!;
    const worst = el.shadowRoot!.querySelector('[part="marker"].worst')!;
    expect(Number(best.getAttribute('cy'))).to.be.lessThan(Number(worst.getAttribute('cy')));
  });

  it('ranks 1…100 over 100 editions: rank 1 top, rank 100 bottom, label "第100名" not clipped', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await mountSpark(hundredFile(), { assessment: 'sweep-hundred', region: '广东' }, { lang });
      const d = dots(el);
      expect(d.length).to.equal(100);
      expect(subpaths(el)).to.equal(1);
      const ys = d.map((c) => Number(c.getAttribute('cy')));
      expect(ys[0]).to.equal(6);
      expect(ys[99]).to.equal(34);
      expect(Math.max(...ys)).to.equal(34);
      expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal(lang === 'en' ? 'No. 100' : '第100名');
      expect(nameOf(el)).to.equal(lang === 'en' ? 'Guangdong rank: 2000 No. 1 → 2099 No. 100' : '广东 排名：2000年 第1名 → 2099年 第100名');
      expect(svgOf(el).hasAttribute('aria-describedby')).to.equal(false);
      expectInside(el, `hundred ${lang}`);
    }
  });

  it('score labels of every width stay inside a narrow host (160px)', async () => {
    const el = await mountSpark(hundredFile(), { assessment: 'sweep-hundred', region: '广东', metric: 'score' }, { width: 160 });
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('99');
    expectInside(el, 'narrow score');
    const g = await mountSpark(sparkFile(), { ...SPARK, region: '广东', metric: 'score' }, { width: 160, lang: 'en' });
    expect(g.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('99.99');
    expectInside(g, 'narrow 99.99');
  });

  it('bands with the tier changing every edition: each dot sits in its own tier band', async () => {
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '广东', metric: 'score', bands: true, markers: true });
    const bands = [...el.shadowRoot!.querySelectorAll('[part="band"]')].map((b) => ({
      y0: Number(b.getAttribute('y')),
      y1: Number(b.getAttribute('y')) + Number(b.getAttribute('height')),
      fill: b.getAttribute('fill'),
    }));
    expect(bands.length).to.equal(3);
    expect(bands.map((b) => b.fill)).to.deep.equal(['var(--_gr-tier-1)', 'var(--_gr-tier-2)', 'var(--_gr-tier-3)']);
    const tiers = ['C', 'B', 'A', 'B', 'A', 'C', 'A'];
    dots(el).forEach((c, i) => {
      const cy = Number(c.getAttribute('cy'));
      const band = bands['ABC'.indexOf(tiers[i]!)]!;
      expect(cy >= band.y0 && cy <= band.y1, `${c.getAttribute('data-year')} cy ${cy} in ${band.y0}–${band.y1}`).to.equal(true);
    });
    // The bands stay inside the chart.
    const h = Number(svgOf(el).getAttribute('height'));
    expect(bands.every((b) => b.y0 >= 0 && b.y1 <= h)).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="marker"].best')!.getAttribute('cy')).to.equal(dots(el)[6]!.getAttribute('cy'));
    expectInside(el, 'bands');
  });

  it('bands are ignored for metric=rank', async () => {
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '广东', bands: true });
    expect(el.shadowRoot!.querySelectorAll('[part="band"]').length).to.equal(0);
  });

  it('--gov-rank-sparkline-height 20px and 120px: the SVG takes the height and every point stays inside', async () => {
    for (const h of [20, 120]) {
      for (const [region, metric] of [
        ['广东', 'rank'],
        ['四川', 'score'],
        ['广西', 'rank'],
      ] as const) {
        const el = await mountSpark(
          sparkFile(),
          { ...SPARK, region, metric, markers: true },
          { style: `--gov-rank-sparkline-height: ${h}px` },
        );
        expect(svgOf(el).getAttribute('height'), `${h} ${region}`).to.equal(String(h));
        expect(Math.round(el.getBoundingClientRect().height), `${h} ${region} host`).to.equal(h);
        const ys = dots(el).map((c) => Number(c.getAttribute('cy')));
        expect(Math.min(...ys) >= 6 && Math.max(...ys) <= h - 6, `${h} ${region} ${ys}`).to.equal(true);
        expectInside(el, `${h}px ${region} ${metric}`);
      }
    }
  });

  it('changing the height after render re-lays the points', async () => {
    const el = await mountSpark(sparkFile(), { ...SPARK, region: '广东' });
    expect(svgOf(el).getAttribute('height')).to.equal('40');
    el.style.setProperty('--gov-rank-sparkline-height', '100px');
    await new Promise((r) => setTimeout(r, 100));
    await el.updateComplete;
    expect(svgOf(el).getAttribute('height')).to.equal('100');
    expect(Math.max(...dots(el).map((c) => Number(c.getAttribute('cy'))))).to.equal(94);
  });
});
