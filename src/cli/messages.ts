/**
 * The validator's words, in Chinese and English: JSON syntax errors named plainly, the data
 * layer's issues (written in English by src/data) put into Chinese, unknown regions with their
 * suggestions, and the command's own lines. Kept here, not in src/data, so no element carries them.
 */
import { describeValue, type SchemaIssue } from '../data/schema-kit.js';
import type { JsonSyntaxError } from '../data/json-scan.js';
import type { Lang } from './lang.js';

type Pair = { en: string; zh: string };

// Each `expected` phrase the data layer writes (src/data/schema-kit.ts, format.ts, validate.ts),
// as a pattern and its Chinese, or its English when the English changes too (1-based rows).
// A phrase missing here is shown as written, in English: test/node/validator-clerk.test.ts lists them.
const LEVEL: Record<string, string> = { province: '省级地区', city: '城市', corps: '兵团' };
const EXPECTED: [RegExp, (m: RegExpExecArray) => Partial<Pair>][] = [
  [/^a non-empty string$/, () => ({ zh: '非空文本' })],
  [/^a string$/, () => ({ zh: '文本' })],
  [/^a date as YYYY, YYYY-MM or YYYY-MM-DD$/, () => ({ zh: '日期，格式为 YYYY、YYYY-MM 或 YYYY-MM-DD' })],
  [/^an http\(s\) URL$/, () => ({ zh: 'http(s) 网址' })],
  [/^a colour as (.+)$/, (m) => ({ zh: `颜色，格式为 ${m[1]!.replace(/,? or /, ' 或 ').replace(/, /g, '、')}` })],
  [/^an id of lowercase letters, digits and hyphens$/, () => ({ zh: '由小写字母、数字和连字符组成的 id' })],
  [
    /^an id not used by another (assessment|statistic)$/,
    (m) => ({ zh: `没有被其他${m[1] === 'assessment' ? '评估' : '统计数据'}用过的 id` }),
  ],
  [/^a tier id not used by another tier$/, () => ({ zh: '没有被其他等级用过的等级 id' })],
  [
    /^a (whole )?number(?: from (\S+) to (\S+)| of at least (\S+)| of at most (\S+))?$/,
    (m) => {
      const kind = m[1] ? '整数' : '数字';
      return {
        zh: m[2] ? `${m[2]} 到 ${m[3]} 之间的${kind}` : m[4] ? `不小于 ${m[4]} 的${kind}` : m[5] ? `不大于 ${m[5]} 的${kind}` : kind,
      };
    },
  ],
  [/^a number greater than metric\.min \((.+)\)$/, (m) => ({ zh: `大于 metric.min（${m[1]}）的数字` })],
  [/^a scale no wider than (\S+) \((.+)\)$/, (m) => ({ zh: `不超过 ${m[1]} 的量程（${m[2]}）` })],
  [/^true or false$/, () => ({ zh: 'true 或 false' })],
  [/^one of the assessment's tiers: (.+)$/, (m) => ({ zh: `本评估的等级之一：${m[1]!.replace(/, /g, '、')}` })],
  [/^no tier \(the assessment defines none\)$/, () => ({ zh: '不填等级（本评估没有定义等级）' })],
  [/^one of (.+)$/, (m) => ({ zh: `以下之一：${m[1]!.replace(/, /g, '、')}` })],
  [/^an array$/, () => ({ zh: '数组' })],
  [/^an array with at (least|most) (\d+) items?$/, (m) => ({ zh: `${m[1] === 'least' ? '至少' : '最多'}含 ${m[2]} 项的数组` })],
  [/^an object$/, () => ({ zh: '对象' })],
  [/^an object with at least (\d+) entr(?:y|ies)$/, (m) => ({ zh: `至少含 ${m[1]} 项的对象` })],
  [/^no such field$/, () => ({ zh: '没有这个字段' })],
  [/^a key matching (.+)$/, (m) => ({ zh: `语言代码作为键（如 zh-CN、en，须符合 ${m[1]}）` })],
  [/^a non-empty string or an object of language → text such as (.+)$/, (m) => ({ zh: `非空文本，或“语言 → 文本”的对象，如 ${m[1]}` })],
  [/^a region name or GB\/T 2260 code$/, () => ({ zh: '地区名称或 GB/T 2260 代码' })],
  [/^a year not used by another edition of this assessment$/, () => ({ zh: '本评估其他期没有用过的年份' })],
  [/^a year no later than the report year (\d+)$/, (m) => ({ zh: `不晚于报告年份 ${m[1]} 的年份` })],
  [
    /^a (\w+) \(the assessment's level\), not the (\w+) (.+)$/,
    (m) => ({ zh: `${LEVEL[m[1]!] ?? m[1]}（本评估的层级），而不是${LEVEL[m[2]!] ?? m[2]} ${m[3]}` }),
  ],
  [
    /^a region not listed before in this edition \(results\[(\d+)\] is (.+) too\)$/,
    (m) => ({
      en: `a region not listed before in this edition (result ${Number(m[1]) + 1} is ${m[2]} too)`,
      zh: `本期中没有出现过的地区（第 ${Number(m[1]) + 1} 条结果已经是 ${m[2]}）`,
    }),
  ],
  [/^(".*"|-?\d+(?:\.\d+)?)$/, (m) => ({ zh: m[1]! })],
];

/** What was expected, in `lang`; as the data layer wrote it when no pattern knows the phrase. */
export function expectedText(expected: string, lang: Lang): string {
  for (const [re, say] of EXPECTED) {
    const m = re.exec(expected);
    if (m) return (lang === 'zh-CN' ? say(m).zh : say(m).en) ?? expected;
  }
  return expected;
}

/** Whether `expected` is a phrase this table knows (for the test that keeps it complete). */
export function knowsExpected(expected: string): boolean {
  return EXPECTED.some(([re]) => re.test(expected));
}

/** The value as found, in `lang`. */
export function receivedText(value: unknown, lang: Lang): string {
  if (lang === 'en') return describeValue(value);
  if (value === undefined) return '空（没有填写）';
  if (Array.isArray(value)) return `含 ${value.length} 项的数组`;
  if (value !== null && typeof value === 'object') return '一个对象';
  return describeValue(value);
}

/** "expected …, got …" / "应为…，实际为 …". */
export function issueText(issue: SchemaIssue, lang: Lang): string {
  const expected = expectedText(issue.expected, lang);
  const got = receivedText(issue.received, lang);
  // A space between Chinese and Latin letters or digits, as Chinese typography sets them.
  return lang === 'zh-CN' ? `应为${/^[\w"(#-]/.test(expected) ? ' ' : ''}${expected}，实际为 ${got}` : `expected ${expected}, got ${got}`;
}

/** The unknown-region warning, with the suggestions when there are any. */
export function unknownRegionText(value: string, suggestions: readonly string[], lang: Lang): string {
  const list = (or: string, sep: string) =>
    suggestions.length > 1 ? `${suggestions.slice(0, -1).join(sep)}${or}${suggestions[suggestions.length - 1]}` : suggestions[0];
  return lang === 'zh-CN'
    ? `无法识别的地区“${value}”${suggestions.length ? `，是不是 ${list(' 或 ', '、')}？` : '。'}这一行不会显示`
    : `unknown region ${JSON.stringify(value)}${suggestions.length ? ` — did you mean ${list(' or ', ', ')}? This` : '; this'} row is left out`;
}

// Names of the full-width characters Chinese input methods type, and of the brackets.
const CHAR_NAME: Record<string, Pair> = {
  ',': { en: 'comma', zh: '逗号' },
  ':': { en: 'colon', zh: '冒号' },
  '"': { en: 'quotation mark', zh: '引号' },
  "'": { en: 'quotation mark', zh: '引号' },
  '[': { en: 'bracket', zh: '方括号' },
  ']': { en: 'bracket', zh: '方括号' },
  '{': { en: 'brace', zh: '花括号' },
  '}': { en: 'brace', zh: '花括号' },
  ';': { en: 'semicolon', zh: '分号' },
  ' ': { en: 'space', zh: '空格' },
  '-': { en: 'minus sign', zh: '减号' },
  '.': { en: 'full stop', zh: '句点' },
};
const CLOSER: Record<string, string> = { '{': '}', '[': ']' };

/**
 * A syntax error in plain words. `at(offset)` gives the line and column of another place (where
 * the unclosed bracket or text was opened).
 */
export function syntaxText(e: JsonSyntaxError, lang: Lang, at: (offset: number) => { line: number; column: number }): string {
  const zh = lang === 'zh-CN';
  const f = e.found ?? '';
  const opened = e.opened === undefined ? undefined : at(e.opened);
  const name = CHAR_NAME[e.ascii ?? ''] ?? { en: 'character', zh: '字符' };
  const opener = f === '}' ? '[' : '{'; // the bracket a mismatched closer fails to close
  const code = `U+${f.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  const t: Record<JsonSyntaxError['kind'], Pair> = {
    'trailing-comma': {
      en: 'trailing comma: JSON allows no comma after the last item of a list or object; delete this comma',
      zh: '多余的逗号（尾逗号）：JSON 中列表或对象的最后一项后面不能有逗号，请删除这个逗号',
    },
    'single-quotes': {
      en: 'single quotes: JSON texts and property names need double quotes, "…" instead of \'…\'',
      zh: '单引号：JSON 的文本和属性名必须用英文双引号 "…"，不能用 \'…\'',
    },
    'unquoted-key': { en: `property name ${f} without quotes: write it as "${f}"`, zh: `属性名 ${f} 没有加引号：请写成 "${f}"` },
    'number-as-key': {
      en: `a number (${f}) where a property name should be: a decimal comma? Write decimals with a point, e.g. 96.5`,
      zh: `应为属性名的地方出现了数字 ${f}：是不是用逗号当了小数点？小数请用英文句点，如 96.5`,
    },
    'missing-comma': { en: 'missing comma: put a comma here, between the two items', zh: '缺少逗号：请在这里加一个英文逗号，分隔前后两项' },
    'missing-colon': { en: 'missing colon after the property name: write "name": value', zh: '属性名后缺少冒号：应写成 "名称": 值' },
    'missing-value': {
      en: 'missing value after the colon: write a value, or null for an empty cell',
      zh: '冒号后缺少值：请填写一个值，空单元格请写 null',
    },
    comment: {
      en: 'a comment: JSON allows no comments; delete it (notes can go in a "notes" field)',
      zh: '注释：JSON 不允许注释，请删除（说明可以写在 "notes" 字段里）',
    },
    'full-width': {
      en: `full-width ${name.en} ${f} (typed by a Chinese input method): use the ASCII ${e.ascii === ' ' ? 'space' : e.ascii}`,
      zh: `全角${name.zh}“${f}”（中文输入法输入的）：请改成英文半角${e.ascii === ' ' ? '空格' : ` ${e.ascii}`}`,
    },
    'odd-space': {
      en: `a special space (${code}, e.g. a no-break space): use an ordinary space`,
      zh: `特殊空格（${code}，如不换行空格）：请改成普通空格`,
    },
    'unclosed-text': {
      en: `text not closed on its line: a closing " is missing (the text starts at line ${opened?.line}, column ${opened?.column}); a line break inside a text is written \\n`,
      zh: `文本没有在本行结束：缺少右边的英文双引号 "（文本从第 ${opened?.line} 行第 ${opened?.column} 列开始）；文本里的换行请写成 \\n`,
    },
    'control-character': {
      en: `a tab or other control character (${code}) inside a text: write a tab as \\t, or delete it`,
      zh: `文本里有制表符或其他控制字符（${code}）：制表符请写成 \\t，或删除`,
    },
    'bad-escape': {
      en: `${f} is not a JSON escape: inside a text, write a backslash as \\\\ (C:\\\\data)`,
      zh: `${f} 不是合法的转义：文本里的反斜杠要写成 \\\\（如 C:\\\\data）`,
    },
    'bad-number': {
      en: `${f} is not a JSON number: write it like 96.5 (no leading zero, no + sign, digits on both sides of the point)`,
      zh: `${f} 不是合法的 JSON 数字：请写成 96.5 这样（不以 0 开头、不带 + 号、小数点两边都要有数字）`,
    },
    'not-a-value': {
      en: `${f} is not a JSON value: a text needs double quotes ("${f}"), a number is digits, and the only bare words are true, false and null`,
      zh: `${f} 不是合法的 JSON 值：文本要加英文双引号（"${f}"），数字直接写阿拉伯数字，不加引号的词只有 true、false 和 null`,
    },
    'mismatched-bracket': {
      en: `${f} does not match the ${opener} opened at line ${opened?.line}, column ${opened?.column}: close it with ${CLOSER[opener]}`,
      zh: `${f} 与第 ${opened?.line} 行第 ${opened?.column} 列的 ${opener} 不匹配：应该用 ${CLOSER[opener]} 闭合`,
    },
    'unexpected-end': opened
      ? {
          en: `the file ends too early: the ${f} opened at line ${opened.line}, column ${opened.column} is not closed with ${CLOSER[f]}`,
          zh: `文件提前结束：第 ${opened.line} 行第 ${opened.column} 列的 ${f} 没有用 ${CLOSER[f]} 闭合`,
        }
      : { en: 'the file ends before any data', zh: '文件在数据开始前就结束了' },
    'extra-text': {
      en: `more text after the end of the data (it ends at line ${opened?.line}, column ${opened?.column}): delete it, or put all items into one list`,
      zh: `数据结束后还有多余的内容（数据在第 ${opened?.line} 行第 ${opened?.column} 列结束）：请删除，或把所有内容放进同一个列表`,
    },
    unexpected: { en: `unexpected ${f} here`, zh: `这里不应出现 ${f}` },
  };
  return zh ? t[e.kind].zh : t[e.kind].en;
}

/** The command's own lines. */
export const UI: Record<
  Lang,
  {
    valid: (file: string) => string;
    problems: (file: string, n: number) => string;
    warnings: (file: string, n: number) => string;
    notJson: (file: string) => string;
    at: (line: number, column?: number) => string;
    empty: string;
    html: string;
    unreadable: (file: string, reason: string) => string;
    reasons: Record<string, string>;
  }
> = {
  en: {
    valid: (file) => `✔ ${file}: valid gov-rank results file (format v1)`,
    problems: (file, n) => `✖ ${file}: ${n} problem${n === 1 ? '' : 's'}`,
    warnings: (file, n) => `⚠ ${file}: ${n} row${n === 1 ? '' : 's'} left out`,
    notJson: (file) => `✖ ${file}: not valid JSON`,
    at: (line, column) => (column === undefined ? `line ${line}` : `line ${line}, column ${column}`),
    empty: 'the file is empty',
    html: 'this is an HTML page, not JSON (often a login or error page saved instead of the file)',
    unreadable: (file, reason) => `✖ ${file}: cannot be read: ${reason}`,
    reasons: { ENOENT: 'no such file', EISDIR: 'this is a folder, not a file', EACCES: 'permission denied', EPERM: 'permission denied' },
  },
  'zh-CN': {
    valid: (file) => `✔ ${file}：有效的 gov-rank 结果文件（格式 v1）`,
    problems: (file, n) => `✖ ${file}：${n} 个问题`,
    warnings: (file, n) => `⚠ ${file}：${n} 行未能识别，不会显示`,
    notJson: (file) => `✖ ${file}：不是有效的 JSON`,
    at: (line, column) => (column === undefined ? `第 ${line} 行` : `第 ${line} 行第 ${column} 列`),
    empty: '文件是空的',
    html: '这是一个 HTML 网页，不是 JSON（常见原因：保存下来的是登录页或错误页，而不是数据文件）',
    unreadable: (file, reason) => `✖ ${file}：无法读取：${reason}`,
    reasons: { ENOENT: '文件不存在', EISDIR: '这是一个文件夹，不是文件', EACCES: '没有读取权限', EPERM: '没有读取权限' },
  },
};
