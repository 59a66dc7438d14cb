// @ts-check
// `npm run size`: what each entry costs a page when a user's bundler installs the package.
//
// How: the built package is packed (`npm pack`, the tarball npm would publish) and unpacked into
// a temporary node_modules/gov-rank; for each entry a one-line app (`import 'gov-rank/map';`) is
// bundled with esbuild as an app's production build does it: the specifier resolved through the
// package's `exports`, the package's dependencies (lit, @lit/task, d3-*, topojson-client) from
// this repository's node_modules, minified, tree-shaken (package.json `sideEffects` honoured), ES
// modules with split chunks. An entry costs its output file plus every chunk it imports
// statically, each gzipped at level 9. Chunks loaded only on demand (the bundled dataset, the
// user-geometry code, Node's file reader) are listed apart, not counted in the entry.
//
// "shared core": the five element entries bundled as one app (five entry points, split chunks);
// the chunks every one of them loads are the code a page pays once, whatever elements it uses.
// "over core": an entry's size minus the shared core, what each further element adds.
// Over-budget entries are flagged. The map's budget is a gate: with --strict (CI) the run exits 1
// when the map is over it. The small elements' 14 KB are targets the shared core alone exceeds
// (docs/performance.md): flagged, never failing.
// `--explain <entry>` (e.g. `--explain map`): the same app in one file with its source map
// (chained through dist/'s maps to src/), and what each module costs it, gzipped; with --src the
// entry is bundled from src/ instead (JSON modules then get a row of their own).
// Needs dist/ (`npm run build`); warns when a src/ file is newer than dist/.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BROWSER_BUNDLE, staticClosure, gzSize, gzipCostByModule } from './lib/bundle-size.mjs';
import { ELEMENTS } from './entries.mjs';
import { cssLiteralsPlugin } from './lib/css-literals.mjs';

const KB = 1024;
const BUDGET = { map: 40 * KB, badge: 14 * KB, sparkline: 14 * KB, counter: 14 * KB, table: 14 * KB };
/** Budgets CI holds (`--strict`); the rest are targets. */
const GATED = new Set(['map']);
const CORE = 'shared core (what every element entry loads)';
// --bytes: exact bytes instead of KB (to compare two builds).
const fmt = (/** @type {number} */ n) => (process.argv.includes('--bytes') ? `${n} B` : `${(n / KB).toFixed(1)} KB`);

if (!existsSync('dist/index.js')) {
  console.error('npm run size measures the built package: run `npm run build` first.');
  process.exit(2);
}
const newest = (/** @type {string} */ dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((t, d) => Math.max(t, statSync(join(d.parentPath, d.name)).mtimeMs), 0);
if (newest('src') > statSync('dist/index.js').mtimeMs)
  console.log('⚠ a src/ file is newer than dist/: these are the sizes of the last build (`npm run build`).\n');

// The package as npm would publish it, installed where an app's bundler looks for it.
const app = mkdtempSync(join(tmpdir(), 'gov-rank-size-'));
const installed = join(app, 'node_modules', 'gov-rank');
mkdirSync(installed, { recursive: true });
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--json', '--pack-destination', app], {
    encoding: 'utf8',
    env: { ...process.env, npm_config_loglevel: 'error' },
  }),
)[0];
execFileSync('tar', ['-xzf', join(app, packed.filename), '-C', installed, '--strip-components=1']);
process.on('exit', () => rmSync(app, { recursive: true, force: true }));

/** The app's source for an entry: an element entry registers its tag; `gov-rank/data` is used whole. */
const appSource = (/** @type {string} */ spec) => (spec === 'gov-rank/data' ? `export * from 'gov-rank/data';\n` : `import '${spec}';\n`);
const specs = ['gov-rank', 'gov-rank/data', ...ELEMENTS.map(([name]) => `gov-rank/${name}`)];
for (const spec of specs) writeFileSync(join(app, `${spec.replace(/\W+/g, '_')}.js`), appSource(spec));
const appFile = (/** @type {string} */ spec) => join(app, `${spec.replace(/\W+/g, '_')}.js`);

/** @satisfies {import('esbuild').BuildOptions} */
const APP_BUNDLE = { ...BROWSER_BUNDLE, absWorkingDir: app, nodePaths: [resolve('node_modules')], write: false, outdir: join(app, 'out') };

const explain = process.argv.indexOf('--explain');
if (explain > 0) {
  const name = process.argv[explain + 1] ?? '';
  const spec = name === 'all' || name === 'gov-rank' ? 'gov-rank' : `gov-rank/${name.replace(/^gov-rank\//, '')}`;
  if (!specs.includes(spec)) {
    console.error(`--explain: no entry "${name}"; one of: ${ELEMENTS.map((e) => e[0]).join(', ')}, data, all`);
    process.exit(2);
  }
  // One file with its source map; what is loaded on demand (dynamic import()) stays out.
  const onDemand = {
    name: 'on-demand',
    setup(/** @type {any} */ b) {
      b.onResolve({ filter: /.*/ }, (/** @type {any} */ a) => (a.kind === 'dynamic-import' ? { path: a.path, external: true } : undefined));
    },
  };
  // --src: the same entry bundled from src/ (the css`…` templates minified as the build does).
  const fromSrc = process.argv.includes('--src');
  const srcEntry = spec === 'gov-rank' ? 'src/index.ts' : spec === 'gov-rank/data' ? 'src/data/index.ts' : `src/define/${spec.slice(9)}.ts`;
  const result = await build({
    ...APP_BUNDLE,
    splitting: false,
    sourcemap: 'external',
    entryPoints: [fromSrc ? resolve(srcEntry) : appFile(spec)],
    plugins: fromSrc ? [onDemand, cssLiteralsPlugin] : [onDemand],
  });
  // One entry, no splitting, sourcemap 'external': esbuild writes exactly one .js and its .js.map.
  const js = /** @type {import('esbuild').OutputFile} */ (result.outputFiles.find((f) => f.path.endsWith('.js')));
  const map = /** @type {import('esbuild').OutputFile} */ (result.outputFiles.find((f) => f.path.endsWith('.js.map')));
  const { total, rows } = gzipCostByModule(js.text, JSON.parse(map.text));
  console.log(
    `${spec}${fromSrc ? ` (from ${srcEntry})` : ''}: ${fmt(total)} gzip -9 in one file (on-demand chunks left out); what each module adds:`,
  );
  for (const [mod, bytes] of rows) console.log(`${String(bytes).padStart(7)} B  ${mod}`);
  if (!fromSrc)
    console.log(
      "(JSON modules have no source map in dist/: their bytes count to the module before them — the map's\n geometry, src/geo/china-planar.json, ≈ 7 KB, shows in lit-html's row; `npm run size -- --explain map --src`\n bundles src/ instead, where it has its own row.)",
    );
  process.exit(0);
}

/** Output files by path, each with its gzip size; the entries' outputs; their static closures. */
async function bundle(/** @type {string[]} */ entryPoints) {
  const result = await build({ ...APP_BUNDLE, entryPoints });
  const outputs = result.metafile.outputs;
  const gz = new Map(
    result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => [f.path.slice(app.length + 1), gzSize(Buffer.from(f.contents))]),
  );
  const rel = (/** @type {string} */ o) => resolve(app, o).slice(app.length + 1);
  const sized = (/** @type {Iterable<string>} */ set) => [...set].reduce((s, o) => s + (gz.get(rel(o)) ?? 0), 0);
  // In entryPoints' order; outputs of dynamic imports have an entryPoint too, and are not entries.
  const entries = entryPoints.map(
    (e) => Object.keys(outputs).find((o) => outputs[o].entryPoint && resolve(app, outputs[o].entryPoint) === e) ?? '',
  );
  return { outputs, entries, sized, closure: (/** @type {string} */ o) => staticClosure(outputs, o) };
}

// The shared core: chunks every element entry loads when one app uses them all.
const elementSpecs = ELEMENTS.map(([name]) => `gov-rank/${name}`);
const together = await bundle(elementSpecs.map(appFile));
const closures = together.entries.map(together.closure);
const shared = [...closures[0]].filter((o) => closures.every((c) => c.has(o)) && !together.entries.includes(o));
const core = together.sized(shared);

const rows = [];
let over = false;
for (const spec of specs) {
  const { outputs, entries, sized, closure } = await bundle([appFile(spec)]);
  const seen = closure(entries[0]);
  const size = sized(seen);
  const lazy = sized(Object.keys(outputs).filter((o) => o.endsWith('.js') && !seen.has(o)));
  const key = spec.replace('gov-rank/', '');
  const budget = BUDGET[/** @type {keyof typeof BUDGET} */ (key)];
  const ok = budget === undefined || size <= budget;
  if (!ok && GATED.has(key)) over = true;
  rows.push([
    spec === 'gov-rank' ? 'gov-rank (all)' : spec,
    fmt(size),
    key in BUDGET ? fmt(size - core) : '',
    lazy ? fmt(lazy) : '—',
    budget ? `${fmt(budget)} ${ok ? '✓' : GATED.has(key) ? '✗ OVER' : '✗ (target)'}` : '',
  ]);
  if (spec === 'gov-rank/data') rows.push([CORE, fmt(core), '', '', '']);
}
if (existsSync('dist/cdn/gov-rank.js'))
  rows.push(['dist/cdn/gov-rank.js (classic script, all inlined incl. bundled data)', fmt(gzSize('dist/cdn/gov-rank.js')), '', '—', '']);

console.log(`${packed.filename} installed, each entry bundled from its exports (esbuild, minified, split chunks, gzip -9):\n`);
const head = ['entry', 'gzip -9', 'over core', 'on demand', 'budget'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (/** @type {string[]} */ r) =>
  r
    .map((c, i) => c.padEnd(widths[i]))
    .join('  ')
    .trimEnd();
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
rows.forEach((r) => console.log(line(r)));
if (over) {
  console.error('\n✗ The map is over its budget (see docs/performance.md).');
  if (process.argv.includes('--strict')) process.exit(1);
}
