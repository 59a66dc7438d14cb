// @ts-check
// Time to the first painted map in Chromium: the server-rendered page (renderElement's HTML and the
// CDN hydration script) against the client-rendered page (the same element, empty, and the CDN
// script gov-rank.js), both served from 127.0.0.1 without caching, a fresh browser context per load.
// Used by scripts/bench.mjs (`--parts paint`); it prints the figures.
//
// Each page carries the same inline probe (PROBE) at the top of <head>, which records, in ms from
// navigation start:
//   fcp       first-contentful-paint (Paint Timing);
//   frame     in the first animation frame whose rAF callback finds the map complete (its shadow
//             root holds the 34 region paths, each with its fill): style and layout forced there,
//             i.e. that frame's paint is all that follows (the harness's "style + layout done");
//   painted   the next requestAnimationFrame (a frame holding the map has been produced). On the
//             server-rendered page this waits for whatever task runs next — the hydration script's
//             evaluation — so it overstates when the map appeared; `frame` and `fcp` do not;
//   ready     the element is interactive: rendered by Lit (hasUpdated) and no longer waiting for
//             hydration (no defer-hydration attribute).
// The probe's rAF loop costs both pages the same. With a CPU rate r > 1, CDP
// Emulation.setCPUThrottlingRate slows the renderer r times (a mid-range phone, roughly, at 4).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ASSESSMENT, YEAR, WIDTH } from './bench-node-render.mjs';
import { startStaticServer } from './static-server.mjs';
import { gzSize } from './bundle-size.mjs';

const root = resolve(import.meta.dirname, '../..');

export const PAGES = /** @type {const} */ (['ssr', 'csr']);

const PROBE = `(() => {
  const t = (window.__paint = {});
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') t.fcp = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  const drawn = (m) => {
    const r = m && m.shadowRoot;
    if (!r || r.querySelectorAll('g.region > path.shape[data-code]').length < 34) return false;
    for (const g of r.querySelectorAll('g.region[data-code]')) if (!(g.getAttribute('style') || '').includes('--fill')) return false;
    return true;
  };
  const tick = () => {
    const m = document.querySelector('gov-rank-map');
    if (t.frame === undefined && drawn(m)) {
      void m.getBoundingClientRect().height;
      t.frame = performance.now();
      requestAnimationFrame(() => (t.painted = performance.now()));
    }
    if (t.ready === undefined && m && m.hasUpdated && !m.hasAttribute('defer-hydration') && drawn(m)) t.ready = performance.now();
    if (t.painted === undefined || t.ready === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/** @param {string} body @param {string} script */
const page = (body, script) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>gov-rank bench: first painted map</title>
    <script>${PROBE}</script>
    <style>body { margin: 0; font-family: system-ui, sans-serif; } gov-rank-map { display: block; width: ${WIDTH}px; }</style>
  </head>
  <body>
    ${body}
    <script src="/cdn/${script}" defer></script>
  </body>
</html>
`;

/**
 * Writes ssr.html and csr.html into `out` and serves them with dist/cdn at /cdn/; with the bytes of
 * each page and its script (raw, gzip -9).
 * @param {string} out
 */
export async function servePaintPages(out) {
  mkdirSync(out, { recursive: true });
  // renderElement in a child process: Lit SSR's DOM shims stay out of this one.
  const ssr = execFileSync(process.execPath, [join(root, 'scripts/lib/bench-node-render.mjs'), 'html'], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const attrs = `assessment="${ASSESSMENT}" year="${YEAR}" color-by="score"`;
  const pages = {
    ssr: [page(ssr, 'gov-rank-hydrate.js'), 'gov-rank-hydrate.js'],
    csr: [page(`<gov-rank-map ${attrs}></gov-rank-map>`, 'gov-rank.js'), 'gov-rank.js'],
  };
  /** @type {Record<string, { html: number, htmlGz: number, script: number, scriptGz: number }>} */
  const bytes = {};
  for (const [name, [html, script]] of Object.entries(pages)) {
    writeFileSync(join(out, `${name}.html`), html);
    const js = readFileSync(join(root, 'dist/cdn', script));
    bytes[name] = { html: Buffer.byteLength(html), htmlGz: gzSize(Buffer.from(html)), script: js.length, scriptGz: gzSize(js) };
  }
  const server = await startStaticServer(
    [
      ['/', out],
      ['/cdn', join(root, 'dist/cdn')],
    ],
    { cacheControl: () => 'no-store' },
  );
  return { server, bytes };
}

/**
 * `runs` loads of each page at each CPU rate, the pages alternating; one sample per load.
 * @param {import('playwright-core').Browser} browser
 * @param {string} base the server's URL
 * @param {{ runs: number, rates: number[], onRun?: () => void }} o
 * @returns {Promise<Record<string, Record<'ssr' | 'csr', { fcp: number[], frame: number[], painted: number[], ready: number[] }>>>} by rate, by page
 */
export async function measurePaint(browser, base, { runs, rates, onRun }) {
  /** @type {Record<string, Record<'ssr' | 'csr', { fcp: number[], frame: number[], painted: number[], ready: number[] }>>} */
  const res = {};
  for (const rate of rates) {
    const byPage = /** @type {Record<'ssr' | 'csr', { fcp: number[], frame: number[], painted: number[], ready: number[] }>} */ ({});
    for (const p of PAGES) byPage[p] = { fcp: [], frame: [], painted: [], ready: [] };
    res[rate] = byPage;
    for (let i = 0; i < runs; i++) {
      for (const name of i % 2 ? [...PAGES].reverse() : PAGES) {
        const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
        const tab = await context.newPage();
        /** @type {string[]} */
        const errors = [];
        tab.on('pageerror', (e) => errors.push(String(e)));
        if (rate !== 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate });
        await tab.goto(`${base}/${name}.html`);
        const t = await tab
          .waitForFunction(
            () => {
              const p = /** @type {any} */ (window).__paint;
              return p.painted !== undefined && p.ready !== undefined && p.fcp !== undefined && p;
            },
            null,
            { timeout: 30000, polling: 100 },
          )
          .then((h) => h.jsonValue())
          .catch((e) => {
            throw new Error(`bench: ${name}.html never showed an interactive map (${e.message}) ${errors.join('\n')}`);
          });
        if (errors.length) throw new Error(`bench: ${name}.html: ${errors.join('\n')}`);
        byPage[name].fcp.push(t.fcp);
        byPage[name].frame.push(t.frame);
        byPage[name].painted.push(t.painted);
        byPage[name].ready.push(t.ready);
        await context.close();
      }
      onRun?.();
    }
  }
  return res;
}
