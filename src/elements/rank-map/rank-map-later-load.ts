/**
 * What the map needs only after its first frame is one chunk (rank-map-later.ts): the table
 * alternative (rendered at idle time, or when the 表格 toggle is pressed before that) and the
 * tooltip and arrow-key wiring (needed at the first hover, tap, focus or key). Loaded when the
 * first of those comes, so their bytes need not be in the entry.
 */
import type * as Later from './rank-map-later.js';

export type LaterModule = typeof Later;
export type TableTemplate = typeof Later.tableTemplate;

let loading: Promise<typeof Later> | undefined;

/** The chunk, loaded once per page; a load that failed is tried again by the next call. */
export function loadLater(): Promise<typeof Later> {
  return (loading ??= import('./rank-map-later.js').catch((err: unknown) => {
    loading = undefined;
    throw err;
  }));
}
