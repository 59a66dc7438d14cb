/**
 * The map's colour scale and legend: categorical by tier, sequential bins by score or by rank.
 * DOM-free: colours are CSS values (token variables unless the file gives a tier colour).
 */
import type { Assessment, Edition, ResultRow } from '../../data/model.js';
import type { Tier } from '../../data/format.js';
import { SEQ_COLORS, seqVar, tierColors } from '../../base/tokens.js';

export type ColorBy = 'tier' | 'score' | 'rank';

export interface LegendItem {
  /** Stable key: the tier id, or "from-to". */
  key: string;
  /** A CSS colour (`var(--gov-rank-…)` or the file's tier colour). */
  color: string;
  /** Tier items. */
  tier?: Tier;
  /** Bin items: `from` ≤ value < `to` (the last bin includes `to`); ranks: from–to inclusive. */
  from?: number;
  to?: number;
  /** How many rows fall in this item. */
  count: number;
}

export interface ColorScale {
  /** Legend order: tiers best first; score bins low → high; rank bins best (1) first. */
  items: LegendItem[];
  /** The legend item of a row, or undefined when the row has no value for `colorBy`. */
  itemOf(row: ResultRow | undefined): LegendItem | undefined;
  /** Rows without a value (including regions without a row are counted by the caller). */
  missing: number;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Spreads `bins` colours over the ramp: the darkest always used for the best bin. */
function rampIndex(i: number, bins: number): number {
  const n = SEQ_COLORS.light.length;
  if (bins <= 1) return n - 1;
  return Math.round(((n - 1) * i) / (bins - 1));
}

/**
 * Tier when the assessment has tiers and the edition gives them (to at least as many rows as it
 * gives scores); else score; else rank.
 */
export function defaultColorBy(assessment: Assessment, edition?: Edition): ColorBy {
  const rows = edition?.results ?? [];
  const tiers = rows.filter((r) => r.tier).length;
  const scores = rows.filter((r) => isNum(r.score)).length;
  if (assessment.tiers.length && (!edition || (tiers > 0 && tiers >= scores))) return 'tier';
  if (scores) return 'score';
  if (rows.some((r) => isNum(r.rank))) return 'rank';
  return assessment.tiers.length ? 'tier' : 'score';
}

/**
 * A "nice" step (1, 2 or 5 × 10^k) giving about `count` steps over [lo, hi] — d3-array's
 * tickStep, kept here so the map does not pull in d3-scale's linear scale (and with it d3-color,
 * d3-interpolate and d3-format: 9 KB gzipped) for six numbers.
 */
export function niceStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * 10 ** power;
}

/**
 * d3's threshold scale for sorted `thresholds`: the index of the bin of `v` (v < t₀ → 0, t₀ ≤ v <
 * t₁ → 1, …), i.e. d3-array's bisectRight — kept here so the map's entry needs neither d3-scale
 * nor d3-array.
 */
export function thresholdIndex(thresholds: readonly number[], v: number): number {
  // A handful of bins: counting the thresholds ≤ v is bisectRight's answer, without its loop.
  return thresholds.filter((t) => t <= v).length;
}

/**
 * Round bin edges covering [lo, hi] with about `bins` bins (d3's nice ticks), steps no finer than
 * `minStep`, and never more bins than the colour ramp has colours (`maxBins`).
 */
export function binEdges(lo: number, hi: number, bins: number, minStep = 0, maxBins = SEQ_COLORS.light.length): number[] {
  if (!isNum(lo) || !isNum(hi)) return [];
  if (lo === hi) return [lo, hi];
  for (let b = bins; ; b--) {
    const edges = niceEdges(lo, hi, b, minStep);
    if (edges.length - 1 <= maxBins || b <= 1) return edges;
  }
}

function niceEdges(lo: number, hi: number, bins: number, minStep: number): number[] {
  const step = Math.max(niceStep(lo, hi, bins), minStep);
  const start = Math.floor(lo / step);
  const stop = Math.ceil(hi / step);
  const edges: number[] = [];
  // Integer multiples, then divided or multiplied once: no 0.30000000000000004.
  for (let i = start; i <= stop; i++) edges.push(step < 1 ? i / Math.round(1 / step) : i * step);
  return edges;
}

export function colorScale(assessment: Assessment, rows: readonly ResultRow[], colorBy: ColorBy, bins = 5): ColorScale {
  let items: LegendItem[];
  let itemOf: (row?: ResultRow) => LegendItem | undefined;
  if (colorBy === 'tier') {
    items = assessment.tiers.map((tier, i) => ({
      key: tier.id,
      color: tierColors(i, tier.color).bg,
      tier,
      count: 0,
    }));
    itemOf = (row) => (row?.tierIndex !== undefined ? items[row.tierIndex] : undefined);
  } else {
    const metric = colorBy;
    const score = metric === 'score';
    const values = rows.map((r) => r[metric]).filter(isNum);
    // Scores: bins low → high, no finer than the 2 decimals shown ("96.73–96.73"; counts are
    // whole). Ranks: integer bins, 1 (best, darkest) first.
    const edges = !values.length
      ? []
      : score
        ? binEdges(Math.min(...values), Math.max(...values), bins, assessment.metric.kind === 'count' ? 1 : 0.01)
        : binEdges(0, Math.max(1, ...values), bins, 1).map(Math.round);
    const ranges: [number, number][] = [];
    for (let i = 0; i < edges.length - 1; i++) {
      const from = edges[i]! + (score ? 0 : 1);
      const to = edges[i + 1]!;
      if (to >= from) ranges.push([from, to]);
    }
    const n = ranges.length;
    items = ranges.map(([from, to], i) => ({
      key: `${from}-${to}`,
      color: seqVar(rampIndex(score ? i : n - 1 - i, n)),
      from,
      to,
      count: 0,
    }));
    // A threshold scale: value < the second bin's start → bin 0 …; the top edge belongs to the last bin.
    const starts = ranges.slice(1).map(([from]) => from);
    itemOf = (row) => {
      const v = row?.[metric];
      return isNum(v) && n && v >= ranges[0]![0] && v <= ranges[n - 1]![1] ? items[thresholdIndex(starts, v)] : undefined;
    };
  }
  let missing = 0;
  for (const r of rows) {
    const it = itemOf(r);
    if (it) it.count++;
    else missing++;
  }
  return { items, itemOf, missing };
}
