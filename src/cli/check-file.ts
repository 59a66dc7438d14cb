/**
 * One results file's text → every problem in it, for a person (labels and messages in zh-CN or
 * en, lines and columns) and for tools (the same as data: `--json`). Pure: reading the file and
 * printing are bin/commands/validate.mjs's job.
 */
import { parseJson } from '../data/load.js';
import { validateResults } from '../data/validate.js';
import { isGovRankError } from '../data/errors.js';
import { resolveRegion, type RegionLevel } from '../data/regions.js';
import { findJsonSyntaxError, jsonValueOffsets, lineColumn, offsetOfPath } from '../data/json-scan.js';
import { suggestRegions, suggestionName } from '../data/suggest.js';
import { issueText, syntaxText, unknownRegionText, UI } from './messages.js';
import { rowLabel, valueAt } from './row-label.js';
import type { Lang } from './lang.js';

export interface Problem {
  /** `error`: the file must be fixed; `warning`: it loads, without the rows named. */
  severity: 'error' | 'warning';
  /** `unreadable` (no file), `not-json` (syntax), `invalid` (structure or rule), `unknown-region`. */
  kind: 'unreadable' | 'not-json' | 'invalid' | 'unknown-region';
  /** JSON path, 0-based (`assessments[0].editions[1].results[4].score`); '' for the whole file. */
  path: string;
  /** The same place as a person counts it, from 1, with the row's region, year or id. */
  row: string;
  message: string;
  /** 1-based line and column in the file, where known. */
  line?: number;
  column?: number;
  /** For `unknown-region`: the regions meant, most likely first. */
  suggestions?: string[];
}

export interface FileReport {
  file: string;
  /** No error (warnings allowed). */
  ok: boolean;
  problems: Problem[];
}

/** Checks the text of a results file: syntax, then structure and rules in one pass. */
export function checkResultsText(text: string, file: string, lang: Lang): FileReport {
  // Offsets are counted in the text parseJson reads: without a byte-order mark.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let json: unknown;
  try {
    json = parseJson(body, file);
  } catch (e) {
    return { file, ok: false, problems: [notJson(body, e, lang)] };
  }
  const report = validateResults(json);
  const problems: Problem[] = [];
  if (report.issues.length || report.diagnostics.length) {
    const offsets = jsonValueOffsets(body);
    const place = (path: string) => {
      const at = offsetOfPath(offsets, path);
      return at === undefined ? {} : lineColumn(body, at);
    };
    for (const i of report.issues) {
      const path = i.path === '(root)' ? '' : i.path;
      problems.push({
        severity: 'error',
        kind: 'invalid',
        path,
        row: rowLabel(path, json, lang),
        message: issueText(i, lang),
        ...place(path),
      });
    }
    for (const d of report.diagnostics) {
      const suggestions = suggestionsFor(json, d.path, d.value);
      problems.push({
        severity: 'warning',
        kind: 'unknown-region',
        path: d.path,
        row: rowLabel(d.path, json, lang),
        message: unknownRegionText(d.value, suggestions, lang),
        ...place(d.path),
        suggestions,
      });
    }
  }
  // In file order, as the author reads the file (the validator lists structure before rules).
  const line = (p: Problem) => [p.line ?? Infinity, p.column ?? 0];
  problems.sort((a, b) => line(a)[0]! - line(b)[0]! || line(a)[1]! - line(b)[1]!);
  return { file, ok: report.ok, problems };
}

/** A file that could not be read at all (missing, a folder, no permission). */
export function unreadable(file: string, error: { code?: string; message: string }, lang: Lang): FileReport {
  const reason = error.code && UI[lang].reasons[error.code] ? `${UI[lang].reasons[error.code]} (${error.code})` : error.message;
  return { file, ok: false, problems: [{ severity: 'error', kind: 'unreadable', path: '', row: '', message: reason }] };
}

function notJson(body: string, e: unknown, lang: Lang): Problem {
  const base = { severity: 'error', kind: 'not-json', path: '', row: '' } as const;
  const reason = isGovRankError(e) ? e.reason : undefined;
  if (reason === 'empty') return { ...base, message: UI[lang].empty };
  if (reason === 'html') return { ...base, message: UI[lang].html, line: 1, column: 1 };
  const at = (offset: number) => lineColumn(body, offset);
  const found = findJsonSyntaxError(body);
  if (found) return { ...base, message: syntaxText(found, lang, at), ...at(found.offset) };
  // The scanner and JSON.parse disagree (should not happen): JSON.parse's own words and position.
  const cause = isGovRankError(e) && e.cause instanceof Error ? e.cause.message : String(e);
  const position = /position (\d+)/.exec(cause);
  return { ...base, message: cause, ...(position ? at(Number(position[1])) : {}) };
}

/** Suggestions for an unknown region: regions of the assessment's level not yet in the edition first. */
function suggestionsFor(json: unknown, path: string, value: string): string[] {
  const edition = path.replace(/\.results\[\d+\]\.region$/, '');
  const level = valueAt(json, `${edition.replace(/\.editions\[\d+\]$/, '')}.level`);
  const rows = valueAt(json, `${edition}.results`);
  const listed = new Set<string>();
  if (Array.isArray(rows))
    for (const r of rows) {
      const code = resolveRegion((r as { region?: string | number } | null)?.region ?? '')?.code;
      if (code) listed.add(code);
    }
  return suggestRegions(value, {
    ...(level === 'province' || level === 'city' ? { level: level as RegionLevel } : {}),
    listed,
  }).map((r) => suggestionName(r, value));
}
