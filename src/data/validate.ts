/**
 * Validation of a results file: the structure (from the schema) and the rules a schema cannot
 * say (scores within the scale, tiers that exist, no duplicates). Regions are resolved here;
 * a name that cannot be placed is a diagnostic, not an error: the rest of the file still shows.
 */
import { issue, type SchemaIssue } from './schema-kit.js';
import { metricRange, resultsFileSchema, type ResultsFile } from './format.js';
import { resolveRegion } from './regions.js';

export interface Diagnostic {
  kind: 'unknown-region';
  path: string;
  /** The value as written in the file. */
  value: string;
  message: string;
}

export interface ValidationReport {
  ok: boolean;
  /** Errors: the file must not be used. */
  issues: SchemaIssue[];
  /** Warnings: the file is usable, these rows are left out and shown to the author. */
  diagnostics: Diagnostic[];
}

/** Validates a parsed JSON value against format v1. Never throws. */
export function validateResults(json: unknown): ValidationReport {
  const issues: SchemaIssue[] = [];
  const diagnostics: Diagnostic[] = [];
  resultsFileSchema.check(json, '', issues);
  // One pass: the rules run on every part that passed its structure check, so an author sees
  // every problem at once, not the rule errors only after each structure error is fixed.
  checkRules(json as ResultsFile | null, new Set(issues.map((i) => i.path)), issues, diagnostics);
  return { ok: issues.length === 0, issues, diagnostics };
}

/** Calls `fn` for the items of `list` that are objects (the structure check reported the rest). */
function each<T>(list: readonly T[] | null | undefined, fn: (item: T, index: number) => void): void {
  if (Array.isArray(list)) list.forEach((x, i) => x !== null && typeof x === 'object' && fn(x, i));
}

/** `bad`: the paths of structure issues; a value found there is not read by any rule. */
function checkRules(file: ResultsFile | null, bad: ReadonlySet<string>, issues: SchemaIssue[], diagnostics: Diagnostic[]): void {
  /** Records a sound, present value in `seen`; a repeat is an issue. */
  const once = (seen: Set<unknown>, path: string, value: unknown, expected: string) => {
    if (value == null || bad.has(path)) return;
    if (seen.has(value)) issues.push(issue(path, expected, value));
    seen.add(value);
  };
  const assessmentIds = new Set<unknown>();
  each(file?.assessments, (a, ai) => {
    const ap = `assessments[${ai}]`;
    once(assessmentIds, `${ap}.id`, a.id, 'an id not used by another assessment');

    // A scale with a structure problem checks no score.
    const scaleOk = !['', '.min', '.max', '.kind'].some((f) => bad.has(`${ap}.metric${f}`));
    const { min, max } = metricRange(scaleOk ? a.metric : {});
    if (scaleOk && min >= max) issues.push(issue(`${ap}.metric.max`, `a number greater than metric.min (${min})`, a.metric.max));
    // Scales, legends and sparklines compute max − min; beyond ±1.8e308 it is Infinity.
    else if (scaleOk && max !== Infinity && !(max - min <= 1e308))
      issues.push(issue(`${ap}.metric.max`, 'a scale no wider than 1e308 (metric.max − metric.min)', a.metric.max));

    const tierIds = new Set<unknown>();
    each(a.tiers, (t, ti) => once(tierIds, `${ap}.tiers[${ti}].id`, t.id, 'a tier id not used by another tier'));
    // Results are checked against the tiers only when every tier id could be read.
    const tiersOk = Array.isArray(a.tiers) && a.tiers.every((_, ti) => !bad.has(`${ap}.tiers[${ti}]`) && !bad.has(`${ap}.tiers[${ti}].id`));

    const years = new Set<unknown>();
    each(a.editions, (e, ei) => {
      const ep = `${ap}.editions[${ei}]`;
      once(years, `${ep}.year`, e.year, 'a year not used by another edition of this assessment');
      if (e.dataYear != null && !bad.has(`${ep}.dataYear`) && !bad.has(`${ep}.year`) && e.dataYear > e.year) {
        issues.push(issue(`${ep}.dataYear`, `a year no later than the report year ${e.year}`, e.dataYear));
      }
      const seen = new Map<string, number>();
      each(e.results, (r, ri) => {
        const rp = `${ep}.results[${ri}]`;
        if (scaleOk && r.score != null && !bad.has(`${rp}.score`) && (r.score < min || r.score > max)) {
          issues.push(issue(`${rp}.score`, max === Infinity ? `a number of at least ${min}` : `a number from ${min} to ${max}`, r.score));
        }
        if (tiersOk && r.tier != null && !bad.has(`${rp}.tier`) && !tierIds.has(r.tier)) {
          const known = [...tierIds].map((t) => JSON.stringify(t)).join(', ');
          issues.push(
            issue(`${rp}.tier`, known ? `one of the assessment's tiers: ${known}` : 'no tier (the assessment defines none)', r.tier),
          );
        }
        if (bad.has(`${rp}.region`)) return;
        const region = resolveRegion(r.region);
        if (!region) {
          diagnostics.push({
            kind: 'unknown-region',
            path: `${rp}.region`,
            value: String(r.region),
            message: `${rp}.region: unknown region ${JSON.stringify(String(r.region))}; this row is left out`,
          });
          return;
        }
        if (region.level !== 'corps' && !bad.has(`${ap}.level`) && region.level !== a.level) {
          issues.push(issue(`${rp}.region`, `a ${a.level} (the assessment's level), not the ${region.level} ${region.name}`, r.region));
        }
        const before = seen.get(region.code);
        if (before !== undefined) {
          issues.push(
            issue(`${rp}.region`, `a region not listed before in this edition (results[${before}] is ${region.name} too)`, r.region),
          );
        }
        seen.set(region.code, ri);
      });
    });
  });

  const statIds = new Set<unknown>();
  each(file?.statistics, (s, si) => once(statIds, `statistics[${si}].id`, s.id, 'an id not used by another statistic'));
}

/** One line per issue, at most `limit`, for messages shown to page authors. */
export function summarizeIssues(issues: readonly SchemaIssue[], limit = 3): string {
  const lines = issues.slice(0, limit).map((i) => i.message);
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more`);
  return lines.join('\n');
}
