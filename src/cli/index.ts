/**
 * The command line's pure part, built to dist/cli/index.js for bin/ (which reads files, parses
 * arguments and prints). Not part of the published API: names here may change.
 */
export { checkResultsText, unreadable, type FileReport, type Problem } from './check-file.js';
export { printReport } from './print.js';
export { langFromEnv, parseLang, type Lang } from './lang.js';
