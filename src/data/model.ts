/**
 * The indexed, resolved form of a results file that elements query: assessments by id, editions
 * by year (newest first), results by region code. Built once per loaded file.
 */
import {
  metricRange,
  type AssessmentInput,
  type EditionInput,
  type Localized,
  type ResultsFile,
  type Source,
  type StatisticInput,
  type Tier,
} from './format.js';
import { resolveRegion, type Region } from './regions.js';
import { validateResults, type Diagnostic } from './validate.js';
import { GovRankError, type DataOrigin } from './errors.js';

export interface ResultRow {
  region: Region;
  score?: number;
  /** The tier, and its position in the assessment's tiers (0 = best). */
  tier?: Tier;
  tierIndex?: number;
  rank?: number;
  /** Another row of the edition shares this rank (marked once here, for every element). */
  tied: boolean;
  group?: Localized;
  note?: Localized;
  /** Published change against the year before, in percent (a decline is negative). */
  change?: { percent: number };
}

export interface Edition {
  assessment: Assessment;
  year: number;
  dataYear?: number;
  title?: Localized;
  published?: string;
  sources: Source[];
  complete: boolean;
  completeness?: Localized;
  notes: Localized[];
  /** In file order. */
  results: ResultRow[];
  byCode: ReadonlyMap<string, ResultRow>;
}

export interface Assessment {
  id: string;
  name: Localized;
  shortName?: Localized;
  publisher: Localized;
  level: 'province' | 'city';
  /** `kind` 'count': `score` holds a count in `unit` (max is Infinity unless the file sets it). */
  metric: { name: Localized; min: number; max: number; kind: 'index' | 'count'; unit?: Localized };
  tiers: Tier[];
  href?: string;
  /** Newest first. */
  editions: Edition[];
}

export type Statistic = StatisticInput;

export interface ResultsModel {
  title?: Localized;
  assessments: Assessment[];
  statistics: Statistic[];
  notes: Localized[];
  /** Rows left out (unknown regions); elements show these to the page author. */
  diagnostics: Diagnostic[];
}

/**
 * Validates and indexes a parsed JSON value. Throws a `schema` GovRankError naming the JSON path
 * of the first problems when the file is not format v1.
 */
export function parseResults(json: unknown, url?: string, origin?: DataOrigin): ResultsModel {
  const report = validateResults(json);
  if (!report.ok) throw GovRankError.schema(report.issues, url, origin);
  const file = json as ResultsFile;
  return {
    title: file.title ?? undefined,
    assessments: file.assessments.map(buildAssessment),
    statistics: file.statistics ?? [],
    notes: file.notes ?? [],
    diagnostics: report.diagnostics,
  };
}

function buildAssessment(input: AssessmentInput): Assessment {
  const assessment: Assessment = {
    id: input.id,
    name: input.name,
    shortName: input.shortName ?? undefined,
    publisher: input.publisher,
    level: input.level,
    metric: {
      name: input.metric.name,
      ...metricRange(input.metric),
      kind: input.metric.kind ?? 'index',
      unit: input.metric.unit ?? undefined,
    },
    tiers: input.tiers,
    href: input.href ?? undefined,
    editions: [],
  };
  assessment.editions = input.editions.map((e) => buildEdition(assessment, e)).sort((a, b) => b.year - a.year);
  return assessment;
}

function buildEdition(assessment: Assessment, input: EditionInput): Edition {
  const results: ResultRow[] = [];
  for (const r of input.results) {
    const region = resolveRegion(r.region);
    if (!region) continue; // reported as a diagnostic by validateResults
    const tierIndex = r.tier == null ? -1 : assessment.tiers.findIndex((t) => t.id === r.tier);
    results.push({
      region,
      score: r.score ?? undefined,
      tier: tierIndex >= 0 ? assessment.tiers[tierIndex] : undefined,
      tierIndex: tierIndex >= 0 ? tierIndex : undefined,
      rank: r.rank ?? undefined,
      tied: false,
      group: r.group ?? undefined,
      note: r.note ?? undefined,
      change: r.change ?? undefined,
    });
  }
  const perRank = new Map<number, number>();
  for (const r of results) if (r.rank !== undefined) perRank.set(r.rank, (perRank.get(r.rank) ?? 0) + 1);
  for (const r of results) r.tied = r.rank !== undefined && (perRank.get(r.rank) ?? 0) > 1;
  return {
    assessment,
    year: input.year,
    dataYear: input.dataYear ?? undefined,
    title: input.title ?? undefined,
    published: input.published ?? undefined,
    sources: input.sources,
    complete: input.complete,
    completeness: input.completeness ?? undefined,
    notes: input.notes ?? [],
    results,
    byCode: new Map(results.map((r) => [r.region.code, r])),
  };
}
