/**
 * The map's projection and layout core: Albers equal-area conic (parallels 25°N and 47°N, central
 * meridian 105°E), fitted to a width, with the South China Sea islands inset (南海诸岛) in a framed
 * box in the lower right. Takes the features to fit explicitly and imports no geometry: the
 * build (scripts/build-geometry.mjs) and the on-demand user-geometry module use it; the bundled
 * map itself is drawn from pre-projected data (china-planar.json) without d3-geo. DOM-free.
 */
import { geoConicEqualArea, geoPath, type GeoConicProjection, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPoint } from 'geojson';
import type { Box } from './box.js';

export const CHINA_PARALLELS: readonly [number, number] = [25, 47];
export const CHINA_CENTRAL_MERIDIAN = 105;

/** The geographic window of the inset, [[west, south], [east, north]] in degrees: the whole
 *  dashed line and all island groups, Hainan and the coast of Guangdong. */
export const INSET_EXTENT: readonly [readonly [number, number], readonly [number, number]] = [
  [106.8, 2.3],
  [121.6, 23.6],
];

/** Inset scale as a share of the main map's scale. */
export const INSET_SCALE_RATIO = 0.4;

/** A new Albers projection for China (scale and translate are d3's defaults until fitted). */
export function chinaProjection(): GeoConicProjection {
  return geoConicEqualArea().parallels([CHINA_PARALLELS[0], CHINA_PARALLELS[1]]).rotate([-CHINA_CENTRAL_MERIDIAN, 0]);
}

export type { Box };

export interface InsetLayout {
  /** The inset's frame, in the map's pixel space (lower right, inside [0, width] × [0, height]). */
  box: Box;
  /** Same conic as the main map at a smaller scale, translated into the box and clipped to it
   *  (clipExtent): draw the provinces, islands and dashes through it. */
  projection: GeoConicProjection;
  /** Inset scale / main scale. */
  ratio: number;
}

export interface ChinaFit {
  projection: GeoConicProjection;
  width: number;
  height: number;
  padding: number;
  /** null when the inset is switched off. */
  inset: InsetLayout | null;
}

export interface FitOptions {
  /** Fixed height: the map is fitted into width × height and centred (default: derived). */
  height?: number;
  /** Padding around the content in px (default: 1 % of the width, at least 2). */
  padding?: number;
  /** Reserve room for and lay out the 南海诸岛 inset (default true). */
  inset?: boolean;
  /** Fit these features instead of the bundled provinces (e.g. a user's approved geometry). */
  features?: FeatureCollection | readonly Feature[];
}

type Bounds = [[number, number], [number, number]];

/** Unit-scale projection: projected = scale × unit + translate. */
function unitProjection(): GeoConicProjection {
  return chinaProjection().scale(1).translate([0, 0]);
}

function insetExtentPoints(): MultiPoint {
  const [[w, s], [e, n]] = INSET_EXTENT;
  const coordinates: [number, number][] = [];
  const steps = 16;
  for (let i = 0; i <= steps; i++) {
    const lon = w + ((e - w) * i) / steps;
    const lat = s + ((n - s) * i) / steps;
    coordinates.push([lon, s], [lon, n], [w, lat], [e, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

interface UnitLayout {
  content: Bounds;
  /** Inset frame and the inset extent's own unit bounds (at inset scale = 1). */
  inset: { frame: Bounds; extent: Bounds; pad: number } | null;
}

const unitCache = new WeakMap<object, { withInset: UnitLayout; without: UnitLayout }>();

function polygonBounds(path: ReturnType<typeof geoPath>, features: readonly Feature[]): Bounds[] {
  const out: Bounds[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (!g) continue;
    const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : null;
    if (polys) for (const coordinates of polys) out.push(path.bounds({ type: 'Polygon', coordinates }) as Bounds);
    else out.push(path.bounds(f as GeoPermissibleObjects) as Bounds);
  }
  return out.filter((b) => b.flat().every(Number.isFinite));
}

function computeUnitLayout(features: readonly Feature[]): { withInset: UnitLayout; without: UnitLayout } {
  const path = geoPath(unitProjection());
  const parts = polygonBounds(path, features);
  if (!parts.length) throw new Error('fitChina: no drawable features');
  const B: Bounds = [
    [Math.min(...parts.map((b) => b[0][0])), Math.min(...parts.map((b) => b[0][1]))],
    [Math.max(...parts.map((b) => b[1][0])), Math.max(...parts.map((b) => b[1][1]))],
  ];
  const bh = B[1][1] - B[0][1];

  const E = path.bounds(insetExtentPoints()) as Bounds;
  const r = INSET_SCALE_RATIO;
  const pad = 0.03 * r * Math.max(E[1][0] - E[0][0], E[1][1] - E[0][1]);
  const fw = r * (E[1][0] - E[0][0]) + 2 * pad;
  const fh = r * (E[1][1] - E[0][1]) + 2 * pad;
  const x1 = B[1][0];
  const x0 = x1 - fw;
  // Top of the frame: just below the lowest part (polygon) that shares its columns — for China
  // that is the south cape of Taiwan; the frame then hangs into the empty sea east of Hainan.
  const gap = 0.012 * bh;
  let y0 = B[0][1];
  for (const b of parts) if (b[1][0] > x0 && b[0][0] < x1) y0 = Math.max(y0, b[1][1] + gap);
  const frame: Bounds = [
    [x0, y0],
    [x1, y0 + fh],
  ];
  const content: Bounds = [
    [Math.min(B[0][0], frame[0][0]), Math.min(B[0][1], frame[0][1])],
    [Math.max(B[1][0], frame[1][0]), Math.max(B[1][1], frame[1][1])],
  ];
  return { withInset: { content, inset: { frame, extent: E, pad } }, without: { content: B, inset: null } };
}

const isFeatureArray = (x: FeatureCollection | readonly Feature[]): x is readonly Feature[] => Array.isArray(x);

function unitLayout(features: FeatureCollection | readonly Feature[], inset: boolean): UnitLayout {
  let cached = unitCache.get(features);
  if (!cached) {
    cached = computeUnitLayout(isFeatureArray(features) ? features : features.features);
    unitCache.set(features, cached);
  }
  return inset ? cached.withInset : cached.without;
}

/**
 * Fit `features` to `width` (and to `options.height` if given). The height is derived from the
 * geometry's aspect ratio plus the room the inset needs, rounded up so every feature lies inside
 * [0, width] × [0, height].
 */
export function fitFeatures(
  width: number,
  features: FeatureCollection | readonly Feature[],
  options: Omit<FitOptions, 'features'> = {},
): ChinaFit {
  if (!(width > 0) || !Number.isFinite(width)) throw new RangeError(`fitFeatures: width must be a positive number, got ${width}`);
  const withInset = options.inset ?? true;
  const layout = unitLayout(features, withInset);
  const padding = options.padding ?? Math.max(2, Math.round(width * 0.01));
  const [[cx0, cy0], [cx1, cy1]] = layout.content;
  const cw = cx1 - cx0;
  const ch = cy1 - cy0;
  const availW = Math.max(1, width - 2 * padding);
  let scale = availW / cw;
  let height: number;
  let offsetX = 0;
  let offsetY = 0;
  if (options.height !== undefined && options.height > 0) {
    height = options.height;
    const availH = Math.max(1, height - 2 * padding);
    scale = Math.min(scale, availH / ch);
    offsetX = (availW - cw * scale) / 2;
    offsetY = (availH - ch * scale) / 2;
  } else {
    height = Math.ceil(ch * scale + 2 * padding);
  }
  const tx = padding + offsetX - cx0 * scale;
  const ty = padding + offsetY - cy0 * scale;
  const projection = chinaProjection().scale(scale).translate([tx, ty]);

  let inset: InsetLayout | null = null;
  if (layout.inset) {
    const { frame, extent, pad } = layout.inset;
    const box: Box = {
      x: tx + frame[0][0] * scale,
      y: ty + frame[0][1] * scale,
      width: (frame[1][0] - frame[0][0]) * scale,
      height: (frame[1][1] - frame[0][1]) * scale,
    };
    const s = scale * INSET_SCALE_RATIO;
    const insetProjection = chinaProjection()
      .scale(s)
      .translate([box.x + pad * scale - extent[0][0] * s, box.y + pad * scale - extent[0][1] * s])
      .clipExtent([
        [box.x, box.y],
        [box.x + box.width, box.y + box.height],
      ]);
    inset = { box, projection: insetProjection, ratio: INSET_SCALE_RATIO };
  }
  return { projection, width, height, padding, inset };
}

/** Height ÷ width of the content of `features` (without padding), with or without the inset. */
export function aspectOf(features: FeatureCollection | readonly Feature[], inset = true): number {
  const [[x0, y0], [x1, y1]] = unitLayout(features, inset).content;
  return (y1 - y0) / (x1 - x0);
}
