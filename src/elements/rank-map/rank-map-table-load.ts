/**
 * The map's table alternative (rank-map-table.ts) is a chunk of its own: it is rendered only
 * after the map's first frame (idle time) or when the 表格 toggle is pressed before that, so its
 * bytes need not be in the entry.
 */
import type { tableTemplate } from './rank-map-table.js';

export type TableTemplate = typeof tableTemplate;

let loading: Promise<TableTemplate> | undefined;

/** The table's template, loaded once per page; a load that failed is tried again by the next call. */
export function loadTableTemplate(): Promise<TableTemplate> {
  return (loading ??= import('./rank-map-table.js').then(
    (m) => m.tableTemplate,
    (err: unknown) => {
      loading = undefined;
      throw err;
    },
  ));
}
