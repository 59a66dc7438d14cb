// @ts-check
// `node scripts/print-check.mjs` (run by `npm test` after the build): the news demo printed to
// PDF the way a reader saves it — page.pdf() at once, nothing scrolled into view first — must
// hold every counter's final value (not "约 0.00万 个" / "0 个") and the map legend's colours.
// Text is read back with pdftotext; colours by rendering the PDF with pdftoppm and counting pixels
// of each swatch's colour, on a second print where everything but the legend is hidden (the map's
// own fills and the table's chips share those colours). Needs dist/ (npm run build) and
// poppler-utils (pdftotext, pdftoppm; installed like Chromium on Debian as root).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { aptInstall, playwrightLaunchOptions } from './find-chromium.mjs';
import { startDemoServer } from './demo-server.mjs';
import { waitForElements } from './lib/page-states.mjs';

const RENDER_TIMEOUT = 20000;
/** Pixels of a legend colour the legend-only print must hold (a swatch is about 12 × 12 px at 96 dpi). */
const MIN_PIXELS = 30;
/** Per-channel tolerance: the PDF's colours are rendered back, not copied. */
const TOLERANCE = 6;

const missing = () => ['pdftotext', 'pdftoppm'].filter((tool) => spawnSync(tool, ['-v']).error);
if (missing().length && !(aptInstall('poppler-utils', `No ${missing().join(', ')}`) && !missing().length)) {
  console.error(`print check: ${missing().join(', ')} missing (Debian/Ubuntu: sudo apt-get install poppler-utils)`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'gov-rank-print-'));
const server = await startDemoServer();
const browser = await chromium.launch(playwrightLaunchOptions());
const failures = [];

/** The legend's colours and each counter's final text, read from the page under print media. */
function pageFacts() {
  const map = document.querySelector('gov-rank-map');
  const swatches = [...(map?.shadowRoot?.querySelectorAll('[part="legend"] .swatch:not(.nodata)') ?? [])];
  const counters = [...document.querySelectorAll('gov-stats-counter')].map((c) => ({
    stat: c.getAttribute('stat'),
    label: c.shadowRoot?.querySelector('[part="label"]')?.textContent.trim() ?? '',
    final: c.shadowRoot?.querySelector('.ghost')?.textContent.trim() ?? '',
  }));
  return { colours: swatches.map((s) => getComputedStyle(s).backgroundColor), counters };
}

/** Hides everything but the map's legend (in the light DOM and in the map's shadow root). */
function legendOnly() {
  const style = document.createElement('style');
  style.textContent = 'body * { visibility: hidden } gov-rank-map { visibility: visible }';
  document.head.append(style);
  const inner = document.createElement('style');
  inner.textContent = '.figure > :not([part="legend"]) { visibility: hidden }';
  /** @type {ShadowRoot} */ (/** @type {Element} */ (document.querySelector('gov-rank-map')).shadowRoot).append(inner);
}

/** Pixels of the PDF's pages, rendered at 96 dpi (1 px = 1 CSS px), as [r, g, b] triples. */
function pixels(pdf, prefix) {
  spawnSync('pdftoppm', ['-r', '96', pdf, join(dir, prefix)], { stdio: 'inherit' });
  const out = [];
  for (const f of readdirSync(dir).filter((n) => n.startsWith(`${prefix}-`) && n.endsWith('.ppm'))) {
    const buf = readFileSync(join(dir, f));
    // P6 header: magic, width, height, max value, each followed by white space.
    const header = buf.toString('latin1', 0, 64).match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
    if (!header) throw new Error(`${f}: not a binary PPM`);
    out.push(buf.subarray(header[0].length));
  }
  return out;
}

const rgb = (css) =>
  css
    .match(/\d+(\.\d+)?/g)
    .slice(0, 3)
    .map(Number);
function count(pages, [r, g, b]) {
  let n = 0;
  for (const p of pages) {
    for (let i = 0; i + 2 < p.length; i += 3) {
      if (Math.abs(p[i] - r) <= TOLERANCE && Math.abs(p[i + 1] - g) <= TOLERANCE && Math.abs(p[i + 2] - b) <= TOLERANCE) n++;
    }
  }
  return n;
}

try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  const tab = await context.newPage();
  tab.on('pageerror', (err) => failures.push(`exception: ${err.message}`));
  await tab.goto(`${server.url}/news.html`, { waitUntil: 'load' });
  const { problems } = await waitForElements(tab, RENDER_TIMEOUT);
  failures.push(...problems);
  await tab.evaluate(() => document.fonts.ready);
  await tab.emulateMedia({ media: 'print' });
  const facts = await tab.evaluate(pageFacts);

  // 1. Counters: the printed text holds each final value right after the counter's label (the
  //    article's own text repeats some of the numbers, so a value alone would prove nothing).
  const pdf = join(dir, 'news.pdf');
  await tab.pdf({ path: pdf });
  const text = spawnSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, '');
  if (!facts.counters.length) failures.push('no counter on the news page');
  const squeeze = (s) => s.replace(/\s+/g, '');
  for (const c of facts.counters) {
    const label = squeeze(c.label);
    const final = squeeze(c.final);
    const after = text
      .split(label)
      .slice(1)
      .map((rest) => rest.slice(0, final.length + 8));
    if (!final || !label) failures.push(`${c.stat}: no label or final value in the element`);
    else if (!after.some((rest) => rest.includes(final)))
      failures.push(`${c.stat}: the PDF does not print ${c.final} after "${c.label}" (it reads "${after[0] ?? 'no label'}")`);
  }

  // 2. Legend colours: printed from the swatches themselves.
  if (facts.colours.length < 2) failures.push(`the map legend has ${facts.colours.length} colour swatch(es)`);
  await tab.evaluate(legendOnly);
  const legendPdf = join(dir, 'legend.pdf');
  await tab.pdf({ path: legendPdf });
  const pages = pixels(legendPdf, 'legend');
  for (const c of facts.colours) {
    const n = count(pages, rgb(c));
    if (n < MIN_PIXELS) failures.push(`legend colour ${c}: ${n} px in the PDF (swatches printed as empty boxes?)`);
  }
  await context.close();
  console.log(`print check: ${facts.counters.length} counters, ${facts.colours.length} legend colours`);
} finally {
  await browser.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`✖ print check (news.html → PDF): ${failures.length} problem(s)`);
  for (const f of failures) console.error(`    ${f}`);
  process.exit(1);
}
console.log('✔ print check: every counter prints its final value; the legend prints its colours');
