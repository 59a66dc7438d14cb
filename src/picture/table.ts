/**
 * The ranking table as a static SVG: title, a header and one row per region in rank order (ties as
 * ties, tier chips in their colours, groups, trend lines, highlighted rows marked), and the
 * element's footnote under it (partial list, "showing the top N of M", notes, sources), from the
 * element's own view and words (`tableMessages`); colours for one scheme.
 */
import { common } from '../base/i18n.js';
import { changeText, formatValue, valueLabel, yearText } from '../base/format.js';
import { tierColors } from '../base/tokens.js';
import { localize } from '../data/localize.js';
import type { TableView } from '../elements/rank-table/rank-table.js';
import { tableMessages } from '../elements/rank-table/messages.js';
import { TREND_W } from '../elements/rank-table/rank-table-select.js';
import { palette } from './palette.js';
import type { PictureOptions } from './options.js';
import { el, svgDocument, type Child } from './svg.js';
import { FONT_FAMILY, sourcesText, textBlock } from './text-block.js';
import { textWidth } from './text-width.js';

const PAD = 12;
const ROW = 24;
const FS = 12;
const MISSING = '—';

/** The rank as the element shows it: "=3" in English, "3（并列）" in Chinese. */
function shownRank(rank: number | undefined, tied: boolean, lang: PictureOptions['lang']): string {
  if (rank === undefined) return MISSING;
  const m = tableMessages(lang);
  return tied ? (m.tiedSign ? `${m.tiedSign}${rank}` : `${rank}${m.tiedMark}`) : String(rank);
}

export function tablePicture(view: TableView, opts: PictureOptions): string {
  const { lang } = opts;
  const p = palette(opts.scheme);
  const c = common(lang);
  const m = tableMessages(lang);
  const text = (v: Parameters<typeof localize>[0]) => localize(v, lang);
  const width = Math.max(320, Math.round(opts.width ?? 560));
  const inner = width - 2 * PAD;
  const { edition, assessment, columns } = view;
  const title = `${text(edition.title) || text(assessment.name)} ${yearText(edition, lang)}${edition.complete ? '' : ` · ${c.incomplete}`}`;
  const head = textBlock(title, PAD, PAD, 14, inner, { 'font-weight': 'bold', fill: p.base('text') });

  // Columns: [header, cell text per row, tier chip?]; widths from the widest text.
  type Col = { head: string; cell: (r: TableView['rows'][number]) => string; chip?: boolean; trend?: boolean };
  const cols: Col[] = [
    { head: m.rank, cell: (r) => shownRank(r.rank, r.tied, lang) },
    { head: c.region, cell: (r) => r.name },
  ];
  if (columns.score)
    cols.push({
      head: valueLabel(assessment.metric, lang),
      cell: (r) =>
        (r.score === undefined ? MISSING : formatValue(r.score, assessment.metric, lang)) +
        (r.change ? ` ${changeText(r.change, lang)}` : ''),
    });
  if (columns.tier) cols.push({ head: c.tier, cell: (r) => text(r.tier?.name) || MISSING, chip: true });
  if (columns.group) cols.push({ head: m.group, cell: (r) => text(r.group) || MISSING });
  if (view.trend) cols.push({ head: m.trend(view.trend), cell: () => '', trend: true });
  const widths = cols.map(
    (col) => Math.max(textWidth(col.head, FS), col.trend ? TREND_W : 0, ...view.rows.map((r) => textWidth(col.cell(r), FS))) + 16,
  );
  const scale = Math.min(1, inner / widths.reduce((a, b) => a + b, 0));
  const xs: number[] = [];
  widths.reduce((x, w, i) => ((xs[i] = x), x + w * scale), PAD);

  const top = PAD + head.height + 4;
  const cells: Child[] = [el('rect', { x: PAD, y: top, width: inner, height: ROW, fill: p.base('surface') })];
  cols.forEach((col, i) => cells.push(el('text', { x: xs[i]! + 6, y: top + 16, 'font-weight': 'bold', fill: p.base('text') }, col.head)));
  view.rows.forEach((r, n) => {
    const y = top + ROW * (n + 1);
    cells.push(el('line', { x1: PAD, x2: width - PAD, y1: y + ROW, y2: y + ROW, stroke: p.base('border'), 'stroke-width': 0.5 }));
    if (r.highlighted) cells.push(el('rect', { x: PAD, y, width: 3, height: ROW, fill: p.base('highlight') }));
    cols.forEach((col, i) => {
      if (col.trend) return void cells.push(trendLine(r, view, xs[i]! + 6, y + 1, p));
      const s = col.cell(r);
      if (col.chip && r.tier && r.tierIndex !== undefined) {
        const t = tierColors(r.tierIndex, r.tier?.color ?? undefined);
        const w = textWidth(s, FS);
        cells.push(el('rect', { x: xs[i]! + 2, y: y + 3, width: w + 8, height: ROW - 6, rx: 3, fill: p.color(t.bg) }));
        // Its length fixed, as the badge's: the estimate of its width then holds in any font.
        cells.push(el('text', { x: xs[i]! + 6, y: y + 16, fill: p.color(t.fg), textLength: w, lengthAdjust: 'spacingAndGlyphs' }, s));
      } else cells.push(el('text', { x: xs[i]! + 6, y: y + 16, fill: p.base('text'), 'font-weight': r.highlighted ? 'bold' : null }, s));
    });
  });
  const tableBottom = top + ROW * (view.rows.length + 1) + 6;
  // The element's footnote, paragraph by paragraph.
  const notes = [
    edition.complete
      ? edition.completeness
        ? `${c.complete}${c.colon}${text(edition.completeness)}`
        : ''
      : m.partialNote(text(edition.completeness)),
    view.rows.length < view.total ? m.shown(view.rows.length, view.total) : '',
    ...edition.notes.map((n) => text(n)),
    sourcesText(edition.sources, lang),
  ].filter(Boolean);
  let footTop = tableBottom;
  const foot = notes.map((note) => {
    const b = textBlock(note, PAD, footTop, 11, inner, { fill: p.base('muted') });
    footTop += b.height;
    return b.markup;
  });
  const height = Math.ceil(footTop + PAD);
  return svgDocument(
    { width, height },
    title,
    '',
    { 'font-family': FONT_FAMILY, 'font-size': FS },
    el('rect', { width, height, fill: p.base('bg') }),
    head.markup,
    cells,
    foot,
  );
}

/** A row's trend from the element's own geometry (`trendGeometry`), this edition's point ringed. */
function trendLine(r: TableView['rows'][number], view: TableView, x: number, y: number, p: ReturnType<typeof palette>): Child {
  const g = r.trendGeometry;
  if (!g) return '';
  const points = r.trend ?? [];
  return el(
    'g',
    { transform: `translate(${x} ${y})` },
    el('path', {
      d: g.d,
      fill: 'none',
      stroke: p.base('accent'),
      'stroke-width': 1.25,
      'stroke-linejoin': 'round',
      'stroke-linecap': 'round',
    }),
    g.points.map((pt) =>
      points[pt.i]?.year === view.edition.year
        ? el('circle', { cx: pt.px, cy: pt.py, r: 2.75, fill: p.base('bg'), stroke: p.base('text'), 'stroke-width': 1.5 })
        : el('circle', { cx: pt.px, cy: pt.py, r: 1.75, fill: p.base('accent') }),
    ),
  );
}
