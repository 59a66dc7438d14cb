/**
 * A user `geometry` for the map, DOM-free: loading and reading the file, what the element keeps
 * of it once loaded, and the error a file that cannot be drawn gives.
 */
import { GovRankError, isGovRankError } from '../../data/errors.js';
import { absoluteUrl, isAbortError } from '../../data/load.js';
import { resolveRegion } from '../../data/regions.js';
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

/**
 * Loads the user geometry at `geometry` (`json`: the element's loader, so the shared request, the
 * timeout and the abort apply) and reads its features by `key`, resolved to region codes. A file
 * that cannot be used is passed to `onError` (once; an abort is not an error) and thrown.
 */
export async function loadUserGeometry(
  geometry: string,
  key: string | null,
  signal: AbortSignal,
  json: (url: string) => Promise<unknown>,
  onError: (e: GovRankError, url: string) => void,
): Promise<UserGeometryData> {
  let url = geometry;
  try {
    url = absoluteUrl(geometry);
    const data = await json(url);
    // Loaded only by maps that bring their own geometry (with d3-geo, to project it).
    const { readUserGeometry, userMapGeometry } = await import('./user-map.js');
    const g = readUserGeometry(data, key ?? undefined);
    const features = g.features.filter((f) => f.id !== undefined).map((f) => ({ ...f, id: resolveRegion(f.id!)?.code ?? f.id! }));
    if (!features.length) throw new GovRankError('geometry', `${url} has no usable regions: ${g.problems.join(' ')}`, { url });
    const collection: UserCollection = { type: 'FeatureCollection', features };
    return { url, collection, problems: g.problems, geometry: (inset: boolean) => userMapGeometry(collection, inset) };
  } catch (err) {
    if (isAbortError(err) || signal.aborted) throw err;
    const e = geometryError(err, url);
    onError(e, url);
    throw e;
  }
}
