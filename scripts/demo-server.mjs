// The demo's file layout, shared by `npm start` (a Vite middleware) and `npm run screenshots`
// (a plain node:http server on 127.0.0.1): `/dist/…` is the built package (dist/), everything
// else is demo/. Pages load `../dist/cdn/gov-rank.js`, which resolves to /dist/cdn/gov-rank.js
// here, and also works when demo/ is opened from the repository on any static server.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
const ROOTS = { dist: join(REPO, 'dist'), demo: join(REPO, 'demo') };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file a URL path maps to, or null (outside the roots, or missing). */
export function demoFile(urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const [root, rest] = path === '/dist' || path.startsWith('/dist/') ? [ROOTS.dist, path.slice('/dist'.length)] : [ROOTS.demo, path];
  const file = normalize(join(root, rest));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const st = statSync(file);
    if (st.isDirectory()) {
      const index = join(file, 'index.html');
      return statSync(index).isFile() ? index : null;
    }
    return st.isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Connect-style middleware: serves a mapped file, else calls next() (or answers 404). */
export function demoMiddleware(req, res, next) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return next ? next() : notFound(res);
  const file = demoFile(req.url ?? '/');
  if (!file) return next ? next() : notFound(res);
  res.statusCode = 200;
  res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', 'no-cache');
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
}

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('not found');
}

/** A static server of the demo on 127.0.0.1 (random free port). */
export function startDemoServer(port = 0) {
  const server = createServer((req, res) => demoMiddleware(req, res));
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({ url: `http://127.0.0.1:${actual}`, close: () => new Promise((r) => server.close(() => r())) });
    });
  });
}

/** The demo pages, in the order of demo/index.html. */
export const DEMO_PAGES = ['index', 'news', 'portal', 'gallery', 'en'];

if (import.meta.url === `file://${process.argv[1]}`) {
  const { url } = await startDemoServer(Number(process.env.PORT ?? 0));
  console.log(`gov-rank demo (static, needs a built dist/): ${url}/`);
}
