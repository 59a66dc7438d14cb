// Types of render.mjs (a re-export of the built dist/cli/render.js), from the TypeScript source it is built from.
export * from '../../src/cli/render.js';
