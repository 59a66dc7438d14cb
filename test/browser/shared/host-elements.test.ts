/**
 * The elements as a reader meets them on a host page (issue 9, items 8–12): printed before they
 * were scrolled into view, on a 375 px phone (map tooltip, table scrolling, badges in running
 * text), side by side (whose badge is it?), with English map labels and narrow maps, and with a
 * long error.
 *
 * Font-independent: every check compares boxes (inside, not overlapping, not clipped, on one
 * line), never the pixel position of text. No DOM node goes to a chai assertion: strings only.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define/map.js';
import '../../../src/define/badge.js';
import '../../../src/define/table.js';
import '../../../src/define/counter.js';
import type { GovRankMap } from '../../../src/elements/rank-map/rank-map.js';
import type { GovTierBadge } from '../../../src/define/badge.js';
import type { GovRankTable } from '../../../src/define/table.js';
import { $, $$, boxText, govIn, mapReady, mountAll, overlap, settled, unique, until } from '../helpers.js';

/** A text node's line boxes (one per line it is laid out on). */
function lineBoxes(node: Node, from = 0, to = node.textContent!.length): DOMRect[] {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

// ─── 9. Phones (375 px) ─────────────────────────────────────────────────────────────────────

describe('phones: 375 px', function () {
  this.timeout(60000);
  before(() => setViewport({ width: 375, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  // Was: near the right edge the tooltip is shrink-to-fit in what is left of the map, so its
  // labels wrap one character per line ("得/分", "等/级"), and below the middle it hangs over
  // the legend.
  for (const lang of ['zh-CN', 'en']) {
    it(`${lang}: the map tooltip keeps each label on one line and stays off the legend, for every region`, async () => {
      const wrap = await mountAll(`<div lang="${lang}" style="width: 343px; padding: 0 16px"><gov-rank-map></gov-rank-map></div>`);
      const map = wrap.querySelector('gov-rank-map') as GovRankMap;
      await mapReady(map); // the tooltip comes in the chunk laid out with the table (idle time)
      const bad: string[] = [];
      for (const g of $$(map, '.region[data-code]') as SVGGElement[]) {
        g.focus();
        await map.updateComplete;
        const tip = $(map, '[part="tooltip"]');
        if (!tip) {
          bad.push(`${g.dataset.code}: no tooltip`);
          continue;
        }
        for (const dt of tip.querySelectorAll('dt')) {
          if (lineBoxes(dt.firstChild!).length > 1)
            bad.push(`${g.dataset.code}: "${dt.textContent}" on ${lineBoxes(dt.firstChild!).length} lines`);
        }
        const t = tip.getBoundingClientRect();
        const legend = $(map, '[part="legend"]')!.getBoundingClientRect();
        if (overlap(t, legend)) bad.push(`${g.dataset.code}: tooltip ${boxText(t)} over the legend ${boxText(legend)}`);
      }
      expect(bad.slice(0, 8)).to.deep.equal([]);
    });
  }

  // Was: the table with a trend column is cut off at the right with nothing saying it scrolls.
  it('the ranking table with a trend column shows that it scrolls, at the edge it scrolls to, and scrolls by keyboard', async () => {
    // 300 px: narrower than the table with any font (it is 376 px wide with Noto CJK or WenQuanYi,
    // 328 px with DejaVu alone — at 343 px it then fits, and the test failed for want of a scroll).
    const wrap = await mountAll(`<div lang="zh-CN" style="width: 300px"><gov-rank-table year="2020" trend></gov-rank-table></div>`);
    const table = wrap.querySelector('gov-rank-table') as GovRankTable;
    const box = $(table, '[part="scroll"]') as HTMLElement;
    expect(box.scrollWidth).to.be.greaterThan(box.clientWidth);
    await until(() => box.getAttribute('tabindex') === '0', 'scroll box focusable');
    const hint = (side: 'start' | 'end') => {
      const n = $(table, `[part~="scroll-hint"][data-side="${side}"]`) as HTMLElement | null;
      if (!n) return 'missing';
      const s = getComputedStyle(n);
      const r = n.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      const shown = s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0 && r.width > 0 && r.height > 0;
      if (!shown) return 'hidden';
      // At the edge it points to, over the scroll box.
      const atEdge = side === 'end' ? Math.abs(r.right - b.right) <= 1 : Math.abs(r.left - b.left) <= 1;
      return atEdge && r.top >= b.top - 1 && r.bottom <= b.bottom + 1 ? 'shown' : `misplaced ${boxText(r)} in ${boxText(b)}`;
    };
    expect(`${hint('start')} / ${hint('end')}`).to.equal('hidden / shown');
    box.focus();
    await sendKeys({ press: 'ArrowRight' });
    await until(() => box.scrollLeft > 0, 'ArrowRight scrolls the box');
    box.scrollLeft = box.scrollWidth;
    await until(() => hint('end') === 'hidden', 'end hint hides at the end');
    expect(`${hint('start')} / ${hint('end')}`).to.equal('shown / hidden');
  });

  // Was: a badge keeps the skeleton's reserved width (min-width on the host) after loading:
  // "数字政府服务能力 2019年 | 优秀级" is 184 px in a 270 px box, a ~90 px hole before ",江苏…".
  it('a loaded badge is as wide as what it draws: no hole before the text that follows it', async () => {
    const wrap = await mountAll(`<div lang="zh-CN" style="width: 343px; font-size: 16px; line-height: 1.8">
      <p>7个省级政府为优秀级<gov-tier-badge region="广东" year="2019" assessment="cstc-digital-government-province" size="small"></gov-tier-badge>,江苏、安徽8个为良好级。</p>
      <p>广东<gov-tier-badge region="广东" year="2017"></gov-tier-badge>,其后</p></div>`);
    const bad: string[] = [];
    for (const el of govIn(wrap)) {
      const host = el.getBoundingClientRect();
      const drawn = $(el, '[part~="badge"]')!.getBoundingClientRect();
      if (host.width - drawn.width > 1)
        bad.push(`${el.getAttribute('year')}: host ${Math.round(host.width)} px, badge ${Math.round(drawn.width)} px`);
    }
    expect(bad).to.deep.equal([]);
  });

  it("an inline badge's skeleton is no wider than the loaded badge (loading only ever grows it)", async () => {
    const src = `/__test__/fixture?file=results.json&delay=400&${unique()}`;
    const wrap = await fixture<HTMLElement>(
      `<p lang="zh-CN" style="width: 343px">为优秀级<gov-tier-badge src="${src}" region="广东" year="2017" size="small"></gov-tier-badge>,江苏</p>`,
    );
    const el = wrap.querySelector('gov-tier-badge') as GovTierBadge;
    await el.updateComplete;
    const before = el.getBoundingClientRect().width;
    await settled(el);
    expect(Math.round(before)).to.be.at.most(Math.round(el.getBoundingClientRect().width) + 1);
  });

  // Was: an inline badge wider than what is left of the line wraps inside itself and takes the
  // whole line (max-width: 100%), so the full stop after it lands alone on the next line.
  for (const [lang, text, stop] of [
    ['en', 'Zhejiang and Guangdong share first place with 96.73', '.'],
    ['zh-CN', '浙江和广东的网上政务服务能力总体指数同为96.73,并列全国省级政府第一', '。'],
  ] as const) {
    it(`${lang}: the punctuation after an inline badge stays on the badge's line`, async () => {
      const wrap = await mountAll(`<div lang="${lang}" style="width: 343px; font-size: 16px; line-height: 1.6">
        <p>${text}<gov-tier-badge region="浙江" year="2020" size="small"></gov-tier-badge><gov-tier-badge region="广东" year="2020" size="small"></gov-tier-badge>${stop} Next.</p>
        <p>${text} <gov-tier-badge region="广东" year="2020"></gov-tier-badge>${stop}</p>
        <p><gov-tier-badge region="广东" year="2020" size="large" variant="pill"></gov-tier-badge>${stop}</p></div>`);
      const bad: string[] = [];
      for (const el of govIn(wrap)) {
        const after = el.nextSibling;
        if (!after || after.nodeType !== Node.TEXT_NODE) continue;
        const host = el.getBoundingClientRect();
        const mark = lineBoxes(after, 0, 1)[0]!;
        // On the badge's (last) line: the mark's line box shares height with the badge.
        if (!(mark.top < host.bottom && mark.bottom > host.top)) bad.push(`badge ${boxText(host)}, "${stop}" at ${boxText(mark)}`);
      }
      expect(bad).to.deep.equal([]);
    });
  }
});
