/** The schema kit and the format rules, DOM-free. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateResults } from '../../src/data/validate';
import { parseResults } from '../../src/data/model';
import { findAssessment, findEdition, ranking, regionSeries, findStatistic, cmpMissingLast } from '../../src/data/query';
import { resolveRegion } from '../../src/data/regions';
import { localize } from '../../src/data/localize';
import { parseJson } from '../../src/data/load';
import fixture from '../fixtures/results.json';

const copy = () => JSON.parse(JSON.stringify(fixture));

test('the fixture is valid', () => {
  const r = validateResults(copy());
  assert.deepEqual(r.issues, []);
  assert.equal(r.ok, true);
});

test('structural errors name path, expectation and value', () => {
  const j = copy();
  delete j.format;
  assert.equal(validateResults(j).issues[0]!.message, 'format: expected "gov-rank-results", got nothing');
  const k = copy();
  k.assessments[0].editions[0].results[1].rank = 0;
  assert.equal(
    validateResults(k).issues[0]!.message,
    'assessments[0].editions[0].results[1].rank: expected a whole number from 1 to 1000, got 0',
  );
  const l = copy();
  l.assessments[0].editions[0].sources = [];
  assert.equal(
    validateResults(l).issues[0]!.message,
    'assessments[0].editions[0].sources: expected an array with at least 1 item, got an array of 0',
  );
  const m = copy();
  m.assessments[0].editions[0].year = '2020';
  assert.match(validateResults(m).issues[0]!.message, /editions\[0\]\.year: expected a whole number from 1990 to 2100, got "2020"/);
  const n = copy();
  n.assessments[0].name = { 'zh-CN': '' };
  assert.equal(validateResults(n).issues[0]!.message, 'assessments[0].name.zh-CN: expected a non-empty string, got ""');
  const o = copy();
  o.assessments[0].name = 42;
  assert.match(
    validateResults(o).issues[0]!.message,
    /assessments\[0\]\.name: expected a non-empty string or an object of language → text/,
  );
});

test('semantic rules: unknown tier, duplicate region, duplicate year, wrong level', () => {
  const a = copy();
  a.assessments[0].editions[0].results[0].tier = '超高';
  assert.match(
    validateResults(a).issues[0]!.message,
    /results\[0\]\.tier: expected one of the assessment's tiers: "非常高", "高", "中", got "超高"/,
  );
  const b = copy();
  b.assessments[0].editions[0].results.push({ region: '广东省', score: 1 });
  assert.match(
    validateResults(b).issues[0]!.message,
    /results\[5\]\.region: expected a region not listed before in this edition \(results\[0\] is 广东省 too\)/,
  );
  const c = copy();
  c.assessments[0].editions[1].year = 2020;
  assert.match(validateResults(c).issues[0]!.message, /editions\[1\]\.year: expected a year not used by another edition/);
  const d = copy();
  d.assessments[0].editions[0].results.push({ region: '深圳', score: 1 });
  assert.match(validateResults(d).issues[0]!.message, /expected a province \(the assessment's level\), not the city 深圳市/);
});

test('null counts as missing (spreadsheet exports)', () => {
  const j = copy();
  j.assessments[0].editions[0].results[0].score = null;
  j.assessments[0].editions[0].results[0].tier = null;
  const model = parseResults(j);
  const row = model.assessments[0]!.editions[0]!.results[0]!;
  assert.equal(row.score, undefined);
  assert.equal(row.tier, undefined);
});

test('model: editions newest first, tiers resolved with index', () => {
  const model = parseResults(copy());
  const a = findAssessment(model, { level: 'province' })!;
  assert.deepEqual(
    a.editions.map((e) => e.year),
    [2020, 2018],
  );
  const sh = a.editions[0]!.byCode.get('310000')!;
  assert.equal(sh.tier?.id, '非常高');
  assert.equal(sh.tierIndex, 0);
});

test('findEdition: explicit year, else latest complete, else latest with values', () => {
  const model = parseResults(copy());
  const a = model.assessments[0]!;
  assert.equal(findEdition(a, 2018)?.year, 2018);
  assert.equal(findEdition(a, 2019), undefined);
  assert.equal(findEdition(a)?.year, 2020);
  a.editions[1]!.complete = true;
  assert.equal(findEdition(a)?.year, 2018);
});

test('ranking: by rank, ties marked, missing last', () => {
  const model = parseResults(copy());
  const rows = ranking(model.assessments[0]!.editions[0]!);
  assert.deepEqual(
    rows.map((r) => [r.region.short, r.rank, r.tied]),
    [
      ['广东', 1, true],
      ['浙江', 1, true],
      ['上海', 2, false],
      ['山东', 3, false],
      ['广西', 4, false],
    ],
  );
  assert.equal(
    cmpMissingLast(undefined, 1, (x, y) => x - y),
    1,
  );
});

test('regionSeries keeps missing years as gaps', () => {
  const model = parseResults(copy());
  const a = model.assessments[0]!;
  const sh = regionSeries(a, resolveRegion('上海')!, 'rank');
  assert.deepEqual(
    sh.map((p) => [p.year, p.value]),
    [
      [2018, undefined],
      [2020, 2],
    ],
  );
  const gd = regionSeries(a, resolveRegion('广东')!, 'rank');
  assert.deepEqual(
    gd.map((p) => [p.year, p.value]),
    [
      [2018, 4],
      [2020, 1],
    ],
  );
});

test('findStatistic computes the change against the earlier value', () => {
  const model = parseResults(copy());
  const s = findStatistic(model, 'gov-websites')!;
  assert.equal(s.change?.absolute, -69500);
  assert.equal(Math.round(s.change!.ratio * 100), -83);
  assert.equal(findStatistic(model, 'nope'), undefined);
});

test('localize picks exact, base language, then Chinese', () => {
  assert.equal(localize({ 'zh-CN': '高', en: 'High' }, 'en'), 'High');
  assert.equal(localize({ 'zh-CN': '高', en: 'High' }, 'en-GB'), 'High');
  assert.equal(localize({ 'zh-CN': '高', en: 'High' }, 'fr'), '高');
  assert.equal(localize('高', 'en'), '高');
  assert.equal(localize(undefined, 'en'), '');
});

test('parseJson tells an HTML page from broken JSON', () => {
  assert.throws(() => parseJson('<!doctype html><p>login', 'x.json'), /x\.json is an HTML page, not JSON/);
  assert.throws(() => parseJson('{ nope', 'x.json'), /x\.json is not valid JSON/);
});

test('a bad entry inside localised text is named by its key', () => {
  const j = copy();
  j.assessments[0].name = { 'zh-CN': '测试', english: 'Test' };
  assert.equal(
    validateResults(j).issues[0]!.message,
    'assessments[0].name.english: expected a key matching ^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$, got "english"',
  );
});

test('tier colours: hex or rgb() only, nothing that could escape a style', () => {
  for (const ok of ['#1a7f37', '#abc', 'rgb(26, 127, 55)', 'rgb(26 127 55)']) {
    const j = copy();
    j.assessments[0].tiers[0].color = ok;
    assert.equal(validateResults(j).ok, true, ok);
  }
  for (const bad of ['red; background: url(x)', 'rgb(1,2,3);x:y', 'hsl(10 20% 30%)', '#12345', 'url(#x)']) {
    const j = copy();
    j.assessments[0].tiers[0].color = bad;
    assert.match(validateResults(j).issues[0]!.message, /tiers\[0\]\.color: expected a colour as #rgb, #rrggbb or rgb\(r g b\)/, bad);
  }
});
