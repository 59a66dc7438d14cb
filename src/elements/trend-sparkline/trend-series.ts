/**
 * A region's trend as both sparklines show it (the element and the table's trend column): the
 * series, the words for each point, and the one-line summary that is the chart's accessible name.
 *
 * Years: every year shown is the **data year** (the year rated: the 2020 report rates 2019), the
 * form the publishers use in their own phrases ("2016年 第9名 → 2018年 第1名"). An edition that
 * states no data year is shown by its report year. The report year is given in the point's words.
 */
import type { Assessment, ResultRow } from '../../data/model.js';
import type { Region } from '../../data/regions.js';
import { regionName } from '../../data/regions.js';
import { regionSeries } from '../../data/query.js';
import { common, messages } from '../../base/i18n.js';
import type { Lang } from '../../base/lang.js';
import { labelWidth, sparklineGeometry, type SparkBand, type SparkDatum, type SparkGeometry } from './sparkline-geometry.js';
import { formatScore, rankText } from '../../base/format.js';

export type TrendMetric = 'rank' | 'score';

export interface TrendPoint extends SparkDatum {
  /** The year shown: data year, else report year. */
  x: number;
  /** Report year of the edition. */
  year: number;
  dataYear?: number;
  value?: number;
  /** Another region shares this rank in the edition. */
  tied: boolean;
  row?: ResultRow;
}

export const trendText = messages({
  'zh-CN': {
    rank: '排名',
    score: '得分',
    summary: (name: string, metric: string, parts: string) => `${name} ${metric}：${parts}`,
    best: '最好',
    worst: '最差',
    gaps: (years: string) => `缺少 ${years} 的数据`,
    sep: '、',
  },
  en: {
    rank: 'rank',
    score: 'score',
    summary: (name: string, metric: string, parts: string) => `${name} ${metric}: ${parts}`,
    best: 'best',
    worst: 'worst',
    gaps: (years: string) => `No data for ${years}`,
    sep: ', ',
  },
});

/** The region's points across the assessment's editions, oldest first (gaps kept). */
export function trendSeries(assessment: Assessment, region: Region, metric: TrendMetric): TrendPoint[] {
  return regionSeries(assessment, region, metric).map((p) => {
    const rank = p.row?.rank;
    const tied = metric === 'rank' && rank !== undefined && (p.row?.tied ?? false);
    const value = typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : undefined;
    return { x: p.dataYear ?? p.year, year: p.year, dataYear: p.dataYear, value, tied, row: p.row };
  });
}

export { formatScore };

/** The value in words: "并列第1名" / "No. 1 (tied)" / "96.73"; "无数据" when missing. */
export function valueText(p: { value?: number; tied?: boolean }, metric: TrendMetric, lang: Lang): string {
  const t = common(lang);
  if (p.value === undefined) return t.noData;
  if (metric === 'score') return formatScore(p.value, lang);
  return rankText(p.value, p.tied ?? false, lang);
}

/** Short value for the last point's label: "1" / "=1" style is too cryptic, so "第1名" / "No. 1" / "96.73". */
export function shortValue(p: { value?: number }, metric: TrendMetric, lang: Lang): string {
  if (p.value === undefined) return '';
  return metric === 'score' ? formatScore(p.value, lang) : common(lang).rank(p.value);
}

/** Font size of the sparkline's end label in px (the `.label` rule in the styles says the same). */
export const LABEL_PX = 11;

/**
 * The sparkline's geometry for a series at a size, as `<gov-trend-sparkline>` and its picture draw
 * it: room on the right for the last value's label, and with score bands the range stretched to
 * the edges of the bands the values sit in.
 */
export function trendGeometry(
  view: { points: readonly TrendPoint[]; metric: TrendMetric; bands: readonly SparkBand[] },
  width: number,
  height: number,
  lang: Lang,
): SparkGeometry {
  const withValue = view.points.filter((p) => p.value !== undefined);
  const last = withValue[withValue.length - 1];
  const label = last ? shortValue(last, view.metric, lang) : '';
  const include: number[] = [];
  for (const p of withValue) {
    const band = view.bands.find((b) => p.value! >= b.from && p.value! <= b.to);
    if (band) include.push(band.from, band.to);
  }
  return sparklineGeometry(view.points, {
    width,
    height,
    metric: view.metric,
    // Right: the label (an upper bound of its width at any font) and an 8 px gap from the point.
    pad: { top: 6, bottom: 6, left: 6, right: label ? 10 + labelWidth(label, LABEL_PX) : 6 },
    bands: view.bands,
    include: include.length ? [Math.min(...include), Math.max(...include)] : [],
  });
}

/** "2016年 第9名" / "2016 No. 9". */
export function pointText(p: TrendPoint, metric: TrendMetric, lang: Lang): string {
  return `${common(lang).year(p.x)} ${valueText(p, metric, lang)}`;
}

/**
 * The chart's accessible name: first and last point with data, joined by an arrow —
 * "广东 排名：2016年 第9名 → 2020年 第1名". One point: just that point. None: "无数据".
 */
export function trendSummary(region: Region, points: readonly TrendPoint[], metric: TrendMetric, lang: Lang): string {
  const m = trendText(lang);
  const withValue = points.filter((p) => p.value !== undefined);
  const first = withValue[0];
  const last = withValue[withValue.length - 1];
  let parts: string;
  if (!first || !last) parts = common(lang).noData;
  else if (first === last) parts = pointText(first, metric, lang);
  else parts = `${pointText(first, metric, lang)} → ${pointText(last, metric, lang)}`;
  return m.summary(regionName(region, lang), m[metric], parts);
}

/**
 * Years (as shown) on the axis without a value: editions that do not rate the region (before its
 * first value too) and years with no edition at all. None when the region has no value at all.
 */
export function gapYears(points: readonly TrendPoint[]): number[] {
  if (!points.some((p) => p.value !== undefined)) return [];
  const out: number[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev) for (let y = prev.x + 1; y < p.x; y++) out.push(y);
    if (p.value === undefined) out.push(p.x);
  });
  return out;
}
