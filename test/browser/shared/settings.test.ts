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
import { expect, fixture } from '@open-wc/testing';
import '../../../src/index.js';
import { settled, shadowText, unique } from '../helpers.js';
import type { GovElement } from '../../../src/base/gov-element.js';

const errors: unknown[] = [];
window.addEventListener('error', (e) => errors.push(e.error ?? e.message));
window.addEventListener('unhandledrejection', (e) => errors.push(e.reason));

/** gov-error events seen since the test began (they are composed: the document hears them). */
let govErrors: { kind: string; message: string }[] = [];
document.addEventListener('gov-error', (e) => govErrors.push((e as CustomEvent).detail));

beforeEach(() => {
  govErrors = [];
  errors.length = 0;
});

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** An element (the first child of the markup) after its data settled and it rendered. */
async function mount<T extends GovElement = GovElement>(markup: string, wrapAttrs = ''): Promise<T> {
  const wrap = await fixture(`<div ${wrapAttrs} style="width: 700px">${markup}</div>`);
  const el = wrap.firstElementChild as T;
  await ready(el);
  return el;
}

async function ready(el: GovElement): Promise<void> {
  await settled(el);
  await wait(30);
  await el.updateComplete;
}

/** Sets (string) or removes (null) an attribute, then waits for the re-render. */
async function attr(el: GovElement, name: string, value: string | null): Promise<void> {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await ready(el);
}

/** Sets a property with any value (as a framework would), then waits for the re-render. */
async function prop(el: GovElement, name: string, value: unknown): Promise<void> {
  (el as unknown as Record<string, unknown>)[name] = value;
  await ready(el);
}

const q = (el: Element, sel: string) => el.shadowRoot!.querySelector(sel);
const qa = (el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll(sel)];
const count = (el: Element, sel: string) => qa(el, sel).length;
const textOf = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
const attrOf = (el: Element, sel: string, name: string) => q(el, sel)?.getAttribute(name) ?? '';
const hasStatus = (el: Element) => !!q(el, '[part~="status"]');
const statusText = (el: Element) => textOf(el, '[part~="status"]');

/** No junk in what is seen or heard, no exception, and something is shown. */
function clean(el: GovElement): void {
  const text = shadowText(el);
  expect(text.length, 'visible text').to.be.greaterThan(0);
  expect(text).not.to.match(/\bNaN\b|\bundefined\b|\bnull\b|\[object/);
  for (const label of qa(el, '[aria-label]').map((x) => x.getAttribute('aria-label') ?? '')) {
    expect(label.trim().length, 'aria-label').to.be.greaterThan(0);
    expect(label).not.to.match(/\bNaN\b|\bundefined\b|\bnull\b|\[object/);
  }
  expect(el.getBoundingClientRect().height, 'box height').to.be.greaterThan(10);
  expect(errors.map(String)).to.deep.equal([]);
}

/** A readable message in the element's own box and one no-data gov-error. */
function noDataMessage(el: GovElement, message: RegExp): void {
  expect(hasStatus(el), 'status box').to.equal(true);
  expect(statusText(el)).to.match(message);
  expect(govErrors.map((e) => e.kind)).to.include('no-data');
  clean(el);
}

// ---------------------------------------------------------------------------------------------

describe('<gov-tier-badge> settings', function () {
  this.timeout(30000);
  const FULL = '非常高 · 并列第1名 · 96.73';
  const badgeLabel = (el: Element) => attrOf(el, '[part="badge"]', 'aria-label');
  const badgeClass = (el: Element) => attrOf(el, '[part~="badge"]', 'class');
  const badgeHeight = (el: Element) => Math.round(q(el, '[part~="badge"]')!.getBoundingClientRect().height);

  it('variant flat / pill / card as documented', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020"></gov-tier-badge>');
    expect(badgeClass(el)).to.match(/\bflat\b/);
    await attr(el, 'variant', 'pill');
    expect(badgeClass(el)).to.match(/\bpill\b/);
    await attr(el, 'variant', 'card');
    expect(badgeClass(el)).to.match(/\bcard\b/);
    expect(textOf(el, '[part="region"]')).to.equal('广东');
    expect(textOf(el, '[part="source"]')).to.match(/^来源：/);
    clean(el);
  });

  for (const v of ['PILL', ' pill ', 'round', '']) {
    it(`variant="${v}" falls back to flat with the full message`, async () => {
      const el = await mount(`<gov-tier-badge region="广东" year="2020" variant="${v}"></gov-tier-badge>`);
      expect(badgeClass(el)).to.match(/\bflat\b/);
      expect(textOf(el, '[part="message"]')).to.equal(FULL);
      clean(el);
    });
  }

  it('variant card, then removed: back to flat (no region or source line left)', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020" variant="card"></gov-tier-badge>');
    await attr(el, 'variant', null);
    expect(badgeClass(el)).to.match(/\bflat\b/);
    expect(count(el, '[part="region"], [part="source"]')).to.equal(0);
    expect(shadowText(el)).to.equal(`网上政务服务能力 2020年${FULL}`);
  });

  it('size small / medium / large are 18 / 20 / 28 px; unknown and removed sizes are medium', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020" size="small"></gov-tier-badge>');
    expect(badgeHeight(el)).to.equal(18);
    await attr(el, 'size', 'large');
    expect(badgeHeight(el)).to.equal(28);
    await attr(el, 'size', 'huge');
    expect(badgeHeight(el)).to.equal(20);
    await attr(el, 'size', 'large');
    await attr(el, 'size', null);
    expect(badgeHeight(el)).to.equal(20);
    await prop(el, 'size', 'small'); // the property reflects, so the size styles follow it
    expect(el.getAttribute('size')).to.equal('small');
    expect(badgeHeight(el)).to.equal(18);
  });

  const shows: [string, string, string][] = [
    ['tier', '非常高', '广东 网上政务服务能力 2020年：非常高'],
    ['rank score', '并列第1名 · 96.73', '广东 网上政务服务能力 2020年：并列第1名，得分96.73'],
    ['score,rank', '并列第1名 · 96.73', '广东 网上政务服务能力 2020年：并列第1名，得分96.73'],
    ['  score  ', '96.73', '广东 网上政务服务能力 2020年：得分96.73'],
    ['TIER', FULL, '广东 网上政务服务能力 2020年：非常高，并列第1名，得分96.73'],
    ['nothing-known', FULL, '广东 网上政务服务能力 2020年：非常高，并列第1名，得分96.73'],
    ['', FULL, '广东 网上政务服务能力 2020年：非常高，并列第1名，得分96.73'],
  ];
  for (const [show, message, label] of shows) {
    it(`show="${show}"`, async () => {
      const el = await mount(`<gov-tier-badge region="广东" year="2020" show="${show}"></gov-tier-badge>`);
      expect(textOf(el, '[part="message"]')).to.equal(message);
      expect(badgeLabel(el)).to.equal(label);
      clean(el);
    });
  }

  it('show="score" for a region without a score shows what there is (never blank)', async () => {
    const el = await mount('<gov-tier-badge region="新疆生产建设兵团" year="2020" show="score"></gov-tier-badge>');
    expect(textOf(el, '[part="message"]')).to.equal('中 · 第28名');
    clean(el);
  });

  it('show set, then removed: every part again', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020" show="rank"></gov-tier-badge>');
    expect(textOf(el, '[part="message"]')).to.equal('并列第1名');
    await attr(el, 'show', null);
    expect(textOf(el, '[part="message"]')).to.equal(FULL);
  });

  it('year="abc" is ignored: the default edition', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="abc"></gov-tier-badge>');
    const def = await mount('<gov-tier-badge region="广东"></gov-tier-badge>');
    expect(shadowText(el)).to.equal(shadowText(def));
    expect(badgeLabel(el)).to.equal(badgeLabel(def));
    clean(el);
  });

  for (const y of ['2020.5', '-1', '1999', '1e3']) {
    it(`year="${y}": a message naming the year and a gov-error`, async () => {
      const el = await mount(`<gov-tier-badge region="广东" year="${y}"></gov-tier-badge>`);
      noDataMessage(el, new RegExp(`没有${String(Number(y)).replace('.', '\\.')}年的评估结果`));
    });
  }

  it('year="1999", then removed: back to the default edition', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="1999"></gov-tier-badge>');
    expect(hasStatus(el)).to.equal(true);
    await attr(el, 'year', null);
    expect(hasStatus(el)).to.equal(false);
    expect(badgeLabel(el)).to.equal('广东 网上政务服务能力 2021年：非常高，第1名');
  });

  it('year as a number property equals the attribute', async () => {
    const a = await mount('<gov-tier-badge region="广东" year="2019"></gov-tier-badge>');
    const p = await mount('<gov-tier-badge region="广东"></gov-tier-badge>');
    await prop(p, 'year', 2019);
    expect(shadowText(p)).to.equal(shadowText(a));
    expect(shadowText(p)).to.contain('2019年');
    expect(p.getAttribute('year')).to.equal('2019');
  });

  // Was: tier-badge.ts select(): `Number.isFinite(this.year)` is false for the string "2019" a
  // framework (Vue with a static year="2019") sets, so the badge silently shows the latest edition
  // (2021) instead of 2019. Fix: coerce, e.g. `const y = this.year == null || this.year === '' ? null : Number(this.year)`.
  it('year as a string property "2019" shows the 2019 edition', async () => {
    const el = await mount('<gov-tier-badge region="广东"></gov-tier-badge>');
    await prop(el, 'year', '2019');
    expect(badgeLabel(el)).to.contain('2019年');
  });

  it('region in every documented form, and as a number property', async () => {
    for (const r of ['广东', '广东省', 'Guangdong', 'CN-GD', '粤', '440000', ' 广东 ', 'ＣＮ－ＧＤ']) {
      const el = await mount(`<gov-tier-badge region="${r}" year="2020"></gov-tier-badge>`);
      expect(badgeLabel(el), r).to.equal('广东 网上政务服务能力 2020年：非常高，并列第1名，得分96.73');
    }
    const el = await mount('<gov-tier-badge year="2020"></gov-tier-badge>');
    await prop(el, 'region', 440000);
    expect(badgeLabel(el)).to.equal('广东 网上政务服务能力 2020年：非常高，并列第1名，得分96.73');
  });

  it('region unknown / empty: a message and a gov-error; then a known region recovers', async () => {
    const el = await mount('<gov-tier-badge region="火星" year="2020"></gov-tier-badge>');
    noDataMessage(el, /未知地区“火星”/);
    await attr(el, 'region', '');
    expect(statusText(el)).to.contain('请设置 region 属性');
    await attr(el, 'region', '浙江');
    expect(hasStatus(el)).to.equal(false);
    expect(badgeLabel(el)).to.equal('浙江 网上政务服务能力 2020年：非常高，并列第1名，得分96.73');
  });

  it('region changed after load re-renders; removed gives the "set region" message', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020"></gov-tier-badge>');
    await attr(el, 'region', '上海');
    expect(badgeLabel(el)).to.match(/^上海 /);
    expect(shadowText(el)).not.to.contain('广东');
    await attr(el, 'region', null);
    noDataMessage(el, /请设置 region 属性/);
  });

  it('assessment unknown: a message naming it; removed: the default assessment', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020" assessment="no-such-thing"></gov-tier-badge>');
    noDataMessage(el, /no-such-thing/);
    await attr(el, 'assessment', null);
    expect(badgeLabel(el)).to.contain('网上政务服务能力 2020年');
  });

  it('href set makes a link named by its content; removed, the badge is an image again', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020"></gov-tier-badge>');
    await attr(el, 'href', 'https://example.org/report');
    expect(attrOf(el, 'a[part="badge"]', 'href')).to.equal('https://example.org/report');
    expect(textOf(el, 'a[part="badge"]')).to.contain('广东');
    await attr(el, 'href', null);
    expect(count(el, 'a')).to.equal(0);
    expect(attrOf(el, '[part="badge"]', 'role')).to.equal('img');
  });

  const langs: [string, RegExp][] = [
    ['en', /^Guangdong Online government services 2020: Very high, No\. 1 \(tied\), score 96\.73$/],
    ['en-GB', /^Guangdong /],
    ['EN', /^Guangdong /],
    [' en-US ', /^Guangdong /],
    ['zh-TW', /^广东 网上政务服务能力 2020年：/],
    ['zh-Hant', /^广东 /],
    ['ja', /^广东 /],
    ['', /^广东 /],
  ];
  for (const [lang, label] of langs) {
    it(`lang="${lang}"`, async () => {
      const el = await mount(`<gov-tier-badge region="广东" year="2020" lang="${lang}"></gov-tier-badge>`);
      expect(badgeLabel(el)).to.match(label);
      clean(el);
    });
  }

  it('lang changed and removed after load; an ancestor lang is followed', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020"></gov-tier-badge>', 'lang="en-GB"');
    expect(badgeLabel(el)).to.match(/^Guangdong /);
    await attr(el, 'lang', 'zh-CN');
    expect(badgeLabel(el)).to.match(/^广东 /);
    await attr(el, 'lang', null);
    expect(badgeLabel(el)).to.match(/^Guangdong /);
    el.parentElement!.removeAttribute('lang');
    await wait(50);
    await ready(el);
    expect(badgeLabel(el)).to.match(/^广东 /);
    await prop(el, 'lang', 'en');
    expect(el.getAttribute('lang')).to.equal('en');
    expect(badgeLabel(el)).to.match(/^Guangdong /);
  });

  it('an error message follows a language change', async () => {
    const el = await mount('<gov-tier-badge region="火星" year="2020"></gov-tier-badge>');
    await attr(el, 'lang', 'en');
    expect(statusText(el)).to.contain('Unknown region “火星”');
  });
});

// ---------------------------------------------------------------------------------------------

describe('<gov-trend-sparkline> settings', function () {
  this.timeout(30000);
  const summary = (el: Element) => attrOf(el, 'svg[part="svg"]', 'aria-label');

  it('metric rank (default), score, unknown and removed', async () => {
    const el = await mount('<gov-trend-sparkline region="广东"></gov-trend-sparkline>');
    expect(summary(el)).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
    await attr(el, 'metric', 'score');
    expect(summary(el)).to.equal('广东 得分：2019年 96.73');
    expect(textOf(el, '[part="label"]')).to.equal('96.73');
    await attr(el, 'metric', 'SCORE');
    expect(summary(el)).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
    await attr(el, 'metric', 'score');
    await attr(el, 'metric', null);
    expect(summary(el)).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
    expect(textOf(el, '[part="label"]')).to.equal('第1名');
    clean(el);
  });

  it('markers set then removed', async () => {
    const el = await mount('<gov-trend-sparkline region="广东"></gov-trend-sparkline>');
    expect(count(el, '[part="marker"]')).to.equal(0);
    await attr(el, 'markers', '');
    expect(count(el, '[part="marker"]')).to.equal(2);
    await attr(el, 'markers', null);
    expect(count(el, '[part="marker"]')).to.equal(0);
    await prop(el, 'markers', true);
    expect(count(el, '[part="marker"]')).to.equal(2);
    expect(el.hasAttribute('markers')).to.equal(true);
    await prop(el, 'markers', false);
    expect(count(el, '[part="marker"]')).to.equal(0);
    expect(el.hasAttribute('markers')).to.equal(false);
  });

  it('bands: shaded for score, ignored for rank, gone when removed', async () => {
    const el = await mount('<gov-trend-sparkline region="广东" metric="score" bands></gov-trend-sparkline>');
    expect(count(el, '[part="band"]')).to.be.greaterThan(0);
    await attr(el, 'metric', 'rank');
    expect(count(el, '[part="band"]')).to.equal(0);
    await attr(el, 'metric', 'score');
    await attr(el, 'bands', null);
    expect(count(el, '[part="band"]')).to.equal(0);
    clean(el);
  });

  it('region in other forms and as a number property', async () => {
    const el = await mount('<gov-trend-sparkline region="Guangdong"></gov-trend-sparkline>');
    expect(summary(el)).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
    await prop(el, 'region', 440000);
    expect(summary(el)).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
  });

  it('region unknown / empty / never rated: a message and a gov-error; a known one recovers', async () => {
    const el = await mount('<gov-trend-sparkline region="火星"></gov-trend-sparkline>');
    noDataMessage(el, /未知地区“火星”/);
    await attr(el, 'region', '');
    expect(statusText(el)).to.contain('请设置 region 属性');
    await attr(el, 'region', '香港');
    expect(statusText(el)).to.contain('香港');
    await attr(el, 'region', '浙江');
    expect(hasStatus(el)).to.equal(false);
    expect(summary(el)).to.match(/^浙江 排名：/);
  });

  it('region changed after load: no stale points', async () => {
    const el = await mount('<gov-trend-sparkline region="广东"></gov-trend-sparkline>');
    await attr(el, 'region', '广州');
    expect(summary(el)).to.match(/^广州 /);
    expect(qa(el, '[part="point"]').map((p) => p.getAttribute('aria-label')).join('|')).not.to.contain('第9名');
  });

  it('assessment unknown: message; removed: the default', async () => {
    const el = await mount('<gov-trend-sparkline region="广东" assessment="nope"></gov-trend-sparkline>');
    noDataMessage(el, /nope/);
    await attr(el, 'assessment', null);
    expect(summary(el)).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
  });

  for (const [lang, re] of [['en-GB', /^Guangdong rank: 2016 No\. 9 → 2020 No\. 1$/], ['EN', /^Guangdong rank/], ['zh-Hant', /^广东 排名/], ['ja', /^广东 排名/]] as const) {
    it(`lang="${lang}"`, async () => {
      const el = await mount(`<gov-trend-sparkline region="广东" lang="${lang}"></gov-trend-sparkline>`);
      expect(summary(el)).to.match(re);
      clean(el);
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('<gov-stats-counter> settings', function () {
  this.timeout(30000);
  /** What screen readers get: the final value, at once. */
  const spoken = (el: Element) => textOf(el, '[part="figure"] .sr-only');
  /** The visible number (counting, then final). */
  const current = (el: Element) => textOf(el, '[part="value"] .current');

  const formats: [string, string, string][] = [
    ['', '约1.45万个', 'auto'],
    ['auto', '约1.45万个', 'auto'],
    ['compact', '约1.45万个', 'compact'],
    ['full', '约14,500个', 'full'],
    ['FULL', '约1.45万个', 'unknown → auto'],
    [' full ', '约1.45万个', 'spaces → auto'],
    ['scientific', '约1.45万个', 'unknown → auto'],
  ];
  for (const [format, text, why] of formats) {
    it(`format="${format}" (${why})`, async () => {
      const el = await mount(`<gov-stats-counter stat="gov-websites" format="${format}"></gov-stats-counter>`);
      expect(spoken(el)).to.equal(text);
      clean(el);
    });
  }

  it('format compact below 10,000 in zh-CN is the full number; in English 1.23K-style', async () => {
    const zh = await mount('<gov-stats-counter stat="open-data-platforms" format="compact"></gov-stats-counter>');
    expect(spoken(zh)).to.equal('208个');
    const en = await mount('<gov-stats-counter stat="gov-websites-2018-06-city-departments" format="compact" lang="en"></gov-stats-counter>');
    expect(spoken(en)).to.match(/^13\.6K /);
  });

  it('format changed and removed after the count finished: the visible number follows', async () => {
    const el = await mount('<gov-stats-counter stat="gov-websites"></gov-stats-counter>');
    await wait(1500);
    expect(current(el)).to.equal('1.45万');
    await attr(el, 'format', 'full');
    expect(current(el)).to.equal('14,500');
    await attr(el, 'format', null);
    expect(current(el)).to.equal('1.45万');
    await prop(el, 'format', 'full');
    expect(el.getAttribute('format')).to.equal('full');
    expect(current(el)).to.equal('14,500');
  });

  it('stat changed after the count finished: new label, value, change and source', async () => {
    const el = await mount('<gov-stats-counter stat="gov-websites"></gov-stats-counter>');
    await wait(1500);
    await attr(el, 'stat', 'open-data-platforms');
    expect(textOf(el, '[part="label"]')).to.equal('地方政府数据开放平台');
    expect(current(el)).to.equal('208');
    expect(spoken(el)).to.equal('208个');
    expect(shadowText(el)).not.to.contain('1.45万');
    clean(el);
  });

  // Was: stats-counter.ts maybeStart(): the count-up captures `target = this.view.value` when it
  // starts; a `stat` changed mid-count keeps counting towards the old value in the new format:
  // stat gov-websites → open-data-records-2019-03 shows "4,786.0 亿条" on the way to 11.9 亿条.
  // Fix: read `this.view.value` in `step`, or finish()/restart the count when the view changes.
  it('stat changed while counting: the number never exceeds the new final value', async () => {
    const el = await mount('<gov-stats-counter stat="gov-websites"></gov-stats-counter>');
    el.setAttribute('stat', 'open-data-records-2019-03');
    await el.updateComplete;
    await wait(150);
    const shown = Number(current(el).replace(/,/g, ''));
    expect(spoken(el)).to.equal('11.9亿条');
    expect(shown).to.be.at.most(11.9);
  });

  for (const stat of ['nope', ' gov-websites ', 'GOV-WEBSITES']) {
    it(`stat="${stat}": a message naming it and a gov-error`, async () => {
      const el = await mount(`<gov-stats-counter stat="${stat}"></gov-stats-counter>`);
      noDataMessage(el, new RegExp(`数据中没有统计项“${stat}”`));
    });
  }

  it('stat empty / removed: "set the stat attribute"; set again: the value', async () => {
    const el = await mount('<gov-stats-counter stat=""></gov-stats-counter>');
    noDataMessage(el, /请设置 stat 属性/);
    await attr(el, 'stat', 'gov-websites');
    expect(hasStatus(el)).to.equal(false);
    expect(spoken(el)).to.equal('约1.45万个');
    await attr(el, 'stat', null);
    expect(statusText(el)).to.contain('请设置 stat 属性');
  });

  it('lang en-GB / EN / zh-Hant, and changed after load', async () => {
    const el = await mount('<gov-stats-counter stat="gov-websites" lang="en-GB"></gov-stats-counter>');
    expect(spoken(el)).to.equal('about 14.5K websites');
    await attr(el, 'lang', 'EN');
    expect(spoken(el)).to.equal('about 14.5K websites');
    await attr(el, 'lang', 'zh-Hant');
    expect(spoken(el)).to.equal('约1.45万个');
    expect(textOf(el, '[part="change"]')).to.contain('较2015年');
    clean(el);
  });
});

// ---------------------------------------------------------------------------------------------

describe('<gov-rank-table> settings', function () {
  this.timeout(30000);
  const rows = (el: Element) => count(el, 'tbody tr');
  const footnote = (el: Element) => textOf(el, '[part="footnote"]');
  const title = (el: Element) => textOf(el, '[part="title"]');
  const highlighted = (el: Element) => qa(el, 'tr[part~="highlighted"] .name').map((n) => n.textContent).sort().join(',');
  const headers = (el: Element) => qa(el, 'th[part="header"]').map((h) => (h.textContent ?? '').replace(/[▲▼↕\s]/g, '')).join('|');

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

  for (const [lang, re] of [['en-GB', /^=1Zhejiang|^=1Guangdong/], ['EN', /^=1/], ['zh-TW', /^1（并列）/], ['ja', /^1（并列）/]] as const) {
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

// ---------------------------------------------------------------------------------------------

describe('<gov-rank-map> settings', function () {
  this.timeout(40000);
  const svgLabel = (el: Element) => attrOf(el, 'svg[part="svg"]', 'aria-label');
  const caption = (el: Element) => textOf(el, '[part="caption"]');
  const regions = (el: Element) => count(el, 'g[part="region"]');
  const dim = (el: Element) => count(el, 'g[part="region"].dim');
  const notDim = (el: Element) => qa(el, 'g[part="region"]:not(.dim)').map((g) => g.getAttribute('data-code')).sort().join(',');
  const pressed = (el: Element) => qa(el, 'g[part="region"][aria-pressed="true"]').map((g) => g.getAttribute('data-code')).join(',');
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

  for (const [lang, re] of [['en-GB', /^Map: .*coloured by tier$/], ['EN', /^Map: /], ['zh-Hant', /^地图：/], ['ja', /^地图：/], ['', /^地图：/]] as const) {
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

describe('settings that count as "not set"', function () {
  this.timeout(20000);

  it('year="" is the default edition, not the year 0 (badge, table, map)', async () => {
    for (const tag of ['gov-tier-badge region="广东"', 'gov-rank-table', 'gov-rank-map']) {
      const el = await mount(`<${tag} year=""></${tag.split(' ')[0]}>`, 'lang="zh-CN"');
      expect(hasStatus(el), `${tag}: ${statusText(el)}`).to.equal(false);
      expect(shadowText(el), tag).not.to.match(/(^|[^0-9])0年/);
      expect(govErrors.length, tag).to.equal(0);
    }
  });

  it('lang="en_US" (as some CMSs write it) speaks English', async () => {
    const el = await mount('<gov-tier-badge region="广东" year="2020" lang="en_US"></gov-tier-badge>');
    expect(textOf(el, '[part~="message"]')).to.contain('Very high');
  });

  it('a missing geometry file points at the geometry attribute, not src', async () => {
    const el = await mount(`<gov-rank-map geometry="/__test__/status?code=404&${unique()}"></gov-rank-map>`, 'lang="zh-CN"');
    expect(statusText(el)).to.contain('请检查 geometry 地址');
    expect(statusText(el)).not.to.contain('src');
  });
});
