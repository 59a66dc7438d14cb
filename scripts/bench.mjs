// @ts-check
// `npm run bench`: three parts (`--parts browser,paint,node`, all by default; `npm run build` first
// for paint and node, which use dist/).
//
// browser  <gov-rank-map> against ECharts 6 (`map` series, SVG renderer) drawing the same geometry
//          (src/geo/china-provinces.topo.json) with the same published results (the 2020 report of
//          cps-online-service-province, inline in both pages) in headless Chromium. Prints the median
//          and p90 time to a rendered map for each, their ratio (goal: ours ≤ 1/3 of ECharts), the
//          time to re-colour on a year change, and the bytes each page loads (gzip -9).
// paint    Time to the first painted map: the server-rendered page (gov-rank/ssr's HTML + the CDN
//          hydration script) against the client-rendered page (the same element + gov-rank.js), at
//          each CPU throttling rate of --rates (scripts/lib/bench-paint.mjs).
// node     The map rendered to a string in Node: renderElement against ECharts' renderToSVGString,
//          same geometry and scores, warm, median of --node-runs (goal: ours ≤ 0.5 of ECharts;
//          scripts/lib/bench-node-render.mjs).
// Method, figures and caveats: docs/performance.md.
//
//   npm run bench                                  # all parts, defaults below
//   npm run bench -- --cold 15 --warm 30 --recolor 30 --json .test-build/bench.json
//   npm run bench -- --modes paced                 # only the ordinary 60 Hz frame pacing
//   npm run bench -- --stub                        # the harness's stand-in map (harness check only)
//   npm run bench -- --parts paint,node --runs 15 --rates 1,4 --node-runs 60
//
// Frame modes (one Chromium launch each):
//   paced        Chromium's ordinary 60 Hz frames. "Painted" (rAF×2) lands on the 16.7 ms frame
//                grid: it says in which frame the map appears, not how long the work took.
//   unthrottled  --disable-frame-rate-limit --run-all-compositor-stages-before-draw: the next frame
//                (style, layout, paint, raster) is made as soon as it is asked for, so rAF×2
//                resolves the rendering work (idle floor ~0.3 ms). Costs background CPU: script
//                runs ~20–40 % slower in this mode on 2 cores, so compare within a mode only.
//
// Pages and entry modules live in bench/; the build goes to .test-build/bench/ (git-ignored).
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startStaticServer } from './lib/static-server.mjs';
import { BROWSER_BUNDLE, staticClosure, gzSize } from './lib/bundle-size.mjs';
import { readFileSync, readdirSync, writeFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { cpus, availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { servePaintPages, measurePaint, PAGES } from './lib/bench-paint.mjs';
import { findChromium, CHROMIUM_ARGS } from './find-chromium.mjs';

const { values: opt } = parseArgs({
  options: {
    cold: { type: 'string', default: '15' },
    warm: { type: 'string', default: '30' },
    recolor: { type: 'string', default: '30' },
    years: { type: 'string', default: '2020,2019' },
    modes: { type: 'string', default: 'paced,unthrottled' },
    json: { type: 'string' },
    stub: { type: 'boolean', default: false },
    parts: { type: 'string', default: 'browser,paint,node' },
    runs: { type: 'string', default: '15' },
    rates: { type: 'string', default: '1,4' },
    'node-runs': { type: 'string', default: '60' },
  },
});
const PARTS = new Set(opt.parts.split(',').map((p) => p.trim()));
for (const p of PARTS) if (!['browser', 'paint', 'node'].includes(p)) throw new Error(`bench: unknown part ${p} (browser, paint, node)`);
const RUNS = Number(opt.runs);
const RATES = opt.rates.split(',').map(Number);
const NODE_RUNS = Number(opt['node-runs']);
const COLD = Number(opt.cold);
const WARM = Number(opt.warm);
const RECOLOR = Number(opt.recolor);
const YEARS = opt.years.split(',').map(Number);
const ASSESSMENT = 'cps-online-service-province';
const WARMUP = 3;

const root = resolve(import.meta.dirname, '..');
const out = join(root, '.test-build/bench');
const realMap = join(root, 'src/define/map.ts');
const STUB = opt.stub || !existsSync(realMap);
const mapModule = STUB ? join(root, 'bench/stub-map.ts') : realMap;

// The project's Chromium flags (offline, root) without --headless (playwright sets it), plus the
// frame mode's flags.
const BASE_ARGS = CHROMIUM_ARGS.filter((a) => !a.startsWith('--headless'));
const MODES = {
  paced: { label: 'paced (60 Hz frames)', args: [] },
  unthrottled: { label: 'unthrottled frames', args: ['--disable-frame-rate-limit', '--run-all-compositor-stages-before-draw'] },
};
const modes = opt.modes.split(',').map((m) => m.trim());
for (const m of modes) if (!MODES[m]) throw new Error(`bench: unknown mode ${m} (paced, unthrottled)`);

// ---------------------------------------------------------------- build
function benchData() {
  const file = JSON.parse(readFileSync(join(root, 'src/data/bundled-results.json'), 'utf8'));
  const assessment = file.assessments.find((a) => a.id === ASSESSMENT);
  for (const y of YEARS) {
    if (!assessment.editions.some((e) => e.year === y)) throw new Error(`bench: ${ASSESSMENT} has no ${y} edition`);
  }
  const { statistics: _statistics, ...rest } = file;
  // One assessment (all its editions): what a page embedding this map would carry.
  return { ...rest, assessments: [assessment] };
}

/** Our light-theme tier, ramp and no-data colours, read from src/base/tokens.ts, for the ECharts
 *  pages (which must not import tokens.ts: that would pull Lit into their bundle). */
async function tokenColors() {
  const file = join(out, 'tokens.mjs');
  await build({
    entryPoints: [join(root, 'src/base/tokens.ts')],
    outfile: file,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'error',
  });
  const { TIER_COLORS, SEQ_COLORS, BASE } = await import(file);
  rmSync(file);
  return { tiers: TIER_COLORS.light, seq: SEQ_COLORS.light, noData: BASE.light['no-data'] };
}

async function buildPages() {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const colors = await tokenColors();
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: { ours: join(root, 'bench/ours.ts'), echarts: join(root, 'bench/echarts.ts') },
    outdir: out,
    alias: { 'gov-rank-bench-map': mapModule },
    define: { 'process.env.NODE_ENV': '"production"', BENCH_COLORS: JSON.stringify(colors) },
  });
  const data = JSON.stringify(benchData()).replace(/</g, '\\u003c');
  const template = readFileSync(join(root, 'bench/page.html'), 'utf8');
  for (const name of ['ours', 'echarts']) {
    writeFileSync(
      join(out, `${name}.html`),
      template.replaceAll('%NAME%', name).replace('%DATA%', () => data),
    );
  }
  // Bytes each page loads at start: its entry and the chunks it imports statically.
  const outputs = result.metafile.outputs;
  const bytes = {};
  for (const name of ['ours', 'echarts']) {
    const entry = Object.keys(outputs).find((o) => outputs[o].entryPoint && o.endsWith(`/${name}.js`));
    let raw = 0;
    let gz = 0;
    for (const o of staticClosure(outputs, entry)) {
      const buf = readFileSync(resolve(root, o));
      raw += buf.length;
      gz += gzSize(buf);
    }
    bytes[name] = { raw, gz, data: Buffer.byteLength(data), dataGz: gzSize(Buffer.from(data)) };
  }
  return bytes;
}

// ---------------------------------------------------------------- server
function serve() {
  return startStaticServer([['/', out]], { cacheControl: () => 'no-store' });
}

// ---------------------------------------------------------------- stats
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
};
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x === undefined ? '—' : x.toFixed(1));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------- noise
// How much CPU other processes used during the run: the machine's busy time (/proc/stat) minus
// that of this process and its descendants (Chromium), sampled from /proc five times a second (a
// process's last 0.2 s before it exits is missed, so "others" is a slight overestimate).
// Linux only; elsewhere the figure is "unknown".
function readTicks() {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const [user, nice, system, idle, iowait, irq, softirq, steal] = cpu;
    return { busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal };
  } catch {
    return undefined;
  }
}
function cpuMonitor() {
  const first = readTicks();
  if (!first) return { stop: () => undefined };
  const ours = new Map(); // pid → [ticks when first seen, latest ticks]
  const sample = () => {
    const procs = new Map();
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        procs.set(Number(pid), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
      } catch {
        /* gone */
      }
    }
    const mine = (pid) => {
      for (let p = pid, n = 0; p > 1 && n < 64; p = procs.get(p)?.ppid ?? 0, n++) if (p === process.pid) return true;
      return false;
    };
    for (const [pid, { ticks }] of procs) {
      if (!mine(pid)) continue;
      const seen = ours.get(pid);
      if (seen) seen[1] = ticks;
      else ours.set(pid, [pid === process.pid ? ticks : 0, ticks]);
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  return {
    stop() {
      sample();
      clearInterval(timer);
      // /proc/stat was readable at the start (`first`), so it is now.
      const last = /** @type {NonNullable<ReturnType<typeof readTicks>>} */ (readTicks());
      const mineTicks = [...ours.values()].reduce((sum, [a, b]) => sum + (b - a), 0);
      const total = last.total - first.total;
      return total > 0 ? Math.max(0, (last.busy - first.busy - mineTicks) / total) : undefined;
    },
  };
}

// ---------------------------------------------------------------- run
const executablePath = findChromium();
if (!executablePath) {
  console.error('bench: no Chromium found (/usr/bin/chromium or CHROME_PATH)');
  process.exit(1);
}
const LIBS = ['ours', 'echarts'];
const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
const dirty = git('status', '--porcelain', '--', 'src') ? ' + uncommitted changes in src/' : '';

const browserPart = PARTS.has('browser');
const bytes = browserPart ? await buildPages() : undefined;
const server = browserPart ? await serve() : undefined;
const base = server?.url;

function check(name, sample, errors) {
  if (sample.regions !== 34) throw new Error(`bench: ${name} drew ${sample.regions} regions, not 34. ${errors.join('\n')}`);
}

async function runMode(mode) {
  const args = [...BASE_ARGS, ...MODES[mode].args];
  const browser = await chromium.launch({ executablePath, args });
  const version = browser.version();
  const openPage = async (name) => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}/${name}.html`);
    await page.waitForFunction(() => window.bench?.ready === true, null, { timeout: 20000 });
    return { page, context, errors };
  };
  /** @type {Record<string, Record<'coldDom' | 'coldLayout' | 'coldPaint' | 'warmDom' | 'warmLayout' | 'warmPaint' | 'reDom' | 'reLayout' | 'rePaint' | 'floor', number[]>>} */
  const res = Object.fromEntries(
    LIBS.map((l) => [
      l,
      {
        coldDom: [],
        coldLayout: [],
        coldPaint: [],
        warmDom: [],
        warmLayout: [],
        warmPaint: [],
        reDom: [],
        reLayout: [],
        rePaint: [],
        floor: [],
      },
    ]),
  );
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const cpu = cpuMonitor();
  process.stdout.write(`${MODES[mode].label}: `);
  try {
    // Cold(-ish): a fresh browser context and page per run (library code loaded and parsed,
    // nothing rendered yet, ECharts' map not registered, our geometry not decoded). The two
    // libraries alternate.
    for (let i = 0; i < COLD; i++) {
      const order = i % 2 ? [...LIBS].reverse() : LIBS;
      for (const name of order) {
        const { page, context, errors } = await openPage(name);
        const s = await page.evaluate((y) => window.bench.renderOnce(y), YEARS[0]);
        check(name, s, errors);
        res[name].coldDom.push(s.dom);
        res[name].coldLayout.push(s.layout);
        res[name].coldPaint.push(s.paint);
        await context.close();
      }
      process.stdout.write('.');
    }
    // Warm: one page per library, WARMUP throw-away renders, then fresh maps in a new container
    // each time; then re-colours of the last map between the years; then the idle rAF×2 floor.
    // Two rounds in opposite order so that drift in the machine's load hits both alike.
    for (const order of [LIBS, [...LIBS].reverse()]) {
      for (const name of order) {
        const { page, context, errors } = await openPage(name);
        const half = (n) => (order === LIBS ? Math.ceil(n / 2) : Math.floor(n / 2));
        const r = await page.evaluate(
          async ({ years, warmup, warm, recolor }) => {
            const b = window.bench;
            const samples = [];
            for (let i = 0; i < warmup + warm; i++) {
              const s = await b.renderOnce(years[0]);
              if (i >= warmup) samples.push(s);
            }
            const re = await b.recolorRuns(years, recolor);
            const floor = await b.rafFloor(10);
            return { samples, re, floor };
          },
          { years: YEARS, warmup: WARMUP, warm: half(WARM), recolor: half(RECOLOR) },
        );
        for (const s of r.samples) {
          check(name, s, errors);
          res[name].warmDom.push(s.dom);
          res[name].warmLayout.push(s.layout);
          res[name].warmPaint.push(s.paint);
        }
        res[name].reDom.push(...r.re.dom);
        res[name].reLayout.push(...r.re.layout);
        res[name].rePaint.push(...r.re.paint);
        res[name].floor.push(...r.floor);
        if (errors.length) console.warn(`\n${name}: page errors:\n${errors.join('\n')}`);
        await context.close();
        process.stdout.write('.');
      }
    }
  } finally {
    await browser.close();
  }
  const others = cpu.stop();
  const loadAfter = loadavg()[0];
  console.log(` ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { mode, args, version, res, others, load: [loadBefore, loadAfter] };
}

/** Part "paint": the server-rendered page against the client-rendered page, paced frames. */
async function runPaint() {
  const { server: pages, bytes: pageBytes } = await servePaintPages(join(root, '.test-build/bench-paint'));
  const browser = await chromium.launch({ executablePath, args: BASE_ARGS });
  const version = browser.version();
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const cpu = cpuMonitor();
  process.stdout.write(`paint: ${RUNS} loads per page at CPU rate ${RATES.map((r) => `×${r}`).join(', ')}: `);
  let res;
  try {
    res = await measurePaint(browser, pages.url, { runs: RUNS, rates: RATES, onRun: () => process.stdout.write('.') });
  } finally {
    await browser.close();
    await pages.close();
  }
  const others = cpu.stop();
  console.log(` ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { version, args: BASE_ARGS, res, bytes: pageBytes, others, load: [loadBefore, loadavg()[0]] };
}

/** Part "node": each library in a fresh process per round, two rounds in opposite order. */
async function runNodeRender() {
  const colors = JSON.stringify(await tokenColors());
  const script = join(root, 'scripts/lib/bench-node-render.mjs');
  /** @type {Record<string, { samples: number[], first: number[], bytes: number, gz: number }>} */
  const res = {};
  const started = Date.now();
  const loadBefore = loadavg()[0];
  const cpu = cpuMonitor();
  process.stdout.write(`node: ${NODE_RUNS} renders per library: `);
  for (const order of [LIBS, [...LIBS].reverse()]) {
    for (const lib of order) {
      const runs = order === LIBS ? Math.ceil(NODE_RUNS / 2) : Math.floor(NODE_RUNS / 2);
      const { stdout } = await promisify(execFile)(process.execPath, [script, lib, String(runs), '10'], {
        env: { ...process.env, BENCH_COLORS: colors },
        maxBuffer: 1 << 24,
      });
      const r = JSON.parse(stdout);
      if (r.regions !== 34) throw new Error(`bench: ${lib} rendered ${r.regions} regions in Node, not 34`);
      res[lib] ??= { samples: [], first: [], bytes: r.bytes, gz: r.gz };
      res[lib].samples.push(...r.samples);
      res[lib].first.push(r.first);
      process.stdout.write('.');
    }
  }
  const others = cpu.stop();
  console.log(` ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return { res, others, load: [loadBefore, loadavg()[0]] };
}

console.log(`gov-rank bench at ${commit}${dirty}: ${availableParallelism()} cores; parts: ${[...PARTS].join(', ')}`);
const runs = [];
if (server) {
  console.log(`browser: ${COLD} cold, ${WARM} warm, ${RECOLOR} re-colour runs per library and mode${STUB ? '  — STUB MAP' : ''}`);
  try {
    for (const m of modes) runs.push(await runMode(m));
  } finally {
    await server.close();
  }
}
const paint = PARTS.has('paint') ? await runPaint() : undefined;
const nodeRender = PARTS.has('node') ? await runNodeRender() : undefined;

// ---------------------------------------------------------------- report
function mdTable(rows, leftCols = 1) {
  const w = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((c, i) => (i < leftCols ? c.padEnd(w[i]) : c.padStart(w[i]))).join(' | ')} |`;
  const rule = `|${w.map((n, i) => (i < leftCols ? '-'.repeat(n + 2) : '-'.repeat(n + 1) + ':')).join('|')}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n');
}

/** @param {{ others?: number, load: number[] }} run */
function noise(run) {
  const othersText = run.others === undefined ? 'unknown' : `${(run.others * 100).toFixed(0)} % of all cores`;
  console.log(
    `CPU used by other processes meanwhile: ${othersText}; load average (1 min) ${run.load[0].toFixed(2)} → ${run.load[1].toFixed(2)}.`,
  );
  if (run.others !== undefined && run.others > 0.1)
    console.log('Warning: other processes kept the machine busy; these figures are noisy. Run again on a quiet machine.');
}

/** @param {NonNullable<Awaited<ReturnType<typeof runPaint>>>} run */
function reportPaint(run) {
  const label = {
    fcp: 'first contentful paint',
    frame: 'map laid out in its first frame',
    painted: '  ↳ next frame (painted)',
    ready: 'interactive',
  };
  const rows = [['ms from navigation (median / p90)', 'server-rendered', 'client-rendered', 'server ÷ client']];
  for (const rate of RATES) {
    const r = run.res[rate];
    for (const key of /** @type {const} */ (['fcp', 'frame', 'painted', 'ready'])) {
      const cell = (/** @type {number[]} */ xs) => `${ms(median(xs))} / ${ms(quantile(xs, 0.9))}`;
      rows.push([`CPU ×${rate}: ${label[key]}`, cell(r.ssr[key]), cell(r.csr[key]), (median(r.ssr[key]) / median(r.csr[key])).toFixed(2)]);
    }
  }
  console.log(
    `\nFirst painted map, Chromium ${run.version}, paced frames; ${RUNS} loads per page and rate, fresh context, no cache, 127.0.0.1\n`,
  );
  console.log(mdTable(rows));
  console.log('');
  console.log(
    mdTable([
      ['page', 'HTML', 'HTML (gzip -9)', 'script', 'script (gzip -9)'],
      ...PAGES.map((p) => {
        const b = run.bytes[p];
        const name = p === 'ssr' ? 'server-rendered: renderElement + gov-rank-hydrate.js' : 'client-rendered: <gov-rank-map> + gov-rank.js';
        return [name, kb(b.html), kb(b.htmlGz), kb(b.script), kb(b.scriptGz)];
      }),
    ]),
  );
  noise(run);
  console.log(`Chromium flags: ${run.args.join(' ')}`);
}

/** @param {NonNullable<Awaited<ReturnType<typeof runNodeRender>>>} run */
function reportNodeRender(run) {
  const { ours, echarts } = run.res;
  const row = (/** @type {string} */ name, /** @type {typeof ours} */ r) => [
    name,
    ms(median(r.samples)),
    ms(quantile(r.samples, 0.9)),
    ms(median(r.first)),
    kb(r.bytes),
    kb(r.gz),
  ];
  console.log(
    `\nThe map rendered to a string in Node ${process.version} (warm: after 10 renders; ${NODE_RUNS} renders per library, 2 processes each)\n`,
  );
  console.log(
    mdTable([
      ['ms', 'median', 'p90', 'first render in a process', 'output', 'output (gzip -9)'],
      row('ours: renderElement (HTML, declarative shadow DOM)', ours),
      row('ECharts 6: renderToSVGString (map + visualMap)', echarts),
    ]),
  );
  const ratio = median(ours.samples) / median(echarts.samples);
  console.log(`\nOurs ÷ ECharts (median): ${ratio.toFixed(2)} (goal ≤ 0.5: ${ratio <= 0.5 ? 'met' : 'not met'}).`);
  noise(run);
}

if (browserPart && STUB)
  console.log('\n!!! STUB: src/define/map.ts is missing (or --stub); "ours" is bench/stub-map.ts, NOT <gov-rank-map>. !!!');
for (const run of runs) {
  const { res } = run;
  const row = (label, key) => {
    const o = res.ours[key];
    const e = res.echarts[key];
    return [label, ms(median(o)), ms(quantile(o, 0.9)), ms(median(e)), ms(quantile(e, 0.9)), (median(o) / median(e)).toFixed(2)];
  };
  console.log(`\n${MODES[run.mode].label}, Chromium ${run.version}\n`);
  console.log(
    mdTable([
      ['ms (runs per library)', 'ours median', 'ours p90', 'ECharts median', 'ECharts p90', 'ours ÷ ECharts'],
      row(`fresh page: painted (${COLD})`, 'coldPaint'),
      row('  ↳ fills in DOM', 'coldDom'),
      row('  ↳ style + layout done', 'coldLayout'),
      row(`warm page: painted (${WARM})`, 'warmPaint'),
      row('  ↳ fills in DOM', 'warmDom'),
      row('  ↳ style + layout done', 'warmLayout'),
      row(`re-colour ${YEARS.join('↔')}: painted (${RECOLOR})`, 'rePaint'),
      row('  ↳ fills in DOM', 'reDom'),
      row('  ↳ style + layout done', 'reLayout'),
      row(`idle rAF×2 floor (${res.ours.floor.length})`, 'floor'),
    ]),
  );
  const fresh = median(res.ours.coldPaint) / median(res.echarts.coldPaint);
  const warm = median(res.ours.warmPaint) / median(res.echarts.warmPaint);
  const verdict = fresh <= 1 / 3 && warm <= 1 / 3 ? 'met' : fresh <= 1 / 3 || warm <= 1 / 3 ? 'met for one of the two' : 'not met';
  console.log(
    `\nTime to a rendered map, ours ÷ ECharts: fresh page ${fresh.toFixed(2)}, warm page ${warm.toFixed(2)} (goal ≤ 0.33: ${verdict}).`,
  );
  noise(run);
  console.log(`Chromium flags: ${run.args.join(' ')}`);
}

if (bytes) {
  console.log('\nBytes each page loads before it draws (entry + static chunks; minified; gzip -9):\n');
  console.log(
    mdTable([
      ['page', 'JS (min)', 'JS (gzip -9)', 'inline results (gzip -9)'],
      ...LIBS.map((l) => [
        l === 'ours' ? (STUB ? 'ours (STUB)' : 'ours: <gov-rank-map>') : 'ECharts 6, tree-shaken (map, visualMap, tooltip, SVG)',
        kb(bytes[l].raw),
        kb(bytes[l].gz),
        kb(bytes[l].dataGz),
      ]),
    ]),
  );
}
if (paint) reportPaint(paint);
if (nodeRender) reportNodeRender(nodeRender);
console.log(
  `\nMachine: ${cpus()[0]?.model ?? '?'}, ${availableParallelism()} cores; Node ${process.version}; gov-rank at ${commit}${dirty}.`,
);

if (opt.json) {
  writeFileSync(
    opt.json,
    JSON.stringify(
      {
        commit: commit + dirty,
        stub: STUB,
        cores: availableParallelism(),
        cpu: cpus()[0]?.model,
        node: process.version,
        years: YEARS,
        bytes,
        runs,
        paint,
        nodeRender,
      },
      null,
      1,
    ),
  );
  console.log(`Samples: ${opt.json}`);
}
