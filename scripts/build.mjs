// @ts-check
// `npm run build`: ES modules for npm (dist/), the CDN script (dist/cdn/gov-rank.js), type
// declarations (dist/types/), and the JSON Schema generated from src/data/format.ts.
import { build } from 'vite';
import { rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

rmSync('dist', { recursive: true, force: true });
process.env.GOV_RANK_BUILD = 'lib';
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
process.env.GOV_RANK_BUILD = 'cdn';
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

// gov-rank/ssr, the entry for servers and edge runtimes, the CDN hydration script (esbuild).
await import('./build-ssr.mjs');

const tsc = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// custom-elements.json ships in the package and feeds Storybook.
const cem = spawnSync('npx', ['cem', 'analyze', '--config', 'custom-elements-manifest.config.mjs', '--quiet'], { stdio: 'inherit' });
if (cem.status !== 0) process.exit(cem.status ?? 1);
await import('./api-docs.mjs');

const { resultsJsonSchema } = await import(new URL('../dist/data/index.js', import.meta.url).href);
mkdirSync('schema', { recursive: true });
writeFileSync('schema/results.schema.json', JSON.stringify(resultsJsonSchema(), null, 2) + '\n');
console.log('built dist/ (ES), dist/cdn/gov-rank.js (classic script), dist/types/, schema/results.schema.json, custom-elements.json');

// Hand-written framework typings (tsc does not copy .d.ts files): React 19 JSX and Vue templates.
const { copyFileSync } = await import('node:fs');
copyFileSync('src/jsx.d.ts', 'dist/types/jsx.d.ts');
