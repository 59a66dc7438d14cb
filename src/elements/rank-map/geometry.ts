/**
 * The map's projected geometry: path strings, centroids, the 南海诸岛 inset and the Hong Kong /
 * Macau callouts, computed once per (features, width, inset) and memoised — changing the year or
 * the colouring never recomputes them. DOM-free.
 */
import { geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { chinaCollection, southChinaSea } from '../../geo/china.js';
import { fitChina, type Box } from '../../geo/projection.js';

export interface MapShape {
  /** GB/T 2260 code when known, else the feature's key value. */
  code: string;
  /** The feature's own name (properties.name), when it has one. */
  name?: string;
  d: string;
  /** Projected centroid (px). For Hong Kong and Macau: the callout's centre. */
  centroid: [number, number];
  /** Projected area (px²). */
  area: number;
}

export interface Callout {
  code: string;
  /** Where the leader line starts (the region's centroid). */
  anchor: [number, number];
  /** The callout circle's centre and radius; `hit` is the larger invisible target. */
  x: number;
  y: number;
  r: number;
  hit: number;
  label: { 'zh-CN': string; en: string };
}

export interface InsetGeometry {
  box: Box;
  land: string;
  neighbours: string;
  dashes: string;
  /** Island groups: their path (sub-pixel, stroked) and a marker point. */
  islands: { name: string; en: string; d: string; at: [number, number] }[];
}

export interface MapGeometry {
  width: number;
  height: number;
  shapes: MapShape[];
  inset: InsetGeometry | null;
  callouts: Callout[];
  /** Projects lon/lat to px on the main map (null outside the projection's clip). */
  project(lon: number, lat: number): [number, number] | null;
}

type PolyFeature = Feature<Polygon | MultiPolygon, { name?: unknown } | null> & { id?: string | number };
type Features = FeatureCollection<Polygon | MultiPolygon> | { type: 'FeatureCollection'; features: PolyFeature[] };

let builds = 0;
/** How many times geometry was projected (for tests: re-colouring must not add to it). */
export function geometryBuilds(): number {
  return builds;
}

const cache = new WeakMap<object, Map<string, MapGeometry>>();

/** Callouts for the two SARs (bundled geometry only): offsets in px scaled with the width. */
const CALLOUTS: { code: string; dx: number; dy: number; label: { 'zh-CN': string; en: string } }[] = [
  { code: '810000', dx: 26, dy: 14, label: { 'zh-CN': '港', en: 'HK' } },
  { code: '820000', dx: -4, dy: 30, label: { 'zh-CN': '澳', en: 'MO' } },
];

/**
 * Projected geometry for `features` (default: the bundled provinces) at `width` px.
 * `inset` lays out the 南海诸岛 inset; `callouts` adds the Hong Kong / Macau targets.
 */
export function mapGeometry(width: number, opts: { features?: Features; inset?: boolean; callouts?: boolean } = {}): MapGeometry {
  const features = (opts.features ?? chinaCollection()) as Features;
  const inset = opts.inset ?? true;
  const key = `${Math.round(width)}|${inset ? 1 : 0}|${opts.callouts ? 1 : 0}`;
  let perFeatures = cache.get(features);
  if (!perFeatures) cache.set(features, (perFeatures = new Map()));
  const hit = perFeatures.get(key);
  if (hit) return hit;
  const geo = build(Math.round(width), features, inset, opts.callouts ?? false);
  // Keep a few widths (resizing back and forth), not every width ever seen.
  if (perFeatures.size >= 4) perFeatures.delete(perFeatures.keys().next().value!);
  perFeatures.set(key, geo);
  return geo;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function build(width: number, fc: Features, withInset: boolean, withCallouts: boolean): MapGeometry {
  builds++;
  const fit = fitChina(width, { inset: withInset, features: fc as FeatureCollection });
  const path = geoPath(fit.projection).digits(1);
  const shapes: MapShape[] = [];
  for (const f of fc.features as PolyFeature[]) {
    if (f.id === undefined || f.id === null) continue;
    const d = path(f) ?? '';
    if (!d) continue;
    const c = path.centroid(f);
    const name = f.properties && typeof f.properties.name === 'string' ? f.properties.name : undefined;
    shapes.push({ code: String(f.id), ...(name ? { name } : {}), d, centroid: [round1(c[0]), round1(c[1])], area: path.area(f) });
  }

  const callouts: Callout[] = [];
  if (withCallouts) {
    const k = Math.max(0.6, Math.min(1.4, width / 800));
    for (const c of CALLOUTS) {
      const shape = shapes.find((s) => s.code === c.code);
      if (!shape) continue;
      const anchor = shape.centroid;
      const x = round1(anchor[0] + c.dx * k);
      const y = round1(anchor[1] + c.dy * k);
      callouts.push({ code: c.code, anchor, x, y, r: round1(Math.max(4, 6 * k)), hit: round1(Math.max(10, 12 * k)), label: c.label });
      shape.centroid = [x, y];
    }
  }

  let inset: InsetGeometry | null = null;
  if (fit.inset) {
    const ip = geoPath(fit.inset.projection).digits(1);
    const scs = southChinaSea();
    inset = {
      box: fit.inset.box,
      land: ip(fc as FeatureCollection) ?? '',
      neighbours: ip({ type: 'FeatureCollection', features: scs.neighbours }) ?? '',
      dashes: ip({ type: 'FeatureCollection', features: scs.dashes }) ?? '',
      islands: scs.islands.map((f) => {
        const c = ip.centroid(f);
        return { name: f.properties.name, en: f.properties.en, d: ip(f) ?? '', at: [round1(c[0]), round1(c[1])] as [number, number] };
      }),
    };
  }
  const projection = fit.projection;
  return {
    width,
    height: fit.height,
    shapes,
    inset,
    callouts,
    project: (lon, lat) => {
      const p = projection([lon, lat]);
      return p ? [round1(p[0]), round1(p[1])] : null;
    },
  };
}
