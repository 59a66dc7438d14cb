/**
 * A file's report as the terminal shows it: a summary line, then each problem as
 * "row › field: message" with its line, column and JSON path underneath; a syntax error with the
 * offending line and a caret. Errors and warnings go to stderr, the "valid" line to stdout.
 */
import { caretExcerpt } from './excerpt.js';
import { UI } from './messages.js';
import type { FileReport, Problem } from './check-file.js';
import type { Lang } from './lang.js';

export function printReport(report: FileReport, text: string | undefined, lang: Lang): { stdout: string[]; stderr: string[] } {
  const ui = UI[lang];
  const colon = lang === 'zh-CN' ? '：' : ': ';
  const errors = report.problems.filter((p) => p.severity === 'error');
  const warnings = report.problems.filter((p) => p.severity === 'warning');
  const stdout: string[] = [];
  const stderr: string[] = [];
  const where = (p: Problem) => [p.line === undefined ? '' : ui.at(p.line, p.column), p.path].filter(Boolean).join(' · ');
  const item = (p: Problem) => {
    stderr.push(`  ${p.row ? p.row + colon : ''}${p.message}`);
    if (where(p)) stderr.push(`    ${where(p)}`);
  };

  const first = errors[0];
  if (first?.kind === 'unreadable') stderr.push(ui.unreadable(report.file, first.message));
  else if (first?.kind === 'not-json') {
    stderr.push(ui.notJson(report.file));
    stderr.push(`  ${first.line === undefined ? '' : ui.at(first.line, first.column) + colon}${first.message}`);
    const body = text?.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (body !== undefined && first.line !== undefined)
      stderr.push(...caretExcerpt(body, first.line, first.column ?? 1).map((l) => `    ${l}`));
  } else if (errors.length) {
    stderr.push(ui.problems(report.file, errors.length));
    errors.forEach(item);
  }
  if (warnings.length) {
    stderr.push(ui.warnings(report.file, warnings.length));
    warnings.forEach(item);
  }
  if (report.ok) stdout.push(ui.valid(report.file));
  return { stdout, stderr };
}
