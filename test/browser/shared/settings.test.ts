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
import { shadowText, unique, until } from '../helpers.js';
import { govErrors, mount, textOf, hasStatus, statusText } from './settings-kit.js';

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
    // Settled means the results loaded; the geometry's own request may still be on its way.
    await until(() => !!el.shadowRoot?.querySelector('[part~="status"].error'), 'the geometry error box');
    expect(statusText(el)).to.contain('请检查 geometry 地址');
    expect(statusText(el)).not.to.contain('src');
  });
});
