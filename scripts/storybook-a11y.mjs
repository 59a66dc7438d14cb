// @ts-check
// `npm run test:storybook`: every story of the built Storybook, checked with axe-core the way
// @storybook/addon-a11y checks it, in Chromium (playwright-core, the system's browser).
//
//  - Builds storybook-static/ (`npm run build-storybook`) when it is missing or older than a file
//    under src/, stories/, .storybook/, test/fixtures/ or custom-elements.json; `--build` always
//    rebuilds, `--no-build` never does.
//  - Serves storybook-static/ on 127.0.0.1 (random free port) and, for every index.json entry of
//    type "story", opens iframe.html?id=<id>&viewMode=story in one page, one story after another.
//  - Waits until the story has rendered: #storybook-root has children and every gov-* element in it
//    has a shadow root with content that is no longer the loading skeleton (up to 5 s; stories whose
//    id contains "loading" stay in the loading state on purpose and are checked as they are).
//  - Runs axe-core (node_modules/axe-core, the copy the addon bundles) with the addon's defaults:
//    no `runOnly` (so axe's default rule set: every rule enabled by default — WCAG 2.0/2.1/2.2 A and
//    AA and best practices; experimental and AAA rules stay off), the rule `region` disabled (the
//    addon's DISABLED_RULES), context `include: document.body`, `exclude: .sb-wrapper,
//    #storybook-docs, #storybook-highlights-root`. A story's own `parameters.a11y` (config, options,
//    context, `disable`, `test: 'off'`) is applied the way the addon applies it.
//    The addon's own automatic run is switched off for these page loads (`globals=a11y.manual:!true`)
//    so that axe runs once per story, after the elements have loaded.
//  - Fails a story on: an axe violation; a page exception or console error; a story that throws
//    (Storybook's error display); a gov-* element that is still loading after 5 s (outside "loading"
//    stories); a failed request, unless the story points at that URL on purpose (a string arg equal
//    to the URL's path: the "file not found" stories) — Chromium's console error
//    "Failed to load resource" for such a request is expected as well.
//    Console warnings do not fail (CustomGeometry warns about shapes without results by design; the
//    build is a production build, so there are no Lit dev-mode warnings); their count is printed.
//    Chromium's own request for /favicon.ico is answered with 204 (Storybook ships favicon.svg only).
// Prints one line per story (✔/✖ id), for ✖ each problem (axe rule id, impact, every target, the first
// node's failure summary), then "storybook a11y: N passed, M failed".
// Then, in the same browser and server, the Storybook reader's check (scripts/storybook-controls.mjs):
// each element's docs page lists its public API once each with the right controls, and every
// story's attribute controls drive its element ("storybook controls: N passed, M failed");
// `--no-controls` skips it. Exits 1 on any failure of either.
// `node scripts/storybook-a11y.mjs tier-badge--card map` checks only the stories whose id contains
// one of the arguments; VERBOSE=1 adds each story's time and the expected failed requests.
import { existsSync, readFileSync, statSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startStaticServer } from './lib/static-server.mjs';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { playwrightLaunchOptions } from './find-chromium.mjs';
import { checkControls } from './storybook-controls.mjs';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
process.chdir(REPO);
const STATIC = join(REPO, 'storybook-static');
const RENDER_TIMEOUT = 5_000;
const args = process.argv.slice(2);
const only = args.filter((a) => !a.startsWith('--')); // optional substrings of story ids
const started = Date.now();

// ---- the build ----
function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}
const indexFile = join(STATIC, 'index.json');
const inputs = ['src', 'stories', '.storybook', 'test/fixtures', 'custom-elements.json'];
const stale = !existsSync(indexFile) || Math.max(...inputs.map(newestMtime)) > statSync(indexFile).mtimeMs;
if (!args.includes('--no-build') && (args.includes('--build') || stale)) {
  console.log(
    `▶ npm run build-storybook (${existsSync(indexFile) ? 'storybook-static/ is older than its sources' : 'storybook-static/ missing'})`,
  );
  // cem rewrites custom-elements.json and storybook build rewrites storybook-static/.
  const r = spawnSync('npm', ['run', 'build-storybook'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const index = JSON.parse(readFileSync(indexFile, 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story')
  .filter((e) => only.length === 0 || only.some((s) => e.id.includes(s)));

// ---- the server ----
function serve(root) {
  return startStaticServer([['/', root]], {
    // Chromium asks for /favicon.ico by itself; Storybook has none (favicon.svg). Not the story's request.
    before: (req, res) => {
      if (new URL(/** @type {string} */ (req.url), 'http://x').pathname !== '/favicon.ico') return false;
      res.writeHead(204).end();
      return true;
    },
    // Hashed assets never change within a run: let the browser cache them across page loads.
    cacheControl: (path) => (path.startsWith('/assets/') || path.startsWith('/sb-') ? 'max-age=3600' : 'no-cache'),
  });
}

// ---- in the page ----
/** Resolves when the story has rendered: 'ok', 'loading' (skeletons left), 'error' or 'empty'. */
async function rendered(timeout) {
  const deadline = performance.now() + timeout;
  const state = () => {
    if (document.body.classList.contains('sb-show-errordisplay')) return 'error';
    const root = document.getElementById('storybook-root');
    if (!root || root.childElementCount === 0) return 'empty';
    const els = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('gov-'));
    for (const el of els) {
      const sr = el.shadowRoot;
      if (!sr || (sr.childElementCount === 0 && !sr.textContent.trim())) return 'loading';
      if (sr.querySelector('.skeleton, .status.loading')) return 'loading';
    }
    return 'ok';
  };
  let s = state();
  while (s !== 'ok' && s !== 'error' && performance.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    s = state();
  }
  if (s === 'ok') {
    // Let Lit finish pending updates and running animations settle, as the addon does (waitForAnimations).
    const els = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('gov-'));
    await Promise.all(els.map((e) => /** @type {import('lit').ReactiveElement} */ (e).updateComplete));
    const anims = document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
    await Promise.race([Promise.all(anims.map((a) => a.finished.catch(() => {}))), new Promise((r) => setTimeout(r, 2000))]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  return s;
}

/** The story's args and parameters.a11y, from Storybook's preview (undefined if not reachable). */
function storyInfo() {
  const preview = globalThis.__STORYBOOK_PREVIEW__;
  const story = preview?.currentRender?.story;
  const args = preview?.currentRender?.storyContext?.args ?? story?.initialArgs ?? {};
  const strings = Object.values(args).filter((v) => typeof v === 'string' && v);
  let a11y;
  try {
    a11y = JSON.parse(JSON.stringify(story?.parameters?.a11y ?? {}));
  } catch {
    a11y = {};
  }
  return { strings, a11y };
}

/** @storybook/addon-a11y's run(): same context, disabled rules and option merging. */
async function runAxe(input) {
  const axe = globalThis.axe;
  const DISABLED_RULES = ['region'];
  const { config = {}, options = {} } = input;
  const context = { include: document.body, exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] };
  if (input.context) {
    const c = input.context;
    const hasInclude = typeof c === 'object' && 'include' in c && c.include !== undefined;
    const hasExclude = typeof c === 'object' && 'exclude' in c && c.exclude !== undefined;
    if (hasInclude) context.include = c.include;
    else if (!hasExclude) context.include = c;
    if (hasExclude) context.exclude = context.exclude.concat(c.exclude);
  }
  axe.reset();
  const configWithDefault = { ...config, rules: [...DISABLED_RULES.map((id) => ({ id, enabled: false })), ...(config.rules ?? [])] };
  axe.configure(configWithDefault);
  let runOptions = options;
  if (options.runOnly) {
    const disabled = {};
    for (const { id, enabled } of configWithDefault.rules) {
      if (!id || typeof enabled !== 'boolean') continue;
      if (enabled) delete disabled[id];
      else disabled[id] = { enabled: false };
    }
    if (Object.keys(disabled).length) runOptions = { ...options, rules: { ...disabled, ...options.rules } };
  }
  const result = await axe.run(context, runOptions);
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => ({ target: n.target, summary: n.failureSummary })),
  }));
}

// ---- the run ----
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const server = await serve(STATIC);
const browser = await chromium.launch(playwrightLaunchOptions());
const results = [];
let warnings = 0;
let controls = { passed: 0, failed: 0 };
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let problems = [];
  let failedRequests = [];
  let consoleErrors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push({ text: m.text(), url: m.location()?.url ?? '' });
    else if (m.type() === 'warning') warnings++;
  });
  page.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  page.on('requestfailed', (r) => failedRequests.push({ url: r.url(), why: r.failure()?.errorText ?? 'failed' }));
  page.on('response', (r) => {
    if (r.status() >= 400) failedRequests.push({ url: r.url(), why: `HTTP ${r.status()}` });
  });

  for (const story of stories) {
    problems = [];
    failedRequests = [];
    consoleErrors = [];
    const notes = [];
    const t0 = Date.now();
    let violations = [];
    try {
      const url = `${server.url}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load' });
      const loadingStory = story.id.includes('loading');
      const state = await page.evaluate(rendered, loadingStory ? 1_000 : RENDER_TIMEOUT);
      if (state === 'error') {
        const msg = await page.evaluate(() => document.querySelector('#error-message')?.textContent?.trim() ?? '');
        problems.push(`the story threw: ${msg}`);
      } else if (state === 'empty') problems.push(`#storybook-root is still empty after ${RENDER_TIMEOUT / 1000} s`);
      else if (state === 'loading' && !loadingStory) problems.push(`a gov-* element is still loading after ${RENDER_TIMEOUT / 1000} s`);
      const info = await page.evaluate(storyInfo);
      const a11y = info.a11y ?? {};
      if (a11y.disable === true || a11y.test === 'off') {
        // The addon skips this story: so do we.
      } else if (state !== 'error' && state !== 'empty') {
        await page.addScriptTag({ content: AXE_SOURCE });
        violations = await page.evaluate(runAxe, a11y);
      }
      // Requests the story makes on purpose (a string arg naming the URL, e.g. /does-not-exist.json).
      const expected = new Set(info.strings.map((s) => new URL(s, server.url).href));
      for (const f of failedRequests) {
        if (!expected.has(f.url)) problems.push(`request failed: ${f.url} (${f.why})`);
        else if (process.env.VERBOSE) notes.push(`expected failed request: ${f.url} (${f.why})`);
      }
      for (const c of consoleErrors) {
        if (/^Failed to load resource/.test(c.text) && expected.has(c.url)) continue;
        if (/^Failed to load resource/.test(c.text) && failedRequests.some((f) => f.url === c.url)) continue; // reported above
        problems.push(`console error: ${c.text}${c.url ? ` (${c.url})` : ''}`);
      }
    } catch (e) {
      problems.push(`run failed: ${e.message.split('\n')[0]}`);
    }
    const ok = problems.length === 0 && violations.length === 0;
    results.push({ id: story.id, ok });
    console.log(`${ok ? '✔' : '✖'} ${story.id}${process.env.VERBOSE ? ` (${Date.now() - t0} ms)` : ''}`);
    for (const p of [...notes, ...problems]) console.log(`    ${p}`);
    for (const v of violations) {
      const first = v.nodes[0];
      console.log(`    ${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}): ${v.help}`);
      for (const n of v.nodes) console.log(`      target: ${JSON.stringify(n.target)}`);
      if (first?.summary) console.log(first.summary.replace(/^/gm, '      | '));
    }
  }
  await context.close();
  if (!args.includes('--no-controls')) {
    console.log('▶ storybook controls (scripts/storybook-controls.mjs)');
    controls = await checkControls({ browser, baseUrl: server.url, index, only });
  }
} finally {
  await browser.close();
  await server.close();
}
const failed = results.filter((r) => !r.ok).length;
console.log(
  `${stories.length} stories in ${((Date.now() - started) / 1000).toFixed(1)} s; ${warnings} console warning${warnings === 1 ? '' : 's'} (not failures)`,
);
console.log(`storybook a11y: ${results.length - failed} passed, ${failed} failed`);
if (!args.includes('--no-controls')) console.log(`storybook controls: ${controls.passed} passed, ${controls.failed} failed`);
process.exit(failed || results.length === 0 || controls.failed || (!args.includes('--no-controls') && controls.passed === 0) ? 1 : 0);
