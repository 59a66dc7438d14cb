/**
 * "Is any text cut off?" asked the way a reader sees it, for any font.
 *
 * `scrollHeight > clientHeight` is not that question: it counts the font's whole ascent + descent
 * (DejaVu Sans 1.16 em, Noto Sans CJK 1.45 em) against the line-height the styles chose, so a
 * 1.1 line-height overflows by 2 px with one font and not with another while no glyph is touched.
 * Here each text's *ink* (canvas `measureText` in the text's own computed font: the glyphs' actual
 * bounding box around the baseline) is compared with the box of every ancestor that clips
 * (overflow other than visible) up to and including `host`'s shadow content. Horizontally the
 * text's advance box is used (what `text-overflow: ellipsis` cuts).
 */

const canvas = document.createElement('canvas');
const ctx = canvas.getContext('2d')!;

function fontOf(el: Element): string {
  const s = getComputedStyle(el);
  return `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
}

/** Text nodes under `root`, into open shadow roots, skipping unseen ones (display, visibility, visually hidden). */
function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) {
      if ((n.textContent ?? '').trim()) out.push(n as Text);
      return;
    }
    if (n instanceof Element) {
      const s = getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden') return;
      // Visually hidden text for screen readers (.sr-only: a 1 px clipped box) is not seen.
      const r = n.getBoundingClientRect();
      if (s.position === 'absolute' && r.width <= 1 && r.height <= 1) return;
      if (n.shadowRoot) walk(n.shadowRoot);
    }
    for (const c of n.childNodes) walk(c);
  };
  walk(root);
  return out;
}

/** The ancestors of `n` (crossing shadow boundaries) that clip their content, up to `host`. */
function clippers(n: Node, host: Element): Element[] {
  const out: Element[] = [];
  let cur: Node | null = n.parentNode;
  while (cur) {
    if (cur instanceof ShadowRoot) cur = cur.host;
    if (!(cur instanceof Element)) break;
    const s = getComputedStyle(cur);
    if (s.overflowX !== 'visible' || s.overflowY !== 'visible') out.push(cur);
    if (cur === host) break;
    cur = cur.parentNode;
  }
  return out;
}

/**
 * Texts under `host` whose ink is cut by a clipping ancestor (at most `host`), as
 * "text: why" lines; empty when every text is whole.
 */
export function clippedText(host: Element, tolerance = 0.5): string[] {
  const out: string[] = [];
  for (const t of textNodes(host)) {
    const parent = t.parentElement!;
    ctx.font = fontOf(parent);
    const text = (t.textContent ?? '').trim();
    const m = ctx.measureText(text);
    const range = document.createRange();
    range.selectNodeContents(t);
    for (const r of range.getClientRects()) {
      if (!r.width) continue;
      // The layout box is the primary font's ascent + descent around the baseline; narrow it to ink.
      const baseline = r.top + m.fontBoundingBoxAscent;
      const ink = {
        top: baseline - m.actualBoundingBoxAscent,
        bottom: baseline + m.actualBoundingBoxDescent,
        left: r.left,
        right: r.right,
      };
      for (const c of clippers(t, host)) {
        const b = c.getBoundingClientRect();
        const s = getComputedStyle(c);
        const box = {
          top: b.top + parseFloat(s.borderTopWidth),
          bottom: b.top + parseFloat(s.borderTopWidth) + c.clientHeight,
          left: b.left + parseFloat(s.borderLeftWidth),
          right: b.left + parseFloat(s.borderLeftWidth) + c.clientWidth,
        };
        const cut: string[] = [];
        if (s.overflowY !== 'visible' && ink.top < box.top - tolerance) cut.push(`top ${(box.top - ink.top).toFixed(1)}px`);
        if (s.overflowY !== 'visible' && ink.bottom > box.bottom + tolerance) cut.push(`bottom ${(ink.bottom - box.bottom).toFixed(1)}px`);
        if (s.overflowX !== 'visible' && ink.left < box.left - tolerance) cut.push(`left ${(box.left - ink.left).toFixed(1)}px`);
        if (s.overflowX !== 'visible' && ink.right > box.right + tolerance) cut.push(`right ${(ink.right - box.right).toFixed(1)}px`);
        if (cut.length)
          out.push(
            `"${text.slice(0, 40)}" cut by .${String(c.className || c.localName)
              .trim()
              .replace(/\s+/g, '.')}: ${cut.join(', ')}`,
          );
      }
    }
  }
  return out;
}
