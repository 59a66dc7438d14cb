/**
 * Pure queries over a loaded results model: what one element needs, nothing more.
 * Missing data stays missing: a year without an edition is a gap, never an interpolation.
 */
import type { Assessment, Edition, ResultRow, ResultsModel, Statistic } from './model.js';
import { resolveRegion, type Region } from './regions.js';

/** The assessment with `id`, else the first one of `level`, else the first one. */
export function findAssessment(
  model: ResultsModel,
  opts: { id?: string | null; level?: 'province' | 'city' | null } = {},
): Assessment | undefined {
  if (opts.id) return model.assessments.find((a) => a.id === opts.id);
  if (opts.level) return model.assessments.find((a) => a.level === opts.level);
  return model.assessments[0];
}

/**
 * The edition of report year `year`. Without a year: the latest complete edition, else the latest
 * with any score, tier or rank (a bare membership list is a poor default for a map or a table).
 */
export function findEdition(assessment: Assessment, year?: number | null): Edition | undefined {
  if (year != null && !Number.isNaN(year)) return assessment.editions.find((e) => e.year === year);
  return assessment.editions.find((e) => e.complete) ?? assessment.editions.find((e) => e.results.some(hasValue)) ?? assessment.editions[0];
}

/** A row carries a score, a tier or a rank (not just a mention). */
export function hasValue(row: ResultRow): boolean {
  return row.score !== undefined || row.tier !== undefined || row.rank !== undefined;
}

/** Report years of an assessment, oldest first. */
export function editionYears(assessment: Assessment): number[] {
  return assessment.editions.map((e) => e.year).sort((a, b) => a - b);
}

export function regionResult(edition: Edition, region: string | Region): ResultRow | undefined {
  const code = typeof region === 'string' ? resolveRegion(region)?.code : region.code;
  return code ? edition.byCode.get(code) : undefined;
}

export interface SeriesPoint {
  year: number;
  dataYear?: number;
  edition: Edition;
  /** Undefined when the edition does not list the region, or lists it without this metric. */
  value?: number;
  row?: ResultRow;
}

/**
 * A region's values across every edition of an assessment, oldest first. Editions that do not
 * list the region (or list it without the metric) are kept as points with no value: gaps.
 */
export function regionSeries(assessment: Assessment, region: Region, metric: 'score' | 'rank'): SeriesPoint[] {
  return [...assessment.editions]
    .sort((a, b) => a.year - b.year)
    .map((edition) => {
      const row = edition.byCode.get(region.code);
      const value = row?.[metric];
      return { year: edition.year, dataYear: edition.dataYear, edition, row, value };
    });
}

/** A row in ranking order (ties are marked on every ResultRow by the model). */
export type RankedRow = ResultRow;

export type SortKey = 'rank' | 'region' | 'score' | 'tier';

/**
 * The rows of an edition in ranking order: by rank, else by score (descending), else by tier;
 * rows without any of these last, in file order. Ties are marked.
 */
export function ranking(edition: Edition): RankedRow[] {
  const rows = edition.results.map((row, i) => ({ row, i }));
  rows.sort((a, b) => compareRanking(a.row, b.row) || a.i - b.i);
  return rows.map((x) => x.row);
}

function compareRanking(a: ResultRow, b: ResultRow): number {
  return (
    cmpMissingLast(a.rank, b.rank, (x, y) => x - y) ||
    cmpMissingLast(a.score, b.score, (x, y) => y - x) ||
    cmpMissingLast(a.tierIndex, b.tierIndex, (x, y) => x - y)
  );
}

/** Compares two optional numbers; a missing value sorts after any present one. */
export function cmpMissingLast(a: number | undefined, b: number | undefined, cmp: (x: number, y: number) => number): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return 1;
  if (b === undefined) return -1;
  return cmp(a, b);
}

export interface StatisticView {
  stat: Statistic;
  /** Against `stat.earlier`, when the file gives one. */
  change?: { from: number; since: string; absolute: number; ratio: number };
}

export function findStatistic(model: ResultsModel, id: string): StatisticView | undefined {
  const stat = model.statistics.find((s) => s.id === id);
  if (!stat) return undefined;
  const earlier = stat.earlier ?? undefined;
  if (!earlier || earlier.value === 0) return { stat };
  return {
    stat,
    change: {
      from: earlier.value,
      since: earlier.date,
      absolute: stat.value - earlier.value,
      ratio: (stat.value - earlier.value) / Math.abs(earlier.value),
    },
  };
}

/** An attribute listing regions: "广东, 浙江" / "广东，浙江" / "广东、浙江" / "CN-GD; CN-ZJ". */
export function splitList(text: string | number | null | undefined): string[] {
  return String(text ?? '')
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
