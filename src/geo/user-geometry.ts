/**
 * Reading a user's own geometry (an approved GeoJSON or TopoJSON) for the map. DOM-free; never
 * throws: whatever is wrong ends up in `problems`.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature as topoFeature } from 'topojson-client';
import { geoArea } from 'd3-geo';

/** A polygon feature of the user's geometry; `id` is the key value as a string (when found). */
export type UserFeature = Feature<Polygon | MultiPolygon, GeoJsonProperties> & { id?: string };

export interface UserGeometry {
  /** Polygon features, rewound for d3-geo (outer rings clockwise), in input order. */
  features: UserFeature[];
  /** Human-readable problems (empty when all is well). */
  problems: string[];
  /** The property the key was read from ("id" means the feature's own id), or null. */
  key: string | null;
  /** How many rings were rewound (counter-clockwise, RFC 7946 input). */
  rewound: number;
}

export interface ReadUserGeometryOptions {
  /** TopoJSON: the object to read, or "*" for all objects (default: the first object that has
   *  polygons). */
  object?: string;
}

/** Tried in this order when no key is given. */
export const DEFAULT_KEYS = ['id', 'adcode', 'code', 'name'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]);

const isRing = (r: unknown): r is Position[] => Array.isArray(r) && r.length >= 4 && r.every(isPosition);

const isPolygonCoords = (c: unknown): c is Position[][] => Array.isArray(c) && c.length > 0 && c.every(isRing);

/** Longitude/latitude degrees: projected metres, or [lat, lon] swapped for China, fall outside. */
const inDegrees = (rings: Position[][]) => rings.every((r) => r.every((p) => Math.abs(p[0]!) <= 180 && Math.abs(p[1]!) <= 90));

/** An outer ring with fewer than 3 distinct points has no area (and no size to fit a map to). */
const hasArea = (rings: Position[][]) => new Set(rings[0]!.map(([x, y]) => `${x},${y}`)).size >= 3;

/** Why polygons were left out, counted over a file. */
interface Skipped {
  notDegrees: number;
  noArea: number;
}

/** One ring's own d3 area: > 2π means it winds the "wrong" way for an outer ring. */
const ringArea = (ring: Position[]): number => geoArea({ type: 'Polygon', coordinates: [ring] });

function rewindPolygon(rings: Position[][], counter: { n: number }): Position[][] {
  return rings.map((ring, i) => {
    const inverted = ringArea(ring) > 2 * Math.PI;
    // Outer ring must be clockwise (small area); holes the other way (their own area > 2π).
    const wrong = i === 0 ? inverted : !inverted;
    if (!wrong) return ring;
    counter.n++;
    return [...ring].reverse();
  });
}

function keyValue(f: Feature, key: string): string | undefined {
  const props = isObject(f.properties) ? f.properties : {};
  const raw = key === 'id' ? (f.id ?? props['id']) : props[key];
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  if (typeof raw === 'string' && raw.trim() !== '') return raw.trim();
  return undefined;
}

function topologyFeatures(topo: Json, options: ReadUserGeometryOptions, problems: string[]): Feature[] {
  const objects = topo['objects'];
  if (!isObject(objects) || !Array.isArray(topo['arcs'])) {
    problems.push('TopoJSON without "objects" or "arcs".');
    return [];
  }
  const names = Object.keys(objects);
  if (!names.length) {
    problems.push('TopoJSON has no objects.');
    return [];
  }
  const decode = (name: string): Feature[] => {
    try {
      const out = topoFeature(topo as unknown as Topology, objects[name] as never) as Feature | FeatureCollection;
      return out.type === 'FeatureCollection' ? out.features : [out];
    } catch (e) {
      problems.push(`TopoJSON object "${name}" could not be decoded: ${e instanceof Error ? e.message : String(e)}`);
      return [];
    }
  };
  const hasPolygons = (fs: Feature[]) => fs.some((f) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon');
  if (options.object === '*') return names.flatMap(decode);
  if (options.object !== undefined) {
    if (!(options.object in objects)) {
      problems.push(`TopoJSON has no object "${options.object}" (it has: ${names.join(', ')}).`);
      return [];
    }
    return decode(options.object);
  }
  for (const name of names) {
    const fs = decode(name);
    if (hasPolygons(fs)) return fs;
  }
  return [];
}

function geoJsonFeatures(json: Json, problems: string[]): Feature[] {
  switch (json['type']) {
    case 'FeatureCollection':
      if (!Array.isArray(json['features'])) {
        problems.push('FeatureCollection without a "features" array.');
        return [];
      }
      {
        const all = json['features'] as unknown[];
        const features = all.filter((f): f is Feature => isObject(f) && f['type'] === 'Feature');
        if (features.length < all.length) problems.push(`${all.length - features.length} entry(ies) of "features" are not Features.`);
        return features;
      }
    case 'Feature':
      return [json as unknown as Feature];
    default:
      // A bare geometry: polygons are kept, other types are reported as skipped.
      return [{ type: 'Feature', properties: {}, geometry: json as unknown as Geometry }];
  }
}

const GEOJSON_TYPES = new Set([
  'FeatureCollection',
  'Feature',
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

/** Polygons of a geometry (GeometryCollections flattened); null if it has none that are valid. */
function polygonGeometry(g: unknown, skipped: Skipped): Polygon | MultiPolygon | null {
  if (!isObject(g)) return null;
  const polys: Position[][][] = [];
  const add = (c: Position[][]) => {
    if (!inDegrees(c)) skipped.notDegrees++;
    else if (!hasArea(c)) skipped.noArea++;
    else polys.push(c);
  };
  const visit = (geom: Json) => {
    if (geom['type'] === 'Polygon' && isPolygonCoords(geom['coordinates'])) add(geom['coordinates']);
    else if (geom['type'] === 'MultiPolygon' && Array.isArray(geom['coordinates'])) {
      for (const c of geom['coordinates'] as unknown[]) if (isPolygonCoords(c)) add(c);
    } else if (geom['type'] === 'GeometryCollection' && Array.isArray(geom['geometries'])) {
      for (const inner of geom['geometries'] as unknown[]) if (isObject(inner)) visit(inner);
    }
  };
  visit(g);
  if (!polys.length) return null;
  const [only] = polys;
  return polys.length === 1 && only ? { type: 'Polygon', coordinates: only } : { type: 'MultiPolygon', coordinates: polys };
}

/**
 * Read a user's GeoJSON (FeatureCollection, Feature or polygon geometry) or TopoJSON. Rings that
 * wind counter-clockwise (RFC 7946) are rewound for d3-geo; each feature's key is read from
 * `properties[key]` (or the feature's `id` for key "id"); without a key the first of id, adcode,
 * code, name that every feature has is used (else the one most features have).
 */
export function readUserGeometry(json: unknown, key?: string, options: ReadUserGeometryOptions = {}): UserGeometry {
  const problems: string[] = [];
  const result = (features: UserFeature[], usedKey: string | null, rewound = 0): UserGeometry => ({
    features,
    problems,
    key: usedKey,
    rewound,
  });

  let input = json;
  if (typeof input === 'string') {
    try {
      input = JSON.parse(input) as unknown;
    } catch {
      problems.push('Not JSON.');
      return result([], null);
    }
  }
  if (!isObject(input) || typeof input['type'] !== 'string') {
    problems.push('Not GeoJSON or TopoJSON (no "type").');
    return result([], null);
  }

  let raw: Feature[];
  if (input['type'] === 'Topology') raw = topologyFeatures(input, options, problems);
  else if (GEOJSON_TYPES.has(input['type'])) raw = geoJsonFeatures(input, problems);
  else {
    problems.push(`Not GeoJSON or TopoJSON (type "${input['type']}").`);
    return result([], null);
  }

  const counter = { n: 0 };
  const features: UserFeature[] = [];
  let skipped = 0;
  const left: Skipped = { notDegrees: 0, noArea: 0 };
  for (const f of raw) {
    const geometry = polygonGeometry(f.geometry, left);
    if (!geometry) {
      skipped++;
      continue;
    }
    const rewound: Polygon | MultiPolygon =
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates, counter) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((p) => rewindPolygon(p, counter)) };
    const out: UserFeature = { type: 'Feature', properties: isObject(f.properties) ? { ...f.properties } : {}, geometry: rewound };
    if (f.id !== undefined) out.id = String(f.id);
    features.push(out);
  }
  if (left.notDegrees) {
    problems.push(
      `${left.notDegrees} polygon(s) skipped: coordinates are not longitude/latitude degrees (projected, or [lat, lon] swapped? GeoJSON is [lon, lat]).`,
    );
  }
  if (left.noArea) problems.push(`${left.noArea} polygon(s) skipped: no area (fewer than 3 distinct points).`);
  if (skipped) problems.push(`${skipped} feature(s) skipped: no valid Polygon or MultiPolygon geometry.`);
  if (!features.length) {
    problems.push('No polygon features found.');
    return result([], null, counter.n);
  }

  // Choose the key.
  let usedKey: string | null = null;
  if (key !== undefined && key !== '') usedKey = key;
  else {
    let best: { k: string; n: number } | null = null;
    for (const k of DEFAULT_KEYS) {
      const n = features.filter((f) => keyValue(f, k) !== undefined).length;
      if (n === features.length) {
        best = { k, n };
        break;
      }
      if (n > 0 && (!best || n > best.n)) best = { k, n };
    }
    usedKey = best?.k ?? null;
  }
  if (!usedKey) {
    problems.push(`No key found: none of the features has ${DEFAULT_KEYS.join(', ')}; pass the property that holds the code.`);
    for (const f of features) delete f.id;
    return result(features, null, counter.n);
  }

  let missing = 0;
  const seen = new Map<string, number>();
  for (const f of features) {
    const v = keyValue(f, usedKey);
    if (v === undefined) {
      missing++;
      delete f.id;
    } else {
      f.id = v;
      seen.set(v, (seen.get(v) ?? 0) + 1);
    }
  }
  if (missing) problems.push(`${missing} of ${features.length} feature(s) have no "${usedKey}".`);
  const dupes = [...seen].filter(([, n]) => n > 1).map(([v]) => v);
  if (dupes.length) problems.push(`Duplicate "${usedKey}" value(s): ${dupes.slice(0, 5).join(', ')}${dupes.length > 5 ? ', …' : ''}.`);
  return result(features, usedKey, counter.n);
}
