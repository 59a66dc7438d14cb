/**
 * The badge as a static, shields-style SVG (label | message) for pages that strip scripts: the
 * element's own view, its tier colours resolved for one scheme, each text's length fixed
 * (`textLength`) so the estimate of its width holds in any font. Under 3 KB; `role="img"` with
 * the element's accessible name as its `<title>`.
 */
import { tierColors } from '../base/tokens.js';
import { badgeMessages, type TierBadgeView } from '../elements/tier-badge/tier-badge-select.js';
import { palette } from './palette.js';
import { el, num, svgDocument } from './svg.js';
import { FONT_FAMILY, sourcesText } from './text-block.js';
import { textWidth } from './text-width.js';
import type { PictureOptions } from './options.js';

const H = 20;
const FS = 11;
const PX = 6;

export function badgePicture(view: TierBadgeView, opts: PictureOptions): string {
  const p = palette(opts.scheme);
  const m = badgeMessages(opts.lang);
  const tiered = view.tierIndex !== undefined || view.tierColor !== undefined;
  const tier = tiered ? tierColors(view.tierIndex ?? 0, view.tierColor) : undefined;
  const bg = tier ? p.color(tier.bg) : p.base('surface');
  const fg = tier ? p.color(tier.fg) : p.base('text');
  const message = [...(view.showRegion ? [view.regionName] : []), ...view.parts].join(' · ');
  const lw = Math.ceil(textWidth(view.label, FS));
  const mw = Math.ceil(textWidth(message, FS) * 1.05); // the message is bold
  const a = lw + 2 * PX;
  const width = a + mw + 2 * PX;
  const text = (x: number, len: number, fill: string, s: string, bold = false) =>
    el('text', { x, y: 14, fill, textLength: len, lengthAdjust: 'spacingAndGlyphs', 'font-weight': bold ? 'bold' : null }, s);
  return svgDocument(
    { width, height: H },
    `${view.regionName} ${view.label}${m.colon}${view.spoken}`,
    sourcesText(view.edition.sources, opts.lang),
    { 'font-family': FONT_FAMILY, 'font-size': FS },
    el('clipPath', { id: 'r' }, el('rect', { width, height: H, rx: 3 })),
    el(
      'g',
      { 'clip-path': 'url(#r)' },
      el('rect', { width: a, height: H, fill: p.base('muted') }),
      el('rect', { x: a, width: num(width - a, 0), height: H, fill: bg, stroke: tier ? null : p.base('border') }),
    ),
    text(PX, lw, p.base('bg'), view.label),
    text(a + PX, mw, fg, message, true),
  );
}
