// A count, not an index: the CNNIC number of government websites per provincial unit (Dec 2019),
// bundled as `cnnic-gov-websites-province`. Map, legend, tooltip, table and badge show it with its
// unit and grouping, coloured by its own value range — never as a "score" from 0 to 100.
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import type { GovRankTable } from '../../../src/define/table.js';
import { $$, settled, shadowText } from '../helpers.js';

const ID = 'cnnic-gov-websites-province';

describe('<gov-rank-table> of a count', () => {
  it('heads the column "Count", shows values with the unit and the change, largest first', async () => {
    const el = await fixture<GovRankTable>(html`<gov-rank-table assessment=${ID} year="2020" lang="en"></gov-rank-table>`);
    await settled(el);
    const head = $$(el, 'thead th').map((th) => th.textContent!.replace(/[\s↕▲▼]+/g, ' ').trim());
    expect(head).to.include('Count');
    expect(head).to.not.include('Score');
    const cells = $$(el, 'tbody td.score').map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
    expect(cells.length).to.equal(32);
    expect(cells[0]).to.equal('909 websites−14.7% on the year before');
    expect(cells.find((c) => c.startsWith('215 '))).to.contain('+30.3%'); // 西藏: printed decline −30.3
    expect(shadowText(el)).to.contain('aggregator');
  });
});
