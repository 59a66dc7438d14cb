// @ts-check
// Runs the DOM-free tests in plain Node: test/node/*.test.ts are bundled by esbuild (our TS sources
// inlined, no DOM shims), *.test.mjs run as they are (they import the built package by its name).
import { build } from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const dir = 'test/node';
const out = '.test-build/node';
rmSync(out, { recursive: true, force: true });
const ts = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => `${dir}/${f}`);
const mjs = readdirSync(dir)
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => `${dir}/${f}`);
if (ts.length) {
  await build({
    entryPoints: ts,
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    packages: 'external',
    loader: { '.json': 'json' },
    logLevel: 'warning',
  });
}
const files = [...ts.map((f) => f.replace(dir, out).replace(/\.ts$/, '.mjs')), ...mjs];
const r = spawnSync('node', ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);
