// @ts-check
// The one static file server of the scripts (demo, screenshots, Storybook a11y check, packed-
// package test, benchmark): folders mounted at URL prefixes, on 127.0.0.1, never outside a root.
import { createServer } from 'node:http';
import { createReadStream, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** @typedef {readonly [prefix: string, folder: string]} Mount A URL prefix and the folder served there. */
/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * The file a URL path maps to, or null (outside every root, or missing). `mounts` is a list of
 * [URL prefix, folder]; the longest matching prefix wins; a folder serves its index.html.
 * @param {readonly Mount[]} mounts
 * @param {string} urlPath
 * @returns {string | null}
 */
export function resolveStatic(mounts, urlPath) {
  let path;
  try {
    path = decodeURIComponent(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  const mount = [...mounts]
    .sort((a, b) => b[0].length - a[0].length)
    .find(([prefix]) => prefix === '/' || path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
  if (!mount) return null;
  const [prefix, root] = mount;
  const file = normalize(join(root, prefix === '/' ? path : path.slice(prefix.length)));
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

/**
 * Connect-style middleware serving `mounts`; calls next() (or answers 404) for anything else.
 * `cacheControl(path)` sets Cache-Control (default no-cache).
 * @param {readonly Mount[]} mounts
 * @param {{ cacheControl?: (path: string) => string }} [options]
 * @returns {(req: Request, res: Response, next?: () => void) => void}
 */
export function staticMiddleware(mounts, { cacheControl = () => 'no-cache' } = {}) {
  return (req, res, next) => {
    const miss = () => {
      if (next) return next();
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      res.end('not found');
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return miss();
    const file = resolveStatic(mounts, req.url ?? '/');
    if (!file) return miss();
    res.statusCode = 200;
    res.setHeader('Content-Type', CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream');
    res.setHeader('Cache-Control', cacheControl(new URL(req.url ?? '/', 'http://x').pathname));
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).pipe(res);
  };
}

/**
 * Serves `mounts` on 127.0.0.1 (a free port unless `port` is given). `before(req, res)` may answer
 * a request itself and return true. Resolves with { url, port, close() }.
 * @param {readonly Mount[]} mounts
 * @param {{ port?: number, before?: (req: Request, res: Response) => boolean | undefined, cacheControl?: (path: string) => string }} [options]
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function startStaticServer(mounts, { port = 0, before, cacheControl } = {}) {
  const serve = staticMiddleware(mounts, { cacheControl });
  const server = createServer((req, res) => {
    if (before?.(req, res)) return;
    serve(req, res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const actual = /** @type {import('node:net').AddressInfo} */ (server.address()).port;
      resolve({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () => /** @type {Promise<void>} */ (new Promise((r) => server.close(() => r()))),
      });
    });
  });
}
