// How the size report and the benchmark bundle a page's code and count what it loads: esbuild,
// minified ES modules with split chunks, production builds of the dependencies; an entry costs
// itself plus every chunk it imports statically (dynamic imports load on demand).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export const BROWSER_BUNDLE = {
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  metafile: true,
  legalComments: 'none',
  conditions: ['production'],
  logLevel: 'error',
};

/** The output files an entry loads before it runs: itself and its static imports, transitively. */
export function staticClosure(outputs, entryOut) {
  const seen = new Set();
  const walk = (o) => {
    if (seen.has(o)) return;
    seen.add(o);
    for (const imp of outputs[o].imports) if (imp.kind === 'import-statement' && outputs[imp.path]) walk(imp.path);
  };
  walk(entryOut);
  return seen;
}

/** gzip -9 size of a file or a buffer. */
export function gzSize(fileOrBuffer) {
  const buf = typeof fileOrBuffer === 'string' ? readFileSync(fileOrBuffer) : fileOrBuffer;
  return gzipSync(buf, { level: 9 }).length;
}
