// A count, not an index: the CNNIC number of government websites per provincial unit (Dec 2019),
// bundled as `cnnic-gov-websites-province`. Map, legend, tooltip, table and badge show it with its
// unit and grouping, coloured by its own value range — never as a "score" from 0 to 100.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { GovTierBadge } from '../../../src/define/badge.js';
import { settled, shadowText } from '../helpers.js';

const ID = 'cnnic-gov-websites-province';

describe('<gov-tier-badge> of a count', () => {
  it('says the count with its unit, not a score', async () => {
    const el = await fixture<GovTierBadge>(html`<gov-tier-badge assessment=${ID} region="四川" year="2020" lang="zh-CN"></gov-tier-badge>`);
    await settled(el);
    const text = shadowText(el);
    expect(text).to.contain('909 个');
    expect(text).to.not.contain('分');
    const en = await fixture<GovTierBadge>(html`<gov-tier-badge assessment=${ID} region="Sichuan" year="2020" lang="en"></gov-tier-badge>`);
    await settled(en);
    expect(shadowText(en)).to.contain('909 websites');
  });
});
