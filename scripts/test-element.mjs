// @ts-check
// `npm run test:element -- <name> [more web-test-runner flags]`: one element's browser tests, the
// files in test/browser/<folder>/ (cross-element behaviour — loading, events, host pages, language,
// theme — lives in test/browser/shared/ and runs with `npm test`). Names: map, badge, sparkline,
// counter, table, shared, or the tag (gov-tier-badge) / class folder (tier-badge).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';
import { ELEMENTS } from './entries.mjs';

// test/browser/<short name>/ by the element's short name, tag or class folder (entries.mjs), and `shared`.
/** @type {Record<string, string>} */
const FOLDERS = {};
for (const [short, tag, cls] of ELEMENTS) for (const alias of [short, tag, cls.split('/')[2]]) FOLDERS[alias] = short;
FOLDERS.shared = 'shared';

const [name, ...extra] = process.argv.slice(2);
const folder = name && Object.hasOwn(FOLDERS, name) ? FOLDERS[name] : undefined;
if (!folder) {
  console.error(`usage: npm run test:element -- <${[...new Set(Object.values(FOLDERS))].join('|')}> [web-test-runner flags]`);
  process.exit(2);
}
const dir = `test/browser/${folder}`;
if (!existsSync(dir)) {
  console.error(`no ${dir}`);
  process.exit(2);
}

const env = { ...process.env, CHROME_PATH: ensureChromium() };
const args = ['web-test-runner', '--config', 'web-test-runner.config.mjs', '--files', `${dir}/**/*.test.ts`, ...extra];
console.log(`▶ ${folder}: npx ${args.join(' ')}`);
const r = spawnSync('npx', args, { stdio: 'inherit', env });
process.exit(r.status ?? 1);
