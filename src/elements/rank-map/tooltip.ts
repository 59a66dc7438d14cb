/**
 * What the tooltip (and each region's accessible name, and the table) says about one region:
 * name, score, tier, rank, year, source. DOM-free. Missing values are left out; a region
 * without any value says "无数据 / No data" — never NaN or "undefined".
 */
import type { Edition, ResultRow } from '../../data/model.js';
import { localize } from '../../data/localize.js';
import { common } from '../../base/i18n.js';
import { mapMessages } from './messages.js';
import type { Lang } from '../../base/lang.js';
import { changeText, formatValue, rankText, sourceLabel, valueLabel, yearText } from '../../base/format.js';

export interface TooltipLine {
  kind: 'score' | 'change' | 'tier' | 'rank' | 'none' | 'year' | 'source';
  label: string;
  value: string;
}

export interface TooltipModel {
  title: string;
  lines: TooltipLine[];
  /** No score, tier or rank for this region in this edition. */
  noData: boolean;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The host name of the edition's first source (short enough for a tooltip). */
export function sourceText(edition: Pick<Edition, 'sources'>, lang: Lang): string {
  const s = edition.sources[0];
  return s ? sourceLabel(s, lang) : '';
}

export function tooltipModel(opts: {
  name: string;
  row: ResultRow | undefined;
  edition: Edition;
  lang: Lang;
  /** The rank is shared with another row. */
  tied?: boolean;
}): TooltipModel {
  const { name, row, edition, lang } = opts;
  const t = common(lang);
  const m = mapMessages(lang);
  const lines: TooltipLine[] = [];
  const metric = edition.assessment.metric;
  if (row && isNum(row.score)) lines.push({ kind: 'score', label: valueLabel(metric, lang), value: formatValue(row.score, metric, lang) });
  if (row?.change) lines.push({ kind: 'change', label: m.change, value: changeText(row.change, lang) });
  if (row?.tier) lines.push({ kind: 'tier', label: t.tier, value: localize(row.tier.name, lang) });
  if (row && isNum(row.rank)) lines.push({ kind: 'rank', label: m.rank, value: rankText(row.rank, opts.tied ?? false, lang) });
  const noData = lines.length === 0;
  if (noData) lines.push({ kind: 'none', label: m.value, value: t.noData });
  lines.push({ kind: 'year', label: m.year, value: yearText(edition, lang) });
  const src = sourceText(edition, lang);
  if (src) lines.push({ kind: 'source', label: t.source, value: src });
  return { title: name || t.region, lines, noData };
}

/** One sentence for a screen reader: "广东：得分 96.73，等级 非常高，排名 第1名". */
export function tooltipSentence(m: TooltipModel, lang: Lang, withYear = false): string {
  const lines = m.lines.filter((l) => withYear || (l.kind !== 'year' && l.kind !== 'source'));
  return `${m.title}${common(lang).colon}${lines.map((l) => `${l.label} ${l.value}`).join(mapMessages(lang).lineSep)}`;
}
