// @ts-check
// Builds for servers, called by scripts/build.mjs after the Vite builds:
//  - dist/ssr/index.js — `gov-rank/ssr` (Node): renderElement, with lit, @lit/*, @lit-labs/* and
//    d3 left to node_modules, so the elements and @lit-labs/ssr share one Lit;
//  - dist/server.js — the package's entry under the `worker`, `workerd`, `edge-light` and `node`
//    conditions (edge runtimes that also match `browser`): installs @lit-labs/ssr-dom-shim's
//    globals, then loads dist/index.js. The browser entries stay as they are.
//  - dist/server/<name>.js and dist/server/elements/<name>.js — the same for each element's
//    subpath (`gov-rank/map`, `gov-rank/elements/map`…): the globals, then that subpath's entry.
//  - dist/hydrate.js — `gov-rank/hydrate`: Lit's hydration support, then dist/hydrate-elements.js;
//  - dist/cdn/gov-rank-hydrate.js — the CDN script for server-rendered pages (src/hydrate.ts).
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ELEMENTS, EXTERNAL } from './entries.mjs';
import { cssLiteralsPlugin as cssLiterals } from './lib/css-literals.mjs';

/** The ES build's externals (entries.mjs), as esbuild takes them: one list for both builds. */
const external = {
  name: 'external',
  /** @param {import('esbuild').PluginBuild} b */
  setup(b) {
    for (const filter of EXTERNAL) b.onResolve({ filter }, (args) => ({ path: args.path, external: true }));
  },
};

await build({
  entryPoints: { 'ssr/index': 'src/ssr/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  loader: { '.json': 'json' },
  sourcemap: true,
  logLevel: 'warning',
  plugins: [external, cssLiterals],
});

// Not bundled: the import order (globals, then ./index.js; hydration support, then the elements)
// must stay as written — a bundler hoists external imports after its own chunks.
await build({
  entryPoints: { server: 'src/server.ts', 'server-globals': 'src/server-globals.ts', hydrate: 'src/hydrate.ts' },
  outdir: 'dist',
  format: 'esm',
  target: 'es2022',
  logLevel: 'warning',
});

// Each element subpath's server entry: two lines, in this order (ES modules evaluate their imports
// in the order written), written as they are — nothing to bundle.
mkdirSync('dist/server/elements', { recursive: true });
for (const [name] of ELEMENTS) {
  const entry = (up, target) => `import '${up}server-globals.js';\nexport * from '${up}${target}/${name}.js';\n`;
  writeFileSync(`dist/server/${name}.js`, entry('../', 'define'));
  writeFileSync(`dist/server/elements/${name}.js`, entry('../../', 'elements'));
}

await build({
  entryPoints: { 'cdn/gov-rank-hydrate': 'src/hydrate.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  // Chinese text as UTF-8, not \uXXXX escapes (about 37 KB smaller), as Vite writes gov-rank.js;
  // the script is served, like that one, as UTF-8.
  charset: 'utf8',
  sourcemap: true,
  loader: { '.json': 'json' },
  logLevel: 'warning',
  plugins: [cssLiterals],
});
