import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoArea, geoBounds, geoCentroid, geoContains, geoPath } from 'd3-geo';
import { neighbors } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import {
  chinaCollection,
  chinaFeatureList,
  chinaFeatures,
  chinaMesh,
  chinaOutline,
  chinaTopology,
  featureCentroids,
  southChinaSea,
} from '../../src/geo/china';
import { chinaAspect, chinaProjection, fitChina, insetLayout, INSET_EXTENT } from '../../src/geo/projection';
import { readUserGeometry } from '../../src/geo/user-geometry';
import { planarChina, polygonsArea, ringArea, ringsPath, type Point } from '../../src/geo/planar';
import { decodeArcLists, decodeRuns, runReader } from '../../src/geo/point-code';
import { encodeArcLists, encodeRuns, ringGiven } from '../../scripts/lib/point-code.mjs';
import { decodeEChartsGeoJson } from '../../scripts/lib/echarts-decode.mjs';

// Same depth from test/node/ (source) and .test-build/node/ (bundled): both reach the repo root.
const root = new URL('../../', import.meta.url);
const require = createRequire(root);

const polygonsOf = (f: Feature): Position[][][] => {
  const g = f.geometry;
  if (g?.type === 'Polygon') return [g.coordinates];
  if (g?.type === 'MultiPolygon') return g.coordinates;
  return [];
};
const boundsOfPolygon = (coordinates: Position[][]) => geoBounds({ type: 'Polygon', coordinates });
const within = (b: [[number, number], [number, number]], [x0, y0, x1, y1]: [number, number, number, number]) =>
  b[0][0] >= x0 && b[1][0] <= x1 && b[0][1] >= y0 && b[1][1] <= y1;
const province = (code: string) => {
  const f = chinaFeatures().get(code);
  assert.ok(f, `no feature ${code}`);
  return f;
};

describe('bundled provinces', () => {
  it('has 34 features with unique 6-digit GB/T 2260 ids and a short name, no other properties', () => {
    const list = chinaFeatureList();
    assert.equal(list.length, 34);
    const ids = list.map((f) => f.id);
    assert.equal(new Set(ids).size, 34);
    for (const f of list) {
      assert.match(f.id, /^[1-8]\d0000$/, `id ${f.id}`);
      assert.deepEqual(Object.keys(f.properties), ['name']);
      assert.ok(f.properties.name.length >= 2 && f.properties.name.length <= 3, f.properties.name);
    }
    for (const code of ['110000', '440000', '460000', '650000', '710000', '810000', '820000']) assert.ok(chinaFeatures().has(code), code);
    assert.equal(province('440000').properties.name, '广东');
    assert.equal(province('710000').properties.name, '台湾');
    assert.equal(province('810000').properties.name, '香港');
    assert.equal(province('820000').properties.name, '澳门');
    assert.equal(chinaCollection().features.length, 34);
  });

  it('the TopoJSON has one object "provinces" and is under 30 KB', () => {
    const topo = chinaTopology();
    assert.equal(topo.type, 'Topology');
    assert.deepEqual(Object.keys(topo.objects), ['provinces']);
    const size = statSync(new URL('src/geo/china-provinces.topo.json', root)).size;
    assert.ok(size < 30_000, `${size} bytes`);
    assert.ok(size > 8_000, `${size} bytes: suspiciously small`);
  });

  it('every feature winds the d3 way: 0 < geoArea < 0.5 sr', () => {
    for (const f of chinaFeatureList()) {
      const a = geoArea(f);
      assert.ok(a > 0 && a < 0.5, `${f.id} ${f.properties.name}: ${a}`);
      for (const p of polygonsOf(f)) {
        const pa = geoArea({ type: 'Polygon', coordinates: p });
        assert.ok(pa < 2 * Math.PI, `${f.id}: a polygon is inverted (${pa})`);
      }
    }
    // Whole country ≈ 9.6 million km² ≈ 0.236 sr (R = 6371 km); the simplified outline is close.
    const total = chinaFeatureList().reduce((s, f) => s + geoArea(f) * 6371 ** 2, 0);
    assert.ok(total > 9.0e6 && total < 10.2e6, `total area ${Math.round(total)} km²`);
  });

  it('bounds are China’s: 73–136°E, 18–54°N; Xinjiang west, Heilongjiang north-east', () => {
    const [[x0, y0], [x1, y1]] = geoBounds(chinaCollection());
    assert.ok(x0 > 73 && x0 < 74 && x1 > 134 && x1 < 136 && y0 > 17.5 && y0 < 18.5 && y1 > 53 && y1 < 54, `${x0} ${y0} ${x1} ${y1}`);
    assert.ok(geoBounds(province('650000'))[0][0] < 74);
    assert.ok(geoBounds(province('230000'))[1][1] > 53);
  });

  it('Taiwan has its main island plus 钓鱼岛 and 赤尾屿', () => {
    const polys = polygonsOf(province('710000'));
    assert.ok(polys.length >= 3, `${polys.length} polygons`);
    const b = polys.map(boundsOfPolygon);
    // Coordinates as in the source (ECharts draws both islets larger than life).
    assert.ok(
      b.some((x) => within(x, [123.2, 25.6, 123.75, 25.9])),
      '钓鱼岛 near 123.3–123.7°E 25.65–25.85°N',
    );
    assert.ok(
      b.some((x) => within(x, [124.5, 25.8, 124.9, 26.1])),
      '赤尾屿 near 124.6–124.8°E 25.9–26.05°N',
    );
    assert.ok(
      b.some((x) => within(x, [119.9, 21.8, 122.1, 25.4]) && x[1][1] - x[0][1] > 3),
      'main island',
    );
  });

  it('Hainan exists, and Guangdong keeps 东沙 (Pratas)', () => {
    const [[x0, y0], [x1, y1]] = geoBounds(province('460000'));
    assert.ok(x0 > 108 && x1 < 111.5 && y0 > 17.9 && y1 < 20.5, `${x0} ${y0} ${x1} ${y1}`);
    assert.ok(
      polygonsOf(province('440000'))
        .map(boundsOfPolygon)
        .some((b) => within(b, [116.5, 20.4, 117.1, 20.9])),
    );
  });

  it('Guangdong’s neighbours are 福建, 江西, 湖南, 广西, 香港, 澳门; nobody neighbours itself', () => {
    const geoms = chinaTopology().objects.provinces.geometries;
    const nb = neighbors(geoms as Parameters<typeof neighbors>[0]);
    const idOf = (i: number) => String(geoms[i]?.id);
    const gd = geoms.findIndex((g) => g.id === '440000');
    assert.deepEqual(nb[gd]?.map(idOf).sort(), ['350000', '360000', '430000', '450000', '810000', '820000']);
    nb.forEach((list, i) => assert.ok(!list.includes(i), `${idOf(i)} is its own neighbour`));
    const macau = geoms.findIndex((g) => g.id === '820000');
    assert.deepEqual(nb[macau]?.map(idOf), ['440000']);
  });

  it('meshes: internal borders and the outline are non-empty line sets', () => {
    assert.ok(chinaMesh().coordinates.length > 30);
    const outline = chinaOutline().coordinates;
    assert.ok(outline.length >= 5, `${outline.length} lines`);
    assert.ok(outline.flat().length > 400, `${outline.flat().length} points`);
  });

  it('centroids lie in their unit (HK and Macau for the callouts)', () => {
    const c = featureCentroids();
    assert.equal(c.size, 34);
    const hk = c.get('810000');
    const mo = c.get('820000');
    assert.ok(hk && Math.abs(hk[0] - 114.15) < 0.25 && Math.abs(hk[1] - 22.35) < 0.2, String(hk));
    assert.ok(mo && Math.abs(mo[0] - 113.55) < 0.1 && Math.abs(mo[1] - 22.17) < 0.1, String(mo));
    assert.ok(geoContains(province('440000'), c.get('440000')!));
    assert.equal(featureCentroids(), c, 'memoised');
  });
});

describe('projection and layout', () => {
  it('chinaProjection is Albers 25/47, central meridian 105°E', () => {
    const p = chinaProjection();
    assert.deepEqual(p.parallels(), [25, 47]);
    const [lambda, phi] = p.rotate();
    assert.ok(Math.abs(lambda + 105) < 1e-9 && phi === 0, String(p.rotate()));
    // The central meridian projects vertically.
    const fit = fitChina(800).projection;
    const a = fit([105, 20])!;
    const b = fit([105, 50])!;
    assert.ok(Math.abs(a[0] - b[0]) < 1e-6);
  });

  for (const width of [320, 800, 1200]) {
    it(`fits every feature inside [0, ${width}] × [0, height] with a positive projected area`, () => {
      const { projection, height, inset } = fitChina(width);
      assert.ok(height > 0.7 * width && height < 1.1 * width, `height ${height}`);
      const path = geoPath(projection);
      for (const f of chinaFeatureList()) {
        const area = path.area(f);
        assert.ok(area > 0 && area < width * height * 0.3, `${f.id}: projected area ${area}`);
        const [[x0, y0], [x1, y1]] = path.bounds(f);
        assert.ok(x0 >= 0 && y0 >= 0 && x1 <= width && y1 <= height, `${f.id} outside: ${x0},${y0} ${x1},${y1} in ${width}×${height}`);
      }
      // The inset lies inside the map, in the lower right, and overlaps no province.
      assert.ok(inset);
      const { box } = inset;
      assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= width + 1e-9 && box.y + box.height <= height + 1e-9, JSON.stringify(box));
      assert.ok(box.x > width / 2 && box.y > height / 2, 'lower right');
      assert.ok(box.width > width * 0.12 && box.width < width * 0.3, `inset width ${box.width}`);
      for (const f of chinaFeatureList()) {
        for (const coordinates of polygonsOf(f)) {
          const [[x0, y0], [x1, y1]] = path.bounds({ type: 'Polygon', coordinates });
          const overlaps = x1 > box.x && x0 < box.x + box.width && y1 > box.y && y0 < box.y + box.height;
          assert.ok(!overlaps, `${f.id} overlaps the inset`);
        }
      }
    });
  }

  it('height is derived from the aspect (inset included), and a given height is honoured', () => {
    const { height } = fitChina(1000, { padding: 0 });
    assert.ok(Math.abs(height - 1000 * chinaAspect()) <= 1);
    assert.ok(chinaAspect(false) < chinaAspect(true));
    const noInset = fitChina(1000, { padding: 0, inset: false });
    assert.equal(noInset.inset, null);
    assert.ok(noInset.height < height);
    // Forced height: content is fitted inside and centred.
    const fixed = fitChina(800, { height: 400 });
    assert.equal(fixed.height, 400);
    const path = geoPath(fixed.projection);
    const [[x0, y0], [x1, y1]] = path.bounds(chinaCollection());
    assert.ok(x0 >= 0 && y0 >= 0 && x1 <= 800 && y1 <= 400);
    assert.ok(Math.abs(x0 - (800 - x1)) < 2, 'centred horizontally');
    assert.throws(() => fitChina(0));
  });

  it('insetLayout draws the islands and dashes inside its box', () => {
    const { width, height } = fitChina(800);
    const { box, projection, ratio } = insetLayout(width, height);
    assert.ok(ratio > 0 && ratio < 1);
    const scs = southChinaSea();
    for (const f of [...scs.islands, ...scs.dashes]) {
      for (const coordinates of polygonsOf(f)) {
        for (const p of coordinates[0]!) {
          const xy = projection(p as [number, number]);
          assert.ok(xy, `${String(p)} not projected`);
          assert.ok(
            xy[0] > box.x && xy[0] < box.x + box.width && xy[1] > box.y && xy[1] < box.y + box.height,
            `${String(p)} outside the inset`,
          );
        }
      }
    }
    // Hainan is in the inset too; the clip extent is the box.
    const hainan = projection(geoCentroid(province('460000')) as [number, number]);
    assert.ok(hainan && hainan[0] > box.x && hainan[1] > box.y);
    assert.deepEqual(projection.clipExtent(), [
      [box.x, box.y],
      [box.x + box.width, box.y + box.height],
    ]);
    const [[w, s], [e, n]] = INSET_EXTENT;
    assert.ok(w >= 105 && e <= 125 && s >= 2 && n <= 25);
  });
});

describe('South China Sea inset data', () => {
  const scs = southChinaSea();
  const groupBounds = (name: string) => {
    const f = scs.islands.find((x) => x.properties.name === name);
    assert.ok(f, `no ${name}`);
    assert.ok(polygonsOf(f).length >= 1);
    return geoBounds(f);
  };

  it('has the four island groups where they are', () => {
    assert.ok(within(groupBounds('东沙群岛'), [116.5, 20.4, 117.1, 20.9]));
    assert.ok(within(groupBounds('西沙群岛'), [110.9, 15.5, 113, 17.2]));
    assert.ok(within(groupBounds('黄岩岛'), [117.6, 15, 117.9, 15.3]));
    assert.ok(within(groupBounds('南沙群岛'), [109, 4, 118, 12]));
    const spratly = scs.islands.find((x) => x.properties.name === '南沙群岛')!;
    assert.ok(polygonsOf(spratly).length >= 10);
    for (const f of scs.islands) {
      assert.ok(geoArea(f) > 0 && geoArea(f) < 1e-3, `${f.properties.name} inverted or huge`);
      assert.ok(f.properties.en && f.properties.source);
    }
  });

  it('has ten dashes in open sea that enclose the islands', () => {
    assert.equal(scs.dashes.length, 10);
    assert.deepEqual(
      scs.dashes.map((d) => d.properties.index),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
    const land = [...scs.neighbours, ...chinaFeatureList()];
    for (const d of scs.dashes) {
      const a = geoArea(d);
      assert.ok(a > 0 && a < 5e-4, `dash ${d.properties.index}: area ${a}`);
      assert.ok(within(geoBounds(d), [105, 3, 125, 25]), `dash ${d.properties.index} outside the sea`);
      for (const p of d.geometry.coordinates[0]!) {
        for (const l of land) assert.ok(!geoContains(l, p as [number, number]), `dash ${d.properties.index} on ${l.properties.name}`);
      }
    }
    const u = scs.dashes.map((d) => geoCentroid(d));
    const ring = [...u, [117, 23.5], [108, 21.5], u[0]!];
    // Clockwise for d3 if the U runs the other way round.
    const poly: Polygon = { type: 'Polygon', coordinates: [ring] };
    if (geoArea(poly) > 2 * Math.PI) ring.reverse();
    for (const f of scs.islands) {
      for (const coordinates of polygonsOf(f)) {
        const c = geoCentroid({ type: 'Polygon', coordinates });
        assert.ok(geoContains(poly, c), `${f.properties.name} at ${c.join(',')} outside the line`);
      }
    }
  });

  it('has neighbouring land for context, wound for d3', () => {
    const names = scs.neighbours.map((f) => f.properties.name);
    for (const n of ['Vietnam', 'Philippines', 'Malaysia']) assert.ok(names.includes(n), n);
    for (const f of scs.neighbours) assert.ok(geoArea(f) > 0 && geoArea(f) < 0.2, f.properties.name);
  });
});

describe('pre-projected map (china-planar.json, no d3-geo at runtime)', () => {
  const p = planarChina();
  const fit = fitChina(1000);
  const byCode = new Map(p.provinces.map((x) => [x.code, x]));
  const bbox = (rings: readonly Point[][]) => {
    const pts = rings.flat();
    const xs = pts.map((q) => q[0]);
    const ys = pts.map((q) => q[1]);
    return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] as const;
  };

  it('has the 34 provinces of the TopoJSON, with their names, sorted by code', () => {
    assert.equal(p.provinces.length, 34);
    assert.deepEqual(
      p.provinces.map((x) => [x.code, x.name]),
      chinaFeatureList().map((f) => [f.id, f.properties.name]),
    );
    assert.equal(planarChina(), p, 'decoded once');
  });

  it('is the d3 projection of the bundled map at width 1000 (same heights, bounds within a unit)', () => {
    assert.equal(p.width, 1000);
    assert.equal(p.height, fit.height);
    assert.equal(p.heightNoInset, fitChina(1000, { inset: false }).height);
    assert.ok(Math.abs(p.projection[0] - fit.projection.scale()) < 1e-6);
    const path = geoPath(fit.projection);
    for (const f of chinaFeatureList()) {
      const [[x0, y0], [x1, y1]] = path.bounds(f);
      const b = bbox(byCode.get(f.id)!.polygons.flat());
      for (const [a, c] of [
        [x0, b[0]],
        [y0, b[1]],
        [x1, b[2]],
        [y1, b[3]],
      ] as const)
        assert.ok(Math.abs(a - c) < 1, `${f.id}: ${a} vs ${c}`);
    }
  });

  it('winds outer rings clockwise on screen (positive planar area), holes the other way; equal-area', () => {
    // Albers is equal-area: planar area ∝ spherical area, the same factor for every province.
    const factor = polygonsArea(byCode.get('620000')!.polygons) / geoArea(province('620000'));
    for (const x of p.provinces) {
      for (const poly of x.polygons) poly.forEach((r, i) => assert.ok(i === 0 ? ringArea(r) > 0 : ringArea(r) < 0, `${x.code} ring ${i}`));
      const a = polygonsArea(x.polygons);
      assert.ok(a > 0, `${x.code}: ${a}`);
      const ratio = a / geoArea(province(x.code)) / factor;
      const tolerance = x.code === '810000' || x.code === '820000' ? 0.25 : 0.03;
      assert.ok(Math.abs(ratio - 1) < tolerance, `${x.code}: area ratio ${ratio}`);
    }
  });

  it('lies inside [0, width] × [0, height]; no province overlaps the inset; without it, inside heightNoInset', () => {
    const { x: bx, y: by, width: bw, height: bh } = p.inset.box;
    for (const x of p.provinces) {
      const [x0, y0, x1, y1] = bbox(x.polygons.flat());
      assert.ok(x0 >= 0 && y0 >= 0 && x1 <= p.width && y1 <= p.heightNoInset, `${x.code}: ${x0},${y0} ${x1},${y1}`);
      for (const poly of x.polygons) {
        const [a, b, c, d] = bbox(poly);
        assert.ok(!(c > bx && a < bx + bw && d > by && b < by + bh), `${x.code} overlaps the inset`);
      }
      const [cx, cy] = x.centroid;
      assert.ok(cx > x0 && cx < x1 && cy > y0 && cy < y1, `${x.code} centroid`);
    }
    assert.ok(bx + bw <= p.width && by + bh <= p.height && by > p.height / 2);
    assert.deepEqual(
      [bx, by, bw, bh],
      [fit.inset!.box.x, fit.inset!.box.y, fit.inset!.box.width, fit.inset!.box.height].map((v) => Math.round(v * 10) / 10),
    );
  });

  it('keeps Taiwan’s islets 钓鱼岛 and 赤尾屿 east of the main island, and Hainan', () => {
    const tw = byCode.get('710000')!.polygons.map((poly) => bbox(poly));
    const main = tw.reduce((a, b) => (b[3] - b[1] > a[3] - a[1] ? b : a));
    const islets = tw.filter((b) => b[0] > main[2] + 5);
    assert.equal(islets.length, 2, JSON.stringify(tw));
    assert.ok(byCode.get('460000')!.polygons.length >= 1);
  });

  it('stores shared borders once: Guangdong’s neighbours by shared arcs are 福建, 江西, 湖南, 广西, 香港, 澳门', () => {
    const arcsOf = (code: string) =>
      new Set(
        p.topology
          .get(code)!
          .flat(2)
          .map((i) => (i < 0 ? ~i : i)),
      );
    const gd = arcsOf('440000');
    const nb = p.provinces.filter((x) => x.code !== '440000' && [...arcsOf(x.code)].some((i) => gd.has(i))).map((x) => x.code);
    assert.deepEqual(nb, ['350000', '360000', '430000', '450000', '810000', '820000']);
    // Every arc is used by at most two provinces (borders) — none stored twice.
    const uses = new Map<number, number>();
    for (const x of p.provinces) for (const i of arcsOf(x.code)) uses.set(i, (uses.get(i) ?? 0) + 1);
    assert.ok([...uses.values()].every((n) => n <= 2));
    assert.equal(uses.size, p.arcs.length);
  });

  it('places the 32 key cities inside the map, each within its province’s bounds (1 unit slack)', () => {
    assert.equal(p.cities.size, 32);
    for (const [code, [x, y]] of p.cities) {
      assert.ok(x > 0 && x < p.width && y > 0 && y < p.heightNoInset, code);
      const prov = `${code.slice(0, 2)}0000`;
      const [x0, y0, x1, y1] = bbox(byCode.get(prov)!.polygons.flat());
      assert.ok(x >= x0 - 1 && x <= x1 + 1 && y >= y0 - 1 && y <= y1 + 1, `${code} outside ${prov}`);
    }
    const sz = p.cities.get('440300')!;
    const [sx, sy] = fit.projection([114.09, 22.55])!;
    assert.ok(Math.abs(sz[0] - sx) < 0.06 && Math.abs(sz[1] - sy) < 0.06, `${sz} vs ${sx},${sy}`);
  });

  it('has the inset content in the box: 10 dashes, 4 island groups with markers, simplified neighbours', () => {
    const { box, dashes, islands, neighbours, land } = p.inset;
    const inside = ([x, y]: Point) => x >= box.x - 0.2 && x <= box.x + box.width + 0.2 && y >= box.y - 0.2 && y <= box.y + box.height + 0.2;
    assert.equal(dashes.length, 10);
    assert.deepEqual(
      islands.map((i) => i.name),
      ['东沙群岛', '西沙群岛', '黄岩岛', '南沙群岛'],
    );
    for (const r of [...dashes, ...neighbours, ...islands.flatMap((i) => i.rings)]) assert.ok(r.every(inside));
    for (const i of islands) assert.ok(inside(i.at) && i.rings.length >= 1, i.name);
    // The islands where d3 puts them through the inset projection.
    const ip = fit.inset!.projection;
    for (const f of southChinaSea().islands) {
      const [x, y] = geoPath(ip).centroid(f);
      const mine = islands.find((i) => i.name === f.properties.name)!.at;
      assert.ok(Math.abs(mine[0] - x) < 0.3 && Math.abs(mine[1] - y) < 0.3, `${f.properties.name}: ${mine} vs ${x},${y}`);
    }
    assert.ok(neighbours.length >= 5 && neighbours.flat().length < 600, `${neighbours.flat().length} points`);
    for (const code of ['440000', '450000', '460000', '710000']) assert.ok(land.includes(code), code);
    assert.ok(!land.includes('650000'));
  });

  it('decodes the point runs it encodes and writes path data', () => {
    const runs: [number, number][][] = [
      [
        [0, -1],
        [1, 16],
        [-40000, 123456],
      ],
      [[7, 7]],
      [
        [5, 5],
        [5, 5],
        [4, 6],
      ],
    ];
    assert.deepEqual(
      decodeRuns(encodeRuns(runs), 10),
      runs.map((r) => r.map(([x, y]) => [x / 10, y / 10])),
    );
    assert.deepEqual(decodeRuns('', 10), []);
    assert.equal(
      ringsPath([
        [
          [1, 2],
          [3.25, 4],
          [5, 6],
        ],
      ]),
      'M1,2L3.3,4 5,6Z',
    );
    assert.equal(ringsPath([[[1, 1]]], 2, 10, 0), 'M12,2Z');
  });

  it('leaves out the first and last points the decoder is given, and decodes the rest the same', () => {
    const runs = [
      [
        [3, 4],
        [9, -2],
      ],
      [
        [-400, 300],
        [0, 0],
        [-500, 700],
      ],
    ];
    const given = encodeRuns(runs, new Set([1]), new Set([1]));
    assert.ok(given.length < encodeRuns(runs, new Set([1])).length);
    assert.ok(encodeRuns(runs, new Set([1])).length < encodeRuns(runs).length);
    const [count, run] = runReader(given, 2);
    assert.equal(count, 2);
    assert.deepEqual(
      [run(), run([-200, 150], [-250, 350])],
      [
        [
          [1.5, 2],
          [4.5, -1],
        ],
        [
          [-200, 150],
          [0, 0],
          [-250, 350],
        ],
      ],
    );
  });

  it('encodes the decoded arcs back to the bundled text: encoder, decoder and the ring-given points agree', () => {
    // The step guess, the run codes and which arc ends the rings give are written on both sides
    // (scripts/lib/point-code.mjs + ringGiven, src/geo/point-code.ts + planar.ts's stitch): if
    // either drifts, the data decodes to other points or encodes to other text.
    const j = JSON.parse(readFileSync(new URL('src/geo/china-planar.json', root), 'utf8')) as {
      q: number;
      arcs: string;
      provinceArcs: string;
    };
    const lists = p.provinces.map((x) => p.topology.get(x.code)!);
    const arcs = p.arcs.map((arc) => arc.map(([x, y]) => [x * j.q, y * j.q]));
    assert.ok(arcs.flat(2).every(Number.isInteger));
    assert.equal(encodeArcLists(lists), j.provinceArcs);
    const [from, to] = ringGiven(lists, arcs);
    assert.ok(from.size > 50 && to.size > 20, `${from.size} starts, ${to.size} ends given`);
    assert.equal(encodeRuns(arcs, from, to), j.arcs);
  });

  it('decodes the arc lists it encodes: new arcs in order of first use, reversed arcs seen before', () => {
    // Three provinces: two polygons (the second with a hole), one ring, one ring of 300 arcs.
    const long = Array.from({ length: 300 }, (_, i) => i + 7);
    const lists = [[[[0, 1, 2]], [[3], [~1]]], [[[~2, 4, ~0, 5, ~3]]], [[[~5, 6, ...long, ~306]]]];
    assert.deepEqual(decodeArcLists(encodeArcLists(lists)), lists);
    // An arc that is neither the next new one nor a reversed one seen before cannot be written.
    assert.throws(() => encodeArcLists([[[[1]]]]), /neither/);
    assert.throws(() => encodeArcLists([[[[0, 0]]]]), /neither/);
  });
});

describe('ECharts decoder (scripts/lib/echarts-decode.mjs)', () => {
  const read = (spec: string) => JSON.parse(readFileSync(require.resolve(spec), 'utf8')) as unknown;

  it('matches ECharts 4.9’s own decoder vertex for vertex', () => {
    const mine = decodeEChartsGeoJson(read('echarts-4/map/json/china.json'));
    const parse = require('echarts-4/lib/coord/geo/parseGeoJson.js') as (json: unknown) => {
      name: string;
      geometries: { exterior: number[][] }[];
    }[];
    const theirs = parse(read('echarts-4/map/json/china.json'));
    assert.equal(mine.features.length, 34);
    let vertices = 0;
    mine.features.forEach((f, i) => {
      const t = theirs[i]!;
      assert.equal(f.properties?.['name'], t.name);
      const polys = polygonsOf(f);
      assert.equal(polys.length, t.geometries.length);
      polys.forEach((p, j) => {
        const ring = p[0]!;
        const ext = t.geometries[j]!.exterior;
        // Ours is closed (first point repeated); theirs is not.
        assert.deepEqual(ring.slice(0, ext.length), ext);
        assert.deepEqual(ring[ring.length - 1], ring[0]);
        vertices += ext.length;
      });
    });
    assert.equal(vertices, 16_173); // as counted in shared/data/GEOMETRY.md
  });

  it('decodes one ring: zigzag deltas from the offset, divided by the scale', async () => {
    const { decodeRing } = await import('../../scripts/lib/echarts-decode.mjs');
    // n = code − 64; zigzag: 0→0, 1→−1, 2→1, 3→−2, 4→2.
    const s = String.fromCharCode(64 + 4, 64 + 3, 64 + 1, 64 + 0);
    assert.deepEqual(decodeRing(s, [1024, 2048]), [
      [1026 / 1024, 2046 / 1024],
      [1025 / 1024, 2046 / 1024],
    ]);
    assert.throws(() => decodeRing('abc', [0, 0]));
  });
});

describe('readUserGeometry', () => {
  const square = (ccw: boolean): Position[] => {
    const r: Position[] = [
      [113, 22],
      [114, 22],
      [114, 23],
      [113, 23],
      [113, 22],
    ]; // counter-clockwise (RFC 7946)
    return ccw ? r : [...r].reverse();
  };

  it('rewinds a counter-clockwise (RFC 7946) polygon and reads the key', () => {
    const input: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { adcode: 440100, name: '广州市' }, geometry: { type: 'Polygon', coordinates: [square(true)] } },
        { type: 'Feature', properties: { adcode: 440300, name: '深圳市' }, geometry: { type: 'Polygon', coordinates: [square(false)] } },
      ],
    };
    assert.ok(geoArea(input.features[0]!) > 2 * Math.PI, 'fixture is inverted for d3');
    const { features, problems, key, rewound } = readUserGeometry(input);
    assert.deepEqual(problems, []);
    assert.equal(key, 'adcode');
    assert.equal(rewound, 1);
    assert.deepEqual(
      features.map((f) => f.id),
      ['440100', '440300'],
    );
    for (const f of features) {
      const a = geoArea(f);
      assert.ok(a > 0 && a < 1e-3, `area ${a}`);
    }
    // Input untouched.
    assert.deepEqual((input.features[0]!.geometry as Polygon).coordinates[0], square(true));
  });

  it('rewinds holes the other way and keeps MultiPolygons', () => {
    const hole: Position[] = [
      [113.4, 22.4],
      [113.6, 22.4],
      [113.6, 22.6],
      [113.4, 22.6],
      [113.4, 22.4],
    ]; // counter-clockwise: wrong for a hole in d3
    const g: MultiPolygon = { type: 'MultiPolygon', coordinates: [[square(true), [...hole].reverse()], [square(false)]] };
    const { features, problems } = readUserGeometry({ type: 'Feature', id: 'x', properties: {}, geometry: g });
    assert.deepEqual(problems, []);
    const f = features[0]!;
    assert.equal(f.id, 'x');
    const a = geoArea(f);
    const full = geoArea({ type: 'Polygon', coordinates: [square(false)] });
    assert.ok(a > full && a < 2 * full, 'square minus hole plus square');
  });

  it('reads a TopoJSON (the bundled one) with the id as key', () => {
    const r = readUserGeometry(chinaTopology());
    assert.deepEqual(r.problems, []);
    assert.equal(r.key, 'id');
    assert.equal(r.features.length, 34);
    assert.equal(r.rewound, 0);
    assert.ok(r.features.some((f) => f.id === '710000'));
    const byName = readUserGeometry(JSON.stringify(chinaTopology()), 'name');
    assert.ok(byName.features.some((f) => f.id === '广东'));
    const missing = readUserGeometry(chinaTopology(), undefined, { object: 'nope' });
    assert.ok(missing.problems.some((p) => p.includes('nope')));
  });

  it('reads the Guangdong cities story file by code', () => {
    const json = JSON.parse(readFileSync(new URL('stories/data/guangdong-cities.geo.json', root), 'utf8')) as unknown;
    const r = readUserGeometry(json, 'code');
    assert.deepEqual(r.problems, []);
    assert.equal(r.features.length, 21);
    assert.ok(r.features.every((f) => /^44\d{4}$/.test(f.id ?? '')));
    assert.ok(r.features.every((f) => geoArea(f) > 0 && geoArea(f) < 0.01));
    const size = statSync(new URL('stories/data/guangdong-cities.geo.json', root)).size;
    assert.ok(size < 80_000, `${size} bytes`);
  });

  it('reports missing keys and duplicates', () => {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [square(false)] } },
        { type: 'Feature', properties: { code: 'A' }, geometry: { type: 'Polygon', coordinates: [square(false)] } },
        { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [square(false)] } },
        { type: 'Feature', properties: { code: 'B' }, geometry: { type: 'Point', coordinates: [1, 2] } },
      ],
    };
    const r = readUserGeometry(fc, 'code');
    assert.equal(r.features.length, 3);
    assert.ok(
      r.problems.some((p) => p.includes('1 of 3') && p.includes('code')),
      r.problems.join(' | '),
    );
    assert.ok(r.problems.some((p) => p.includes('Duplicate') && p.includes('A')));
    assert.ok(r.problems.some((p) => p.includes('skipped')));
    assert.equal(r.features[2]!.id, undefined);
  });

  it('never throws on garbage, and says what is wrong', () => {
    const garbage: unknown[] = [
      null,
      undefined,
      42,
      'not json',
      '[]',
      [],
      {},
      { type: 'Nope' },
      { type: 'FeatureCollection' },
      { type: 'FeatureCollection', features: [] },
      { type: 'FeatureCollection', features: [1, 'x', { type: 'Feature', geometry: null }] },
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[1, 2]]] } },
      {
        type: 'Feature',
        properties: {},
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [1, 'a'],
              [2, 3],
              [4, 5],
              [1, 'a'],
            ],
          ],
        },
      },
      { type: 'Topology' },
      { type: 'Topology', objects: {}, arcs: [] },
      { type: 'Topology', objects: { a: { type: 'Polygon', arcs: [[99]] } }, arcs: [] },
      { type: 'Point', coordinates: [1, 2] },
    ];
    for (const g of garbage) {
      const r = readUserGeometry(g);
      assert.ok(r.problems.length > 0, `no problem reported for ${JSON.stringify(g)}`);
      assert.equal(r.features.length, 0, JSON.stringify(g));
    }
    const noKey = readUserGeometry({
      type: 'Feature',
      properties: { foo: 1 },
      geometry: { type: 'Polygon', coordinates: [square(false)] },
    });
    assert.equal(noKey.features.length, 1);
    assert.equal(noKey.key, null);
    assert.ok(noKey.problems.some((p) => p.includes('No key')));
  });
});
