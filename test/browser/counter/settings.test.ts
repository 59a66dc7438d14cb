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
import { wait, mount, attr, prop, textOf, hasStatus, statusText, clean, noDataMessage } from '../shared/settings-kit.js';

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
    const en = await mount(
      '<gov-stats-counter stat="gov-websites-2018-06-city-departments" format="compact" lang="en"></gov-stats-counter>',
    );
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
