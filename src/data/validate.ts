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
  if (!resultsFileSchema.check(json, '', issues)) {
    // A missing or wrong format marker is the likeliest cause of a pile of errors: say it first.
    return { ok: false, issues, diagnostics };
  }
  const file = json as ResultsFile;
  checkRules(file, issues, diagnostics);
  return { ok: issues.length === 0, issues, diagnostics };
}

function checkRules(file: ResultsFile, issues: SchemaIssue[], diagnostics: Diagnostic[]): void {
  const assessmentIds = new Set<string>();
  file.assessments.forEach((a, ai) => {
    const ap = `assessments[${ai}]`;
    if (assessmentIds.has(a.id)) issues.push(issue(`${ap}.id`, 'an id not used by another assessment', a.id));
    assessmentIds.add(a.id);

    const { min, max } = metricRange(a.metric);
    if (min >= max) issues.push(issue(`${ap}.metric.max`, `a number greater than metric.min (${min})`, a.metric.max));
    // Scales, legends and sparklines compute max − min; beyond ±1.8e308 it is Infinity.
    else if (max !== Infinity && !(max - min <= 1e308)) issues.push(issue(`${ap}.metric.max`, 'a scale no wider than 1e308 (metric.max − metric.min)', a.metric.max));

    const tierIds = new Set<string>();
    a.tiers.forEach((t, ti) => {
      if (tierIds.has(t.id)) issues.push(issue(`${ap}.tiers[${ti}].id`, 'a tier id not used by another tier', t.id));
      tierIds.add(t.id);
    });

    const years = new Set<number>();
    a.editions.forEach((e, ei) => {
      const ep = `${ap}.editions[${ei}]`;
      if (years.has(e.year)) issues.push(issue(`${ep}.year`, 'a year not used by another edition of this assessment', e.year));
      years.add(e.year);
      if (e.dataYear !== undefined && e.dataYear !== null && e.dataYear > e.year) {
        issues.push(issue(`${ep}.dataYear`, `a year no later than the report year ${e.year}`, e.dataYear));
      }
      const seen = new Map<string, number>();
      e.results.forEach((r, ri) => {
        const rp = `${ep}.results[${ri}]`;
        if (r.score !== undefined && r.score !== null && (r.score < min || r.score > max)) {
          issues.push(issue(`${rp}.score`, max === Infinity ? `a number of at least ${min}` : `a number from ${min} to ${max}`, r.score));
        }
        if (r.tier !== undefined && r.tier !== null && !tierIds.has(r.tier)) {
          const known = [...tierIds].map((t) => JSON.stringify(t)).join(', ');
          issues.push(issue(`${rp}.tier`, known ? `one of the assessment's tiers: ${known}` : 'no tier (the assessment defines none)', r.tier));
        }
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
        if (region.level !== 'corps' && region.level !== a.level) {
          issues.push(issue(`${rp}.region`, `a ${a.level} (the assessment's level), not the ${region.level} ${region.name}`, r.region));
        }
        const before = seen.get(region.code);
        if (before !== undefined) {
          issues.push(issue(`${rp}.region`, `a region not listed before in this edition (results[${before}] is ${region.name} too)`, r.region));
        }
        seen.set(region.code, ri);
      });
    });
  });

  const statIds = new Set<string>();
  file.statistics?.forEach((s, si) => {
    if (statIds.has(s.id)) issues.push(issue(`statistics[${si}].id`, 'an id not used by another statistic', s.id));
    statIds.add(s.id);
  });
}

/** One line per issue, at most `limit`, for messages shown to page authors. */
export function summarizeIssues(issues: readonly SchemaIssue[], limit = 3): string {
  const lines = issues.slice(0, limit).map((i) => i.message);
  if (issues.length > limit) lines.push(`…and ${issues.length - limit} more`);
  return lines.join('\n');
}
