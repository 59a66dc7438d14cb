// @ts-check
// `npm run test:element -- <name> [more web-test-runner flags]`: one element's browser tests, the
// files in test/browser/<folder>/ (cross-element behaviour — loading, events, host pages, language,
// theme — lives in test/browser/shared/ and runs with `npm test`). Names: map, badge, sparkline,
// counter, table, shared, or the tag (gov-tier-badge) / class folder (tier-badge).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { ensureChromium } from './find-chromium.mjs';

const FOLDERS = {
  map: 'map',
  'rank-map': 'map',
  'gov-rank-map': 'map',
  badge: 'badge',
  'tier-badge': 'badge',
  'gov-tier-badge': 'badge',
  sparkline: 'sparkline',
  'trend-sparkline': 'sparkline',
  'gov-trend-sparkline': 'sparkline',
  counter: 'counter',
  'stats-counter': 'counter',
  'gov-stats-counter': 'counter',
  table: 'table',
  'rank-table': 'table',
  'gov-rank-table': 'table',
  shared: 'shared',
};

const [name, ...extra] = process.argv.slice(2);
const folder = FOLDERS[name ?? ''];
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
