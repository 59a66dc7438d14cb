// The built package as a Node user meets it: `gov-rank/data` imported by its name (the package
// resolves itself through its `exports` map), with no DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { ELEMENTS } from '../../scripts/entries.mjs';
import {
  resolveRegion,
  validateResults,
  parseResults,
  loadBundled,
  findAssessment,
  findEdition,
  regionResult,
  VERSION,
  GovRankError,
  loadResults,
} from 'gov-rank/data';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const fixture = () => JSON.parse(readFileSync(new URL('../fixtures/results.json', import.meta.url), 'utf8'));

test('runs without a DOM', () => {
  assert.equal(typeof globalThis.document, 'undefined');
  assert.equal(typeof globalThis.window, 'undefined');
});

test("under Node's `node` condition a plain path is read from disk (its reader, not the default entry's refusal)", async () => {
  const model = await loadResults('test/fixtures/results.json');
  assert.equal(model.assessments.length, fixture().assessments.length);
});

test('VERSION equals package.json version', () => {
  assert.equal(VERSION, pkg.version);
});

test('every name form of Guangxi resolves to 450000', () => {
  for (const form of ['广西壮族自治区', '广西', 'Guangxi', 'CN-GX', '450000', '桂', ' guangxi ', 'ＣＮ－ＧＸ']) {
    assert.equal(resolveRegion(form)?.code, '450000', form);
  }
  assert.equal(resolveRegion(450000)?.code, '450000');
});

test('a file with an unknown region parses, with a diagnostic naming it', () => {
  const json = fixture();
  json.assessments[0].editions[0].results.push({ region: '火星', score: 50 });
  const model = parseResults(json);
  assert.equal(model.diagnostics.length, 1);
  assert.match(model.diagnostics[0].message, /火星/);
  assert.equal(model.diagnostics[0].path, 'assessments[0].editions[0].results[5].region');
  assert.equal(model.assessments[0].editions[0].results.length, 5);
});

test('"score": "九十" is rejected with the JSON path in the message', () => {
  const json = fixture();
  json.assessments[0].editions[0].results[5] = { region: '北京', score: '九十' };
  const report = validateResults(json);
  assert.equal(report.ok, false);
  assert.equal(report.issues[0].message, 'assessments[0].editions[0].results[5].score: expected a number, got "九十"');
  assert.throws(
    () => parseResults(json, 'results.json'),
    (e) => e instanceof GovRankError && e.kind === 'schema' && /results\[5\]\.score: expected a number, got "九十"/.test(e.message),
  );
});

test('a score outside the scale names the scale', () => {
  const json = fixture();
  json.assessments[0].editions[0].results[0].score = 101;
  assert.equal(
    validateResults(json).issues[0].message,
    'assessments[0].editions[0].results[0].score: expected a number from 0 to 100, got 101',
  );
});

test('the bundled dataset loads in Node and holds the 2020-report table', async () => {
  const model = await loadBundled();
  const a = findAssessment(model, { id: 'cps-online-service-province' });
  const e = findEdition(a, 2020);
  assert.equal(e.results.length, 32);
  assert.equal(regionResult(e, '广东').score, 96.73);
  assert.equal(regionResult(e, 'Guangdong').rank, 1);
});

test('the published JSON Schema matches the format declaration', async () => {
  const { resultsJsonSchema } = await import('gov-rank/data');
  const committed = JSON.parse(readFileSync(new URL('../../schema/results.schema.json', import.meta.url), 'utf8'));
  assert.deepEqual(committed, resultsJsonSchema());
  assert.deepEqual(committed.required, ['format', 'version', 'assessments']);
});

// Edge runtimes (Cloudflare Workers, Next.js edge) resolve `browser` and `worker`: each element
// subpath has its own server entry (dist/server/…, the DOM shim first), so it imports without a
// DOM in a fresh process; gov-rank/elements/* registers nothing, gov-rank/<name> its tag.
test('every element subpath imports under --conditions=browser --conditions=worker', () => {
  for (const [name, tag, , cls] of ELEMENTS) {
    for (const [sub, registers] of [
      [`gov-rank/elements/${name}`, false],
      [`gov-rank/${name}`, true],
    ]) {
      const code = `const m = await import('${sub}'); console.log(typeof m.${cls}, customElements.get('${tag}') === m.${cls});`;
      const r = spawnSync('node', ['--conditions=browser', '--conditions=worker', '--input-type=module', '-e', code], {
        encoding: 'utf8',
      });
      assert.equal(r.status, 0, `${sub}: ${r.stderr}`);
      assert.equal(r.stdout.trim(), `function ${registers}`, sub);
    }
  }
});
