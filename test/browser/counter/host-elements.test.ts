/**
 * The elements as a reader meets them on a host page (issue 9, items 8–12): printed before they
 * were scrolled into view, on a 375 px phone (map tooltip, table scrolling, badges in running
 * text), side by side (whose badge is it?), with English map labels and narrow maps, and with a
 * long error.
 *
 * Font-independent: every check compares boxes (inside, not overlapping, not clipped, on one
 * line), never the pixel position of text. No DOM node goes to a chai assertion: strings only.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/map.js';
import '../../../src/define/badge.js';
import '../../../src/define/table.js';
import '../../../src/define/counter.js';
import type { GovStatsCounter } from '../../../src/define/counter.js';
import { $, fold, govIn, mountAll } from '../helpers.js';

// ─── 8. Print ───────────────────────────────────────────────────────────────────────────────

describe('print: counters not yet scrolled into view print their final value', function () {
  this.timeout(20000);
  afterEach(() => emulateMedia({ media: 'screen' }));

  // Was: a counter below the fold has not counted yet and prints "约 0.00万 个" / "0 个" — the
  // counting number is the visible one, the final value only a hidden copy that reserves width.
  it('under print media the visible number is the final value (zh-CN and en, compact and full)', async () => {
    const wrap = await mountAll(`<div style="margin-top: 3000px">
      <gov-stats-counter lang="zh-CN" stat="gov-websites"></gov-stats-counter>
      <gov-stats-counter lang="zh-CN" stat="gov-websites-cnnic" format="full"></gov-stats-counter>
      <gov-stats-counter lang="en" stat="open-datasets"></gov-stats-counter></div>`);
    await emulateMedia({ media: 'print' });
    const wrong: string[] = [];
    for (const el of govIn(wrap) as GovStatsCounter[]) {
      const value = $(el, '[part="value"]')!;
      const final = fold($(el, '.ghost')?.textContent);
      const seen = [...value.children].filter((c) => getComputedStyle(c).visibility === 'visible').map((c) => fold(c.textContent));
      if (seen.length !== 1 || seen[0] !== final || !final || /^0(\.0+)?/.test(final))
        wrong.push(`${el.getAttribute('stat')}: shows ${JSON.stringify(seen)}, final ${final}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});
