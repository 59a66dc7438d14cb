/**
 * The ranking table as a static SVG: title, a header and one row per region in rank order (ties as
 * ties, tier chips in their colours, highlighted rows marked), and the sources under it, from the
 * element's own view; colours for one scheme.
 */
import { common } from '../base/i18n.js';
import { formatValue, rankText, valueLabel, yearText } from '../base/format.js';
import { tierColors } from '../base/tokens.js';
import { localize } from '../data/localize.js';
import type { TableView } from '../elements/rank-table/rank-table.js';
import { mapMessages } from '../elements/rank-map/messages.js';
import { palette } from './palette.js';
import type { PictureOptions } from './options.js';
import { el, svgDocument, type Child } from './svg.js';
import { FONT_FAMILY, sourcesText, textBlock } from './text-block.js';
import { textWidth } from './text-width.js';

const PAD = 12;
const ROW = 24;
const FS = 12;

export function tablePicture(view: TableView, opts: PictureOptions): string {
  const { lang } = opts;
  const p = palette(opts.scheme);
  const c = common(lang);
  const text = (v: Parameters<typeof localize>[0]) => localize(v, lang);
  const width = Math.max(320, Math.round(opts.width ?? 560));
  const inner = width - 2 * PAD;
  const { edition, assessment, columns } = view;
  const title = `${text(edition.title) || text(assessment.name)} ${yearText(edition, lang)}`;
  const head = textBlock(title, PAD, PAD, 14, inner, { 'font-weight': 'bold', fill: p.base('text') });

  // Columns: [header, cell text per row, tier chip?]; widths from the widest text.
  type Col = { head: string; cell: (r: TableView['rows'][number]) => string; chip?: boolean };
  const cols: Col[] = [
    { head: mapMessages(lang).rank, cell: (r) => (r.rank === undefined ? '' : rankText(r.rank, r.tied, lang)) },
    { head: c.region, cell: (r) => r.name },
  ];
  if (columns.score)
    cols.push({
      head: valueLabel(assessment.metric, lang),
      cell: (r) => (r.score === undefined ? '' : formatValue(r.score, assessment.metric, lang)),
    });
  if (columns.tier) cols.push({ head: c.tier, cell: (r) => text(r.tier?.name), chip: true });
  const widths = cols.map((col) => Math.max(textWidth(col.head, FS), ...view.rows.map((r) => textWidth(col.cell(r), FS))) + 16);
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
      const s = col.cell(r);
      if (!s) return;
      if (col.chip && r.tierIndex !== undefined) {
        const t = tierColors(r.tierIndex, r.tier?.color ?? undefined);
        cells.push(el('rect', { x: xs[i]! + 2, y: y + 3, width: textWidth(s, FS) + 8, height: ROW - 6, rx: 3, fill: p.color(t.bg) }));
        cells.push(el('text', { x: xs[i]! + 6, y: y + 16, fill: p.color(t.fg) }, s));
      } else cells.push(el('text', { x: xs[i]! + 6, y: y + 16, fill: p.base('text'), 'font-weight': r.highlighted ? 'bold' : null }, s));
    });
  });
  const tableBottom = top + ROW * (view.rows.length + 1) + 6;
  const foot = textBlock(sourcesText(edition.sources, lang), PAD, tableBottom, 11, inner, { fill: p.base('muted') });
  const height = Math.ceil(tableBottom + foot.height + PAD);
  return svgDocument(
    { width, height },
    title,
    '',
    { 'font-family': FONT_FAMILY, 'font-size': FS },
    el('rect', { width, height, fill: p.base('bg') }),
    head.markup,
    cells,
    foot.markup,
  );
}
