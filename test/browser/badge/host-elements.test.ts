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
import { setViewport } from '@web/test-runner-commands';
import '../../../src/define/map.js';
import '../../../src/define/badge.js';
import '../../../src/define/table.js';
import '../../../src/define/counter.js';
import { $, boxText, clipped, fold, govIn, inside, mountAll, unique } from '../helpers.js';

// ─── 10. Whose badge is it? ─────────────────────────────────────────────────────────────────

describe('badge: show="region" names the region', function () {
  // Was: 浙江's and 广东's flat and pill badges read the same "非常高 · 并列第1名 · 96.73".
  for (const variant of ['flat', 'pill']) {
    it(`${variant}: side by side, each badge shows its region; the accessible name says it once`, async () => {
      const wrap = await mountAll(`<div lang="zh-CN">
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
    const wrap = await mountAll(`<div lang="en"><gov-tier-badge region="浙江" year="2020" show="region score"></gov-tier-badge></div>`);
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
        const wrap = await mountAll(
          `<div lang="${lang}" style="width: 343px"><p>文字<gov-tier-badge variant="${variant}" region="广东" src="/__test__/status?code=404&${unique()}"></gov-tier-badge></p></div>`,
        );
        const el = govIn(wrap)[0]!;
        const box = $(el, '[part~="status"]')!;
        expect(fold(box.textContent)).to.match(/404/);
        expect(clipped(el)).to.deep.equal([]);
        const outer = box.getBoundingClientRect();
        const bad = [...box.querySelectorAll('*')]
          .map((n) => n.getBoundingClientRect())
          .filter(
            (r) => r.width && !inside(r, { left: outer.left - 1, top: outer.top - 1, right: outer.right + 1, bottom: outer.bottom + 1 }),
          );
        expect(bad.map(boxText)).to.deep.equal([]);
        expect(outer.right).to.be.at.most(wrap.getBoundingClientRect().right + 1);
      });
    }
  }
});
