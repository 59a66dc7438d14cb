// @ts-check
// Browser tests in the system's Chromium (never a downloaded browser).
// The middleware below is the "misbehaving server" the loader and elements are tested against.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, CHROMIUM_ARGS } from './scripts/find-chromium.mjs';

/** Counts requests per path so a test can assert "exactly one request". */
const hits = new Map();
/** Requests the browser gave up (connection closed before an answer). */
const aborted = new Set();

function testServer(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (!url.pathname.startsWith('/__test__/')) return next();
  const route = url.pathname.slice('/__test__/'.length);
  const key = url.pathname + url.search;
  if (route === 'hits') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(hits.get(url.searchParams.get('path') ?? '') ?? 0);
    return;
  }
  if (route === 'aborted') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(aborted.has(url.searchParams.get('path') ?? ''));
    return;
  }
  hits.set(key, (hits.get(key) ?? 0) + 1);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  const respond = () => {
    switch (route) {
      case 'status': {
        ctx.status = Number(url.searchParams.get('code') ?? 500);
        ctx.type = 'text/plain';
        ctx.body = `status ${ctx.status}`;
        return;
      }
      case 'html': {
        ctx.status = 200;
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><html><body><h1>502 Bad Gateway</h1></body></html>';
        return;
      }
      case 'text': {
        ctx.status = 200;
        ctx.type = 'application/json';
        ctx.body = '{ this is not json';
        return;
      }
      case 'flaky': {
        // First request of a key fails with 503, the retry gets the fixture.
        if (hits.get(key) === 1) {
          ctx.status = 503;
          ctx.body = 'busy';
          return;
        }
        return 'fixture';
      }
      case 'fixture':
        return 'fixture';
      default:
        ctx.status = 404;
        ctx.body = 'unknown test route';
    }
  };
  const serveFixture = async () => {
    const name = url.searchParams.get('file') ?? 'results.json';
    ctx.status = 200;
    ctx.type = 'application/json';
    const { readFile } = await import('node:fs/promises');
    ctx.body = await readFile(join('test/fixtures', name.replace(/[^\w.-]/g, '')), 'utf8');
  };
  if (route === 'hang') {
    // Never answers within a test's timeout; the loader's timeout (or an abort) must end it first.
    return /** @type {Promise<void>} */ (
      new Promise((resolve) => {
        const timer = setTimeout(() => {
          ctx.status = 504;
          ctx.body = 'late';
          resolve();
        }, 20000);
        ctx.req.on('close', () => {
          if (ctx.res.writableEnded) return;
          aborted.add(key);
          clearTimeout(timer);
          ctx.status = 499;
          resolve();
        });
      })
    );
  }
  return /** @type {Promise<void>} */ (
    new Promise((resolve) =>
      setTimeout(async () => {
        if (respond() === 'fixture') await serveFixture();
        resolve();
      }, delay),
    )
  );
}

/**
 * `executeServerCommand('gov-forced-colors', { active })`: forced colours (Windows High Contrast)
 * over CDP — Puppeteer's emulateMediaFeatures and @web/test-runner-commands' emulateMedia drop it.
 */
const cdpSessions = new WeakMap();
const forcedColorsPlugin = {
  name: 'gov-forced-colors',
  async executeCommand({ command, payload, session }) {
    if (command !== 'gov-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  },
};

const executablePath = findChromium();
// Test pages run side by side; a page Chromium treats as hidden would get throttled timers.
const NO_THROTTLING = [
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * `/__test__/ssr/page`: a page of elements rendered by the built gov-rank/ssr (npm test builds
 * dist/ first), with no script: test/browser/shared/ssr.test.ts reads it with scripting off
 * (a sandboxed iframe), then adds the hydration script itself. `?host=` puts it on a host page
 * (SSR_HOSTS: Bootstrap 3's 10 px root, article typography, a dark color-scheme); `?download`
 * gives the map its download buttons.
 */
const SSR_HOSTS = {
  bootstrap3: '<link rel="stylesheet" href="/node_modules/bootstrap3/dist/css/bootstrap.css">',
  article:
    '<style>body{font-size:20px;line-height:2} p,div{text-indent:2em;text-align:justify;letter-spacing:1px;word-spacing:4px}</style>',
  dark: '<style>:root{color-scheme:dark;background:#111;color:#eee}</style>',
};
async function ssrPages(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  if (url.pathname !== '/__test__/ssr/page') return next();
  // A variable specifier: the scripts' type check would otherwise read the whole built bundle.
  const built = './dist/ssr/index.js';
  const { renderElement } = await import(built);
  const map = await renderElement(
    'map',
    { year: 2020, download: url.searchParams.has('download') },
    { width: Number(url.searchParams.get('width') ?? 800) },
  );
  const badge = await renderElement('badge', { region: '广东', year: 2020 });
  const others = await Promise.all([
    // Drawn for the width it is shown at (the page's), as a page author would ask for.
    renderElement('sparkline', { region: '广东' }, { width: Number(url.searchParams.get('width') ?? 800) }),
    renderElement('counter', { stat: 'gov-websites' }),
    renderElement('table', { year: 2020, limit: 5 }),
  ]);
  ctx.type = 'text/html';
  ctx.body = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>body{margin:8px;width:${url.searchParams.get('width') ?? 800}px}</style>${SSR_HOSTS[url.searchParams.get('host') ?? ''] ?? ''}</head>
<body><button id="before">before</button>${map}<p>${badge}</p>${others.map((o) => `<div>${o}</div>`).join('')}</body></html>`;
}

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  middleware: [ssrPages, testServer],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', json: true }), forcedColorsPlugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [...CHROMIUM_ARGS, ...NO_THROTTLING, `--user-data-dir=${mkdtempSync(join(tmpdir(), 'wtr-profile-'))}`],
      },
    }),
  ],
};
