// The sparkline geometry shared by <gov-trend-sparkline> and the table's trend column: pixels
// from a series, gaps never bridged, rank 1 at the top, no NaN.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { line } from 'd3-shape';
import { labelHeight, labelPlace, labelWidth, sparklineGeometry, tierBands } from '../../src/elements/trend-sparkline/sparkline-geometry';
import { textWidth } from '../../src/picture/text-width';
import { gapYears, trendSeries, trendSummary } from '../../src/elements/trend-sparkline/trend-series';
import { parseResults, resolveRegion, findAssessment } from '../../src/data/index';
import bundled from '../../src/data/bundled-results.json';

const subpaths = (d: string) => (d.match(/M/g) ?? []).length;
const opts = { width: 200, height: 40, pad: { top: 0, bottom: 0, left: 0, right: 0 } };

describe('sparklineGeometry', () => {
  it('draws one run for an unbroken series, with points at the ends of the box', () => {
    const g = sparklineGeometry(
      [
        { x: 2016, value: 9 },
        { x: 2017, value: 4 },
        { x: 2018, value: 1 },
      ],
      { ...opts, metric: 'rank' },
    );
    assert.equal(g.runs, 1);
    assert.equal(subpaths(g.d), 1);
    assert.deepEqual(
      g.points.map((p) => [p.px, p.py]),
      [
        [0, 40],
        [100, 40 * (3 / 8)],
        [200, 0],
      ],
    );
  });

  it('puts rank 1 at the top even when the region never reached it', () => {
    const g = sparklineGeometry(
      [
        { x: 1, value: 5 },
        { x: 2, value: 7 },
      ],
      { ...opts, metric: 'rank' },
    );
    assert.deepEqual(g.domain, [7, 1]);
    assert.equal(g.y(1), 0);
    assert.equal(g.points[1]!.py, 40);
    assert.ok(g.points[0]!.py > 0);
  });

  it('draws scores larger-is-higher over their own range', () => {
    const g = sparklineGeometry(
      [
        { x: 1, value: 80 },
        { x: 2, value: 90 },
      ],
      { ...opts, metric: 'score' },
    );
    assert.deepEqual(
      g.points.map((p) => p.py),
      [40, 0],
    );
  });

  it('breaks the line at a missing value and never interpolates', () => {
    const g = sparklineGeometry([{ x: 2016, value: 3 }, { x: 2017, value: 2 }, { x: 2018 }, { x: 2019, value: 1 }, { x: 2020, value: 2 }], {
      ...opts,
      metric: 'rank',
    });
    assert.equal(g.points.length, 4);
    assert.equal(g.runs, 2);
    assert.equal(subpaths(g.d), 2);
  });

  it('breaks the line at a year with no edition at all', () => {
    const g = sparklineGeometry(
      [
        { x: 2019, value: 80 },
        { x: 2020, value: 85 },
        { x: 2023, value: 90 },
      ],
      { ...opts, metric: 'score' },
    );
    assert.equal(g.runs, 2);
    assert.equal(subpaths(g.d), 2);
  });

  it('draws a lone point as its own closed subpath', () => {
    const g = sparklineGeometry([{ x: 2017, value: 6 }, { x: 2018 }, { x: 2019, value: 4 }], { ...opts, metric: 'rank' });
    assert.equal(g.runs, 2);
    assert.match(g.d, /^M[^M]*Z?M[^M]*$/);
  });

  it('draws the same path as d3-shape line().defined() (our replacement for it)', () => {
    const series = [{ x: 0, value: 3 }, { x: 1, value: 2 }, { x: 2 }, { x: 3, value: 1 }, { x: 4 }, { x: 5, value: 4 }, { x: 6, value: 2 }];
    const g = sparklineGeometry(series, { width: 300, height: 40, metric: 'rank' });
    const byIndex = new Map(g.points.map((p) => [p.i, p]));
    const d3 = line<{ x: number; value?: number }>()
      .defined((d) => d.value !== undefined)
      .x((d) => byIndex.get(series.indexOf(d as never))!.px)
      .y((d) => byIndex.get(series.indexOf(d as never))!.py)
      .digits(2)(series);
    assert.equal(g.d, d3);
    assert.equal(g.runs, 3);
  });

  it('never yields NaN: one point, equal values, empty series, zero size', () => {
    for (const series of [
      [{ x: 2020, value: 1 }],
      [
        { x: 1, value: 5 },
        { x: 2, value: 5 },
      ],
      [],
      [{ x: 2020 }],
    ]) {
      for (const metric of ['rank', 'score'] as const) {
        for (const size of [
          { width: 0, height: 0 },
          { width: 120, height: 24 },
        ]) {
          const g = sparklineGeometry(series, { ...size, metric });
          assert.doesNotMatch(g.d, /NaN|undefined/);
          for (const p of g.points) assert.ok(Number.isFinite(p.px) && Number.isFinite(p.py));
        }
      }
    }
  });

  it('finds the best and worst points by metric', () => {
    const s = [
      { x: 1, value: 4 },
      { x: 2, value: 1 },
      { x: 3, value: 9 },
    ];
    const r = sparklineGeometry(s, { width: 100, height: 20, metric: 'rank' });
    assert.equal(r.best!.value, 1);
    assert.equal(r.worst!.value, 9);
    const sc = sparklineGeometry(s, { width: 100, height: 20, metric: 'score' });
    assert.equal(sc.best!.value, 9);
    assert.equal(sc.worst!.value, 1);
  });

  it('clips tier bands to the value domain, for scores only', () => {
    const bands = tierBands([{ min: 90 }, { min: 80 }, {}, {}], { min: 0, max: 100 });
    assert.deepEqual(bands, [
      { from: 90, to: 100, index: 0 },
      { from: 80, to: 90, index: 1 },
      { from: 0, to: 80, index: 2 },
    ]);
    const g = sparklineGeometry(
      [
        { x: 1, value: 85 },
        { x: 2, value: 95 },
      ],
      { ...opts, metric: 'score', bands },
    );
    assert.deepEqual(
      g.bands.map((b) => b.index),
      [0, 1],
    );
    assert.deepEqual(
      g.bands.map((b) => [b.y0, b.y1]),
      [
        [0, 20],
        [20, 40],
      ],
    );
    assert.equal(
      sparklineGeometry(
        [
          { x: 1, value: 3 },
          { x: 2, value: 5 },
        ],
        { ...opts, metric: 'rank', bands },
      ).bands.length,
      0,
    );
    assert.deepEqual(tierBands([{}, {}], { min: 0, max: 100 }), []);
  });
});

describe('trend series of the bundled data', () => {
  const model = parseResults(bundled);
  const province = findAssessment(model, { level: 'province' })!;

  it('gives 广东 its ranks by data year, with 2021 a gap', () => {
    const pts = trendSeries(province, resolveRegion('广东')!, 'rank');
    assert.deepEqual(
      pts.map((p) => [p.x, p.year, p.value]),
      [
        [2016, 2017, 9],
        [2017, 2018, 4],
        [2018, 2019, 1],
        [2019, 2020, 1],
        [2020, 2021, 1],
        [2021, 2022, undefined],
      ],
    );
    assert.equal(pts[3]!.tied, true, '2020 report: 浙江 and 广东 share rank 1');
    assert.equal(pts[2]!.tied, false);
    assert.deepEqual(gapYears(pts), [2021]);
  });

  it('summarises the trend in data years', () => {
    const pts = trendSeries(province, resolveRegion('广东')!, 'rank');
    assert.equal(trendSummary(resolveRegion('广东')!, pts, 'rank', 'zh-CN'), '广东 排名：2016年 第9名 → 2020年 第1名');
    assert.equal(trendSummary(resolveRegion('广东')!, pts, 'rank', 'en'), 'Guangdong rank: 2016 No. 9 → 2020 No. 1');
  });

  it('breaks 安徽 into two runs (no rank in the 2019 report)', () => {
    const pts = trendSeries(province, resolveRegion('安徽')!, 'rank');
    const g = sparklineGeometry(pts, { width: 200, height: 40, metric: 'rank' });
    assert.equal(g.points.length, 3);
    assert.equal(g.runs, 2);
  });
});

describe('end label', () => {
  it('reserves 1 em per CJK character and 0.65 em for others, rounded up', () => {
    assert.equal(labelWidth('第1名', 11), Math.ceil(2.65 * 11));
    assert.equal(labelWidth('96.73', 11), Math.ceil(3.25 * 11));
    assert.equal(labelWidth('', 11), 0);
  });

  it('classifies characters as the pictures do (one rule): curly quotes are full-width in both', () => {
    assert.equal(labelWidth('“好”', 10), 30);
    assert.equal(textWidth('“好”', 10), 30);
    assert.equal(textWidth('ab', 10), 11);
  });

  it('keeps a 1.5 em line box inside the chart: a point on the top edge gets its label just below it', () => {
    const half = labelHeight(11) / 2;
    assert.deepEqual(labelPlace({ width: 200, height: 40 }, { py: 6 }, 11), { x: 198, y: half });
    assert.deepEqual(labelPlace({ width: 200, height: 40 }, { py: 34 }, 11), { x: 198, y: 40 - half });
    assert.deepEqual(labelPlace({ width: 200, height: 40 }, { py: 20 }, 11), { x: 198, y: 20 });
    // Shorter than the line box: centred.
    assert.deepEqual(labelPlace({ width: 200, height: 12 }, { py: 3 }, 11), { x: 198, y: 6 });
  });
});
