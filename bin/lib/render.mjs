// @ts-check
// `gov-rank render`'s pure part (views → pictures, the words), built from src/cli/render.ts to
// dist/cli/render.js; types from render.d.mts (the TypeScript source), as cli.mjs does.
export * from '../../dist/cli/render.js';
