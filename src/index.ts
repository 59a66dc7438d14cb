/**
 * `gov-rank`: registers every element (the CDN script starts here too) and exports the classes.
 * Loading it twice is harmless: `define()` skips tags that are already registered.
 */
export { GovRankMap } from './define/map.js';
export { GovTierBadge } from './define/badge.js';
export { GovTrendSparkline } from './define/sparkline.js';
export { GovStatsCounter } from './define/counter.js';
export { GovRankTable } from './define/table.js';
export { GovElement } from './base/gov-element.js';
export type { GovRankEventMap, ErrorDetail, LoadDetail, LoadStartDetail, LoadEndDetail, RegionSelectDetail } from './base/events.js';
export type { ResultsFile, Localized } from './data/format.js';
export type { GovRankErrorKind } from './data/errors.js';
export { VERSION } from './version.js';
