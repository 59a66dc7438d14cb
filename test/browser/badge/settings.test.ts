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
import { shadowText } from '../helpers.js';
import {
  wait,
  mount,
  ready,
  attr,
  prop,
  q,
  count,
  textOf,
  attrOf,
  hasStatus,
  statusText,
  clean,
  noDataMessage,
} from '../shared/settings-kit.js';

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
