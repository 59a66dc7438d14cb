// @ts-check
// Writes src/data/bundled-results.json (results format v1, the embedded default dataset) from the
// compiled published results in ../shared/data/published-results.json, the second search's
// ../shared/data/published-additions.json, and the hand-kept texts in scripts/dataset/*.json
// (editions, series, statistics, notes, source kinds, region levels: see scripts/dataset/README.md).
//
//   node scripts/build-dataset.mjs                  write src/data/bundled-results.json
//   node scripts/build-dataset.mjs --out FILE       write FILE instead (tests compare the bytes)
//   node scripts/build-dataset.mjs --check          exit 1 if the committed file is out of date
//   --source FILE / --additions FILE                 read other source files
//
// Deterministic: no dates, no environment; the same inputs give the identical file. The transform
// itself is scripts/dataset/transform.ts (typed, pure, tested in test/node/build-dataset.test.ts);
// this script reads the files, runs it (compiled in memory by esbuild) and writes the result.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SOURCE_FILE = new URL('../../shared/data/published-results.json', import.meta.url);
const ADDITIONS_FILE = new URL('../../shared/data/published-additions.json', import.meta.url);
const OUT_FILE = new URL('../src/data/bundled-results.json', import.meta.url);
const DATASET_DIR = new URL('dataset/', import.meta.url);
const TRANSFORM = new URL('dataset/transform.ts', import.meta.url);

/** @typedef {typeof import('./dataset/transform.ts')} Transform */

/**
 * scripts/dataset/transform.ts as a module: Node 20 runs no TypeScript, so esbuild compiles it.
 * @returns {Promise<Transform>}
 */
export async function loadTransform() {
  const { outputFiles } = await build({
    entryPoints: [fileURLToPath(TRANSFORM)],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
  const code = outputFiles[0]?.text ?? '';
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * The JSON files of scripts/dataset, parsed.
 * @param {Transform} transform
 * @param {URL} dir
 * @returns {import('./dataset/types.ts').DatasetFiles}
 */
export function readDatasetFiles(transform, dir = DATASET_DIR) {
  const entries = Object.entries(transform.DATASET_FILES).map(([key, name]) => [key, JSON.parse(readFileSync(new URL(name, dir), 'utf8'))]);
  return /** @type {import('./dataset/types.ts').DatasetFiles} */ (Object.fromEntries(entries));
}

/** @param {string[]} argv */
async function main(argv) {
  const args = argv.slice(2);
  /** @param {string} name */
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sourcePath = opt('--source') ?? fileURLToPath(SOURCE_FILE);
  const additionsPath = opt('--additions') ?? fileURLToPath(ADDITIONS_FILE);
  const outPath = opt('--out') ?? fileURLToPath(OUT_FILE);
  const transform = await loadTransform();
  const files = readDatasetFiles(transform);
  const text = transform.buildDatasetText(readFileSync(sourcePath, 'utf8'), readFileSync(additionsPath, 'utf8'), files);
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outPath, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`${outPath} is out of date: run node scripts/build-dataset.mjs`);
      process.exit(1);
    }
    console.log(`${outPath} is up to date`);
    return;
  }
  writeFileSync(outPath, text);
  /** @type {import('./dataset/types.ts').OutFile} */
  const data = JSON.parse(text);
  const editions = data.assessments.reduce((n, a) => n + a.editions.length, 0);
  const results = data.assessments.reduce((n, a) => n + a.editions.reduce((m, e) => m + e.results.length, 0), 0);
  console.log(
    `wrote ${outPath}: ${data.assessments.length} assessments, ${editions} editions, ${results} results, ${data.statistics.length} statistics`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv);
