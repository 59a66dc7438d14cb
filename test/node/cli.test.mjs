// The command-line validator (bin/gov-rank-validate.mjs and bin/gov-rank.mjs validate) on good and
// bad files: messages in English and Chinese, --json, exit codes (0 valid, 1 invalid, 2 usage or unreadable).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// English unless a test asks otherwise: the language follows LC_ALL / LC_MESSAGES / LANG.
const ENGLISH = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
const spawn = (bin, args, env = ENGLISH) => spawnSync('node', [bin, ...args], { encoding: 'utf8', env });
const run = (...args) => spawn('bin/gov-rank-validate.mjs', args);
const govRank = (...args) => spawn('bin/gov-rank.mjs', args);

const tmp = mkdtempSync(join(tmpdir(), 'gov-rank-cli-'));
const write = (name, text) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
const fixture = () => JSON.parse(readFileSync('test/fixtures/results.json', 'utf8'));
/** A clerk's file: one structure error (a score in words), one rule error (a score above 100), one typo in a region. */
function clerkFile() {
  const f = fixture();
  const rows = f.assessments[0].editions[0].results;
  rows[1].score = '九十六';
  rows[2].score = 120;
  rows[3].region = '河南剩';
  return write('clerk.json', JSON.stringify(f, null, 2));
}

test('a valid file passes with exit 0', () => {
  const r = run('test/fixtures/results.json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /✔ test\/fixtures\/results\.json: valid/);
});

test('a bad score fails with exit 1, named by row and region, with its line and JSON path', () => {
  const r = run('test/fixtures/bad-score.json');
  assert.equal(r.status, 1);
  // The row label counts from 1; the JSON path (0-based) and the line follow on the next line.
  assert.match(
    r.stderr,
    /result 1 \(.+\) › score: expected a number, got "九十"\n {4}line \d+, column \d+ · assessments\[0\]\.editions\[0\]\.results\[0\]\.score/,
  );
});

test('an unknown region is a warning, not a failure', () => {
  const r = run('test/fixtures/unknown-region.json');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /unknown region "火星"/);
});

test('the bundled dataset is valid', () => {
  assert.equal(run('src/data/bundled-results.json').status, 0);
});

test('one pass: the structure error, the rule error and the region typo together', () => {
  const r = run(clerkFile());
  assert.equal(r.status, 1);
  assert.match(r.stderr, /clerk\.json: 2 problems/);
  assert.match(r.stderr, /result 2 \(.+\) › score: expected a number, got "九十六"/);
  assert.match(r.stderr, /result 3 \(.+\) › score: expected a number from 0 to 100, got 120/);
  assert.match(r.stderr, /result 4 \(河南剩\) › region: unknown region "河南剩" — did you mean 河南\? This row is left out/);
});

test('a syntax error: line, column, the line itself and a caret; a trailing comma is named', () => {
  const text = readFileSync('test/fixtures/results.json', 'utf8').replace(/("complete": (?:true|false))/, '$1,,');
  const r = run(write('comma.json', text));
  assert.equal(r.status, 1);
  const line = text.split('\n').findIndex((l) => l.includes(',,')) + 1;
  const column = text.split('\n')[line - 1].indexOf(',,') + 2;
  assert.match(r.stderr, new RegExp(`not valid JSON\\n  line ${line}, column ${column}: `));
  const lines = r.stderr.split('\n');
  const caret = lines.findIndex((l) => /^ +\| +\^$/.test(l));
  assert.ok(lines[caret - 1].endsWith(text.split('\n')[line - 1]), r.stderr);
  assert.equal(lines[caret].indexOf('^'), lines[caret - 1].indexOf(',,') + 1);
  const trailing = run(write('trailing.json', '{\n  "format": "gov-rank-results",\n}\n'));
  assert.match(trailing.stderr, /line 2, column 31: trailing comma/);
});

test('--lang zh-CN, and Chinese from the environment (LANG, LC_ALL first)', () => {
  const file = clerkFile();
  const zh = run('--lang', 'zh-CN', file);
  assert.match(zh.stderr, /clerk\.json：2 个问题/);
  assert.match(zh.stderr, /第 2 条结果（.+） › score：应为数字，实际为 "九十六"/);
  assert.match(zh.stderr, /第 3 条结果（.+） › score：应为 0 到 100 之间的数字，实际为 120/);
  assert.match(zh.stderr, /无法识别的地区“河南剩”，是不是 河南？/);
  assert.match(zh.stderr, /第 \d+ 行第 \d+ 列 · assessments\[0\]/);
  const fromLang = spawn('bin/gov-rank-validate.mjs', [file], { ...ENGLISH, LANG: 'zh_CN.UTF-8' });
  assert.equal(fromLang.stderr, zh.stderr);
  const lcAll = spawn('bin/gov-rank-validate.mjs', [file], { ...ENGLISH, LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' });
  assert.match(lcAll.stderr, /2 problems/);
  assert.equal(run('--lang', 'en', file).stderr, run(file).stderr);
});

test('--json: one array of { file, ok, problems } with the documented fields', () => {
  const r = run('--json', clerkFile(), 'test/fixtures/results.json');
  assert.equal(r.status, 1);
  assert.equal(r.stderr, '');
  const reports = JSON.parse(r.stdout);
  assert.deepEqual(
    reports.map((x) => Object.keys(x)),
    [
      ['file', 'ok', 'problems'],
      ['file', 'ok', 'problems'],
    ],
  );
  assert.deepEqual(
    reports.map((x) => x.ok),
    [false, true],
  );
  assert.deepEqual(reports[1].problems, []);
  const [structure, rule, region] = reports[0].problems;
  assert.deepEqual(Object.keys(structure), ['severity', 'kind', 'path', 'row', 'message', 'line', 'column']);
  assert.deepEqual(
    { ...structure, line: typeof structure.line, column: typeof structure.column },
    {
      severity: 'error',
      kind: 'invalid',
      path: 'assessments[0].editions[0].results[1].score',
      row: structure.row,
      message: 'expected a number, got "九十六"',
      line: 'number',
      column: 'number',
    },
  );
  assert.match(structure.row, /^assessment 1 \(.+\) › edition 1 \(\d{4}\) › result 2 \(.+\) › score$/);
  assert.equal(rule.message, 'expected a number from 0 to 100, got 120');
  assert.deepEqual([region.severity, region.kind, region.suggestions], ['warning', 'unknown-region', ['河南']]);
  const zh = JSON.parse(run('--json', '--lang', 'zh-CN', clerkFile()).stdout);
  assert.equal(zh[0].problems[0].message, '应为数字，实际为 "九十六"');
  const syntax = JSON.parse(run('--json', write('bad.json', '{"a": 1,}')).stdout)[0].problems[0];
  assert.deepEqual([syntax.kind, syntax.line, syntax.column], ['not-json', 1, 8]);
});

test('exit codes: 0 valid, 1 invalid, 2 usage error or unreadable file (the worst file decides)', () => {
  assert.equal(run('test/fixtures/results.json', 'test/fixtures/unknown-region.json').status, 0);
  assert.equal(run('test/fixtures/results.json', 'test/fixtures/bad-score.json').status, 1);
  const missing = run('test/fixtures/bad-score.json', join(tmp, 'nope.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /nope\.json: cannot be read: no such file \(ENOENT\)/);
  assert.equal(run().status, 2);
  assert.equal(run('--lang', 'fr', 'test/fixtures/results.json').status, 2);
  assert.equal(run('--frob', 'test/fixtures/results.json').status, 2);
  assert.equal(run('--help').status, 0);
});

test('gov-rank validate is the same command; gov-rank lists its commands', () => {
  const file = clerkFile();
  const a = govRank('validate', file);
  const b = run(file);
  assert.deepEqual([a.status, a.stdout, a.stderr], [b.status, b.stdout, b.stderr]);
  assert.match(govRank('validate', '--help').stdout, /usage: gov-rank validate <results\.json>/);
  const help = govRank('--help');
  assert.equal(help.status, 0);
  assert.match(help.stdout, /validate +check results files/);
  assert.equal(govRank().status, 2);
  // `render` is a command now (#12): the unknown one is another name.
  const unknown = govRank('frobnicate');
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  assert.deepEqual(pkg.bin, { 'gov-rank': './bin/gov-rank.mjs', 'gov-rank-validate': './bin/gov-rank-validate.mjs' });
});
