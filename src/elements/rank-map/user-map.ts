/**
 * A user's own geometry (`geometry` attribute) for <gov-rank-map>: read, then projected with
 * d3-geo into the same fixed space as the bundled map (1000 wide, the same conic and inset
 * layout). Loaded with import() only by maps that bring their own geometry, so d3-geo and
 * topojson-client stay out of the map's entry. DOM-free.
 */
import { geoPath } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fitFeatures } from '../../geo/fit.js';
import type { UserFeature } from '../../geo/user-geometry.js';
import { planarChina, round1 } from '../../geo/planar.js';
import { countBuild, insetGeometry, projectionMap, type MapGeometry, type MapShape } from './geometry.js';

export { readUserGeometry } from '../../geo/user-geometry.js';

export type UserCollection = { type: 'FeatureCollection'; features: UserFeature[] };

const cache = new WeakMap<object, Map<boolean, MapGeometry>>();
const NO_CITIES: ReadonlyMap<string, [number, number]> = new Map();

/** The user's features fitted into the fixed space, with or without the inset. Memoised. */
export function userMapGeometry(fc: UserCollection, inset: boolean): MapGeometry {
  let per = cache.get(fc);
  if (!per) cache.set(fc, (per = new Map()));
  const hit = per.get(inset);
  if (hit) return hit;
  countBuild();
  const width = planarChina().width;
  const fit = fitFeatures(width, fc as FeatureCollection<Polygon | MultiPolygon>, { inset });
  const path = geoPath(fit.projection).digits(1);
  const shapes: MapShape[] = [];
  for (const f of fc.features) {
    if (f.id === undefined || f.id === null) continue;
    const d = path(f) ?? '';
    if (!d) continue;
    const c = path.centroid(f);
    const name = f.properties && typeof f.properties['name'] === 'string' ? f.properties['name'] : undefined;
    shapes.push({ code: String(f.id), ...(name ? { name } : {}), d, centroid: [round1(c[0]), round1(c[1])], area: path.area(f) });
  }
  let insetGeo: MapGeometry['inset'] = null;
  if (fit.inset) {
    const main = fit.projection;
    const ip = fit.inset.projection;
    const to = [ip.scale(), ...ip.translate()] as const;
    insetGeo = insetGeometry(fit.inset.box, projectionMap([main.scale(), ...main.translate()], to), shapes.map((x) => x.d).join(''), to);
  }
  const geo: MapGeometry = { width, height: fit.height, shapes, inset: insetGeo, cities: NO_CITIES };
  per.set(inset, geo);
  return geo;
}
