/**
 * Library build. `GOV_RANK_BUILD=cdn` builds the single classic script for CDNs (everything
 * inlined, registers every element); otherwise the ES modules for npm with lit/d3 external.
 * Run through scripts/build.mjs, which also writes the type declarations and the JSON Schema.
 */
import { defineConfig } from 'vite';
import { existsSync } from 'node:fs';
// @ts-expect-error — plain JS module shared with the build scripts
import { libEntries, EXTERNAL } from './scripts/entries.mjs';
// @ts-expect-error — plain JS module shared with the build scripts
import { withCssMinified } from './scripts/lib/css-literals.mjs';

const cdn = process.env.GOV_RANK_BUILD === 'cdn';

export default defineConfig({
  publicDir: false,
  // The css`…` templates ship minified (scripts/lib/css-literals.mjs), with a source map back to src/.
  plugins: [
    {
      name: 'gov-rank:css-literals',
      enforce: 'pre',
      transform(code: string, id: string) {
        if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return undefined;
        return withCssMinified(code, id);
      },
    },
  ],
  esbuild: { target: 'es2022' },
  build: cdn
    ? {
        outDir: 'dist/cdn',
        emptyOutDir: true,
        target: 'es2022',
        minify: true,
        sourcemap: true,
        lib: { entry: 'src/index.ts', name: 'GovRank', formats: ['iife'], fileName: () => 'gov-rank.js' },
      }
    : {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        minify: false,
        sourcemap: true,
        lib: { entry: libEntries((p: string) => existsSync(p)), formats: ['es'] },
        rollupOptions: {
          external: EXTERNAL,
          output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
        },
      },
});
