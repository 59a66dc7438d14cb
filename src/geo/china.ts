/**
 * The bundled geometry, decoded once per page: 34 provincial-level units (GB/T 2260 codes) and
 * the South China Sea islands inset (南海诸岛). DOM-free; runs in Node.
 *
 * The geometry is illustrative (示意图): it is built by scripts/build-geometry.mjs from the
 * echarts@4.9.0 map data and Natural Earth (see NOTICE) and carries no approval number (审图号).
 * All rings are in d3-geo's winding (outer rings clockwise). <gov-rank-map> does not import this
 * module: it draws the same geometry pre-projected (planar.ts, china-planar.json).
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import { geoCentroid } from 'd3-geo';
import provincesJson from './china-provinces.topo.json';
import southChinaSeaJson from './south-china-sea.topo.json';

export type RegionGeometry = Polygon | MultiPolygon;

export interface ProvinceProperties {
  /** Short Chinese name, e.g. "广东", "内蒙古", "香港". */
  name: string;
}

/** One provincial-level unit; `id` is its 6-digit GB/T 2260 code, e.g. "440000". */
export type ProvinceFeature = Feature<RegionGeometry, ProvinceProperties> & { id: string };

export type ProvinceTopology = Topology<{ provinces: GeometryCollection<ProvinceProperties> }>;

export interface IslandProperties {
  /** Chinese name of the island group: 东沙群岛, 西沙群岛, 黄岩岛, 南沙群岛. */
  name: string;
  /** English name. */
  en: string;
  /** Where the polygons came from. */
  source: string;
}

export interface SouthChinaSea {
  /** 东沙群岛 (Pratas), 西沙群岛 (Paracels), 黄岩岛 (Scarborough Reef, 中沙群岛), 南沙群岛 (Spratlys).
   *  The polygons are real-size, i.e. far below a pixel in an inset: stroke them or mark them. */
  islands: Feature<MultiPolygon, IslandProperties>[];
  /** The ten dashes of the dashed line (断续线), in lon/lat, `properties.index` 1–10. Placement is
   *  approximate (see NOTICE / scripts/build-geometry.mjs). */
  dashes: Feature<Polygon, { index: number }>[];
  /** Neighbouring countries' land around the sea, for faint context in the inset only. */
  neighbours: Feature<MultiPolygon, { name: string }>[];
}

type SouthChinaSeaTopology = Topology<{
  islands: GeometryCollection<IslandProperties>;
  dashes: GeometryCollection<{ index: number }>;
  neighbours: GeometryCollection<{ name: string }>;
}>;

/** The bundled TopoJSON (object `provinces`), as imported. */
export function chinaTopology(): ProvinceTopology {
  return provincesJson as unknown as ProvinceTopology;
}

let provinceList: readonly ProvinceFeature[] | undefined;
let provinceMap: ReadonlyMap<string, ProvinceFeature> | undefined;
let provinceCollection: FeatureCollection<RegionGeometry, ProvinceProperties> | undefined;

/** All 34 provincial-level units, sorted by code. Decoded once, shared: do not mutate. */
export function chinaFeatureList(): readonly ProvinceFeature[] {
  if (!provinceList) {
    const topo = chinaTopology();
    const fc = feature(topo, topo.objects.provinces) as FeatureCollection<RegionGeometry, ProvinceProperties>;
    provinceList = Object.freeze(
      fc.features.map((f) => ({ ...f, id: String(f.id) }) as ProvinceFeature).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    );
  }
  return provinceList;
}

/** The 34 provincial-level units keyed by GB/T 2260 code ("110000" … "820000"). Memoised. */
export function chinaFeatures(): ReadonlyMap<string, ProvinceFeature> {
  provinceMap ??= new Map(chinaFeatureList().map((f) => [f.id, f]));
  return provinceMap;
}

/** The same features as one FeatureCollection (for fitting and bounds). Memoised. */
export function chinaCollection(): FeatureCollection<RegionGeometry, ProvinceProperties> {
  provinceCollection ??= { type: 'FeatureCollection', features: [...chinaFeatureList()] };
  return provinceCollection;
}

let innerMesh: MultiLineString | undefined;
let outerMesh: MultiLineString | undefined;

/** Borders shared by two units (each drawn once): for a crisp internal-border stroke. Memoised. */
export function chinaMesh(): MultiLineString {
  const topo = chinaTopology();
  innerMesh ??= mesh(topo, topo.objects.provinces, (a, b) => a !== b);
  return innerMesh;
}

/** The outer edge of the country (coast and land border, including islands). Memoised. */
export function chinaOutline(): MultiLineString {
  const topo = chinaTopology();
  outerMesh ??= mesh(topo, topo.objects.provinces, (a, b) => a === b);
  return outerMesh;
}

let scs: SouthChinaSea | undefined;

/** Features for the 南海诸岛 inset (drawn together with the provinces, clipped to the inset box). */
export function southChinaSea(): SouthChinaSea {
  if (!scs) {
    const topo = southChinaSeaJson as unknown as SouthChinaSeaTopology;
    scs = {
      islands: feature(topo, topo.objects.islands).features as Feature<MultiPolygon, IslandProperties>[],
      dashes: feature(topo, topo.objects.dashes).features as Feature<Polygon, { index: number }>[],
      neighbours: feature(topo, topo.objects.neighbours).features as Feature<MultiPolygon, { name: string }>[],
    };
  }
  return scs;
}

let centroids: ReadonlyMap<string, [number, number]> | undefined;

/**
 * Spherical centroids ([lon, lat], d3.geoCentroid) keyed by feature id — e.g. anchors for the
 * Hong Kong and Macau callouts. Without an argument: the bundled provinces (memoised). Features
 * without an id are skipped.
 */
export function featureCentroids(features?: Iterable<Feature>): ReadonlyMap<string, [number, number]> {
  if (features === undefined) {
    centroids ??= featureCentroids(chinaFeatureList());
    return centroids;
  }
  const out = new Map<string, [number, number]>();
  for (const f of features) {
    if (f.id === undefined || f.id === null) continue;
    const [lon, lat] = geoCentroid(f);
    if (Number.isFinite(lon) && Number.isFinite(lat)) out.set(String(f.id), [lon, lat]);
  }
  return out;
}
