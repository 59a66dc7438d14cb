// @ts-check
// `npm run screenshots`: every demo page in the system's Chromium at 375 px and 1280 px wide.
// Builds dist/ when it is missing or older than src/, serves demo/ + dist/ on 127.0.0.1, waits
// until every gov-* element has rendered (shadow content, no loading or error box), and fails on
// any console error or warning, page exception, failed request or gov-error event. Writes
// docs/screenshots/<page>-<width>.png and docs/map.png (the map alone, for the README).
//
//   node scripts/screenshots.mjs            build if needed, check and write the PNGs
//   node scripts/screenshots.mjs --check    check only, write nothing
//   node scripts/screenshots.mjs --build    rebuild first even if dist/ looks fresh
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { playwrightLaunchOptions } from './find-chromium.mjs';
import { startDemoServer, DEMO_PAGES, REPO } from './demo-server.mjs';
import { waitForElements } from './lib/page-states.mjs';

const WIDTHS = [375, 1280];
/** Screenshots are clipped to this height: enough to show a page's elements, small PNGs. */
const MAX_HEIGHT = { 375: 2800, 1280: 2400 };
const RENDER_TIMEOUT = 20000;
const args = new Set(process.argv.slice(2));
const checkOnly = args.has('--check');

process.chdir(REPO);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const cdn = 'dist/cdn/gov-rank.js';
if (args.has('--build') || !existsSync(cdn) || statSync(cdn).mtimeMs < newestMtime('src')) {
  console.log('▶ build (dist/ missing or older than src/)');
  const r = spawnSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const launchOptions = playwrightLaunchOptions(); // before the server: no Chromium, no server left running
const server = await startDemoServer();
const browser = await chromium.launch(launchOptions);

const failures = [];
let shots = 0;

async function checkPage(page, width) {
  const problems = [];
  const context = await browser.newContext({
    viewport: { width, height: width < 600 ? 800 : 900 },
    deviceScaleFactor: 1,
    reducedMotion: 'reduce', // counters show their final value, no transition mid-shot
    colorScheme: 'light',
    locale: 'zh-CN',
    serviceWorkers: 'block',
  });
  await context.addInitScript(() => {
    window.__govErrors = [];
    document.addEventListener(
      'gov-error',
      (/** @type {CustomEvent<{ kind: string, message: string }>} */ e) =>
        window.__govErrors.push(`${/** @type {Element} */ (e.target).localName}: ${e.detail.kind}: ${e.detail.message}`),
      true,
    );
  });
  const tab = await context.newPage();
  tab.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  tab.on('pageerror', (err) => problems.push(`exception: ${err.message}`));
  tab.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`));
  tab.on('response', (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });

  const url = `${server.url}/${page === 'index' ? '' : `${page}.html`}`;
  await tab.goto(url, { waitUntil: 'load' });

  // Scroll through the page so lazy and scroll-triggered elements (counters) start, then back up.
  // Two frames at each stop: an element with loading="lazy" is seen by its IntersectionObserver.
  // The page grows while lazy elements draw, so its height is read again at each stop.
  const pageHeight = () => tab.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < (await pageHeight()); y += 600) {
    await tab.evaluate(
      (top) =>
        new Promise((done) => {
          window.scrollTo(0, top);
          requestAnimationFrame(() => requestAnimationFrame(done));
        }),
      y,
    );
  }
  await tab.evaluate(() => window.scrollTo(0, 0));

  const { states, problems: unrendered } = await waitForElements(tab, RENDER_TIMEOUT);
  problems.push(...unrendered);
  for (const e of await tab.evaluate(() => window.__govErrors)) problems.push(`gov-error: ${e}`);
  await tab.evaluate(() => document.fonts.ready);
  await tab.waitForTimeout(150);

  // Horizontal overflow at 375 px means something does not fit a phone.
  const overflow = await tab.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  if (overflow > 1) problems.push(`page is ${overflow}px wider than the ${width}px viewport`);

  if (!checkOnly) {
    mkdirSync('docs/screenshots', { recursive: true });
    const full = await tab.evaluate(() => document.documentElement.scrollHeight);
    await tab.screenshot({
      path: `docs/screenshots/${page}-${width}.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width, height: Math.min(full, MAX_HEIGHT[width]) },
    });
    shots++;
    if (page === 'news' && width === 1280) {
      const map = tab.locator('gov-rank-map').first();
      await map.scrollIntoViewIfNeeded();
      await map.screenshot({ path: 'docs/map.png' });
      shots++;
    }
  }
  await context.close();
  const n = states.length;
  if (problems.length) {
    failures.push(...problems.map((p) => `${page}.html @ ${width}px: ${p}`));
    console.log(`✖ ${page}.html @ ${width}px: ${n} elements, ${problems.length} problem(s)`);
    for (const p of problems) console.log(`    ${p}`);
  } else {
    console.log(`✔ ${page}.html @ ${width}px: ${n} elements rendered, no console message, no failed request`);
  }
}

try {
  for (const page of DEMO_PAGES) for (const width of WIDTHS) await checkPage(page, width);
} finally {
  await browser.close();
  await server.close();
}

if (!checkOnly) console.log(`wrote ${shots} PNGs (docs/screenshots/, docs/map.png)`);
if (failures.length) {
  console.error(`screenshots: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('screenshots: every page clean');
