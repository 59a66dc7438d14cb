/**
 * `gov-rank/hydrate` (and the CDN script dist/cdn/gov-rank-hydrate.js): for pages holding elements
 * rendered by `gov-rank/ssr`. Lit's hydration support must be evaluated before lit-element: this
 * module is built unbundled (scripts/build-ssr.mjs), so its two imports run in this order.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './hydrate-elements.js';
