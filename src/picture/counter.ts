/**
 * The counter as a static SVG: label, the final value (no count-up) with its unit, the change,
 * and the date and sources line, from the element's own view; colours for one scheme.
 */
import { common } from '../base/i18n.js';
import { palette } from './palette.js';
import type { PictureOptions } from './options.js';
import { el, svgDocument } from './svg.js';
import { FONT_FAMILY, sourcesText, textBlock } from './text-block.js';
import { textWidth } from './text-width.js';
import { counterMessages, type StatsCounterView } from '../elements/stats-counter/stats-counter-select.js';

const PAD = 12;

export function counterPicture(view: StatsCounterView, opts: PictureOptions): string {
  const p = palette(opts.scheme);
  const m = counterMessages(opts.lang);
  const width = Math.max(160, Math.round(opts.width ?? 320));
  const inner = width - 2 * PAD;
  const label = textBlock(view.label, PAD, PAD, 14, inner, { fill: p.base('muted') });
  const valueTop = PAD + label.height;
  const big = 36;
  // The element's figure row: 约/about, value and unit apart by its 0.25em gap (16 px text).
  const gap = 4;
  const approx = view.approximate ? m.about : '';
  const aw = approx ? textWidth(approx, 16) + gap : 0;
  const vw = textWidth(view.final, big) * 1.05;
  const figure = [
    approx ? el('text', { x: PAD, y: valueTop + big, 'font-size': 16, fill: p.base('muted') }, approx) : null,
    el('text', { x: PAD + aw, y: valueTop + big, 'font-size': big, 'font-weight': 'bold', fill: p.base('text') }, view.final),
    view.unit ? el('text', { x: PAD + aw + vw + gap, y: valueTop + big, 'font-size': 16, fill: p.base('text') }, view.unit) : null,
  ];
  let y = valueTop + big * 1.3;
  const change = textBlock(view.change?.visual ?? '', PAD, y, 13, inner, { fill: p.base('muted') });
  y += change.height;
  const meta = textBlock([view.date, sourcesText(view.sources, opts.lang)].filter(Boolean).join(m.sep), PAD, y, 11, inner, {
    fill: p.base('muted'),
  });
  const height = Math.ceil(y + meta.height + PAD);
  return svgDocument(
    { width, height },
    `${view.label}${common(opts.lang).colon}${view.spoken}`,
    [view.change?.spoken, view.note].filter(Boolean).join(' · '),
    { 'font-family': FONT_FAMILY },
    el('rect', { width, height, fill: p.base('bg') }),
    label.markup,
    figure,
    change.markup,
    meta.markup,
  );
}
