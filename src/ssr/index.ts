/**
 * `gov-rank/ssr` (Node): every element rendered to HTML with declarative shadow DOM, without a
 * browser. See docs/ssr.md. Built to dist/ssr/ with lit, @lit-labs/* and d3 left external, so
 * the elements and @lit-labs/ssr share one Lit.
 */
export { renderElement, type RenderOptions, type AttributeValue } from './render-element.js';
export { TAGS, tagOf, type ElementName, type Tag } from '../base/tags.js';
export { GovRankError } from '../data/errors.js';
