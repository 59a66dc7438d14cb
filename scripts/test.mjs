// @ts-check
// `npm test`: type check, build, DOM-free tests in Node, browser tests in Chromium.
// Every step must pass; the first failure stops the run with its exit code.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './find-chromium.mjs';

const chrome = ensureChromium();
const env = { ...process.env, CHROME_PATH: chrome };
const extra = process.argv.slice(2); // e.g. `npm test -- --files test/browser/map/rank-map.test.ts`

function run(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

run('type check', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
run('build', 'node', ['scripts/build.mjs']);
run('node tests (data, geo, package entry)', 'node', ['scripts/node-tests.mjs']);
run('browser tests (Chromium)', 'npx', ['web-test-runner', '--config', 'web-test-runner.config.mjs', ...extra]);
run("print check (news demo → PDF: counters' final values, legend colours)", 'node', ['scripts/print-check.mjs']);
run('packed package (npm pack → fresh project → Chromium: ES entries, CDN script, React 19; types)', 'node', ['scripts/pack-test.mjs']);
