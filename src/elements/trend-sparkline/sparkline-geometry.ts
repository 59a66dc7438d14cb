/**
 * Sparkline geometry: pixels from a series, nothing else. DOM-free and Lit-free, so the
 * `<gov-trend-sparkline>` element and the trend column of `<gov-rank-table>` draw from the same
 * code (and Node tests it). Plain arithmetic, no d3: the line is `M`/`L` commands split at every
 * gap, as d3-shape's `line().defined()` draws it (a lone point is `M x,y Z`), at a fraction of the
 * bytes (the installed d3-shape does not tree-shake: `line` alone costs 3.5 KB gzipped).
 *
 * Gaps are never bridged: a point without a value breaks the line, and so does a year with no
 * point at all (x values further apart than `step`).
 */
import { isWide } from '../../base/wide-char.js';

export interface SparkDatum {
  /** Position on the x axis, e.g. a year. */
  x: number;
  /** Missing (undefined or not finite) is a gap. */
  value?: number | undefined;
}

export interface SparkBand {
  /** Value range of the band, low to high. */
  from: number;
  to: number;
  /** Position of the tier in the assessment's tiers (0 = best). */
  index: number;
}

export interface SparkOptions {
  width: number;
  height: number;
  /** `rank`: smaller is better and drawn higher, 1 at the top. `score`: larger is higher. */
  metric: 'rank' | 'score';
  /** Inner padding in px (room for dots, labels and focus rings). */
  pad?: { top?: number; right?: number; bottom?: number; left?: number };
  /** Two x values further apart than this are not joined (a missing year is a gap). Default 1. */
  step?: number;
  /** Tier bands (score metric), drawn where they meet the value domain. */
  bands?: readonly SparkBand[];
  /** Values the y domain must include (e.g. a band edge the data is close to). */
  include?: readonly number[];
}

export interface SparkPoint {
  /** Index into the input series. */
  i: number;
  x: number;
  value: number;
  /** Pixel position. */
  px: number;
  py: number;
}

export interface SparkGeometry {
  width: number;
  height: number;
  /** SVG path `d` of the line: one `M` subpath per unbroken run (a lone point is `M…Z`). */
  d: string;
  /** Number of unbroken runs in `d`. */
  runs: number;
  /** The points with a value, in input order. */
  points: SparkPoint[];
  /** Best and worst points (rank: lowest/highest number; score: highest/lowest). Undefined without points. */
  best?: SparkPoint;
  worst?: SparkPoint;
  /** Value domain [bottom, top] of the y axis. */
  domain: [number, number];
  /** Bands clipped to the domain, in pixels (y0 < y1). */
  bands: { y0: number; y1: number; index: number }[];
  /** Pixel y of a value. */
  y(value: number): number;
}

const round = (v: number) => Math.round(v * 100) / 100;
const finite = (v: number | undefined): v is number => typeof v === 'number' && Number.isFinite(v);

/** Pixel geometry of a series. Never returns NaN: a degenerate domain is centred. */
export function sparklineGeometry(series: readonly SparkDatum[], opts: SparkOptions): SparkGeometry {
  const width = Math.max(0, finite(opts.width) ? opts.width : 0);
  const height = Math.max(0, finite(opts.height) ? opts.height : 0);
  const pad = { top: 4, right: 4, bottom: 4, left: 4, ...opts.pad };
  const step = opts.step ?? 1;
  const rank = opts.metric === 'rank';

  const present = series.map((d, i) => ({ d, i })).filter(({ d }) => finite(d.value) && finite(d.x));
  const xs = series.map((d) => d.x).filter(finite);
  const values = present.map(({ d }) => d.value as number);
  const include = (opts.include ?? []).filter(finite);

  // x: first to last x of the whole series (points without value keep their place).
  const x0 = xs.length ? Math.min(...xs) : 0;
  const x1 = xs.length ? Math.max(...xs) : 0;
  const left = pad.left;
  const right = Math.max(left, width - pad.right);
  const px = (x: number) => (x1 === x0 ? (left + right) / 2 : left + ((x - x0) / (x1 - x0)) * (right - left));

  // y: rank 1 is the top of every rank chart; scores span their own range.
  let lo: number;
  let hi: number;
  if (rank) {
    lo = 1;
    hi = Math.max(1, ...values, ...include);
  } else {
    const all = [...values, ...include];
    lo = all.length ? Math.min(...all) : 0;
    hi = all.length ? Math.max(...all) : 1;
  }
  const top = pad.top;
  const bottom = Math.max(top, height - pad.bottom);
  // Domain as [value at the bottom, value at the top].
  const domain: [number, number] = rank ? [hi, lo] : [lo, hi];
  const y = (v: number) => {
    if (domain[0] === domain[1]) return rank ? top : (top + bottom) / 2;
    return bottom - ((v - domain[0]) / (domain[1] - domain[0])) * (bottom - top);
  };

  const points: SparkPoint[] = present.map(({ d, i }) => ({
    i,
    x: d.x,
    value: d.value as number,
    px: round(px(d.x)),
    py: round(y(d.value as number)),
  }));

  // The line's input: every point, with a gap marker where a year is skipped.
  type Node = SparkPoint | null;
  const nodes: Node[] = [];
  let prevX: number | undefined;
  series.forEach((d, i) => {
    if (prevX !== undefined && finite(d.x) && d.x - prevX > step) nodes.push(null);
    if (finite(d.x)) prevX = d.x;
    nodes.push(points.find((p) => p.i === i) ?? null);
  });
  // One subpath per unbroken run; a lone point closes on itself so it is still a subpath.
  let d = '';
  let runs = 0;
  nodes.forEach((n, k) => {
    if (!n) return;
    const start = !nodes[k - 1];
    if (start) runs++;
    d += `${start ? 'M' : 'L'}${round(n.px)},${round(n.py)}`;
    if (start && !nodes[k + 1]) d += 'Z';
  });

  let best: SparkPoint | undefined;
  let worst: SparkPoint | undefined;
  for (const p of points) {
    const better = (a: number, b: number) => (rank ? a < b : a > b);
    if (!best || better(p.value, best.value)) best = p;
    if (!worst || better(worst.value, p.value)) worst = p;
  }

  const bands: SparkGeometry['bands'] = [];
  if (!rank && domain[0] !== domain[1]) {
    for (const b of opts.bands ?? []) {
      const from = Math.max(b.from, domain[0]);
      const to = Math.min(b.to, domain[1]);
      if (to > from) bands.push({ y0: round(y(to)), y1: round(y(from)), index: b.index });
    }
  }

  return { width, height, d, runs, points, best, worst, domain, bands, y };
}

/**
 * Tier bands from an assessment's tiers (best first, each with an optional lowest score):
 * a tier spans its `min` up to the next better tier's `min` (or the scale's max). The first tier
 * without a `min` below a tier with one spans down to the scale's min; tiers after it are not drawn.
 */
export function tierBands(tiers: readonly { min?: number | null }[], scale: { min: number; max: number }): SparkBand[] {
  const out: SparkBand[] = [];
  let upper = scale.max;
  for (let index = 0; index < tiers.length; index++) {
    const min = tiers[index]!.min;
    if (min == null) {
      if (index > 0 && upper > scale.min) out.push({ from: scale.min, to: upper, index });
      break;
    }
    if (upper > min) out.push({ from: min, to: upper, index });
    upper = min;
  }
  return out;
}

/**
 * Room a label takes, from its font size alone (no measuring, so it works in `render()` and in
 * Node): full-width characters (`isWide`) are 1 em; anything else at most 0.65 em (the widest
 * common sans digits — DejaVu's — are 0.64 em). An upper bound, rounded up.
 */
export function labelWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : 0.65;
  return Math.ceil(em * fontPx);
}

/**
 * Height reserved for one line of label text: 1.5 em, more than the ascent + descent of common
 * fonts (DejaVu Sans 1.16 em, WenQuanYi Micro Hei about 1.2 em, Noto Sans CJK 1.45 em).
 */
export const labelHeight = (fontPx: number) => Math.ceil(fontPx * 1.5);

/**
 * Where the end label of a sparkline goes, for `<text text-anchor="end"
 * dominant-baseline="central">`: its right edge 2 px inside the chart's right edge (the chart's
 * right padding is the label's width plus the gap, so it clears the point), vertically centred
 * on the point but moved down or up so that a line box of `labelHeight` stays inside the chart —
 * a point on the top edge (rank 1) gets its label just below the edge, not above the SVG.
 */
export function labelPlace(
  g: Pick<SparkGeometry, 'width' | 'height'>,
  point: Pick<SparkPoint, 'py'>,
  fontPx: number,
): { x: number; y: number } {
  const half = labelHeight(fontPx) / 2;
  const y = g.height <= 2 * half ? g.height / 2 : Math.min(Math.max(point.py, half), g.height - half);
  return { x: round(Math.max(0, g.width - 2)), y: round(y) };
}
