// @ts-check
// The demo's file layout, shared by `npm start` (a Vite middleware) and `npm run screenshots`
// (a plain server on 127.0.0.1): `/dist/…` is the built package (dist/), everything else is
// demo/. Pages load `../dist/cdn/gov-rank.js`, which resolves to /dist/cdn/gov-rank.js here, and
// also works when demo/ is opened from the repository on any static server.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveStatic, staticMiddleware, startStaticServer } from './lib/static-server.mjs';

export const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
/** @type {import('./lib/static-server.mjs').Mount[]} */
const MOUNTS = [
  ['/dist', join(REPO, 'dist')],
  ['/', join(REPO, 'demo')],
];

/** The file a URL path maps to, or null (outside the roots, or missing). */
export const demoFile = (urlPath) => resolveStatic(MOUNTS, urlPath);

/** Connect-style middleware: serves a mapped file, else calls next() (or answers 404). */
export const demoMiddleware = staticMiddleware(MOUNTS);

/** A static server of the demo on 127.0.0.1 (random free port). */
export const startDemoServer = (port = 0) => startStaticServer(MOUNTS, { port });

/** The demo pages, in the order of demo/index.html. */
export const DEMO_PAGES = ['index', 'news', 'portal', 'gallery', 'en'];
