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

import { GovRankError } from './errors.js';
import { useNodeFiles } from './load.js';

// Node that resolved this entry, not node.ts (a bundler without the `node` export condition):
// a local path or file: URL is refused with that reason, not as an invalid URL or a CORS error.
// node.ts imports this module first, so where it is loaded its reader replaces this one.
if ((globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node) {
  const refuse = (url: string): never => {
    throw new GovRankError(
      'network',
      `${url} is a local file: gov-rank/data reads those in Node under its \`node\` export condition, which this import did not resolve (set the bundler's platform or conditions to Node's)`,
      { url, reason: 'file' },
    );
  };
  useNodeFiles({
    // Anything but a URL of another scheme (https:, data:) is a local path here.
    local: (url) => (/^[a-z][a-z\d+.-]+:/i.test(url) && !/^file:/i.test(url) ? undefined : refuse(url)),
    read: async (url) => refuse(url),
  });
}
