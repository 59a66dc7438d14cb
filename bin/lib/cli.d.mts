// Types of cli.mjs (a re-export of the built dist/cli/index.js), from the TypeScript source it is built from.
export * from '../../src/cli/index.js';
