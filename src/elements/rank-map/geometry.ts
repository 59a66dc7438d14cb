/**
 * The map's drawn geometry in a fixed space (the SVG's viewBox, 1000 wide; CSS scales it): path
 * strings, centroids, the 南海诸岛 inset, the key cities, and the Hong Kong / Macau callouts.
 *
 * The bundled map comes pre-projected (src/geo/planar.ts, no d3-geo): decoded and turned into
 * paths once per page, whatever the element's size — resizing, the year or the colouring never
 * rebuild it. A user's own geometry is projected into the same space by user-map.ts, loaded on
 * demand with d3-geo. DOM-free.
 */
import type { Box } from '../../geo/box.js';
import { planarChina, polygonsArea, ringsPath, round1, type PlanarInset } from '../../geo/planar.js';

export interface MapShape {
  /** GB/T 2260 code when known, else the feature's key value. */
  code: string;
  /** The feature's own name (properties.name), when it has one. */
  name?: string;
  d: string;
  /** Centroid in the fixed space (labels, keyboard navigation, tooltip anchor). */
  centroid: [number, number];
  /** Area in the fixed space (units²), positive. */
  area: number;
}

export interface Callout {
  code: string;
  /** Where the leader line starts (the region's centroid). */
  anchor: [number, number];
  /** The callout circle's centre and radius; `hit` is the larger invisible target (units). */
  x: number;
  y: number;
  r: number;
  hit: number;
  label: { 'zh-CN': string; en: string };
}

export interface InsetGeometry {
  box: Box;
  /** Affine map of the main map's space into the inset, [k, dx, dy] (SVG `matrix(k 0 0 k dx dy)`):
   *  the land in the inset is the main map's own paths under it, clipped to the box. */
  transform: [number, number, number];
  /** Path data (main map's space) of the land seen in the inset. */
  land: string;
  /** Path data in the inset's space. */
  neighbours: string;
  dashes: string;
  /** Each dash's bounding box (fixed space): what the inset's label must keep clear of. */
  dashBoxes: Box[];
  /** Island groups: their path (sub-pixel, stroked) and a marker point. */
  islands: { d: string; at: [number, number] }[];
}

export interface MapGeometry {
  /** The fixed space: viewBox `0 0 width height`. */
  width: number;
  height: number;
  shapes: MapShape[];
  inset: InsetGeometry | null;
  /** Positions of the 32 key cities (bundled map only; empty for a user geometry). */
  cities: ReadonlyMap<string, [number, number]>;
}

let builds = 0;
/** How many times geometry was built (for tests: resizing and re-colouring must not add to it). */
export function geometryBuilds(): number {
  return builds;
}
/** Counts one build (the bundled map's decoding, or projecting a user geometry). */
export function countBuild(): void {
  builds++;
}

type Projection = readonly [scale: number, tx: number, ty: number];

/** The affine map [k, dx, dy] of one projection's space onto another's: the same conic, scaled and moved. */
export function projectionMap(from: Projection, to: Projection): [number, number, number] {
  const k = to[0] / from[0];
  return [k, to[1] - k * from[1], to[2] - k * from[2]];
}

/**
 * The inset's content for a map whose inset projection is `[scale, tx, ty]` (the bundled map's
 * or a user geometry's fit — the same conic, so the bundled inset data maps onto it affinely).
 */
export function insetGeometry(box: Box, transform: [number, number, number], land: string, projection: Projection): InsetGeometry {
  const src: PlanarInset = planarChina().inset;
  const [k, dx, dy] = projectionMap(src.projection, projection);
  return {
    box,
    transform,
    land,
    neighbours: ringsPath(src.neighbours, k, dx, dy),
    dashes: ringsPath(src.dashes, k, dx, dy),
    dashBoxes: src.dashes.map((ring) => ringBox(ring, k, dx, dy)),
    islands: src.islands.map((i) => ({
      d: ringsPath(i.rings, k, dx, dy),
      at: [round1(i.at[0] * k + dx), round1(i.at[1] * k + dy)],
    })),
  };
}

function ringBox(ring: readonly (readonly [number, number])[], k: number, dx: number, dy: number): Box {
  const xs = ring.map((p) => p[0] * k + dx);
  const ys = ring.map((p) => p[1] * k + dy);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Whether the inset's label, drawn at `label` (its measured box), stays inside the frame and off
 * every dash. When it does not (English, or any label on a narrow map, where the text is large
 * against the inset), the map sets it outside, left of the frame.
 */
export function insetLabelFits(label: Box, inset: InsetGeometry): boolean {
  const f = inset.box;
  const within = label.x >= f.x && label.y >= f.y && label.x + label.width <= f.x + f.width && label.y + label.height <= f.y + f.height;
  return within && !inset.dashBoxes.some((d) => overlaps(label, d));
}

let bundled: { withInset: MapGeometry; without: MapGeometry } | undefined;

/** The bundled map (34 provinces), with or without the 南海诸岛 inset. Built once per page. */
export function mapGeometry(opts: { inset?: boolean } = {}): MapGeometry {
  if (!bundled) {
    countBuild();
    const p = planarChina();
    const shapes: MapShape[] = p.provinces.map((x) => ({
      code: x.code,
      name: x.name,
      d: ringsPath(x.polygons.flat()),
      centroid: x.centroid,
      area: polygonsArea(x.polygons),
    }));
    const ip = p.inset.projection;
    const seen = new Set(p.inset.land);
    const land = shapes
      .filter((x) => seen.has(x.code))
      .map((x) => x.d)
      .join('');
    const base = { width: p.width, shapes, cities: p.cities };
    bundled = {
      withInset: { ...base, height: p.height, inset: insetGeometry(p.inset.box, projectionMap(p.projection, ip), land, ip) },
      without: { ...base, height: p.heightNoInset, inset: null },
    };
  }
  return (opts.inset ?? true) ? bundled.withInset : bundled.without;
}

/** Callouts for the two SARs: offsets in screen px, scaled with the rendered width. Hong Kong's
 *  goes up and right: down and right, its label reached the inset's frame on narrow maps. */
const CALLOUTS: { code: string; dx: number; dy: number; label: { 'zh-CN': string; en: string } }[] = [
  { code: '810000', dx: 16, dy: -12, label: { 'zh-CN': '港', en: 'HK' } },
  { code: '820000', dx: -4, dy: 30, label: { 'zh-CN': '澳', en: 'MO' } },
];

/**
 * Hong Kong and Macau are 1–2 px wide at 800 px: a circle beside each, on a leader line, with a
 * hit area that stays usable in screen pixels (≥ 20 px across) at any rendered width.
 */
export function callouts(geo: MapGeometry, renderedWidth: number): Callout[] {
  const w = renderedWidth > 0 ? renderedWidth : geo.width;
  const u = geo.width / w; // units per screen px
  const k = Math.max(0.6, Math.min(1.4, w / 800));
  const out: Callout[] = [];
  for (const c of CALLOUTS) {
    const shape = geo.shapes.find((s) => s.code === c.code);
    if (!shape) continue;
    const anchor = shape.centroid;
    out.push({
      code: c.code,
      anchor,
      x: round1(anchor[0] + c.dx * k * u),
      y: round1(anchor[1] + c.dy * k * u),
      r: Math.max(4, 6 * k) * u,
      hit: Math.max(11, 12 * k) * u, // ≥ 22 px across: 20 with room for rounding
      label: c.label,
    });
  }
  return out;
}
