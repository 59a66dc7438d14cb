// The command-line validator (bin/gov-rank-validate.mjs) on good and bad files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const run = (...files) => spawnSync('node', ['bin/gov-rank-validate.mjs', ...files], { encoding: 'utf8' });

test('a valid file passes with exit 0', () => {
  const r = run('test/fixtures/results.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /✔ test\/fixtures\/results\.json: valid/);
});

test('a bad score fails with exit 1 and the JSON path', () => {
  const r = run('test/fixtures/bad-score.json');
  assert.equal(r.status, 1);
  assert.match(r.stderr, /assessments\[0\]\.editions\[0\]\.results\[0\]\.score: expected a number, got "九十"/);
});

test('an unknown region is a warning, not a failure', () => {
  const r = run('test/fixtures/unknown-region.json');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /unknown region "火星"/);
});

test('the bundled dataset is valid', () => {
  assert.equal(run('src/data/bundled-results.json').status, 0);
});
