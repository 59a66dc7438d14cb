// Builds the bundled map geometry. Run: node scripts/build-geometry.mjs
//
//   src/geo/china-provinces.topo.json   34 provincial-level units (TopoJSON, object "provinces")
//   src/geo/south-china-sea.topo.json   南海诸岛 inset: islands, the ten dashes, neighbouring land
//   stories/data/guangdong-cities.geo.json  21 prefecture-level cities of Guangdong (GeoJSON)
//   src/geo/china-planar.json           the same map pre-projected for <gov-rank-map>: planar,
//                                       quantized arcs in a fixed 1000-wide space, the inset
//                                       content, centroids and the 32 key cities (section 4)
//
// Sources (see NOTICE): echarts@4.9.0 map data (npm alias echarts-4), world-atlas@2.0.2
// countries-10m (Natural Earth), echarts@4.9.0 lib/coord/geo/fix/nanhai.js (dash shapes).
// Deterministic: same inputs, same bytes. All rings are written in d3-geo's winding (outer rings
// clockwise); the script checks d3.geoArea < 2π for every feature and fails loudly otherwise.
// @ts-check

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { gzipSync } from 'node:zlib';
import mapshaper from 'mapshaper';
import { build as esbuild } from 'esbuild';
import * as d3 from 'd3-geo';
import * as topojson from 'topojson-client';
import { decodeEChartsGeoJson } from './lib/echarts-decode.mjs';
import { encodeArcLists, encodeRuns, ringGiven } from './lib/point-code.mjs';

/** @typedef {import('geojson').Polygon} Polygon */
/** @typedef {import('geojson').MultiPolygon} MultiPolygon */
/** @typedef {import('topojson-specification').GeometryCollection<{ name: string }>} NamedCollection */
/** @typedef {(import('topojson-specification').Polygon | import('topojson-specification').MultiPolygon) & { id: string, properties: { name: string } }} ProvinceGeometry */
/** @typedef {import('topojson-specification').Topology<{ provinces: { type: 'GeometryCollection', geometries: ProvinceGeometry[] } }> & { transform: import('topojson-specification').Transform }} ProvincesTopology quantized: with a transform */

const require = createRequire(import.meta.url);
const readJson = (spec) => JSON.parse(readFileSync(require.resolve(spec), 'utf8'));

const OUT_PROVINCES = 'src/geo/china-provinces.topo.json';
const OUT_SCS = 'src/geo/south-china-sea.topo.json';
const OUT_CITIES = 'stories/data/guangdong-cities.geo.json';
const OUT_PLANAR = 'src/geo/china-planar.json';

/** Share of removable vertices kept by weighted Visvalingam (GEOMETRY.md: 15 % ≈ 20 KB). */
const PROVINCE_SIMPLIFY = 0.15;
const CITY_SIMPLIFY = 0.08;

/** @type {(msg: string) => never} */
const fail = (msg) => {
  console.error(`build-geometry: ${msg}`);
  process.exit(1);
};

// ---------------------------------------------------------------------------------------------
// Winding helpers. d3-geo wants clockwise outer rings (as drawn with x = lon right, y = lat up)
// and counter-clockwise holes; for polygons this small, the planar signed area decides.

/** Planar signed area (shoelace), positive for counter-clockwise with y up. */
function signedArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  }
  return s / 2;
}

/** Rewind one polygon for d3-geo: outer ring clockwise, holes counter-clockwise. */
function rewindPolygon(rings) {
  return rings.map((ring, i) => {
    const ccw = signedArea(ring) > 0;
    return (i === 0) === ccw ? [...ring].reverse() : ring;
  });
}

const polygonsOf = (geometry) =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];

function assertD3Winding(features, label) {
  for (const f of features) {
    const a = d3.geoArea(f);
    if (!(a > 0 && a < 2 * Math.PI)) fail(`${label}: feature ${f.id ?? f.properties?.name} has d3.geoArea ${a}`);
  }
}

const round = (v, digits = 5) => Math.round(v * 10 ** digits) / 10 ** digits;

function bytes(text) {
  const raw = Buffer.byteLength(text);
  const gz = gzipSync(text, { level: 9 }).length;
  return `${raw.toLocaleString('en')} B raw, ${gz.toLocaleString('en')} B gzip -9`;
}

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`${path}: ${bytes(text)}`);
}

/** Run mapshaper on one GeoJSON input; returns the named output as a string. */
async function shaper(commands, input) {
  const out = await mapshaper.applyCommands(`-i in.json ${commands}`, { 'in.json': JSON.stringify(input) });
  const key = Object.keys(out)[0];
  if (!key) fail(`mapshaper produced no output for: ${commands}`);
  return String(out[key]);
}

// ---------------------------------------------------------------------------------------------
// 1. Provinces

const chinaSource = decodeEChartsGeoJson(readJson('echarts-4/map/json/china.json'));
if (chinaSource.features.length !== 34) fail(`china.json has ${chinaSource.features.length} features, expected 34`);

/**
 * Rings that the simplifier must keep as they are (at 15 % they vanish otherwise):
 * 钓鱼岛 and 赤尾屿 (the two Taiwan rings east of 123°E) and 东沙岛 (Pratas, a Guangdong ring near
 * 116.8°E 20.7°N, needed for the 南海诸岛 inset).
 */
function isProtectedRing(code, bounds) {
  const [[x0, y0], [x1, y1]] = bounds;
  if (code === '710000' && x0 > 123 && x1 < 125.5 && y0 > 25.3 && y1 < 26.3) return true;
  if (code === '440000' && x0 > 116.3 && x1 < 117.2 && y0 > 20.3 && y1 < 21) return true;
  return false;
}

const PROTECTED_EXPECTED = { 710000: 2, 440000: 1 };

const provinceInput = [];
const protectedCount = {};
for (const f of chinaSource.features) {
  const code = String(f.id);
  const name = String(f.properties.name);
  const main = [];
  for (const poly of polygonsOf(f.geometry)) {
    const rings = rewindPolygon(poly);
    if (isProtectedRing(code, d3.geoBounds({ type: 'Polygon', coordinates: rings }))) {
      protectedCount[code] = (protectedCount[code] ?? 0) + 1;
      // A feature of its own, so that keep-shapes protects it; merged back below.
      provinceInput.push({ type: 'Feature', properties: { code, name, keep: 1 }, geometry: { type: 'Polygon', coordinates: rings } });
    } else {
      main.push(rings);
    }
  }
  provinceInput.push({ type: 'Feature', properties: { code, name, keep: 0 }, geometry: { type: 'MultiPolygon', coordinates: main } });
}
for (const [code, n] of Object.entries(PROTECTED_EXPECTED)) {
  if (protectedCount[code] !== n) fail(`expected ${n} protected ring(s) in ${code}, found ${protectedCount[code] ?? 0}`);
}

// -clean snaps shared borders and removes slivers/gaps/overlaps (Macau then touches Guangdong,
// Hunan stops being its own neighbour); protected islets are not simplified at all.
const provincesRaw = JSON.parse(
  await shaper(
    `-clean -simplify variable percentage='keep ? 1 : ${PROVINCE_SIMPLIFY}' weighted keep-shapes ` +
      `-o out.json format=topojson quantization=10000`,
    { type: 'FeatureCollection', features: provinceInput },
  ),
);

/**
 * Merge the split-off islets back into their province at the TopoJSON level (arcs unchanged).
 * @returns {ProvincesTopology}
 */
function mergeByCode(topo) {
  const layer = Object.values(topo.objects)[0];
  const byCode = new Map();
  for (const g of layer.geometries) {
    const code = g.properties.code;
    const entry = byCode.get(code) ?? { name: g.properties.name, polygons: [] };
    if (g.type === 'Polygon') entry.polygons.push(g.arcs);
    else if (g.type === 'MultiPolygon') entry.polygons.push(...g.arcs);
    else if (g.type != null) fail(`unexpected geometry type ${g.type} for ${code}`);
    byCode.set(code, entry);
  }
  const geometries = [...byCode.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, { name, polygons }]) =>
      polygons.length === 1
        ? { type: 'Polygon', arcs: polygons[0], id: code, properties: { name } }
        : { type: 'MultiPolygon', arcs: polygons, id: code, properties: { name } },
    );
  return /** @type {ProvincesTopology} */ ({
    type: 'Topology',
    transform: topo.transform,
    objects: { provinces: { type: 'GeometryCollection', geometries } },
    arcs: topo.arcs,
  });
}

const provinces = mergeByCode(provincesRaw);
const provinceFc = topojson.feature(provinces, provinces.objects.provinces);

// Checks: 34 units, d3 winding, neighbours of Guangdong, protected islets survived.
if (provinceFc.features.length !== 34) fail(`output has ${provinceFc.features.length} provinces`);
assertD3Winding(provinceFc.features, 'provinces');
{
  const geoms = provinces.objects.provinces.geometries;
  const nb = topojson.neighbors(geoms);
  const gd = geoms.findIndex((g) => g.id === '440000');
  const got = nb[gd].map((i) => geoms[i].id).sort();
  const want = ['350000', '360000', '430000', '450000', '810000', '820000'];
  if (JSON.stringify(got) !== JSON.stringify(want)) fail(`Guangdong neighbours ${got} != ${want}`);
  nb.forEach((list, i) => {
    if (list.includes(i)) fail(`${geoms[i].id} lists itself as a neighbour`);
  });
  const tw = /** @type {import('geojson').Feature} */ (provinceFc.features.find((f) => f.id === '710000'));
  const islets = polygonsOf(tw.geometry)
    .map((p) => d3.geoBounds({ type: 'Polygon', coordinates: p }))
    .filter(([[x0]]) => x0 > 123);
  if (islets.length !== 2) fail(`Taiwan keeps ${islets.length} islets east of 123°E, expected 2 (钓鱼岛, 赤尾屿)`);
  console.log(
    `  钓鱼岛/赤尾屿 kept: ${islets
      .map((b) =>
        b
          .flat()
          .map((v) => v.toFixed(2))
          .join(','),
      )
      .join(' | ')}`,
  );
}
write(OUT_PROVINCES, JSON.stringify(provinces));

// ---------------------------------------------------------------------------------------------
// 2. South China Sea islands inset: islands, dashes, neighbouring land (context)

/** @type {import('topojson-specification').Topology<{ countries: NamedCollection }>} */
const world = readJson('world-atlas/countries-10m.json');
const countries = topojson.feature(world, world.objects.countries).features;
const countryByName = (name) => {
  const f = countries.find((c) => c.properties.name === name);
  if (!f) fail(`countries-10m has no "${name}"`);
  return f;
};

// What countries-10m has in 105–125°E, 3–25°N (checked): the Paracel Islands as 7 small polygons
// of "China" (id 156) around 111.2–112.8°E 15.8–17.0°N; "Spratly Is." (no id, 12 polygons,
// 114.0–115.9°E 9.7–11.1°N); "Scarborough Reef" (no id, one polygon at 117.75°E 15.15°N).
// Pratas (东沙) is not in countries-10m; it is a ring of Guangdong in the ECharts data.
// Macclesfield Bank (中沙群岛) is submerged and has no land polygon anywhere; 黄岩岛 (Scarborough
// Reef) stands for it.
const inBox = (poly, [x0, y0, x1, y1]) => {
  const [[a, b], [c, d]] = d3.geoBounds({ type: 'Polygon', coordinates: poly });
  return a >= x0 && c <= x1 && b >= y0 && d <= y1;
};
const rewindAll = (geometry) => polygonsOf(geometry).map(rewindPolygon);
const roundRings = (polys) => polys.map((p) => p.map((r) => r.map(([x, y]) => [round(x), round(y)])));

const paracels = rewindAll(countryByName('China').geometry).filter((p) => inBox(p, [110.5, 15.5, 113.5, 17.5]));
if (paracels.length < 5) fail(`only ${paracels.length} Paracel polygons found in countries-10m China`);
const spratlys = rewindAll(countryByName('Spratly Is.').geometry);
const scarborough = rewindAll(countryByName('Scarborough Reef').geometry);
const pratas = polygonsOf(/** @type {import('geojson').Feature} */ (provinceFc.features.find((f) => f.id === '440000')).geometry).filter(
  (p) => inBox(p, [116.3, 20.3, 117.2, 21]),
);
if (pratas.length !== 1) fail('Pratas ring not found in Guangdong');

/** @type {import('geojson').Feature<MultiPolygon, { name: string, en: string, source: string }>[]} */
const islandFeatures = [
  { name: '东沙群岛', en: 'Pratas Islands', source: 'echarts@4.9.0 china.json (ring of 440000)', polygons: pratas },
  { name: '西沙群岛', en: 'Paracel Islands', source: 'world-atlas@2.0.2 countries-10m (Natural Earth)', polygons: paracels },
  { name: '黄岩岛', en: 'Scarborough Reef (中沙群岛)', source: 'world-atlas@2.0.2 countries-10m (Natural Earth)', polygons: scarborough },
  { name: '南沙群岛', en: 'Spratly Islands', source: 'world-atlas@2.0.2 countries-10m (Natural Earth)', polygons: spratlys },
].map(({ polygons, ...properties }) => ({
  type: 'Feature',
  properties,
  geometry: { type: 'MultiPolygon', coordinates: roundRings(polygons) },
}));
assertD3Winding(islandFeatures, 'islands');

// The dashes. echarts@4.9.0 lib/coord/geo/fix/nanhai.js draws a schematic inset in a 64 × 93 unit
// box (y down): polygon 0 is a sketch of the coast, 1–10 are the ten dashes, 11 is the frame.
// We take the ten dash polygons only. A single affine map of the box onto the sea cannot work: the
// schematic's west side is straight while the real coast of Viet Nam bulges east (any affine that
// keeps Scarborough Reef inside the line puts dash 2 on land). So each dash keeps its ECharts shape
// and orientation, scaled by DASH_SCALE degrees per unit (x right = east, y down = south), and is
// moved so its centroid lands on an anchor. The anchors are this project's approximation of where
// the dashes are printed on published Chinese maps, checked below to lie in open sea (no land
// within 0.3°) and to enclose all island groups. Illustrative only (示意), not survey data.
const NANHAI_DASHES = [
  [
    [13, 16.1],
    [19, 14.7],
    [16, 21.7],
    [11, 23.1],
    [13, 16.1],
  ],
  [
    [12, 32.2],
    [14, 38.5],
    [15, 38.5],
    [13, 32.2],
    [12, 32.2],
  ],
  [
    [16, 47.6],
    [12, 53.2],
    [13, 53.2],
    [18, 47.6],
    [16, 47.6],
  ],
  [
    [6, 64.4],
    [8, 70],
    [9, 70],
    [8, 64.4],
    [6, 64.4],
  ],
  [
    [23, 82.6],
    [29, 79.8],
    [30, 79.8],
    [25, 82.6],
    [23, 82.6],
  ],
  [
    [37, 70.7],
    [43, 62.3],
    [44, 62.3],
    [39, 70.7],
    [37, 70.7],
  ],
  [
    [48, 51.1],
    [51, 45.5],
    [53, 45.5],
    [50, 51.1],
    [48, 51.1],
  ],
  [
    [51, 35],
    [51, 28.7],
    [53, 28.7],
    [53, 35],
    [51, 35],
  ],
  [
    [52, 22.4],
    [55, 17.5],
    [56, 17.5],
    [53, 22.4],
    [52, 22.4],
  ],
  [
    [58, 12.6],
    [62, 7],
    [63, 7],
    [60, 12.6],
    [58, 12.6],
  ],
];
const DASH_SCALE = 0.15; // degrees per schematic unit
/** [lon, lat] where each dash's centroid is placed, in the order of NANHAI_DASHES (west side from
 *  the north, the southern dash, then the east side from the south). */
/** @type {[lon: number, lat: number][]} */
const DASH_ANCHORS = [
  [108.7, 17.3],
  [110.1, 13.1],
  [109.9, 9.6],
  [109.0, 6.4],
  [112.3, 3.6],
  [114.5, 6.1],
  [116.2, 8.6],
  [118.3, 11.8],
  [118.9, 15.8],
  [120.2, 19.9],
];

function placeDash(points, [lon, lat]) {
  const ring = points.slice(0, -1);
  // Centroid of the polygon (area-weighted), in schematic units.
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    const k = x0 * y1 - x1 * y0;
    a += k;
    cx += (x0 + x1) * k;
    cy += (y0 + y1) * k;
  }
  cx /= 3 * a;
  cy /= 3 * a;
  const placed = points.map(([x, y]) => [round(lon + (x - cx) * DASH_SCALE, 4), round(lat - (y - cy) * DASH_SCALE, 4)]);
  return rewindPolygon([placed]);
}

/** @type {import('geojson').Feature<Polygon, { index: number }>[]} */
const dashFeatures = NANHAI_DASHES.map((pts, i) => ({
  type: 'Feature',
  properties: { index: i + 1 },
  geometry: { type: 'Polygon', coordinates: placeDash(pts, DASH_ANCHORS[i]) },
}));
assertD3Winding(dashFeatures, 'dashes');

// Neighbouring land, for context only (drawn faintly under the provinces in the inset).
const INSET_CLIP = [104, -1, 127, 26];
const NEIGHBOURS = ['Vietnam', 'Laos', 'Cambodia', 'Thailand', 'Malaysia', 'Brunei', 'Indonesia', 'Philippines', 'Japan'];
const neighbourInput = {
  type: 'FeatureCollection',
  features: NEIGHBOURS.map((name) => {
    const f = countryByName(name);
    return { type: 'Feature', properties: { name }, geometry: { type: 'MultiPolygon', coordinates: rewindAll(f.geometry) } };
  }),
};
const neighbourFc = JSON.parse(
  await shaper(
    `-clip bbox=${INSET_CLIP.join(',')} -filter-islands min-area=100km2 -simplify 5% weighted keep-shapes ` +
      `-filter-slivers -o out.json format=geojson precision=0.001`,
    neighbourInput,
  ),
);
/** @type {import('geojson').Feature<MultiPolygon, { name: string }>[]} */
const neighbourFeatures = neighbourFc.features
  .filter((f) => f.geometry)
  .map((f) => ({
    type: 'Feature',
    properties: { name: f.properties.name },
    geometry: { type: 'MultiPolygon', coordinates: rewindAll(f.geometry) },
  }));
assertD3Winding(neighbourFeatures, 'neighbours');

// Dash checks: in open sea, and enclosing the islands.
{
  const land = [...neighbourFeatures, ...provinceFc.features];
  const landPoints = land.flatMap((f) => polygonsOf(f.geometry).flat(2));
  for (const dash of dashFeatures) {
    const ring = /** @type {[number, number][]} */ (dash.geometry.coordinates[0]);
    for (const p of ring) {
      for (const f of land) if (d3.geoContains(f, p)) fail(`dash ${dash.properties.index} touches ${f.properties.name}`);
      for (const q of landPoints) {
        if (d3.geoDistance(p, q) < (0.3 * Math.PI) / 180) fail(`dash ${dash.properties.index} within 0.3° of land at ${q}`);
      }
    }
  }
  // The "U": dash centroids in order, closed across the north through the coast.
  const u = [...dashFeatures.map((d) => d3.geoCentroid(d)), [117, 23.5], [108, 21.5]];
  /** @type {Polygon} */
  const uPoly = { type: 'Polygon', coordinates: rewindPolygon([[...u, u[0]]]) };
  for (const f of islandFeatures) {
    for (const p of polygonsOf(f.geometry)) {
      const c = d3.geoCentroid({ type: 'Polygon', coordinates: p });
      if (!d3.geoContains(uPoly, c)) fail(`${f.properties.name} polygon at ${c} lies outside the dashed line`);
    }
  }
}

{
  const collection = (features) => ({ type: 'FeatureCollection', features });
  /** @type {import('topojson-specification').Topology<{ [key: string]: import('topojson-specification').GeometryCollection }>} */
  const scs = JSON.parse(
    await (async () => {
      const out = await mapshaper.applyCommands(
        '-i islands.json dashes.json neighbours.json combine-files ' + '-o out.json format=topojson quantization=50000',
        {
          'islands.json': JSON.stringify(collection(islandFeatures)),
          'dashes.json': JSON.stringify(collection(dashFeatures)),
          'neighbours.json': JSON.stringify(collection(neighbourFeatures)),
        },
      );
      return String(Object.values(out)[0]);
    })(),
  );
  for (const key of ['islands', 'dashes', 'neighbours']) if (!scs.objects[key]) fail(`south-china-sea: no object ${key}`);
  for (const key of ['islands', 'dashes', 'neighbours']) {
    const fc = topojson.feature(scs, scs.objects[key]);
    assertD3Winding(fc.features, `south-china-sea ${key}`);
  }
  const ordered = {
    type: 'Topology',
    transform: scs.transform,
    objects: { islands: scs.objects.islands, dashes: scs.objects.dashes, neighbours: scs.objects.neighbours },
    arcs: scs.arcs,
  };
  write(OUT_SCS, JSON.stringify(ordered));
}

// ---------------------------------------------------------------------------------------------
// 3. Guangdong prefecture-level cities (for the "bring your own geometry" story)

const gdSource = decodeEChartsGeoJson(readJson('echarts-4/map/json/province/guangdong.json'));
const cityInput = {
  type: 'FeatureCollection',
  features: gdSource.features.map((f) => ({
    type: 'Feature',
    properties: { name: String(f.properties.name), code: String(f.id) },
    geometry: { type: 'MultiPolygon', coordinates: polygonsOf(f.geometry).map(rewindPolygon) },
  })),
};
const cities = JSON.parse(
  await shaper(
    `-clean -filter-islands min-area=5km2 -simplify ${CITY_SIMPLIFY * 100}% weighted keep-shapes -o out.json format=geojson precision=0.001`,
    cityInput,
  ),
);
cities.features = cities.features.map((f) => ({
  type: 'Feature',
  properties: { name: f.properties.name, code: f.properties.code },
  // mapshaper writes RFC 7946 winding (counter-clockwise); turn it back for d3-geo.
  geometry: { type: 'MultiPolygon', coordinates: rewindAll(f.geometry) },
}));
if (cities.features.length !== 21) fail(`guangdong cities: ${cities.features.length} features, expected 21`);
assertD3Winding(cities.features, 'guangdong cities');
write(OUT_CITIES, JSON.stringify(cities));

// ---------------------------------------------------------------------------------------------
// 4. The pre-projected map for <gov-rank-map> (src/geo/china-planar.json)
//
// The element draws the bundled map without d3-geo: everything is projected here, once, with the
// same code the element used at runtime (src/geo/fit.ts: Albers 25/47, 105°E, the inset laid out
// in the lower right), into a fixed space PLANAR_WIDTH wide, and quantized to 1/PLANAR_Q unit.
// The SVG's viewBox is that space; CSS scales it. Format (read by src/geo/planar.ts):
//
//   q, dashQ, fineQ   point runs are integers of 1/q unit; the inset's dashes of 1/dashQ; centroids,
//                     cities and islands of 1/fineQ
//   width, height (with the inset), heightNoInset (same projection, cropped above the inset)
//   projection        [scale, tx, ty] of the main map (for mapping onto a user geometry's fit)
//   arcs              the provinces' topology arcs, projected: shared borders stored once; runs
//                     of integer points as text (scripts/lib/point-code.mjs: Rice-coded deltas,
//                     13 bits per two characters; decoded by src/geo/point-code.ts); an arc's
//                     start or end is left out where its ring gives it (the arc before it, the ring's
//                     start, a reversed arc seen before after it)
//   provinces         [code, name]
//   provinceArcs      their polygons as TopoJSON arc indexes (~i = reversed), as text
//                     (scripts/lib/point-code.mjs: arcs numbered by first use, which is forward)
//   centroids         the provinces' centroids, in their order, as one point run: d3's planar
//                     centroid (labels, keyboard navigation, callouts)
//   cities            [codes " "-separated, their positions as one point run] for the 32 key
//                     cities (src/geo/city-centres.ts)
//   inset.box         [x, y, width, height] of the 南海诸岛 frame
//   inset.projection  [scale, tx, ty] of the inset's projection (main × INSET_SCALE_RATIO)
//   inset.land        codes of the provinces seen in the inset: drawn with the main paths under
//                     an affine transform (scale ratio, translate) clipped to the box — no copy
//   inset.neighbours, inset.dashes   rings in the inset's space, clipped to the box (point runs)
//   inset.islands     [name, rings, marker x, marker y] (the English names are in the TopoJSON only:
//                     no map shows the groups' names)
//
// Outer rings come out clockwise on screen (y down): planar shoelace area > 0 (see planarArea).

const PLANAR_WIDTH = 1000;
/**
 * 1/2 unit for the province arcs and the inset's neighbouring land: a point moves at most 1/4 unit,
 * under a device pixel at 2× on a 1000-px-wide map (the screenshots compared: docs/performance.md).
 */
const PLANAR_Q = 2;
/** The inset's ten dashes stay at 1/4 unit: 4–11 units long and thin, 1/2 would change their width. */
const DASH_Q = 4;
/**
 * Single points (centroids, the key cities) and the island groups (sub-pixel rings, stroked: at
 * 1/4 unit their smallest islets would merge or vanish) stay at 1/10 unit; they are few bytes.
 */
const FINE_Q = 10;
/** Douglas–Peucker tolerance for the neighbours' context land, in units of the fixed space. */
const NEIGHBOUR_TOLERANCE = 0.6;
/** Neighbour rings smaller than this (units²) are dropped. */
const NEIGHBOUR_MIN_AREA = 6;

/** Bundles a TypeScript module of src/ and imports it. */
async function importTs(entry) {
  const out = await esbuild({ entryPoints: [entry], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'error' });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const quant = ([x, y], q = PLANAR_Q) => [Math.round(x * q), Math.round(y * q)];
const same = (a, b) => a[0] === b[0] && a[1] === b[1];

/** Consecutive duplicates removed; an open ring (no closing point). */
function cleanRing(points) {
  const out = [];
  for (const p of points) if (!out.length || !same(out[out.length - 1], p)) out.push(p);
  while (out.length > 1 && same(out[0], out[out.length - 1])) out.pop();
  return out;
}

/** Shoelace area with y down: positive for rings clockwise on screen. */
function planarArea(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[(i + 1) % ring.length];
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

/** Douglas–Peucker on a closed (open-stored) ring, keeping its first point. */
function simplifyRing(ring, tol) {
  const pts = [...ring, ring[0]];
  const keep = new Uint8Array(pts.length);
  keep[0] = keep[pts.length - 1] = 1;
  const stack = [[0, pts.length - 1]];
  while (stack.length) {
    const [a, b] = /** @type {number[]} */ (stack.pop()); // the loop runs while the stack is not empty
    const [ax, ay] = pts[a];
    const [bx, by] = pts[b];
    const len = Math.hypot(bx - ax, by - ay);
    let best = -1;
    let dist = tol;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = pts[i];
      const d = len ? Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len : Math.hypot(px - ax, py - ay);
      if (d > dist) {
        dist = d;
        best = i;
      }
    }
    if (best >= 0) {
      keep[best] = 1;
      stack.push([a, best], [best, b]);
    }
  }
  return pts.filter((_, i) => keep[i]).slice(0, -1);
}

/** The rings d3 draws for `object` through `projection` (clipping and resampling included). */
function projectedRings(projection, object) {
  const rings = [];
  let ring = null;
  const context = {
    moveTo(x, y) {
      ring = [[x, y]];
      rings.push(ring);
    },
    lineTo(x, y) {
      ring.push([x, y]);
    },
    closePath() {},
    arc() {},
  };
  // d3 calls only moveTo, lineTo, closePath and arc on a path's context (beginPath is the caller's).
  d3.geoPath(projection, /** @type {import('d3-geo').GeoContext} */ (/** @type {unknown} */ (context)))(object);
  return rings;
}

const r1 = (v) => Math.round(v * 10) / 10;

{
  const { fitFeatures } = await importTs('src/geo/fit.ts');
  const { REGIONS } = await importTs('src/data/regions.ts');
  const { CITY_CENTRES } = await importTs('src/geo/city-centres.ts');
  const fit = fitFeatures(PLANAR_WIDTH, provinceFc, { inset: true });
  const flat = fitFeatures(PLANAR_WIDTH, provinceFc, { inset: false });
  if (fit.projection.scale() !== flat.projection.scale() || String(fit.projection.translate()) !== String(flat.projection.translate())) {
    fail('the map without the inset is not the same projection cropped');
  }
  const project = fit.projection;

  // Arcs: decode the quantized lon/lat arcs, project every vertex, quantize in the fixed space.
  const [sx, sy] = provinces.transform.scale;
  const [tx, ty] = provinces.transform.translate;
  const planarArcs = provinces.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const pts = arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return quant(project([x * sx + tx, y * sy + ty]));
    });
    // Interior points that fall on their predecessor (or on the end point) go; the ends stay,
    // they are the topology's nodes.
    const out = [pts[0]];
    for (let i = 1; i < pts.length - 1; i++) if (!same(pts[i], out[out.length - 1]) && !same(pts[i], pts[pts.length - 1])) out.push(pts[i]);
    out.push(pts[pts.length - 1]);
    return out;
  });
  // Arcs renumbered in the order the provinces first use them, and turned so that their first
  // use is forward: an arc list is then coded as "the next new arc" (1 bit) or "arc i reversed"
  // (encodeArcLists). Arcs no province uses (mapshaper leaves a degenerate pair behind) are dropped.
  /** @type {[number, boolean][]} [old index, reversed at its first use], in the new order */
  const order = [];
  /** @type {Map<number, number>} old index → new */
  const renumbered = new Map();
  const renumber = (/** @type {number} */ i) => {
    const old = i < 0 ? ~i : i;
    let n = renumbered.get(old);
    if (n === undefined) {
      renumbered.set(old, (n = order.length));
      order.push([old, i < 0]);
      return n;
    }
    return i < 0 === /** @type {[number, boolean]} */ (order[n])[1] ? n : ~n;
  };
  const arcLists = provinces.objects.provinces.geometries.map((g) =>
    (g.type === 'Polygon' ? [g.arcs] : g.arcs).map((poly) => poly.map((ring) => ring.map(renumber))),
  );
  const keptArcs = order.map(([old, reversed]) => (reversed ? [...planarArcs[old]].reverse() : planarArcs[old]));
  const arcPoints = (i) => (i >= 0 ? planarArcs[i] : [...planarArcs[~i]].reverse());
  const ringOf = (arcs) => cleanRing(arcs.flatMap((a, j) => (j ? arcPoints(a).slice(1) : arcPoints(a))));

  const path = d3.geoPath(project);
  const planarProvinces = provinces.objects.provinces.geometries.map((g, k) => {
    const polygons = g.type === 'Polygon' ? [g.arcs] : g.arcs;
    const f = /** @type {import('geojson').Feature} */ (provinceFc.features.find((x) => x.id === g.id));
    const [cx, cy] = path.centroid(f);
    // Checks: outer rings clockwise on screen with a positive area, holes the other way.
    for (const poly of polygons) {
      poly.forEach((arcs, i) => {
        const a = planarArea(ringOf(arcs));
        if (i === 0 ? !(a > 0) : !(a < 0)) fail(`planar ${g.id}: ring ${i} has area ${a}`);
      });
    }
    return [g.id, g.properties.name, arcLists[k], r1(cx), r1(cy)];
  });

  // The 32 key cities.
  const cities = {};
  for (const r of REGIONS) {
    if (r.level !== 'city') continue;
    const centre = CITY_CENTRES[r.code];
    if (!centre) fail(`city ${r.code} ${r.name} has no centre in src/geo/city-centres.ts`);
    const [x, y] = project(centre);
    if (!(x > 0 && x < PLANAR_WIDTH && y > 0 && y < fit.height)) fail(`city ${r.code} ${r.name} projects outside the map`);
    cities[r.code] = [r1(x), r1(y)];
  }
  if (Object.keys(cities).length !== 32) fail(`${Object.keys(cities).length} key cities, expected 32`);

  // The inset.
  const { box, projection: ip, ratio } = fit.inset;
  const [ex, ey] = [ip.translate()[0] - ratio * project.translate()[0], ip.translate()[1] - ratio * project.translate()[1]];
  const e = 1 / PLANAR_Q; // rounding of points on the clip edge
  const inBox = ([x, y]) => x >= box.x - e && x <= box.x + box.width + e && y >= box.y - e && y <= box.y + box.height + e;
  const land = planarProvinces
    .filter(([, , polygons]) =>
      polygons.some((poly) => {
        const pts = cleanRing(
          poly[0].flatMap((a, j) => {
            const arc = a >= 0 ? keptArcs[a] : [...keptArcs[~a]].reverse();
            return j ? arc.slice(1) : arc;
          }),
        ).map(([x, y]) => [(ratio * x) / PLANAR_Q + ex, (ratio * y) / PLANAR_Q + ey]);
        const xs = pts.map((p) => p[0]);
        const ys = pts.map((p) => p[1]);
        return (
          Math.max(...xs) > box.x && Math.min(...xs) < box.x + box.width && Math.max(...ys) > box.y && Math.min(...ys) < box.y + box.height
        );
      }),
    )
    .map(([code]) => code);
  const insetRings = (object, simplify, q = PLANAR_Q) => {
    let rings = projectedRings(ip, object);
    if (simplify)
      rings = rings.map((r) => simplifyRing(r, NEIGHBOUR_TOLERANCE)).filter((r) => Math.abs(planarArea(r)) >= NEIGHBOUR_MIN_AREA);
    rings = rings.map((r) => cleanRing(r.map((p) => quant(p, q)))).filter((r) => r.length);
    for (const r of rings) for (const p of r) if (!inBox([p[0] / q, p[1] / q])) fail(`inset content outside the box at ${p}`);
    return rings;
  };
  const neighbourRings = insetRings({ type: 'FeatureCollection', features: neighbourFeatures }, true);
  const dashRings = insetRings({ type: 'FeatureCollection', features: dashFeatures }, false, DASH_Q);
  if (dashRings.length !== 10) fail(`${dashRings.length} dash rings in the inset, expected 10`);
  const islands = islandFeatures.map((f) => {
    const [mx, my] = d3.geoPath(ip).centroid(f);
    return [f.properties.name, encodeRuns(insetRings(f, false, FINE_Q)), r1(mx), r1(my)];
  });

  const planar = {
    q: PLANAR_Q,
    dashQ: DASH_Q,
    fineQ: FINE_Q,
    width: PLANAR_WIDTH,
    height: fit.height,
    heightNoInset: flat.height,
    projection: [project.scale(), ...project.translate()],
    arcs: encodeRuns(keptArcs, ...ringGiven(arcLists, keptArcs)),
    provinces: planarProvinces.map(([code, name]) => [code, name]),
    provinceArcs: encodeArcLists(arcLists),
    centroids: encodeRuns([planarProvinces.map(([, , , cx, cy]) => quant([cx, cy], FINE_Q))]),
    // Codes in ascending order, as an object's integer-like keys would iterate.
    cities: [Object.keys(cities).join(' '), encodeRuns([Object.keys(cities).map((c) => quant(cities[c], FINE_Q))])],
    inset: {
      box: [box.x, box.y, box.width, box.height].map(r1),
      projection: [ip.scale(), ...ip.translate()],
      land,
      neighbours: encodeRuns(neighbourRings),
      dashes: encodeRuns(dashRings),
      islands,
    },
  };
  console.log(
    `  planar: ${keptArcs.length} arcs, ${keptArcs.reduce((n, a) => n + a.length, 0)} points, ${neighbourRings.length} neighbour rings ` +
      `(${neighbourRings.reduce((n, r) => n + r.length, 0)} points), inset land ${land.join(',')}`,
  );
  write(OUT_PLANAR, JSON.stringify(planar));
}
