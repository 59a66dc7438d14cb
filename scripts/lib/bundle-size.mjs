// @ts-check
// How the size report and the benchmark bundle a page's code and count what it loads: esbuild,
// minified ES modules with split chunks, production builds of the dependencies; an entry costs
// itself plus every chunk it imports statically (dynamic imports load on demand).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

/** @satisfies {import('esbuild').BuildOptions} */
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

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Generated offset → source index, from a v3 source map's VLQ mappings (no dependency needed). */
function mappedRanges(code, map) {
  const lineStarts = [0];
  for (let i = 0; i < code.length; i++) if (code[i] === '\n') lineStarts.push(i + 1);
  const marks = [];
  let source = 0;
  map.mappings.split(';').forEach((line, li) => {
    let col = 0;
    for (const seg of line.split(',')) {
      if (!seg) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of seg) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      col += values[0];
      // A one-field segment maps generated code to no source (e.g. a JSON module whose map is empty).
      if (values.length > 1) source += values[1];
      marks.push([lineStarts[li] + col, values.length > 1 ? source : -1]);
    }
  });
  marks.sort((a, b) => a[0] - b[0]);
  return marks.map(([start, src], i) => [start, marks[i + 1]?.[0] ?? code.length, src < 0 ? '(no source map)' : map.sources[src]]);
}

/** A package name or a src/ path: what a byte of the bundle is charged to. */
function owner(source) {
  // Our own modules, from src/ or through the installed package's source maps (…/gov-rank/src/…).
  if (/(^|\/)(gov-rank\/)?src\//.test(source) && !/node_modules\/(?!gov-rank\/)/.test(source)) return source.replace(/^.*?\bsrc\//, 'src/');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  return pkg ? pkg[1] : source.replace(/^.*?\bsrc\//, 'src/');
}

/**
 * What each module costs a bundle, gzipped: the bundle's gzip size minus its size without that
 * module's bytes. The figures overlap a little (shared strings compress once), so they add up to
 * slightly more than the whole. `code` is one minified file, `map` its source map.
 */
export function gzipCostByModule(code, map) {
  const ranges = mappedRanges(code, map);
  const byOwner = new Map();
  for (const [s, e, src] of ranges) {
    const key = owner(src ?? '?');
    if (!byOwner.has(key)) byOwner.set(key, []);
    byOwner.get(key).push([s, e]);
  }
  const total = gzSize(Buffer.from(code));
  const rows = [];
  for (const [key, spans] of byOwner) {
    let rest = '';
    let at = 0;
    for (const [s, e] of spans.sort((a, b) => a[0] - b[0])) {
      rest += code.slice(at, s);
      at = Math.max(at, e);
    }
    rest += code.slice(at);
    rows.push([key, total - gzSize(Buffer.from(rest))]);
  }
  return { total, rows: rows.sort((a, b) => b[1] - a[1]) };
}
