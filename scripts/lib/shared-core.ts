// The shared core for `npm run size`: what every element stands on (Lit, @lit/task, the element
// base with its messages and tokens, the whole data layer). Not shipped; only measured.
export { GovElement } from '../../src/base/gov-element.js';
export * from '../../src/data/index.js';
