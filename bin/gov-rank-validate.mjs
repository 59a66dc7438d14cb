#!/usr/bin/env node
// @ts-check
// gov-rank-validate <results.json> …: the same as `gov-rank validate` (kept for scripts that
// use the older name). See bin/commands/validate.mjs.
import { run } from './commands/validate.mjs';

process.exitCode = run(process.argv.slice(2), { name: 'gov-rank-validate' });
