/**
 * The bundled map, pre-projected: china-planar.json, written by scripts/build-geometry.mjs with
 * the map's projection (fit.ts: Albers 25/47, 105°E, the 南海诸岛 inset in the lower right) into
 * a fixed space `width` (1000) wide. Decoding it needs no d3-geo: integer arcs (point-code.ts),
 * stitched into rings, written as SVG path strings. Decoded once per page. DOM-free.
 *
 * Winding: outer rings clockwise on screen (y down), i.e. `ringArea` > 0; holes negative.
 */
import data from './china-planar.json';
import { decodeArcLists, decodeRuns, runReader } from './point-code.js';

export type Point = [number, number];

/** Province as drawn: its GB/T 2260 code, short name, rings (outer and holes) and centroid. */
export interface PlanarProvince {
  code: string;
  name: string;
  /** Polygons, each a list of rings (the first the outer ring), in the fixed space. */
  polygons: Point[][][];
  /** Planar centroid (d3's path.centroid at build time): labels, keyboard navigation, callouts. */
  centroid: Point;
}

export interface PlanarInset {
  /** The frame, in the fixed space. */
  box: { x: number; y: number; width: number; height: number };
  /** [scale, tx, ty] of the inset's projection (Albers 25/47, 105°E). */
  projection: readonly [number, number, number];
  /** Codes of the provinces seen in the inset (drawn with their main paths, transformed). */
  land: readonly string[];
  /** Rings in the inset's space (clipped to the box): neighbouring land (context) and dashes. */
  neighbours: Point[][];
  dashes: Point[][];
  /** The four island groups: rings (sub-pixel, to be stroked) and a marker point. */
  islands: { name: string; rings: Point[][]; at: Point }[];
}

export interface PlanarChina {
  width: number;
  /** With the inset; `heightNoInset` is the same map cropped above the inset. */
  height: number;
  heightNoInset: number;
  /** [scale, tx, ty] of the main projection. */
  projection: readonly [number, number, number];
  /** The topology's arcs (shared borders once), decoded. */
  arcs: Point[][];
  /** The 34 provincial-level units, sorted by code. */
  provinces: PlanarProvince[];
  /** The 32 key cities' positions, by code. */
  cities: ReadonlyMap<string, Point>;
  inset: PlanarInset;
  /** Each province's polygons as arc indexes (TopoJSON: ~i is arc i reversed). */
  topology: ReadonlyMap<string, number[][][]>;
}

interface PlanarJson {
  /** Point runs are integers of 1/q unit; the inset's dashes of 1/dashQ; the centroids, cities and islands of 1/fineQ. */
  q: number;
  dashQ: number;
  fineQ: number;
  width: number;
  height: number;
  heightNoInset: number;
  projection: number[];
  arcs: string;
  provinces: [string, string][];
  /** The provinces' polygons as arc indexes (TopoJSON: ~i is arc i reversed), in their order. */
  provinceArcs: string;
  /** The provinces' centroids, in their order: one point run. */
  centroids: string;
  /** Codes, " "-separated, and their positions: one point run. */
  cities: [string, string];
  inset: {
    box: number[];
    projection: number[];
    land: string[];
    neighbours: string;
    dashes: string;
    islands: [string, string, number, number][];
  };
}

const last = <T>(a: readonly T[] | undefined): T | undefined => a?.[a.length - 1];

/**
 * A ring from arc indexes: arcs joined, each one's first point dropped after the first arc. An arc
 * not decoded yet (its first use, forward) is the next of `next`, given where it starts (unless it
 * is the ring's first) and where it ends when that is known: at the ring's start if it is the
 * ring's last arc, at the start of a reversed arc seen before that follows it.
 */
function stitch(arcs: Point[][], indexes: readonly number[], next: (from?: Point, to?: Point) => Point[]): Point[] {
  const ring: Point[] = [];
  indexes.forEach((i, j) => {
    const n = indexes[j + 1];
    const to = n === undefined ? ring[0] : n < 0 ? last(arcs[~n]) : undefined;
    const arc = i < 0 ? [...arcs[~i]!].reverse() : (arcs[i] ??= next(last(ring), to));
    ring.push(...(ring.length ? arc.slice(1) : arc));
  });
  // Closed (the build checks it): the last point repeats the first; SVG closes with Z.
  ring.pop();
  return ring;
}

/** Planar shoelace area, y down: positive for a ring clockwise on screen. */
export function ringArea(ring: readonly Point[]): number {
  let s = 0;
  for (let i = 0, n = ring.length; i < n; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[(i + 1) % n]!;
    s += x0 * y1 - x1 * y0;
  }
  return s / 2;
}

/** Area of polygons (holes subtract). */
export function polygonsArea(polygons: readonly (readonly Point[][])[]): number {
  let a = 0;
  for (const p of polygons) for (const r of p) a += ringArea(r);
  return a;
}

/** Rounded to 0.1 (points of the data, at 1/2 or 1/4 unit, and their inset transforms: finer than a device pixel), without float noise: path data, positions. */
export const round1 = (v: number) => Math.round(v * 10) / 10;

/** SVG path data for rings ("M x,y L … Z" per ring); `k, dx, dy` map each point affinely. */
export function ringsPath(rings: Iterable<readonly Point[]>, k = 1, dx = 0, dy = 0): string {
  let d = '';
  for (const r of rings) {
    if (!r.length) continue;
    r.forEach(([x, y], i) => {
      d += `${i ? (i === 1 ? 'L' : ' ') : 'M'}${round1(x * k + dx)},${round1(y * k + dy)}`;
    });
    d += 'Z';
  }
  return d;
}

let decoded: PlanarChina | undefined;

/** The bundled map, decoded once per page (shared: do not mutate). */
export function planarChina(): PlanarChina {
  if (decoded) return decoded;
  const j = data as unknown as PlanarJson;
  // Arcs are numbered in the order of their first use: decoded as the rings are stitched.
  const arcs: Point[][] = [];
  const next = runReader(j.arcs, j.q)[1];
  const topology = new Map<string, number[][][]>();
  const centroids = decodeRuns(j.centroids, j.fineQ)[0]!;
  const arcLists = decodeArcLists(j.provinceArcs);
  const provinces = j.provinces.map(([code, name], i): PlanarProvince => {
    const polys = arcLists[i]!;
    topology.set(code, polys);
    return { code, name, polygons: polys.map((p) => p.map((r) => stitch(arcs, r, next))), centroid: centroids[i]! };
  });
  const cityAt = decodeRuns(j.cities[1], j.fineQ)[0]!;
  const [bx, by, bw, bh] = j.inset.box as [number, number, number, number];
  decoded = {
    width: j.width,
    height: j.height,
    heightNoInset: j.heightNoInset,
    projection: j.projection as [number, number, number],
    arcs,
    provinces,
    topology,
    cities: new Map(j.cities[0].split(' ').map((c, i) => [c, cityAt[i]!])),
    inset: {
      box: { x: bx, y: by, width: bw, height: bh },
      projection: j.inset.projection as [number, number, number],
      land: j.inset.land,
      neighbours: decodeRuns(j.inset.neighbours, j.q),
      dashes: decodeRuns(j.inset.dashes, j.dashQ),
      islands: j.inset.islands.map(([name, rings, x, y]) => ({
        name,
        rings: decodeRuns(rings, j.fineQ),
        at: [x, y] as Point,
      })),
    },
  };
  return decoded;
}

/** Width and height of the bundled map's fixed space (for a skeleton of the right shape). */
export function planarSize(inset: boolean): { width: number; height: number } {
  const j = data as unknown as PlanarJson;
  return { width: j.width, height: inset ? j.height : j.heightNoInset };
}
