// @ts-check
// `gov-rank validate <results.json> [more.json …] [--lang zh-CN|en] [--json]`: checks results
// files against format v1 and names every problem the way the file's author knows the row.
// Exit 0: every file valid (warnings allowed); 1: a file is invalid; 2: usage error or a file
// that cannot be read. The checks and the words live in src/cli (dist/cli/index.js).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkResultsText, unreadable, printReport, langFromEnv, parseLang } from '../lib/cli.mjs';

const USAGE = {
  en: `usage: gov-rank validate <results.json> [more.json …] [--lang zh-CN|en] [--json]

  --lang   language of the messages (default: from LC_ALL, LC_MESSAGES or LANG; zh… → zh-CN, else en)
  --json   one JSON array on stdout: [{ file, ok, problems: [{ severity, kind, path, row, message, line?, column?, suggestions? }] }]

exit status: 0 every file valid (warnings allowed) · 1 a file has errors · 2 usage error or a file cannot be read`,
  'zh-CN': `用法：gov-rank validate <results.json> [more.json …] [--lang zh-CN|en] [--json]

  --lang   提示语言（默认取 LC_ALL、LC_MESSAGES 或 LANG：以 zh 开头为 zh-CN，否则为 en）
  --json   在标准输出打印一个 JSON 数组：[{ file, ok, problems: [{ severity, kind, path, row, message, line?, column?, suggestions? }] }]

退出码：0 全部有效（可有警告）· 1 有文件存在错误 · 2 用法错误或文件无法读取`,
};

/** Runs the command; `name` is how it was called (for the usage line). Returns the exit status. */
export function run(args, { name = 'gov-rank validate', env = process.env, stdout = console.log, stderr = console.error } = {}) {
  let opts;
  try {
    opts = parseArgs({
      args,
      allowPositionals: true,
      options: { lang: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    stderr(`${e.message}\n\n${USAGE[langFromEnv(env)].replace('gov-rank validate', name)}`);
    return 2;
  }
  const { values, positionals: files } = opts;
  const lang = values.lang === undefined ? langFromEnv(env) : parseLang(values.lang);
  if (!lang) {
    stderr(`--lang: "${values.lang}" is neither zh-CN nor en\n\n${USAGE[langFromEnv(env)].replace('gov-rank validate', name)}`);
    return 2;
  }
  const usage = USAGE[lang].replace('gov-rank validate', name);
  // Asked for: stdout, exit 0; missing arguments: stderr, exit 2.
  if (values.help) return (stdout(usage), 0);
  if (!files.length) return (stderr(usage), 2);

  let status = 0;
  const reports = [];
  for (const file of files) {
    let text;
    let report;
    try {
      text = readFileSync(file, 'utf8');
      report = checkResultsText(text, file, lang);
    } catch (e) {
      report = unreadable(file, e, lang);
    }
    status = Math.max(status, report.ok ? 0 : report.problems[0]?.kind === 'unreadable' ? 2 : 1);
    if (values.json) reports.push(report);
    else {
      const out = printReport(report, text, lang);
      for (const line of out.stderr) stderr(line);
      for (const line of out.stdout) stdout(line);
    }
  }
  if (values.json) stdout(JSON.stringify(reports, null, 2));
  return status;
}
