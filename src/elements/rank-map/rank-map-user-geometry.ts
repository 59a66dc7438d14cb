/**
 * A user `geometry` for the map, DOM-free: what the element keeps of it once loaded, and the
 * error a file that cannot be drawn gives.
 */
import { GovRankError, isGovRankError } from '../../data/errors.js';
import type { MapGeometry } from './geometry.js';
import type { UserCollection } from './user-map.js';

export interface UserGeometryData {
  url: string;
  collection: UserCollection;
  problems: string[];
  /** The features projected into the map's fixed space (memoised per inset on/off). */
  geometry: (inset: boolean) => MapGeometry;
}

/** A failure to read the geometry at `url` as a GovRankError (kind `geometry` unless it is one already). */
export function geometryError(err: unknown, url: string): GovRankError {
  return isGovRankError(err) ? err : new GovRankError('geometry', `${url}: ${String((err as Error)?.message ?? err)}`, { url, cause: err });
}
