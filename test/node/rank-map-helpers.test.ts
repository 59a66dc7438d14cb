/** DOM-free helpers of <gov-rank-map>: colour scale and bins, keyboard navigation, tooltip model, projected geometry. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResults } from '../../src/data/model';
import { findAssessment, findEdition } from '../../src/data/query';
import { binEdges, colorScale, defaultColorBy } from '../../src/elements/rank-map/scale';
import { arrowDirection, nearestInDirection } from '../../src/elements/rank-map/nav';
import { tooltipModel, tooltipSentence, yearText } from '../../src/elements/rank-map/tooltip';
import { geometryBuilds, mapGeometry } from '../../src/elements/rank-map/geometry';

const root = new URL('../../', import.meta.url);
const model = parseResults(JSON.parse(readFileSync(new URL('src/data/bundled-results.json', root), 'utf8')));
const province = findAssessment(model, { id: 'cps-online-service-province' })!;
const e2020 = findEdition(province, 2020)!;

describe('rank-map scale', () => {
  it('colours by tier in tier order with counts, file colours over tokens', () => {
    const s = colorScale(province, e2020.results, 'tier');
    assert.deepEqual(s.items.map((i) => [i.key, i.color, i.count]), [
      ['非常高', 'var(--gov-rank-tier-1)', 8],
      ['高', 'var(--gov-rank-tier-2)', 15],
      ['中', 'var(--gov-rank-tier-3)', 9],
      ['低', 'var(--gov-rank-tier-4)', 0],
    ]);
    const gd = e2020.byCode.get('440000');
    assert.equal(s.itemOf(gd)?.key, '非常高');
    assert.equal(s.itemOf(undefined), undefined);
    const custom = colorScale({ ...province, tiers: [{ id: 'a', name: 'A', color: '#123456' }] }, [], 'tier');
    assert.equal(custom.items[0]!.color, '#123456');
  });

  it('bins scores on round edges, low → high, the top score in the last bin', () => {
    assert.deepEqual(binEdges(71.2, 96.73, 5), [70, 75, 80, 85, 90, 95, 100]);
    assert.deepEqual(binEdges(50, 50, 5), [50, 50]);
    const s = colorScale(province, e2020.results, 'score');
    assert.equal(s.items[0]!.from, 70);
    assert.equal(s.items.at(-1)!.to, 100);
    assert.equal(s.items.at(-1)!.color, 'var(--gov-rank-seq-6)');
    assert.equal(s.items.reduce((n, i) => n + i.count, 0) + s.missing, e2020.results.length);
    assert.equal(s.itemOf({ region: e2020.results[0]!.region, score: 100 })?.key, '95-100');
    assert.equal(s.itemOf({ region: e2020.results[0]!.region, score: 75 })?.key, '75-80');
    assert.equal(s.itemOf({ region: e2020.results[0]!.region }), undefined);
  });

  it('bins ranks as integer ranges with rank 1 darkest', () => {
    const s = colorScale(province, e2020.results, 'rank');
    assert.equal(s.items[0]!.from, 1);
    assert.equal(s.items[0]!.color, 'var(--gov-rank-seq-6)');
    for (let i = 1; i < s.items.length; i++) assert.equal(s.items[i]!.from, s.items[i - 1]!.to! + 1);
    assert.equal(s.missing, 0);
  });

  it('defaults to tier, else score, else rank', () => {
    assert.equal(defaultColorBy(province, e2020), 'tier');
    const noTiers = { ...province, tiers: [] };
    assert.equal(defaultColorBy(noTiers, e2020), 'score');
    const rankOnly = { ...e2020, results: e2020.results.map((r) => ({ region: r.region, rank: r.rank })) };
    assert.equal(defaultColorBy(noTiers, rankOnly), 'rank');
    // The 2020 city edition gives 21 tiers but 32 scores: score tells more.
    const city = findAssessment(model, { id: 'cps-online-service-city' })!;
    assert.equal(defaultColorBy(city, findEdition(city, 2020)), 'score');
  });

  it('gives empty legends, never NaN bins, without values', () => {
    const s = colorScale(province, [{ region: e2020.results[0]!.region }], 'score');
    assert.deepEqual(s.items, []);
    assert.equal(s.missing, 1);
  });
});

describe('rank-map keyboard navigation', () => {
  const pts = new Map<string, [number, number]>([
    ['c', [100, 100]],
    ['e', [160, 104]],
    ['far-e', [300, 100]],
    ['ne', [150, 20]],
    ['n', [102, 40]],
    ['s', [95, 170]],
    ['w', [20, 110]],
  ]);
  it('picks the nearest region in the direction, preferring what is level', () => {
    assert.equal(nearestInDirection('c', pts, 'right'), 'e');
    assert.equal(nearestInDirection('c', pts, 'up'), 'n');
    assert.equal(nearestInDirection('c', pts, 'down'), 's');
    assert.equal(nearestInDirection('c', pts, 'left'), 'w');
    assert.equal(nearestInDirection('w', pts, 'left'), undefined);
    assert.equal(nearestInDirection('nope', pts, 'left'), undefined);
  });
  it('maps arrow keys', () => {
    assert.equal(arrowDirection('ArrowUp'), 'up');
    assert.equal(arrowDirection('Enter'), undefined);
  });
});

describe('rank-map tooltip model', () => {
  it('says score, tier, rank (tied), year and source', () => {
    const gd = e2020.byCode.get('440000')!;
    const m = tooltipModel({ name: '广东', row: gd, edition: e2020, lang: 'zh-CN', tied: true });
    assert.deepEqual(m.lines.map((l) => l.value), ['96.73', '非常高', '第1名（并列）', '2020年报告（2019年数据）', 'kuaihz.com']);
    assert.equal(tooltipSentence(m, 'zh-CN'), '广东：得分 96.73，等级 非常高，排名 第1名（并列）');
    const en = tooltipModel({ name: 'Guangdong', row: gd, edition: e2020, lang: 'en' });
    assert.equal(tooltipSentence(en, 'en'), 'Guangdong: Score 96.73, Tier Very high, Rank No. 1');
  });
  it('says no data, never NaN or undefined', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const m = tooltipModel({ name: 'X', row: { region: e2020.results[0]!.region, score: Number.NaN }, edition: e2020, lang });
      assert.equal(m.noData, true);
      const all = JSON.stringify(m) + tooltipSentence(m, lang, true);
      assert.doesNotMatch(all, /NaN|undefined|null/);
      assert.match(all, lang === 'en' ? /No data/ : /无数据/);
    }
    assert.equal(yearText({ year: 2020 }, 'en'), '2020 report');
  });
});

describe('rank-map projected geometry', () => {
  it('is computed once per width and memoised', () => {
    const a = mapGeometry(640);
    const n = geometryBuilds();
    assert.equal(mapGeometry(640), a);
    assert.equal(geometryBuilds(), n);
    assert.notEqual(mapGeometry(641), a);
    assert.equal(geometryBuilds(), n + 1);
  });
  for (const width of [320, 1200]) {
    it(`keeps 34 shapes with positive area inside ${width} px, the inset in the lower right`, () => {
      const g = mapGeometry(width, { callouts: true });
      assert.equal(g.shapes.length, 34);
      for (const s of g.shapes) {
        assert.ok(s.area > 0, s.code);
        assert.ok(s.area < width * g.height * 0.3, `${s.code} inverted?`);
        assert.ok(s.centroid.every(Number.isFinite), s.code);
        assert.doesNotMatch(s.d, /NaN/);
      }
      const box = g.inset!.box;
      assert.ok(box.x > width / 2 && box.y > g.height / 2);
      assert.ok(box.x + box.width <= width + 0.5 && box.y + box.height <= g.height + 0.5);
      assert.equal(g.inset!.islands.length, 4);
      assert.equal(g.callouts.length, 2);
      const [hk, mo] = g.callouts;
      assert.ok(Math.hypot(hk!.x - mo!.x, hk!.y - mo!.y) >= hk!.r + mo!.r, 'HK and Macau callouts overlap');
    });
  }
  it('projects key cities inside the map', () => {
    const g = mapGeometry(800);
    const p = g.project(114.06, 22.54)!; // 深圳
    assert.ok(p[0] > 0 && p[0] < 800 && p[1] > 0 && p[1] < g.height);
  });
});
