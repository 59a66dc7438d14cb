// @ts-check
// `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) on every demo
// page, served the way a production host serves it, and a failure when any score is below 95.
//
// Builds dist/ (the CDN script the pages load), then serves demo/ + dist/ on 127.0.0.1 like a
// static host or CDN: brotli or gzip by Accept-Encoding (Vary), ETag, HTML revalidated on every
// visit, CSS and the CDN script cached for a day, content-hashed chunks for a year (immutable).
// Lighthouse 12 (devDependency) runs in the system's Chromium (CHROME_PATH, else as the tests find
// it), with its default mobile settings (Moto G Power, simulated slow 4G, 4× CPU slowdown).
//
//   node scripts/lighthouse.mjs                 build, then every page, mobile
//   node scripts/lighthouse.mjs --desktop       Lighthouse's desktop preset
//   node scripts/lighthouse.mjs --no-build      use dist/ as it is
//   node scripts/lighthouse.mjs --pages news,gallery --runs 3   (median of 3 runs per page)
//   node scripts/lighthouse.mjs --json out.json every category score and the failing audits
//   node scripts/lighthouse.mjs --serve         only serve (prints the URL), e.g. for Chrome DevTools
//
// Scores depend on the machine: on a busy one (other processes, 2 cores) performance drops a few
// points. `--runs 3` takes the median per category.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, statSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { ensureChromium, CHROMIUM_ARGS } from './find-chromium.mjs';
import { DEMO_PAGES, REPO } from './demo-server.mjs';
import { CONTENT_TYPES, resolveStatic } from './lib/static-server.mjs';

const MIN = 95;
const LH_VERSION = JSON.parse(readFileSync(join(REPO, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const pages = (option('--pages')?.split(',') ?? DEMO_PAGES).filter(Boolean);
const runs = Math.max(1, Number(option('--runs') ?? 1));
const desktop = flag('--desktop');
process.chdir(REPO);

if (!flag('--no-build') && !flag('--serve')) {
  console.log('▶ build');
  const r = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// ── A production-like static host ────────────────────────────────────────────────────────────
/** @type {import('./lib/static-server.mjs').Mount[]} */
const MOUNTS = [
  ['/dist', join(REPO, 'dist')],
  ['/', join(REPO, 'demo')],
];
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.map', '.txt']);
/** path → { mtime, raw, br, gz, etag }: compressed once per file version, as a CDN keeps it. */
const cache = new Map();

function cacheControl(urlPath, file) {
  if (extname(file) === '.html') return 'no-cache';
  if (/\/chunks\/.+-[A-Za-z0-9_-]{8,}\.js$/.test(urlPath)) return 'public, max-age=31536000, immutable';
  return 'public, max-age=86400';
}

function entry(file) {
  const mtime = statSync(file).mtimeMs;
  let e = cache.get(file);
  if (!e || e.mtime !== mtime) {
    const raw = readFileSync(file);
    const packable = COMPRESSIBLE.has(extname(file)) && raw.length > 1024;
    e = {
      mtime,
      raw,
      br: packable ? brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }) : null,
      gz: packable ? gzipSync(raw, { level: 9 }) : null,
      etag: `"${createHash('sha1').update(raw).digest('base64url').slice(0, 16)}"`,
    };
    cache.set(file, e);
  }
  return e;
}

function startHost() {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const file = (req.method === 'GET' || req.method === 'HEAD') && resolveStatic(MOUNTS, url.pathname);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const e = entry(file);
    const headers = {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Cache-Control': cacheControl(url.pathname, file),
      ETag: e.etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (e.br) headers.Vary = 'Accept-Encoding';
    if (req.headers['if-none-match'] === e.etag) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body = e.raw;
    if (e.br && /\bbr\b/.test(accept)) [body, headers['Content-Encoding']] = [e.br, 'br'];
    else if (e.gz && /\bgzip\b/.test(accept)) [body, headers['Content-Encoding']] = [e.gz, 'gzip'];
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (server.address()).port}` }),
    ),
  );
}

const { server, url: base } = await startHost();
const pageUrl = (page) => `${base}/${page === 'index' ? '' : `${page}.html`}`;
if (flag('--serve')) {
  console.log(`serving the demo compressed at ${base}/ (Ctrl-C to stop)`);
  await new Promise(() => {});
}

// ── Lighthouse ────────────────────────────────────────────────────────────────────────────────
const chrome = ensureChromium();
const lighthouseBin = join(REPO, 'node_modules', '.bin', 'lighthouse');
const chromeFlags = CHROMIUM_ARGS.join(' ');

function lighthouse(url) {
  const dir = mkdtempSync(join(tmpdir(), 'gov-rank-lh-'));
  const out = join(dir, 'report.json');
  const args = [
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${chromeFlags} --user-data-dir=${join(dir, 'profile')}`,
    ...(desktop ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(lighthouseBin, args, { env: { ...process.env, CHROME_PATH: chrome }, stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      try {
        if (code !== 0) throw new Error(`lighthouse exited with ${code}\n${stderr.trim()}`);
        resolve(JSON.parse(readFileSync(out, 'utf8')));
      } catch (err) {
        reject(err);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Audits that cost points in a category (score < 1 with weight), for the report. */
function misses(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
    .map((ref) => `${ref.id}${lhr.audits[ref.id].displayValue ? ` (${lhr.audits[ref.id].displayValue})` : ''}`);
}

const results = [];
try {
  console.log(`▶ Lighthouse ${desktop ? 'desktop' : 'mobile'} on ${pages.length} page(s), ${runs} run(s) each, ${base}`);
  for (const page of pages) {
    /** @type {Record<string, number[]>} */
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
    let last;
    for (let i = 0; i < runs; i++) {
      last = await lighthouse(pageUrl(page));
      for (const c of CATEGORIES) scores[c].push(Math.round((last.categories[c].score ?? 0) * 100));
    }
    /** @type {{ page: string, runs: Record<string, number[]>, misses: Record<string, string[]>, metrics?: Record<string, string | undefined>, [category: string]: any }} */
    const row = { page, ...Object.fromEntries(CATEGORIES.map((c) => [c, median(scores[c])])), runs: scores, misses: {} };
    for (const c of CATEGORIES) if (row[c] < 100) row.misses[c] = misses(last, c);
    row.metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((id) => [
        id,
        last.audits[id]?.displayValue,
      ]),
    );
    results.push(row);
    const cells = CATEGORIES.map((c) => `${String(row[c]).padStart(3)}${row[c] < MIN ? ' ✗' : '  '}`).join('  ');
    console.log(`${page.padEnd(8)} ${cells}   ${Object.values(row.metrics).join(' · ')}`);
    for (const [c, list] of Object.entries(row.misses)) if (list.length) console.log(`         ${c}: ${list.join(', ')}`);
  }
} finally {
  server.close();
}

console.log(`\npage      perf  a11y  best   seo   (median of ${runs}; Lighthouse ${LH_VERSION}, ${desktop ? 'desktop' : 'mobile'})`);
for (const r of results) console.log(`${r.page.padEnd(8)} ${CATEGORIES.map((c) => String(r[c]).padStart(5)).join(' ')}`);
const jsonOut = option('--json');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2) + '\n');
const low = results.flatMap((r) => CATEGORIES.filter((c) => r[c] < MIN).map((c) => `${r.page} ${c} ${r[c]}`));
if (low.length) {
  console.error(`lighthouse: below ${MIN}: ${low.join('; ')}`);
  process.exit(1);
}
console.log(`lighthouse: every page ≥ ${MIN} in ${CATEGORIES.join(', ')}`);
