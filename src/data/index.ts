/**
 * `gov-rank/data`: the DOM-free data layer (runs in Node): format, validation, regions, loading,
 * queries. A command-line validator and the elements both stand on it.
 */
export * from './format.js';
export { validateResults, summarizeIssues, type Diagnostic, type ValidationReport } from './validate.js';
export type { SchemaIssue } from './schema-kit.js';
export { parseResults, type ResultsModel, type Assessment, type Edition, type ResultRow, type Statistic } from './model.js';
export { GovRankError, isGovRankError, type GovRankErrorKind } from './errors.js';
export {
  loadResults,
  parseJson,
  parseInline,
  clearLoadCache,
  absoluteUrl,
  isAbortError,
  DEFAULT_TIMEOUT,
  type LoadOptions,
} from './load.js';
export { loadBundled } from './bundled.js';
export * from './query.js';
export { localize } from './localize.js';
export * from './regions.js';
export { VERSION } from '../version.js';
