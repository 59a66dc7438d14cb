import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export function decodeRing(encoded: string, offset: readonly [number, number], scale?: number): [number, number][];
export function decodeGeometry(
  geometry: { type: string; coordinates: unknown; encodeOffsets?: unknown },
  scale?: number,
): Polygon | MultiPolygon;
/** Every feature's properties are a copy of the source's (an object, never null). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ECharts' properties are whatever its files hold
export function decodeEChartsGeoJson(json: unknown): FeatureCollection<Polygon | MultiPolygon, { [name: string]: any }>;
