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
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/define/map.js';
import '../../../src/define/badge.js';
import '../../../src/define/table.js';
import '../../../src/define/counter.js';
import type { GovRankMap } from '../../../src/elements/rank-map/rank-map.js';
import type { GovTierBadge } from '../../../src/define/badge.js';
import type { GovStatsCounter } from '../../../src/define/counter.js';
import type { GovRankTable } from '../../../src/define/table.js';
import type { GovElement } from '../../../src/base/gov-element.js';
import { $, $$, clipped, settled, unique } from '../helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const govIn = (wrap: Element) => [...wrap.querySelectorAll<GovElement>('*')].filter((e) => e.localName.startsWith('gov-'));

type Box = { left: number; top: number; right: number; bottom: number };
const fromSvg = (b: DOMRect): Box => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });
/** Boxes share area (touching edges do not count). */
const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
const show = (b: Box) => `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;

async function mount(markup: string): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(markup);
  await Promise.all(govIn(wrap).map(settled));
  await frame();
  return wrap;
}

/** Polls until `check` holds. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    if (check()) return;
    await sleep(20);
  }
  throw new Error(`never: ${what}`);
}

/** A text node's line boxes (one per line it is laid out on). */
function lineBoxes(node: Node, from = 0, to = node.textContent!.length): DOMRect[] {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  return [...range.getClientRects()].filter((r) => r.width > 0);
}

// ─── 8. Print ───────────────────────────────────────────────────────────────────────────────

describe('print: counters not yet scrolled into view print their final value', function () {
  this.timeout(20000);
  afterEach(() => emulateMedia({ media: 'screen' }));

  // Was: a counter below the fold has not counted yet and prints "约 0.00万 个" / "0 个" — the
  // counting number is the visible one, the final value only a hidden copy that reserves width.
  it('under print media the visible number is the final value (zh-CN and en, compact and full)', async () => {
    const wrap = await mount(`<div style="margin-top: 3000px">
      <gov-stats-counter lang="zh-CN" stat="gov-websites"></gov-stats-counter>
      <gov-stats-counter lang="zh-CN" stat="gov-websites-cnnic" format="full"></gov-stats-counter>
      <gov-stats-counter lang="en" stat="open-datasets"></gov-stats-counter></div>`);
    await emulateMedia({ media: 'print' });
    const wrong: string[] = [];
    for (const el of govIn(wrap) as GovStatsCounter[]) {
      const value = $(el, '[part="value"]')!;
      const final = fold($(el, '.ghost')?.textContent);
      const seen = [...value.children].filter((c) => getComputedStyle(c).visibility === 'visible').map((c) => fold(c.textContent));
      if (seen.length !== 1 || seen[0] !== final || !final || /^0(\.0+)?/.test(final)) wrong.push(`${el.getAttribute('stat')}: shows ${JSON.stringify(seen)}, final ${final}`);
    }
    expect(wrong).to.deep.equal([]);
  });
});

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
      const wrap = await mount(`<div lang="${lang}" style="width: 343px; padding: 0 16px"><gov-rank-map></gov-rank-map></div>`);
      const map = wrap.querySelector('gov-rank-map') as GovRankMap;
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
          if (lineBoxes(dt.firstChild!).length > 1) bad.push(`${g.dataset.code}: "${dt.textContent}" on ${lineBoxes(dt.firstChild!).length} lines`);
        }
        const t = tip.getBoundingClientRect();
        const legend = $(map, '[part="legend"]')!.getBoundingClientRect();
        if (overlap(t, legend)) bad.push(`${g.dataset.code}: tooltip ${show(t)} over the legend ${show(legend)}`);
      }
      expect(bad.slice(0, 8)).to.deep.equal([]);
    });
  }

  // Was: the table with a trend column is cut off at the right with nothing saying it scrolls.
  it('the ranking table with a trend column shows that it scrolls, at the edge it scrolls to, and scrolls by keyboard', async () => {
    // 300 px: narrower than the table with any font (it is 376 px wide with Noto CJK or WenQuanYi,
    // 328 px with DejaVu alone — at 343 px it then fits, and the test failed for want of a scroll).
    const wrap = await mount(`<div lang="zh-CN" style="width: 300px"><gov-rank-table year="2020" trend></gov-rank-table></div>`);
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
      return atEdge && r.top >= b.top - 1 && r.bottom <= b.bottom + 1 ? 'shown' : `misplaced ${show(r)} in ${show(b)}`;
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
    const wrap = await mount(`<div lang="zh-CN" style="width: 343px; font-size: 16px; line-height: 1.8">
      <p>7个省级政府为优秀级<gov-tier-badge region="广东" year="2019" assessment="cstc-digital-government-province" size="small"></gov-tier-badge>,江苏、安徽8个为良好级。</p>
      <p>广东<gov-tier-badge region="广东" year="2017"></gov-tier-badge>,其后</p></div>`);
    const bad: string[] = [];
    for (const el of govIn(wrap)) {
      const host = el.getBoundingClientRect();
      const drawn = $(el, '[part~="badge"]')!.getBoundingClientRect();
      if (host.width - drawn.width > 1) bad.push(`${el.getAttribute('year')}: host ${Math.round(host.width)} px, badge ${Math.round(drawn.width)} px`);
    }
    expect(bad).to.deep.equal([]);
  });

  it('an inline badge\'s skeleton is no wider than the loaded badge (loading only ever grows it)', async () => {
    const src = `/__test__/fixture?file=results.json&delay=400&${unique()}`;
    const wrap = await fixture<HTMLElement>(`<p lang="zh-CN" style="width: 343px">为优秀级<gov-tier-badge src="${src}" region="广东" year="2017" size="small"></gov-tier-badge>,江苏</p>`);
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
      const wrap = await mount(`<div lang="${lang}" style="width: 343px; font-size: 16px; line-height: 1.6">
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
        if (!(mark.top < host.bottom && mark.bottom > host.top)) bad.push(`badge ${show(host)}, "${stop}" at ${show(mark)}`);
      }
      expect(bad).to.deep.equal([]);
    });
  }
});

// ─── 10. Whose badge is it? ─────────────────────────────────────────────────────────────────

describe('badge: show="region" names the region', function () {
  // Was: 浙江's and 广东's flat and pill badges read the same "非常高 · 并列第1名 · 96.73".
  for (const variant of ['flat', 'pill']) {
    it(`${variant}: side by side, each badge shows its region; the accessible name says it once`, async () => {
      const wrap = await mount(`<div lang="zh-CN">
        <gov-tier-badge variant="${variant}" region="浙江" year="2020" show="region"></gov-tier-badge>
        <gov-tier-badge variant="${variant}" region="广东" year="2020" show="region tier rank"></gov-tier-badge>
        <gov-tier-badge variant="${variant}" region="广东" year="2020" show="region" href="https://example.org/r"></gov-tier-badge></div>`);
      const [zj, gd, link] = govIn(wrap);
      const message = (el: Element) => fold($(el, '[part~="message"]')!.textContent);
      expect(message(zj!)).to.equal('浙江 · 非常高 · 并列第1名 · 96.73');
      expect(message(gd!)).to.equal('广东 · 非常高 · 并列第1名');
      expect($(zj!, '[part~="badge"]')!.getAttribute('aria-label')).to.equal('浙江 网上政务服务能力 2020年：非常高，并列第1名，得分96.73');
      // A link is named by its content: the region is read once (no hidden copy besides the visible one).
      const linkText = fold($(link!, 'a')!.textContent);
      expect(linkText.split('广东').length - 1).to.equal(1);
      expect($(zj!, '[part~="region"]')?.textContent).to.equal('浙江');
    });
  }

  it('en: the region is in the visible message', async () => {
    const wrap = await mount(`<div lang="en"><gov-tier-badge region="浙江" year="2020" show="region score"></gov-tier-badge></div>`);
    expect(fold($(govIn(wrap)[0]!, '[part~="message"]')!.textContent)).to.equal('Zhejiang · 96.73');
  });

  it('the demo pages name the region wherever several flat or pill badges stand together', async () => {
    const bad: string[] = [];
    for (const page of ['index', 'news', 'portal', 'gallery', 'en']) {
      const doc = new DOMParser().parseFromString(await (await fetch(`/demo/${page}.html`)).text(), 'text/html');
      const flat = (n: Node | null) => n instanceof Element && n.localName === 'gov-tier-badge' && n.getAttribute('variant') !== 'card';
      // Standing together: the next badge with nothing but white space between them.
      const next = (n: Node) => {
        let x = n.nextSibling;
        while (x && x.nodeType === Node.TEXT_NODE && !x.textContent!.trim()) x = x.nextSibling;
        return x;
      };
      const named = (b: Element) => /(^|\s)region(\s|$)/.test(b.getAttribute('show') ?? '');
      for (const badge of doc.querySelectorAll('gov-tier-badge')) {
        const other = next(badge);
        if (!flat(badge) || !flat(other) || (other as Element).getAttribute('region') === badge.getAttribute('region')) continue;
        for (const b of [badge, other as Element]) if (!named(b)) bad.push(`${page}.html: ${b.outerHTML}`);
      }
    }
    expect(bad).to.deep.equal([]);
  });
});

// ─── 11. Map labels ─────────────────────────────────────────────────────────────────────────

describe('map: the inset label and the callouts keep clear of each other', function () {
  this.timeout(60000);

  /** Boxes (viewBox units) of each dash: the dashes are one path of closed subpaths. */
  function dashBoxes(map: GovRankMap): Box[] {
    const path = $(map, '.inset .dashes') as SVGPathElement;
    return path.getAttribute('d')!.split(/(?=M)/).map((d) => {
      const p = document.createElementNS('http://www.w3.org/2000/svg', 'path');
      p.setAttribute('d', d);
      path.parentNode!.appendChild(p);
      const b = fromSvg(p.getBBox());
      p.remove();
      return b;
    });
  }

  // Was: in English "South China Sea Islands" runs out of the inset to the left and a dash
  // crosses it (at 320 px the Chinese label touches two dashes too); at narrow widths the 港
  // callout's label sits on the inset frame.
  for (const lang of ['en', 'zh-CN']) {
    it(`${lang}: the inset label is inside or clear of the frame, on no dash, callout or province, at 280–1200 px`, async () => {
      const bad: string[] = [];
      for (const width of [280, 320, 375, 500, 640, 800, 1200]) {
        const wrap = await mount(`<div lang="${lang}" style="width: ${width}px"><gov-rank-map></gov-rank-map></div>`);
        const map = wrap.querySelector('gov-rank-map') as GovRankMap;
        await map.updateComplete;
        await frame();
        const frameBox = fromSvg(($(map, '.inset .frame') as SVGRectElement).getBBox());
        const label = fromSvg(($(map, '.inset-label') as SVGTextElement).getBBox());
        const svgBox = fromSvg(($(map, 'svg') as SVGSVGElement).viewBox.baseVal as unknown as DOMRect);
        if (!inside(label, frameBox) && overlap(label, frameBox)) bad.push(`${width}: label ${show(label)} crosses the frame ${show(frameBox)}`);
        if (!inside(label, svgBox)) bad.push(`${width}: label ${show(label)} outside the map`);
        for (const d of dashBoxes(map)) if (overlap(label, d)) bad.push(`${width}: label ${show(label)} on a dash ${show(d)}`);
        const marks = [...$$(map, '.callout, .callout-label'), ...$$(map, '.region:not([data-code="440000"]) .shape')] as SVGGraphicsElement[];
        for (const m of marks) {
          const b = fromSvg(m.getBBox());
          if (overlap(label, b)) bad.push(`${width}: label ${show(label)} on ${m.getAttribute('class')} ${m.closest('[data-code]')?.getAttribute('data-code') ?? fold(m.textContent)} ${show(b)}`);
        }
        // Guangdong's bounding box takes in its sea; its outline must not reach the label either.
        const gd = $(map, '.region[data-code="440000"] .shape') as SVGPathElement;
        const hit = [0, 0.25, 0.5, 0.75, 1].some((fx) => [0, 0.5, 1].some((fy) => {
          const pt = ($(map, 'svg') as SVGSVGElement).createSVGPoint();
          pt.x = label.left + fx * (label.right - label.left);
          pt.y = label.top + fy * (label.bottom - label.top);
          return gd.isPointInFill(pt);
        }));
        if (hit) bad.push(`${width}: label on Guangdong`);
      }
      expect(bad).to.deep.equal([]);
    });

    it(`${lang}: the Hong Kong and Macau callouts and their labels are off the inset frame and off each other, at 280–1200 px`, async () => {
      const bad: string[] = [];
      for (const width of [280, 320, 375, 500, 640, 800, 1200]) {
        const wrap = await mount(`<div lang="${lang}" style="width: ${width}px"><gov-rank-map></gov-rank-map></div>`);
        const map = wrap.querySelector('gov-rank-map') as GovRankMap;
        await map.updateComplete;
        const frameBox = fromSvg(($(map, '.inset .frame') as SVGRectElement).getBBox());
        const circles = ($$(map, '.callout') as SVGCircleElement[]).map((c) => fromSvg(c.getBBox()));
        const labels = ($$(map, '.callout-label') as SVGTextElement[]).map((t) => fromSvg(t.getBBox()));
        const groups = circles.map((c, i) => ({ left: Math.min(c.left, labels[i]!.left), top: Math.min(c.top, labels[i]!.top), right: Math.max(c.right, labels[i]!.right), bottom: Math.max(c.bottom, labels[i]!.bottom) }));
        for (const [i, b] of [...circles, ...labels].entries()) if (overlap(b, frameBox)) bad.push(`${width}: ${i < circles.length ? 'circle' : 'label'} ${show(b)} on the frame ${show(frameBox)}`);
        if (groups.length === 2 && overlap(groups[0]!, groups[1]!)) bad.push(`${width}: HK ${show(groups[0]!)} and MO ${show(groups[1]!)} overlap`);
      }
      expect(bad).to.deep.equal([]);
    });
  }
});

// ─── 12. A badge's error is shown whole ─────────────────────────────────────────────────────

describe('badge: the error text is shown whole, inside the badge', function () {
  this.timeout(20000);
  before(() => setViewport({ width: 375, height: 800 }));
  after(() => setViewport({ width: 800, height: 600 }));

  // Was: "返回 HTTP 40…" — the message is one line with an ellipsis; the full text only in a
  // hover title that touch readers cannot reach.
  for (const lang of ['zh-CN', 'en']) {
    for (const variant of ['flat', 'pill', 'card']) {
      it(`${lang} ${variant}: a 404 error wraps inside the badge's box, nothing cut`, async () => {
        const wrap = await mount(`<div lang="${lang}" style="width: 343px"><p>文字<gov-tier-badge variant="${variant}" region="广东" src="/__test__/status?code=404&${unique()}"></gov-tier-badge></p></div>`);
        const el = govIn(wrap)[0]!;
        const box = $(el, '[part~="status"]')!;
        expect(fold(box.textContent)).to.match(/404/);
        expect(clipped(el)).to.deep.equal([]);
        const outer = box.getBoundingClientRect();
        const bad = [...box.querySelectorAll('*')].map((n) => n.getBoundingClientRect()).filter((r) => r.width && !inside(r, { left: outer.left - 1, top: outer.top - 1, right: outer.right + 1, bottom: outer.bottom + 1 }));
        expect(bad.map(show)).to.deep.equal([]);
        expect(outer.right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
      });
    }
  }
});
