// `npm run size`: what each entry costs a page, minified and gzipped (level 9), with every
// dependency inlined (lit, d3, geometry). Chunks loaded only on demand (the bundled dataset,
// fetched with import() when an element has no src) are listed apart, not counted in the entry.
// Over-budget entries are flagged; with --strict the run exits 1 on any of them.
import { build } from 'esbuild';
import { rmSync, existsSync } from 'node:fs';
import { BROWSER_BUNDLE, staticClosure, gzSize } from './lib/bundle-size.mjs';
import { ELEMENTS } from './entries.mjs';

const KB = 1024;
const BUDGET = { map: 40 * KB, badge: 14 * KB, sparkline: 14 * KB, counter: 14 * KB, table: 14 * KB };

const entries = { 'gov-rank (all)': 'src/index.ts', 'gov-rank/data': 'src/data/index.ts' };
for (const [name, , cls] of ELEMENTS) if (existsSync(cls)) entries[`gov-rank/${name}`] = `src/define/${name}.ts`;

const outdir = '.test-build/size';
rmSync(outdir, { recursive: true, force: true });
const gz = gzSize;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

const rows = [];
let over = false;
for (const [label, entry] of Object.entries(entries)) {
  const dir = `${outdir}/${label.replace(/[^\w]+/g, '_')}`;
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: { entry },
    outdir: dir,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const outputs = result.metafile.outputs;
  const entryOut = Object.keys(outputs).find((o) => outputs[o].entryPoint && o.endsWith('.js'));
  const seen = staticClosure(outputs, entryOut);
  const size = [...seen].reduce((s, o) => s + gz(o), 0);
  const lazy = Object.keys(outputs).filter((o) => o.endsWith('.js') && !seen.has(o)).reduce((s, o) => s + gz(o), 0);
  const key = label.replace('gov-rank/', '');
  const budget = BUDGET[key];
  const ok = budget === undefined || size <= budget;
  if (!ok) over = true;
  rows.push([label, fmt(size), lazy ? fmt(lazy) : '—', budget ? `${fmt(budget)} ${ok ? '✓' : '✗ OVER'}` : '']);
}
if (existsSync('dist/cdn/gov-rank.js')) rows.push(['dist/cdn/gov-rank.js (classic script, all inlined incl. bundled data)', fmt(gz('dist/cdn/gov-rank.js')), '—', '']);

const head = ['entry', 'gzip -9', 'on demand', 'budget'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
if (over) {
  console.error('\n✗ An entry is over its budget (see docs/performance.md).');
  if (process.argv.includes('--strict')) process.exit(1);
}
