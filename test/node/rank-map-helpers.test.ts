/** DOM-free helpers of <gov-rank-map>: colour scale and bins, keyboard navigation, tooltip model, projected geometry. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResults } from '../../src/data/model';
import { findAssessment, findEdition } from '../../src/data/query';
import { binEdges, colorScale, defaultColorBy, thresholdIndex } from '../../src/elements/rank-map/scale';
import { arrowDirection, nearestInDirection } from '../../src/elements/rank-map/nav';
import { tooltipModel, tooltipSentence } from '../../src/elements/rank-map/tooltip';
import { changeText, formatValue, yearText } from '../../src/base/format';
import { callouts, geometryBuilds, mapGeometry } from '../../src/elements/rank-map/geometry';

const root = new URL('../../', import.meta.url);
const model = parseResults(JSON.parse(readFileSync(new URL('src/data/bundled-results.json', root), 'utf8')));
const province = findAssessment(model, { id: 'cps-online-service-province' })!;
const e2020 = findEdition(province, 2020)!;

describe('rank-map scale', () => {
  it('colours by tier in tier order with counts, file colours over tokens', () => {
    const s = colorScale(province, e2020.results, 'tier');
    assert.deepEqual(
      s.items.map((i) => [i.key, i.color, i.count]),
      [
        ['非常高', 'var(--_gr-tier-1)', 8],
        ['高', 'var(--_gr-tier-2)', 15],
        ['中', 'var(--_gr-tier-3)', 9],
        ['低', 'var(--_gr-tier-4)', 0],
      ],
    );
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
    assert.equal(s.items.at(-1)!.color, 'var(--_gr-seq-6)');
    assert.equal(s.items.reduce((n, i) => n + i.count, 0) + s.missing, e2020.results.length);
    assert.equal(s.itemOf({ tied: false, region: e2020.results[0]!.region, score: 100 })?.key, '95-100');
    assert.equal(s.itemOf({ tied: false, region: e2020.results[0]!.region, score: 75 })?.key, '75-80');
    assert.equal(s.itemOf({ tied: false, region: e2020.results[0]!.region }), undefined);
  });

  it('bins ranks as integer ranges with rank 1 darkest', () => {
    const s = colorScale(province, e2020.results, 'rank');
    assert.equal(s.items[0]!.from, 1);
    assert.equal(s.items[0]!.color, 'var(--_gr-seq-6)');
    for (let i = 1; i < s.items.length; i++) assert.equal(s.items[i]!.from, s.items[i - 1]!.to! + 1);
    assert.equal(s.missing, 0);
  });

  it('defaults to tier, else score, else rank', () => {
    assert.equal(defaultColorBy(province, e2020), 'tier');
    const noTiers = { ...province, tiers: [] };
    assert.equal(defaultColorBy(noTiers, e2020), 'score');
    const rankOnly = { ...e2020, results: e2020.results.map((r) => ({ region: r.region, rank: r.rank, tied: false })) };
    assert.equal(defaultColorBy(noTiers, rankOnly), 'rank');
    // The 2020 city edition gives 21 tiers but 32 scores: score tells more.
    const city = findAssessment(model, { id: 'cps-online-service-city' })!;
    assert.equal(defaultColorBy(city, findEdition(city, 2020)), 'score');
  });

  it('bins like d3’s threshold scale (bisect right)', () => {
    assert.equal(thresholdIndex([75, 80, 85], 70), 0);
    assert.equal(thresholdIndex([75, 80, 85], 75), 1);
    assert.equal(thresholdIndex([75, 80, 85], 84.9), 2);
    assert.equal(thresholdIndex([75, 80, 85], 100), 3);
    assert.equal(thresholdIndex([], 5), 0);
  });

  it('gives empty legends, never NaN bins, without values', () => {
    const s = colorScale(province, [{ tied: false, region: e2020.results[0]!.region }], 'score');
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
    assert.deepEqual(
      m.lines.map((l) => l.value),
      ['96.73', '非常高', '并列第1名', '2020年报告（2019年数据）', 'kuaihz.com（转载/聚合网站）'],
    );
    assert.equal(tooltipSentence(m, 'zh-CN'), '广东：得分 96.73，等级 非常高，排名 并列第1名');
    const en = tooltipModel({ name: 'Guangdong', row: gd, edition: e2020, lang: 'en' });
    assert.equal(tooltipSentence(en, 'en'), 'Guangdong: Score 96.73, Tier Very high, Rank No. 1');
  });
  it('says no data, never NaN or undefined', () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      const m = tooltipModel({
        name: 'X',
        row: { tied: false, region: e2020.results[0]!.region, score: Number.NaN },
        edition: e2020,
        lang,
      });
      assert.equal(m.noData, true);
      const all = JSON.stringify(m) + tooltipSentence(m, lang, true);
      assert.doesNotMatch(all, /NaN|undefined|null/);
      assert.match(all, lang === 'en' ? /No data/ : /无数据/);
    }
    assert.equal(yearText({ year: 2020 }, 'en'), '2020 report');
  });
});

describe('rank-map projected geometry', () => {
  it('is built once per page in the fixed space, whatever the width; inset on/off share the shapes', () => {
    const a = mapGeometry();
    const n = geometryBuilds();
    assert.equal(mapGeometry({ inset: true }), a);
    const b = mapGeometry({ inset: false });
    assert.equal(geometryBuilds(), n);
    assert.equal(b.shapes, a.shapes);
    assert.equal(b.inset, null);
    assert.ok(b.height < a.height);
    assert.equal(a.width, 1000);
    for (const w of [320, 800, 1200]) callouts(a, w);
    assert.equal(geometryBuilds(), n, 'callouts never rebuild');
  });

  it('keeps 34 shapes with positive area inside the fixed space, the inset in the lower right', () => {
    const g = mapGeometry();
    assert.equal(g.shapes.length, 34);
    const num = /-?\d+(?:\.\d+)?/g;
    for (const s of g.shapes) {
      assert.ok(s.area > 0, s.code);
      assert.ok(s.area < g.width * g.height * 0.3, `${s.code} inverted?`);
      assert.ok(s.centroid.every(Number.isFinite), s.code);
      assert.doesNotMatch(s.d, /NaN|undefined/);
      assert.match(s.d, /^M[-\d.,LZM ]+Z$/);
      const v = (s.d.match(num) ?? []).map(Number);
      for (let i = 0; i < v.length; i += 2) {
        assert.ok(v[i]! >= 0 && v[i]! <= g.width && v[i + 1]! >= 0 && v[i + 1]! <= g.height, `${s.code} outside at ${v[i]},${v[i + 1]}`);
      }
    }
    const ins = g.inset!;
    const box = ins.box;
    assert.ok(box.x > g.width / 2 && box.y > g.height / 2);
    assert.ok(box.x + box.width <= g.width + 0.5 && box.y + box.height <= g.height + 0.5);
    assert.equal(ins.islands.length, 4);
    assert.ok(ins.dashes.length > 50 && ins.land.length > 500);
    for (const d of [ins.dashes, ins.neighbours, ...ins.islands.map((i) => i.d)]) {
      const v = (d.match(num) ?? []).map(Number);
      for (let i = 0; i < v.length; i += 2) {
        assert.ok(
          v[i]! >= box.x - 0.2 && v[i]! <= box.x + box.width + 0.2 && v[i + 1]! >= box.y - 0.2 && v[i + 1]! <= box.y + box.height + 0.2,
          `inset content outside at ${v[i]},${v[i + 1]}`,
        );
      }
    }
    // The transform puts Hainan's centroid into the box.
    const [k, dx, dy] = ins.transform;
    const hn = g.shapes.find((s) => s.code === '460000')!.centroid;
    const [x, y] = [hn[0] * k + dx, hn[1] * k + dy];
    assert.ok(x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height, `${x},${y}`);
  });

  for (const width of [320, 800, 1200]) {
    it(`gives HK and Macau callouts of at least 20 screen px at ${width} px, apart`, () => {
      const g = mapGeometry();
      const c = callouts(g, width);
      assert.equal(c.length, 2);
      const u = g.width / width;
      for (const x of c) {
        assert.ok((2 * x.hit) / u >= 20 - 1e-9, `${x.code} hit ${(2 * x.hit) / u} px`);
        assert.ok(x.x > 0 && x.x < g.width && x.y > 0 && x.y < g.height);
      }
      const [hk, mo] = c;
      assert.ok(Math.hypot(hk!.x - mo!.x, hk!.y - mo!.y) >= hk!.r + mo!.r, 'HK and Macau callouts overlap');
    });
  }

  it('places the 32 key cities inside the map', () => {
    const g = mapGeometry();
    assert.equal(g.cities.size, 32);
    for (const [code, [x, y]] of g.cities) assert.ok(x > 0 && x < g.width && y > 0 && y < g.height, code);
    // 深圳 lies next to Hong Kong.
    const sz = g.cities.get('440300')!;
    const hk = g.shapes.find((s) => s.code === '810000')!.centroid;
    assert.ok(Math.hypot(sz[0] - hk[0], sz[1] - hk[1]) < 8, `${sz} vs ${hk}`);
  });
});

describe('a count metric (the CNNIC government websites)', () => {
  const bundled = parseResults(JSON.parse(readFileSync(new URL('../../src/data/bundled-results.json', import.meta.url), 'utf8')));
  const count = findAssessment(bundled, { id: 'cnnic-gov-websites-province' })!;
  const edition = findEdition(count, 2020)!;

  it('is read as a count with its unit, not as an index from 0 to 100', () => {
    assert.equal(count.metric.kind, 'count');
    assert.equal(count.metric.max, Infinity);
    assert.equal(formatValue(1066, count.metric, 'zh-CN'), '1,066 个');
    assert.equal(formatValue(1066, count.metric, 'en'), '1,066 websites');
    assert.equal(formatValue(96.73, { kind: 'index' }, 'zh-CN'), '96.73');
    assert.equal(changeText({ percent: -14.7 }, 'zh-CN'), '同比 −14.7%');
    assert.equal(changeText({ percent: 30.3 }, 'en'), '+30.3% on the year before');
  });

  it('bins the value range on whole, round edges (not 0–100)', () => {
    const scale = colorScale(count, edition.results, 'score');
    assert.deepEqual(
      scale.items.map((it) => [it.from, it.to, it.count]),
      [
        [0, 200, 9],
        [200, 400, 5],
        [400, 600, 10],
        [600, 800, 4],
        [800, 1000, 4],
      ],
    );
    assert.equal(scale.missing, 0);
  });

  it('tooltip: the count with its unit, the printed change, no "得分"', () => {
    const sc = edition.byCode.get('510000')!;
    const m = tooltipModel({ name: '四川', row: sc, edition, lang: 'zh-CN' });
    assert.equal(tooltipSentence(m, 'zh-CN'), '四川：数量 909 个，变化 同比 −14.7%');
    const en = tooltipModel({ name: 'Sichuan', row: sc, edition, lang: 'en' });
    assert.equal(tooltipSentence(en, 'en'), 'Sichuan: Count 909 websites, Change −14.7% on the year before');
  });
});
