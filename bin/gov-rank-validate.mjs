#!/usr/bin/env node
// gov-rank-validate results.json [more.json …]: checks results files against format v1 and
// prints each problem with its JSON path. Exit 0 when all are valid, 1 otherwise.
import { readFileSync } from 'node:fs';
import { validateResults, parseJson } from '../dist/data/index.js';

const files = process.argv.slice(2);
if (!files.length || files.includes('--help')) {
  // Asked for: stdout, exit 0; missing arguments: stderr, exit 2.
  (files.length ? console.log : console.error)('usage: gov-rank-validate <results.json> [more.json …]');
  process.exit(files.length ? 0 : 2);
}
let failed = 0;
for (const file of files) {
  let report;
  try {
    report = validateResults(parseJson(readFileSync(file, 'utf8'), file));
  } catch (e) {
    // The loader's messages name the file; a read error (EISDIR, EACCES) may not.
    console.error(`✖ ${e.message.includes(file) ? e.message : `${file}: ${e.message}`}`);
    failed++;
    continue;
  }
  for (const d of report.diagnostics) console.warn(`⚠ ${file}: ${d.message}`);
  if (report.ok) console.log(`✔ ${file}: valid gov-rank results file (format v1)`);
  else {
    failed++;
    console.error(`✖ ${file}: ${report.issues.length} problem${report.issues.length === 1 ? '' : 's'}`);
    for (const i of report.issues) console.error(`  ${i.message}`);
  }
}
process.exit(failed ? 1 : 0);
