// `npm run size`: what each entry costs a page, minified and gzipped (level 9), with every
// dependency inlined (lit, d3, geometry). Chunks loaded only on demand (the bundled dataset,
// fetched with import() when an element has no src) are listed apart, not counted in the entry.
// Over-budget entries are flagged; with --strict the run exits 1 on any of them.
// Each element also shows its own code: its size minus the shared core (scripts/lib/shared-core.ts).
// `--explain <entry>` (e.g. `--explain badge`) lists what each module costs that entry, gzipped.
import { build } from 'esbuild';
import { rmSync, existsSync } from 'node:fs';
import { BROWSER_BUNDLE, staticClosure, gzSize, gzipCostByModule } from './lib/bundle-size.mjs';
import { ELEMENTS } from './entries.mjs';

const KB = 1024;
const BUDGET = { map: 40 * KB, badge: 14 * KB, sparkline: 14 * KB, counter: 14 * KB, table: 14 * KB };

const CORE = 'shared core (Lit, @lit/task, element base, data layer)';
const entries = { 'gov-rank (all)': 'src/index.ts', 'gov-rank/data': 'src/data/index.ts', [CORE]: 'scripts/lib/shared-core.ts' };
for (const [name, , cls] of ELEMENTS) if (existsSync(cls)) entries[`gov-rank/${name}`] = `src/define/${name}.ts`;

const explain = process.argv.indexOf('--explain');
if (explain > 0) {
  const name = process.argv[explain + 1] ?? '';
  const entry = entries[`gov-rank/${name}`] ?? entries[name];
  if (!entry) {
    console.error(`--explain: no entry "${name}"; one of: ${ELEMENTS.map((e) => e[0]).join(', ')}, data`);
    process.exit(2);
  }
  // One file (no splitting) with its source map; chunks loaded on demand stay out.
  const result = await build({
    ...BROWSER_BUNDLE,
    splitting: false,
    write: false,
    sourcemap: 'external',
    entryPoints: [entry],
    outdir: '.test-build/size-explain',
    external: ['*bundled-results.json'],
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = result.outputFiles.find((f) => f.path.endsWith('.js'));
  const map = result.outputFiles.find((f) => f.path.endsWith('.js.map'));
  const { total, rows } = gzipCostByModule(js.text, JSON.parse(map.text));
  console.log(`${name}: ${(total / 1024).toFixed(1)} KB gzip -9 in one file; what each module adds:`);
  for (const [mod, bytes] of rows) console.log(`${String(bytes).padStart(7)} B  ${mod}`);
  process.exit(0);
}

const outdir = '.test-build/size';
rmSync(outdir, { recursive: true, force: true });
const gz = gzSize;
const fmt = (n) => `${(n / KB).toFixed(1)} KB`;

const rows = [];
let over = false;
let core;
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
  if (label === CORE) core = size;
  const budget = BUDGET[key];
  const ok = budget === undefined || size <= budget;
  if (!ok) over = true;
  const own = key in BUDGET && core ? fmt(size - core) : '';
  rows.push([label, fmt(size), own, lazy ? fmt(lazy) : '—', budget ? `${fmt(budget)} ${ok ? '✓' : '✗ OVER'}` : '']);
}
if (existsSync('dist/cdn/gov-rank.js')) rows.push(['dist/cdn/gov-rank.js (classic script, all inlined incl. bundled data)', fmt(gz('dist/cdn/gov-rank.js')), '', '—', '']);

const head = ['entry', 'gzip -9', 'over core', 'on demand', 'budget'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
if (over) {
  console.error('\n✗ An entry is over its budget (see docs/performance.md).');
  if (process.argv.includes('--strict')) process.exit(1);
}
