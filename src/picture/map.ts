/**
 * The map as a self-contained SVG picture, from the element's own view and geometry code: the
 * regions coloured as `<gov-rank-map>` colours them (scale.ts), hatched no-data, the 南海诸岛
 * inset, the Hong Kong / Macau callouts, highlight and selection rings, the legend, and the caption
 * (title, sources, 审图号 or the 示意图 note) — every colour resolved for one scheme, no script, no
 * external reference. Used by `gov-rank render map` and the map's "下载图片" button.
 */
import { common } from '../base/i18n.js';
import type { Lang } from '../base/lang.js';
import { yearText } from '../base/format.js';
import { localize } from '../data/localize.js';
import { insetLabelFits, mapGeometry, type InsetGeometry } from '../elements/rank-map/geometry.js';
import { mapMessages } from '../elements/rank-map/messages.js';
import { deriveMap, highlightCodesOf, codeOf, regionNameOf } from '../elements/rank-map/rank-map-targets.js';
import { legendLabel, mapDescription } from '../elements/rank-map/rank-map-legend.js';
import { insetLabelX } from '../elements/rank-map/rank-map-inset.js';
import { valueLabel } from '../base/format.js';
import type { MapSay, MapView, Target, Tally } from '../elements/rank-map/rank-map-view.js';
import { planarChina } from '../geo/planar.js';
import { palette, type Palette } from './palette.js';
import type { PictureOptions } from './options.js';
import { compactPath } from './path.js';
import { el, num, svgDocument, type Child } from './svg.js';
import { FONT_FAMILY, LINE, sourcesText, textBlock } from './text-block.js';
import { textWidth } from './text-width.js';

export interface MapPictureOptions extends PictureOptions {
  /** Code or any name of the selected region. */
  selected?: string | null;
  /** Comma-separated regions to emphasise. */
  highlight?: string | null;
  /** `none` leaves the inset out. */
  inset?: 'south-china-sea' | 'none' | null;
  approvalNumber?: string | null;
  attribution?: string | null;
}

const PAD = 16;

/** The inset: frame, neighbouring land, the main map's land seen there (as `<use>`), dashes, islands, label. */
function insetMarkup(ins: InsetGeometry, p: Palette, u: number, width: number, lang: Lang, landCodes: readonly string[]): Child {
  const { box } = ins;
  const [k, dx, dy] = ins.transform;
  const fs = Math.max(9, Math.min(13, width * 0.013)) * u;
  const label = mapMessages(lang).southChinaSea;
  // The element measures its label; here it is estimated, then set inside the frame or left of it.
  const w = textWidth(label, fs);
  const inside = { x: box.x + box.width - 4 * u - w, y: box.y + box.height - 4 * u - fs, width: w, height: fs * 1.2 };
  const out = !insetLabelFits(inside, ins);
  return el(
    'g',
    {},
    el('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      fill: p.base('bg'),
      stroke: p.base('border'),
      'stroke-width': num(u, 3),
    }),
    el(
      'g',
      { 'clip-path': 'url(#clip-inset)' },
      el('path', { d: compactPath(ins.neighbours), fill: p.base('surface') }),
      el(
        'g',
        {
          transform: `matrix(${num(k, 4)} 0 0 ${num(k, 4)} ${num(dx, 2)} ${num(dy, 2)})`,
          fill: p.base('no-data'),
          stroke: p.base('border'),
          'stroke-width': num((0.5 * u) / k, 3),
        },
        landCodes.map((c) => el('use', { href: `#r${c}` })),
      ),
    ),
    el('path', { d: compactPath(ins.dashes, 10), fill: p.base('muted'), stroke: p.base('muted'), 'stroke-width': num(0.5 * u, 3) }),
    ins.islands.map((i) =>
      el(
        'g',
        { fill: p.base('text'), stroke: p.base('text'), 'stroke-width': num(0.75 * u, 3) },
        el('path', { d: compactPath(i.d, 10) }),
        el('circle', { cx: i.at[0], cy: i.at[1], r: num(u, 2) }),
      ),
    ),
    el(
      'text',
      {
        x: num(insetLabelX(box, out, u), 1),
        y: num(box.y + box.height - 4 * u, 1),
        'text-anchor': 'end',
        'font-size': num(fs, 1),
        fill: p.base('muted'),
      },
      label,
    ),
  );
}

/** The regions (shapes, dots, callouts) in their colours; each shape has an id the inset reuses. */
function regionsMarkup(targets: readonly Target[], p: Palette, u: number, highlight: ReadonlySet<string>): Child {
  return el(
    'g',
    { stroke: p.base('bg'), 'stroke-width': num(0.75 * u, 3), 'stroke-linejoin': 'round' },
    targets.map((x) => {
      const fill = x.item ? p.color(x.item.color) : 'url(#nodata)';
      const dim = highlight.size > 0 && !highlight.has(x.code) ? 0.35 : null;
      const shape = x.dot
        ? el('circle', { cx: x.dot.x, cy: x.dot.y, r: num(x.dot.r, 2), stroke: p.base('text') })
        : el('path', { id: `r${x.code}`, d: compactPath(x.d ?? '') });
      const callout = x.callout
        ? [
            el('line', { x1: x.callout.anchor[0], y1: x.callout.anchor[1], x2: x.callout.x, y2: x.callout.y, stroke: p.base('muted') }),
            el('circle', { cx: x.callout.x, cy: x.callout.y, r: num(x.callout.r, 2), stroke: p.base('text') }),
          ]
        : null;
      return el('g', { fill, 'fill-opacity': dim }, shape, callout);
    }),
  );
}

/** An outline over a region (and its callout), as the element's rings. */
function ringMarkup(targets: readonly Target[], code: string | null, color: string, widthPx: number, u: number): Child {
  const x = code ? targets.find((y) => y.code === code) : undefined;
  if (!x) return null;
  const attrs = { fill: 'none', stroke: color, 'stroke-width': num(widthPx * u, 3), 'stroke-linejoin': 'round' };
  if (x.dot) return el('circle', { ...attrs, cx: x.dot.x, cy: x.dot.y, r: num(x.dot.r + 1.5 * u, 2) });
  return [
    el('path', { ...attrs, d: compactPath(x.d ?? '') }),
    x.callout ? el('circle', { ...attrs, cx: x.callout.x, cy: x.callout.y, r: num(x.callout.r + 1.5 * u, 2) }) : null,
  ];
}

/** The legend: its title, then a swatch, label and count per colour, flowing into rows. */
function legendMarkup(view: MapView, tally: Tally, say: MapSay, p: Palette, top: number, width: number): { markup: Child; height: number } {
  const m = mapMessages(say.lang);
  const t = common(say.lang);
  const fs = 12;
  const title = view.colorBy === 'score' ? valueLabel(view.assessment.metric, say.lang) : m.legendTitle(view.colorBy);
  const items: { fill: string; label: string }[] = view.scale.items.map((it) => ({
    fill: p.color(it.color),
    label: `${legendLabel(it, view, say)} (${tally.drawn.get(it) ?? 0})`,
  }));
  if (tally.noValueCount) items.push({ fill: 'url(#nodata-key)', label: `${m.noValue(view.colorBy)} (${tally.noValueCount})` });
  if (tally.noDataCount) items.push({ fill: 'url(#nodata-key)', label: `${t.noData} (${tally.noDataCount})` });
  const row = fs * LINE + 4;
  const out: Child[] = [el('text', { x: PAD, y: top + fs * 1.1, 'font-size': fs, 'font-weight': 'bold', fill: p.base('text') }, title)];
  let x = PAD + textWidth(title, fs) + 12;
  let y = top;
  for (const it of items) {
    const w = fs + 4 + textWidth(it.label, fs) + 14;
    if (x + w > width - PAD && x > PAD) {
      x = PAD;
      y += row;
    }
    out.push(
      el('rect', { x, y: y + fs * 0.2, width: fs, height: fs, fill: it.fill, stroke: p.base('border'), 'stroke-width': 0.5 }),
      el('text', { x: x + fs + 4, y: y + fs * 1.1, 'font-size': fs, fill: p.base('text') }, it.label),
    );
    x += w;
  }
  return { markup: out, height: y - top + row };
}

/** The map of one view as a self-contained SVG string. */
export function mapPicture(view: MapView, opts: MapPictureOptions): string {
  const { lang } = opts;
  const width = Math.max(320, Math.round(opts.width ?? 800));
  const p = palette(opts.scheme);
  const text = (v: Parameters<typeof localize>[0]) => localize(v, lang);
  const say: MapSay = { lang, text, nameOf: (code, fallback, full) => regionNameOf(code, lang, fallback, full) };
  const geo = mapGeometry({ inset: opts.inset !== 'none' });
  const { targets, tally } = deriveMap(view, geo, null, width - 2 * PAD, lang);
  const k = (width - 2 * PAD) / geo.width;
  const u = 1 / k;
  const highlight = highlightCodesOf(targets, opts.highlight ?? null);
  const selected = opts.selected ? codeOf(targets, opts.selected) : null;
  const m = mapMessages(lang);
  const title = text(view.edition.title) || text(view.assessment.name);
  const years = yearText(view.edition, lang);

  const head = textBlock(`${title} ${years}`, PAD, PAD, 16, width - 2 * PAD, { 'font-weight': 'bold', fill: p.base('text') });
  const mapTop = PAD + head.height + 4;
  const mapHeight = geo.height * k;
  const legend = legendMarkup(view, tally, say, p, mapTop + mapHeight + 8, width);
  const captionTop = mapTop + mapHeight + 8 + legend.height + 4;
  const note = `${opts.approvalNumber ? m.approval(opts.approvalNumber) : m.illustrative}${opts.attribution ? ` · ${opts.attribution}` : ''}`;
  const sources = textBlock(sourcesText(view.edition.sources, lang), PAD, captionTop, 11, width - 2 * PAD, { fill: p.base('muted') });
  const noteBlock = textBlock(note, PAD, captionTop + sources.height, 11, width - 2 * PAD, { fill: p.base('muted') });
  const height = Math.ceil(captionTop + sources.height + noteBlock.height + PAD);

  const callouts = targets.flatMap((x) => (x.callout ? [x.callout] : []));
  const stripe = (id: string, s: number, sw: number) =>
    el(
      'pattern',
      { id, patternUnits: 'userSpaceOnUse', width: num(s, 3), height: num(s, 3), patternTransform: 'rotate(45)' },
      el('rect', { width: num(s, 3), height: num(s, 3), fill: p.base('no-data') }),
      el('line', { x1: 0, y1: 0, x2: 0, y2: num(s, 3), stroke: p.base('no-data-stripe'), 'stroke-width': num(sw, 3) }),
    );
  const desc = mapDescription(view, tally, !!geo.inset, opts.approvalNumber ?? null, say);

  return svgDocument(
    { width, height },
    m.figureLabel(title, years, m.coloredBy(view.colorBy)),
    desc,
    { 'font-family': FONT_FAMILY },
    el(
      'defs',
      {},
      stripe('nodata', 5 * u, 1.5 * u),
      stripe('nodata-key', 4.5, 1.5),
      geo.inset
        ? el(
            'clipPath',
            { id: 'clip-inset' },
            el('rect', { x: geo.inset.box.x, y: geo.inset.box.y, width: geo.inset.box.width, height: geo.inset.box.height }),
          )
        : null,
    ),
    el('rect', { width, height, fill: p.base('bg') }),
    head.markup,
    el(
      'g',
      { transform: `translate(${PAD} ${num(mapTop, 1)}) scale(${num(k, 5)})` },
      view.level === 'city'
        ? el(
            'g',
            { fill: p.base('surface'), stroke: p.base('border'), 'stroke-width': num(0.5 * u, 3) },
            geo.shapes.map((s) => el('path', { d: compactPath(s.d) })),
          )
        : null,
      // Under the regions, as the element draws it; its land reuses the regions' paths.
      geo.inset ? insetMarkup(geo.inset, p, u, width - 2 * PAD, lang, planarChina().inset.land) : null,
      regionsMarkup(targets, p, u, highlight),
      el(
        'g',
        { 'font-size': num(10 * u, 2), fill: p.base('text') },
        callouts.map((c) => el('text', { x: num(c.x + c.r + 2 * u, 1), y: c.y, dy: '0.35em' }, c.label[lang])),
      ),
      [...highlight].map((c) => ringMarkup(targets, c, p.base('highlight'), 2, u)),
      ringMarkup(targets, selected, p.base('selected'), 2.5, u),
    ),
    legend.markup,
    sources.markup,
    noteBlock.markup,
  );
}
