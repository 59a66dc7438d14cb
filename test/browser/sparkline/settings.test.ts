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
import { mount, attr, prop, qa, count, textOf, attrOf, hasStatus, statusText, clean, noDataMessage } from '../shared/settings-kit.js';

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
    expect(
      qa(el, '[part="point"]')
        .map((p) => p.getAttribute('aria-label'))
        .join('|'),
    ).not.to.contain('第9名');
  });

  it('assessment unknown: message; removed: the default', async () => {
    const el = await mount('<gov-trend-sparkline region="广东" assessment="nope"></gov-trend-sparkline>');
    noDataMessage(el, /nope/);
    await attr(el, 'assessment', null);
    expect(summary(el)).to.equal('广东 排名：2016年 第9名 → 2020年 第1名');
  });

  for (const [lang, re] of [
    ['en-GB', /^Guangdong rank: 2016 No\. 9 → 2020 No\. 1$/],
    ['EN', /^Guangdong rank/],
    ['zh-Hant', /^广东 排名/],
    ['ja', /^广东 排名/],
  ] as const) {
    it(`lang="${lang}"`, async () => {
      const el = await mount(`<gov-trend-sparkline region="广东" lang="${lang}"></gov-trend-sparkline>`);
      expect(summary(el)).to.match(re);
      clean(el);
    });
  }
});
