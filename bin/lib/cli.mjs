// @ts-check
// The command line's pure part (the checks and the words), built from src/cli to dist/cli/index.js.
// bin/ imports it through this module so that `tsc -p tsconfig.scripts.json` takes its types from
// cli.d.mts (the TypeScript source) instead of type-checking the generated dist/ JavaScript.
export * from '../../dist/cli/index.js';
