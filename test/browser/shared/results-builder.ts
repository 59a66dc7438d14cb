/**
 * The one builder of results files (format v1) for the browser tests: a sweep says what its data
 * holds, not how the format spells it. Keys come out in the format's order (the order the files
 * in the repository and the old per-file copies use), so JSON.stringify of a built file is what
 * a hand-written one would be; a key is written only when given (or defaulted below).
 *
 *   resultsFile({ assessments: [assessment({ id, name, publisher, editions: [edition(2020, rows, { sources })] })] })
 *
 * Defaults: `level: 'province'`, `metric: { name: 'Index' }`, `tiers: []`, an edition's `complete: false`.
 * Tests that need a broken file build a valid one and then break it.
 */

export type Localized = string | Partial<Record<'zh-CN' | 'en', string>>;
/** A result row, a tier, a metric, a source: plain JSON (tests may pass values the schema refuses). */
export type Json = Record<string, unknown>;

export interface EditionJson {
  year: number;
  dataYear?: number;
  sources: Json[];
  complete: boolean;
  completeness?: Localized;
  results: Json[];
  [key: string]: unknown;
}

export interface AssessmentJson {
  id: string;
  name: Localized;
  shortName?: Localized;
  publisher: string;
  level: 'province' | 'city';
  metric: Json;
  tiers: Json[];
  editions: EditionJson[];
  [key: string]: unknown;
}

export interface StatisticJson {
  id: string;
  label: Localized;
  value: number;
  unit?: Localized;
  date?: string;
  sources: Json[];
  [key: string]: unknown;
}

export interface ResultsFileJson {
  format: 'gov-rank-results';
  version: 1;
  assessments: AssessmentJson[];
  statistics?: StatisticJson[];
}

/** `o`'s keys in `order` first (those `o` has), then its others as given. */
function inOrder<T>(order: readonly string[], o: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const k of order) if (k in o) out[k] = o[k];
  for (const k of Object.keys(o)) if (!(k in out)) out[k] = o[k];
  return out as T;
}

/** A results file: `statistics` is written only when given (an empty list included). */
export function resultsFile(opts: { assessments?: AssessmentJson[]; statistics?: StatisticJson[] }): ResultsFileJson {
  const file: ResultsFileJson = { format: 'gov-rank-results', version: 1, assessments: opts.assessments ?? [] };
  if (opts.statistics !== undefined) file.statistics = opts.statistics;
  return file;
}

/** An assessment; `level`, `metric` and `tiers` default to province, `{ name: 'Index' }` and none. */
export function assessment(
  a: Omit<AssessmentJson, 'level' | 'metric' | 'tiers'> & Partial<Pick<AssessmentJson, 'level' | 'metric' | 'tiers'>>,
): AssessmentJson {
  return inOrder(['id', 'name', 'shortName', 'publisher', 'level', 'metric', 'tiers', 'editions'], {
    level: 'province',
    metric: { name: 'Index' },
    tiers: [],
    ...a,
  });
}

/** One edition of `year` with its result rows; `complete` defaults to false. */
export function edition(
  year: number,
  results: Json[],
  opts: Omit<EditionJson, 'year' | 'results' | 'complete'> & { complete?: boolean },
): EditionJson {
  return inOrder(['year', 'dataYear', 'sources', 'complete', 'completeness', 'results'], { complete: false, ...opts, year, results });
}

/** A statistic (keys in the format's order, any others after them). */
export function statistic(s: StatisticJson): StatisticJson {
  return inOrder(['id', 'label', 'value', 'unit', 'date', 'sources'], s);
}
