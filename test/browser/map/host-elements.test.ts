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
import '../../../src/define/map.js';
import '../../../src/define/badge.js';
import '../../../src/define/table.js';
import '../../../src/define/counter.js';
import type { GovRankMap } from '../../../src/elements/rank-map/rank-map.js';
import { $, $$, boxText, fold, frames, inside, mountAll, overlap } from '../helpers.js';
import type { Box } from '../helpers.js';

const fromSvg = (b: DOMRect): Box => ({ left: b.x, top: b.y, right: b.x + b.width, bottom: b.y + b.height });

// ─── 11. Map labels ─────────────────────────────────────────────────────────────────────────

describe('map: the inset label and the callouts keep clear of each other', function () {
  this.timeout(60000);

  /** Boxes (viewBox units) of each dash: the dashes are one path of closed subpaths. */
  function dashBoxes(map: GovRankMap): Box[] {
    const path = $(map, '.inset .dashes') as SVGPathElement;
    return path
      .getAttribute('d')!
      .split(/(?=M)/)
      .map((d) => {
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
        const wrap = await mountAll(`<div lang="${lang}" style="width: ${width}px"><gov-rank-map></gov-rank-map></div>`);
        const map = wrap.querySelector('gov-rank-map') as GovRankMap;
        await map.updateComplete;
        await frames();
        const frameBox = fromSvg(($(map, '.inset .frame') as SVGRectElement).getBBox());
        const label = fromSvg(($(map, '.inset-label') as SVGTextElement).getBBox());
        const svgBox = fromSvg(($(map, 'svg') as SVGSVGElement).viewBox.baseVal as unknown as DOMRect);
        if (!inside(label, frameBox) && overlap(label, frameBox))
          bad.push(`${width}: label ${boxText(label)} crosses the frame ${boxText(frameBox)}`);
        if (!inside(label, svgBox)) bad.push(`${width}: label ${boxText(label)} outside the map`);
        for (const d of dashBoxes(map)) if (overlap(label, d)) bad.push(`${width}: label ${boxText(label)} on a dash ${boxText(d)}`);
        const marks = [
          ...$$(map, '.callout, .callout-label'),
          ...$$(map, '.region:not([data-code="440000"]) .shape'),
        ] as SVGGraphicsElement[];
        for (const m of marks) {
          const b = fromSvg(m.getBBox());
          if (overlap(label, b))
            bad.push(
              `${width}: label ${boxText(label)} on ${m.getAttribute('class')} ${m.closest('[data-code]')?.getAttribute('data-code') ?? fold(m.textContent)} ${boxText(b)}`,
            );
        }
        // Guangdong's bounding box takes in its sea; its outline must not reach the label either.
        const gd = $(map, '.region[data-code="440000"] .shape') as SVGPathElement;
        const hit = [0, 0.25, 0.5, 0.75, 1].some((fx) =>
          [0, 0.5, 1].some((fy) => {
            const pt = ($(map, 'svg') as SVGSVGElement).createSVGPoint();
            pt.x = label.left + fx * (label.right - label.left);
            pt.y = label.top + fy * (label.bottom - label.top);
            return gd.isPointInFill(pt);
          }),
        );
        if (hit) bad.push(`${width}: label on Guangdong`);
      }
      expect(bad).to.deep.equal([]);
    });

    it(`${lang}: the Hong Kong and Macau callouts and their labels are off the inset frame and off each other, at 280–1200 px`, async () => {
      const bad: string[] = [];
      for (const width of [280, 320, 375, 500, 640, 800, 1200]) {
        const wrap = await mountAll(`<div lang="${lang}" style="width: ${width}px"><gov-rank-map></gov-rank-map></div>`);
        const map = wrap.querySelector('gov-rank-map') as GovRankMap;
        await map.updateComplete;
        const frameBox = fromSvg(($(map, '.inset .frame') as SVGRectElement).getBBox());
        const circles = ($$(map, '.callout') as SVGCircleElement[]).map((c) => fromSvg(c.getBBox()));
        const labels = ($$(map, '.callout-label') as SVGTextElement[]).map((t) => fromSvg(t.getBBox()));
        const groups = circles.map((c, i) => ({
          left: Math.min(c.left, labels[i]!.left),
          top: Math.min(c.top, labels[i]!.top),
          right: Math.max(c.right, labels[i]!.right),
          bottom: Math.max(c.bottom, labels[i]!.bottom),
        }));
        for (const [i, b] of [...circles, ...labels].entries())
          if (overlap(b, frameBox))
            bad.push(`${width}: ${i < circles.length ? 'circle' : 'label'} ${boxText(b)} on the frame ${boxText(frameBox)}`);
        if (groups.length === 2 && overlap(groups[0]!, groups[1]!))
          bad.push(`${width}: HK ${boxText(groups[0]!)} and MO ${boxText(groups[1]!)} overlap`);
      }
      expect(bad).to.deep.equal([]);
    });
  }
});
