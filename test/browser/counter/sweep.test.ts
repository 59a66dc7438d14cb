/**
 * A sweep of <gov-tier-badge> and <gov-stats-counter> over inputs the other suites do not try:
 * every documented `show` combination, rows with only a group / rank / score / tier, the region
 * forms, a city region, `href` values a page author might pass (javascript:, relative, very long),
 * accessible name vs visible text, clipping in every size × variant × theme, the hover title; and
 * for the counter: 0, negative, 1e12, fractions, the auto compact switch, the change in every
 * direction, approximate, no unit, many sources, and the count-up itself.
 *
 * Expected numbers are computed with Intl.NumberFormat here, not copied from the library.
 * Never pass a DOM node to a chai assertion (a failing one stalls the runner): strings only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/badge.js';
import '../../../src/define/counter.js';
import type { GovStatsCounter } from '../../../src/define/counter.js';
import { settled, shadowText, fold, sleep } from '../helpers.js';
import { resultsFile, statistic } from '../shared/results-builder.js';
import { sweepResults } from '../shared/sweep-results.js';

type Json = any;
type Lang = 'zh-CN' | 'en';
const LANGS: Lang[] = ['zh-CN', 'en'];

const frame = () => new Promise((r) => requestAnimationFrame(r));

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

// The badge's and the counter's sweeps read one file (shared/sweep-results.ts).

// ---------------------------------------------------------------------------------------------
// Counter
// ---------------------------------------------------------------------------------------------

const SRC = [{ url: 'https://example.org/stat' }];

function stat(id: string, value: number, extra: Json = {}): Json {
  return statistic({
    id,
    label: { 'zh-CN': `统计${id}`, en: `Stat ${id}` },
    value,
    unit: { 'zh-CN': '个', en: 'items' },
    date: '2019-12',
    sources: SRC,
    ...extra,
  });
}

function statsFile(...stats: Json[]): Json {
  return resultsFile({ assessments: sweepResults().assessments, statistics: stats });
}

async function counter(s: Json, attrs: Record<string, string> = {}, lang: string = 'zh-CN'): Promise<GovStatsCounter> {
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 700px"></div>`);
  const el = document.createElement('gov-stats-counter') as GovStatsCounter;
  el.setAttribute('stat', s.id);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.data = statsFile(s);
  wrap.append(el);
  await settled(el);
  return el;
}

const shownValue = (el: Element) => fold(el.shadowRoot!.querySelector('.value .current')?.textContent);
const figureSr = (el: Element) => fold(el.shadowRoot!.querySelector('[part="figure"] .sr-only')?.textContent);
const changeVisual = (el: Element) => fold(el.shadowRoot!.querySelector('[part="change"] [aria-hidden="true"]')?.textContent);
const changeSr = (el: Element) => fold(el.shadowRoot!.querySelector('[part="change"] .sr-only')?.textContent);

const compactNf = (lang: Lang, v: number) => new Intl.NumberFormat(lang, { notation: 'compact', maximumSignificantDigits: 3 }).format(v);
const fullNf = (lang: Lang, v: number, d = 0) =>
  new Intl.NumberFormat(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(v);
const pct = (lang: Lang, r: number) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(r);

describe('counter sweep: numbers (reduced motion: the final value at once)', function () {
  this.timeout(30000);
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  // [value, format attribute, expected per language]
  const cases: [number, string | null, (l: Lang) => string][] = [
    [0, null, (l) => fullNf(l, 0)],
    [0, 'compact', (l) => fullNf(l, 0)],
    [-5000, null, (l) => fullNf(l, -5000)],
    [-12345, null, (l) => compactNf(l, -12345)],
    [-12345, 'full', (l) => fullNf(l, -12345)],
    [1e12, null, (l) => compactNf(l, 1e12)],
    [1e12, 'full', (l) => fullNf(l, 1e12)],
    [123456789.123, null, (l) => compactNf(l, 123456789.123)],
    [123456789.123, 'full', (l) => fullNf(l, 123456789.123, 2)],
    [123456789.123, 'compact', (l) => compactNf(l, 123456789.123)],
    [9999, null, (l) => fullNf(l, 9999)],
    [9999, 'compact', (l) => (l === 'zh-CN' ? fullNf(l, 9999) : compactNf(l, 9999))],
    [10000, null, (l) => compactNf(l, 10000)],
    [10001, null, (l) => compactNf(l, 10001)],
    [10001, 'full', (l) => fullNf(l, 10001)],
    [1234, 'compact', (l) => (l === 'zh-CN' ? fullNf(l, 1234) : compactNf(l, 1234))],
    [14474, 'full', (l) => fullNf(l, 14474)],
    [14474, 'compact', (l) => compactNf(l, 14474)],
  ];
  for (const lang of LANGS) {
    for (const [value, format, want] of cases) {
      it(`${lang} ${value}${format ? ` format="${format}"` : ''} → "${want(lang)}"`, async () => {
        const el = await counter(stat('n', value), format ? { format } : {}, lang);
        expect(shownValue(el)).to.equal(want(lang));
        const unit = lang === 'zh-CN' ? '个' : 'items';
        expect(figureSr(el)).to.equal(lang === 'zh-CN' ? `${want(lang)}${unit}` : `${want(lang)} ${unit}`);
        expect(fold(el.shadowRoot!.querySelector('.value .ghost')?.textContent)).to.equal(want(lang));
        expect(shadowText(el)).not.to.match(/NaN|undefined|Infinity|null/);
      });
    }
  }

  it('the documented examples: 1.45万 / 14.5K, 14,474, 1,234 / 1.23K', () => {
    // The docs' table written by Intl (guards the test's own expectations).
    expect([
      compactNf('zh-CN', 14500),
      compactNf('en', 14500),
      fullNf('en', 14474),
      fullNf('zh-CN', 1234),
      compactNf('en', 1234),
    ]).to.deep.equal(['1.45万', '14.5K', '14,474', '1,234', '1.23K']);
  });
});

describe('counter sweep: change, approximate, unit, sources (reduced motion)', function () {
  this.timeout(30000);
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  for (const lang of LANGS) {
    it(`${lang}: previous 0 gives no change at all (no Infinity%, no ↑)`, async () => {
      const el = await counter(stat('p0', 100, { earlier: { value: 0, date: '2015' } }), {}, lang);
      expect(fold(el.shadowRoot!.querySelector('[part="change"]')?.textContent)).to.equal('');
      expect(shadowText(el)).not.to.match(/Infinity|∞|NaN|↑/);
    });

    it(`${lang}: previous equal to the value is "no change" (持平 / unchanged), no arrow`, async () => {
      const el = await counter(stat('same', 100, { earlier: { value: 100, date: '2015' } }), {}, lang);
      const want = lang === 'zh-CN' ? '与2015年持平' : 'unchanged since 2015';
      expect(changeVisual(el)).to.equal(want);
      expect(changeSr(el)).to.equal(want);
      expect(shadowText(el)).not.to.match(/[↑↓]|0%/);
      expect(el.shadowRoot!.querySelector('[part="change"]')?.classList.contains('same')).to.equal(true);
    });

    it(`${lang}: previous larger is ↓ with words; previous smaller is ↑`, async () => {
      const down = await counter(stat('down', 50, { earlier: { value: 200, date: '2015' } }), {}, lang);
      const up = await counter(stat('up', 300, { earlier: { value: 200, date: '2015-07' } }), {}, lang);
      const since =
        lang === 'zh-CN'
          ? '2015年7月'
          : new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2015, 6, 1));
      if (lang === 'zh-CN') {
        expect([changeVisual(down), changeSr(down)]).to.deep.equal([`较2015年↓${pct(lang, 0.75)}`, `较2015年下降${pct(lang, 0.75)}`]);
        expect([changeVisual(up), changeSr(up)]).to.deep.equal([`较${since}↑${pct(lang, 0.5)}`, `较${since}增长${pct(lang, 0.5)}`]);
      } else {
        expect([changeVisual(down), changeSr(down)]).to.deep.equal([
          `↓${pct(lang, 0.75)} since 2015`,
          `down ${pct(lang, 0.75)} since 2015`,
        ]);
        expect([changeVisual(up), changeSr(up)]).to.deep.equal([
          `↑${pct(lang, 0.5)} since ${since}`,
          `up ${pct(lang, 0.5)} since ${since}`,
        ]);
      }
      expect(down.shadowRoot!.querySelector('[part="change"]')?.classList.contains('down')).to.equal(true);
    });

    it(`${lang}: approximate shows 约/about (hidden) and says it once`, async () => {
      const el = await counter(stat('ap', 14500, { approximate: true }), {}, lang);
      const approx = el.shadowRoot!.querySelector('.approx');
      expect(fold(approx?.textContent)).to.equal(lang === 'zh-CN' ? '约' : 'about');
      expect(approx?.getAttribute('aria-hidden') ?? null).to.equal('true');
      expect(figureSr(el)).to.equal(lang === 'zh-CN' ? `约${compactNf(lang, 14500)}个` : `about ${compactNf(lang, 14500)} items`);
      const exact = await counter(stat('ex', 14500), {}, lang);
      expect(exact.shadowRoot!.querySelector('.approx') === null).to.equal(true);
      expect(figureSr(exact)).not.to.match(/约|about/);
    });

    it(`${lang}: no unit: no unit part, no dangling space`, async () => {
      const s = stat('nu', 14500);
      delete s.unit;
      const el = await counter(s, {}, lang);
      expect(el.shadowRoot!.querySelector('[part="unit"]') === null).to.equal(true);
      expect(el.shadowRoot!.querySelector('[part="figure"] .sr-only')?.textContent ?? '').to.equal(compactNf(lang, 14500));
      const ap = { ...s, id: 'nua', approximate: true };
      const el2 = await counter(ap, {}, lang);
      expect(el2.shadowRoot!.querySelector('[part="figure"] .sr-only')?.textContent ?? '').to.equal(
        `${lang === 'zh-CN' ? '约' : 'about '}${compactNf(lang, 14500)}`,
      );
    });

    it(`${lang}: five sources, one without a title: five links by host, in order, titled by title or URL`, async () => {
      const sources = [
        { url: 'https://www.alpha.example/a', title: { 'zh-CN': '甲来源', en: 'Alpha source' } },
        { url: 'http://beta.example/b?x=1' },
        { url: 'https://gamma.example:8443/c', title: 'Gamma' },
        { url: 'https://delta.example/d', title: 'Delta' },
        { url: 'https://sub.epsilon.example/e', title: 'Epsilon' },
      ];
      const el = await counter(stat('src5', 208, { sources }), {}, lang);
      const links = [...el.shadowRoot!.querySelectorAll('[part="meta"] a')] as HTMLAnchorElement[];
      expect(links.map((a) => `${fold(a.textContent)}|${a.title}|${a.getAttribute('href')}`)).to.deep.equal([
        `alpha.example|${lang === 'zh-CN' ? '甲来源' : 'Alpha source'}|https://www.alpha.example/a`,
        'beta.example|http://beta.example/b?x=1|http://beta.example/b?x=1',
        'gamma.example|Gamma|https://gamma.example:8443/c',
        'delta.example|Delta|https://delta.example/d',
        'sub.epsilon.example|Epsilon|https://sub.epsilon.example/e',
      ]);
      const date =
        lang === 'zh-CN'
          ? '2019年12月'
          : new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(Date.UTC(2019, 11, 1));
      const sep = lang === 'zh-CN' ? '、' : ', ';
      expect(fold(el.shadowRoot!.querySelector('[part="meta"]')?.textContent)).to.equal(
        `${date} · ${lang === 'zh-CN' ? '来源：' : 'Source: '}${['alpha.example', 'beta.example', 'gamma.example', 'delta.example', 'sub.epsilon.example'].join(sep)}`,
      );
      // The meta row is not cut at 700px.
      const meta = el.shadowRoot!.querySelector('[part="meta"]') as HTMLElement;
      expect(meta.scrollWidth <= meta.clientWidth && meta.scrollHeight <= meta.clientHeight + 1).to.equal(true);
    });
  }
});

describe('counter sweep: the count-up', function () {
  this.timeout(60000);
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));

  interface Run {
    texts: string[];
    sr: string[];
    widths: number[];
    final: string;
  }

  /** Mounts a counter in view and records every text its number shows until it settles. */
  async function countUp(s: Json, attrs: Record<string, string>, lang: Lang): Promise<Run & { el: GovStatsCounter }> {
    const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 700px"></div>`);
    const el = document.createElement('gov-stats-counter') as GovStatsCounter;
    el.setAttribute('stat', s.id);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.data = statsFile(s);
    const texts: string[] = [];
    const sr: string[] = [];
    const widths: number[] = [];
    const record = () => {
      const cur = el.shadowRoot?.querySelector('.value .current');
      if (!cur) return;
      const t = fold(cur.textContent);
      if (texts[texts.length - 1] !== t) texts.push(t);
      sr.push(figureSr(el));
    };
    wrap.append(el);
    const mo = new MutationObserver(record);
    mo.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    await settled(el);
    record();
    const ghost = () => fold(el.shadowRoot!.querySelector('.value .ghost')?.textContent);
    const t0 = performance.now();
    while (performance.now() - t0 < 3000) {
      record();
      const v = el.shadowRoot!.querySelector('[part="value"]');
      if (v) widths.push(Math.round(v.getBoundingClientRect().width * 10) / 10);
      if (texts.length > 1 && shownValue(el) === ghost()) break;
      await frame();
    }
    await sleep(300);
    record();
    mo.disconnect();
    return { el, texts, sr, widths, final: ghost() };
  }

  /** "14.5K" → 14500, "1.45万" → 14500, "-5,000" → -5000. */
  function parse(text: string, lang: Lang): number {
    const units: Record<string, number> = lang === 'zh-CN' ? { 万: 1e4, 亿: 1e8, 万亿: 1e12 } : { K: 1e3, M: 1e6, B: 1e9, T: 1e12 };
    const m = /^(-?[\d,]*\.?\d+)(万亿|万|亿|K|M|B|T)?$/.exec(text.replace(/\u2212/g, '-'));
    if (!m) return NaN;
    return Number(m[1]!.replace(/,/g, '')) * (m[2] ? units[m[2]]! : 1);
  }

  const runs: [string, Json, Record<string, string>][] = [
    ['14,500 full', stat('c1', 14500), { format: 'full' }],
    ['123456789.123 full', stat('c2', 123456789.123), { format: 'full' }],
    ['1e12 full', stat('c3', 1e12), { format: 'full' }],
    ['63,000 auto (compact)', stat('c4', 63000), {}],
    ['1e12 auto (compact)', stat('c5', 1e12), {}],
    ['0', stat('c6', 0), {}],
  ];
  for (const lang of LANGS) {
    for (const [name, s, attrs] of runs) {
      it(`${lang} ${name}: never beyond the final, ends on exactly the final text; screen readers get the final from the first frame`, async () => {
        const r = await countUp(s, attrs, lang);
        const final = r.final;
        expect(r.texts.at(-1)).to.equal(final);
        // It counts visibly — unless the final text has a single digit ("1T", "1万亿"): the count
        // runs in the final's unit and decimals (so the box never widens), 0T → 1T.
        if (s.value !== 0 && final.replace(/\D/g, '').length > 1) expect(r.texts.length).to.be.greaterThan(3);
        const beyond = r.texts.filter((t) => !(Math.abs(parse(t, lang)) <= Math.abs(parse(final, lang))));
        expect(beyond).to.deep.equal([]);
        // Never going down.
        const nums = r.texts.map((t) => parse(t, lang));
        expect(nums.every((v, i) => i === 0 || v >= nums[i - 1]!)).to.equal(true);
        const unit = lang === 'zh-CN' ? '个' : 'items';
        expect([...new Set(r.sr)]).to.deep.equal([lang === 'zh-CN' ? `${final}${unit}` : `${final} ${unit}`]);
        expect(r.el.shadowRoot!.querySelector('[part="value"]')?.getAttribute('aria-hidden') ?? null).to.equal('true');
      });
    }

    it(`${lang} -5,000: counts down to -5,000 without ever showing "-0"`, async () => {
      const r = await countUp(stat('neg', -5000), {}, lang);
      expect(r.texts.at(-1)).to.equal(fullNf(lang, -5000));
      expect(r.texts.filter((t) => !(parse(t, lang) <= 0 && parse(t, lang) >= -5000))).to.deep.equal([]);
    });
  }

  // Was: counting to a negative value shows "-0" for a frame: the first animation frame has
  // elapsed 0, countValue(-5000, 0, …) = -5000 * 0 = -0 (Math.round keeps -0), and
  // Intl.NumberFormat formats -0 as "-0". stats-counter.ts maybeStart() / format-number.ts
  // countValue(). Fix: `return Math.round(v * f) / f || 0` in countValue (turns -0 into 0).
  it('a negative value never shows "-0" (or "-0.0") while counting', async () => {
    const seen: string[] = [];
    for (const lang of LANGS) {
      for (const value of [-5000, -0.5]) {
        const r = await countUp(stat(`neg${String(value).replace(/\W/g, '')}`, value), {}, lang);
        seen.push(...r.texts.filter((t) => /^[-\u2212]0([.,]0+)?$/.test(t)).map((t) => `${lang} ${value}: ${t}`));
      }
    }
    expect(seen).to.deep.equal([]);
  });

  // Was: the number's box is documented to have the final width from the first frame ("a hidden
  // copy of the final text … nothing jitters"), but with the compact format the counting values
  // are often wider than the final text: en 63,000 → final "63K", counting shows "9.99K", "999",
  // "62.4K"; zh 1e12 → "1万亿" vs "9,990亿". The grid cell grows to the widest child, so the box
  // widens and narrows while counting. stats-counter.ts shownText() formats intermediate values
  // in the final's style with 3 significant digits. Fix: in compact style count with the final
  // value's own unit and fraction digits (e.g. Intl compact with maximumFractionDigits fixed to
  // the final's and the unit of the final), or reserve the widest text (e.g. ghost of the final
  // formatted with `minimumSignificantDigits: 3`).
  it('compact count-up: the value box keeps the final width (en 63K, zh-CN 1万亿)', async () => {
    const out: string[] = [];
    for (const [lang, s] of [
      ['en', stat('w1', 63000)],
      ['zh-CN', stat('w2', 1e12)],
      ['en', stat('w3', 1e12)],
    ] as [Lang, Json][]) {
      const r = await countUp(s, {}, lang);
      const ws = [...new Set(r.widths)];
      if (ws.length > 1)
        out.push(`${lang} ${s.value}: widths ${Math.min(...ws)}–${Math.max(...ws)} (${r.texts.slice(0, 4).join(', ')} … ${r.final})`);
    }
    expect(out).to.deep.equal([]);
  });
});
