#!/usr/bin/env node
// @ts-check
// gov-rank <command> …: one entry for the package's commands. Each command is a module in
// bin/commands/ exporting run(args, { name }) → exit status, loaded only when asked for.
const COMMANDS = {
  validate: { about: 'check results files against format v1', load: () => import('./commands/validate.mjs') },
  render: { about: 'draw an element as SVG or PNG, without a browser', load: () => import('./commands/render.mjs') },
};

const [command, ...args] = process.argv.slice(2);
const usage = `usage: gov-rank <command> [arguments]\n\ncommands:\n${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(10)} ${c.about}`)
  .join('\n')}\n\nRun gov-rank <command> --help for its arguments.`;

if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
  (command ? console.log : console.error)(usage);
  process.exit(command ? 0 : 2);
}
const entry = COMMANDS[command];
if (!entry) {
  console.error(`gov-rank: unknown command "${command}"\n\n${usage}`);
  process.exit(2);
}
const { run } = await entry.load();
// A command's run() returns its exit status, or a promise of it.
process.exitCode = await run(args, { name: `gov-rank ${command}` });
