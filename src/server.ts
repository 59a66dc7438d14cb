/**
 * `gov-rank` under the `worker`, `workerd`, `edge-light` and `node` export conditions: the same
 * exports as src/index.ts, with DOM globals installed before Lit evaluates (server-globals.ts), so
 * importing the package in a server or an edge runtime does not throw `HTMLElement is not
 * defined`. Browser bundles resolve `browser`/`default` and never load this file.
 */
import './server-globals.js';
export * from './index.js';
