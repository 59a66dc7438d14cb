/**
 * The sparkline as a static SVG: the line (gaps unbridged), its dots, the last value's label, the
 * tier bands when asked (the range stretched to their edges), the best/worst rings with `markers`,
 * and the trend summary and sources under the chart, from the element's own view and geometry
 * (`trendGeometry`); colours for one scheme.
 */
import { palette } from './palette.js';
import type { PictureOptions } from './options.js';
import { el, num, svgDocument } from './svg.js';
import { FONT_FAMILY, sourcesText, textBlock } from './text-block.js';
import { labelPlace } from '../elements/trend-sparkline/sparkline-geometry.js';
import { LABEL_PX, shortValue, trendGeometry } from '../elements/trend-sparkline/trend-series.js';
import type { SparklineView } from '../elements/trend-sparkline/trend-sparkline.js';
import { tierColors } from '../base/tokens.js';

const PAD = 8;
const CHART_H = 40;

export function sparklinePicture(view: SparklineView, opts: PictureOptions & { markers?: boolean }): string {
  const p = palette(opts.scheme);
  const width = Math.max(120, Math.round(opts.width ?? 240));
  const inner = width - 2 * PAD;
  const withValue = view.points.filter((x) => x.value !== undefined);
  const last = withValue[withValue.length - 1];
  const label = last ? shortValue(last, view.metric, opts.lang) : '';
  const g = trendGeometry(view, inner, CHART_H, opts.lang);
  const accent = p.base('accent');
  // As the element: the best ringed in the line's colour, the worst dashed and muted (not when equal).
  const best = opts.markers ? g.best : undefined;
  const worst = opts.markers && g.worst && g.best && g.worst.value !== g.best.value ? g.worst : undefined;
  const ring = (pt: typeof best, stroke: string, dash: string | null) =>
    pt ? el('circle', { cx: pt.px, cy: pt.py, r: 5.5, fill: 'none', stroke, 'stroke-width': 1.25, 'stroke-dasharray': dash }) : null;
  const end = g.points[g.points.length - 1];
  const at = end ? labelPlace(g, end, LABEL_PX) : undefined;
  const summary = textBlock(view.summary, PAD, PAD + CHART_H + 4, 11, inner, { fill: p.base('text') });
  const editions = view.assessment.editions.flatMap((e) => e.sources);
  const seen = new Set<string>();
  const sources = editions.filter((s) => !seen.has(s.url) && seen.add(s.url)).slice(0, 3);
  const src = textBlock(sourcesText(sources, opts.lang), PAD, PAD + CHART_H + 4 + summary.height, 10, inner, { fill: p.base('muted') });
  const height = Math.ceil(PAD + CHART_H + 4 + summary.height + src.height + PAD);
  return svgDocument(
    { width, height },
    view.summary,
    '',
    { 'font-family': FONT_FAMILY },
    el('rect', { width, height, fill: p.base('bg') }),
    el(
      'g',
      { transform: `translate(${PAD} ${PAD})` },
      g.bands.map((b) =>
        el('rect', {
          width: inner,
          y: b.y0,
          height: num(Math.max(0, b.y1 - b.y0), 2),
          fill: p.color(tierColors(b.index).bg),
          'fill-opacity': 0.18,
        }),
      ),
      el('path', { d: g.d, fill: 'none', stroke: accent, 'stroke-width': 1.5, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' }),
      g.points.map((x) => el('circle', { cx: x.px, cy: x.py, r: 2.75, fill: accent })),
      ring(best, accent, null),
      ring(worst, p.base('muted'), '2 1.5'),
      at ? el('text', { x: at.x, y: at.y, dy: '0.35em', 'text-anchor': 'end', 'font-size': LABEL_PX, fill: p.base('text') }, label) : null,
    ),
    summary.markup,
    src.markup,
  );
}
