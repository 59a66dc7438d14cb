/**
 * The validator as a data clerk meets it (issue 10, section 2): a file typed in Excel or WPS, with
 * Chinese input-method punctuation, checked in one pass, rows named by region and position
 * (counted from 1), a "did you mean" for regions, messages in zh-CN and en; and loadResults
 * reading local files in Node.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { findJsonSyntaxError, jsonValueOffsets, lineColumn, type JsonErrorKind } from '../../src/data/json-scan';
import { suggestRegions, suggestionName, editDistance } from '../../src/data/suggest';
import { validateResults } from '../../src/data/validate';
import { loadResults, clearLoadCache, absoluteUrl } from '../../src/data/node';
import { GovRankError } from '../../src/data/errors';
import { checkResultsText } from '../../src/cli/check-file';
import { printReport } from '../../src/cli/print';
import { rowLabel } from '../../src/cli/row-label';
import { expectedText, knowsExpected, issueText } from '../../src/cli/messages';
import { caretExcerpt } from '../../src/cli/excerpt';
import { langFromEnv, parseLang } from '../../src/cli/lang';

const FIXTURE = 'test/fixtures/results.json';
const fixtureText = readFileSync(FIXTURE, 'utf8');
const fixture = () => JSON.parse(fixtureText);
/** The fixture with one change, written out as a clerk's file would be (indented). */
const edited = (change: (f: any) => void) => {
  const f = fixture();
  change(f);
  return f;
};

describe('a JSON syntax error: line, column, caret, and its name', () => {
  // Was: "is not valid JSON (Expected double-quoted property name in JSON at position 2037)".
  it('a trailing comma is called a trailing comma, at its line and column, with a caret under it', () => {
    const text = '{\n  "format": "gov-rank-results",\n  "version": 1,\n}\n';
    const report = checkResultsText(text, 'r.json', 'en');
    assert.equal(report.ok, false);
    const [p] = report.problems;
    assert.equal(p!.kind, 'not-json');
    assert.deepEqual([p!.line, p!.column], [3, 15]);
    assert.match(p!.message, /^trailing comma/);
    const { stderr } = printReport(report, text, 'en');
    assert.deepEqual(stderr, [
      '✖ r.json: not valid JSON',
      '  line 3, column 15: ' + p!.message,
      '    2 |   "format": "gov-rank-results",',
      '    3 |   "version": 1,',
      '      |               ^',
    ]);
  });

  it('in Chinese: 尾逗号, 第 3 行第 15 列', () => {
    const report = checkResultsText('{\n  "format": "gov-rank-results",\n  "version": 1,\n}', 'r.json', 'zh-CN');
    assert.match(report.problems[0]!.message, /^多余的逗号（尾逗号）/);
    assert.match(printReport(report, undefined, 'zh-CN').stderr.join('\n'), /第 3 行第 15 列：多余的逗号/);
  });

  const cases: [string, string, JsonErrorKind, RegExp, number, number][] = [
    ['single quotes', "{\n  'format': 1\n}", 'single-quotes', /^single quotes/, 2, 3],
    ['an unquoted key', '{\n  format: 1\n}', 'unquoted-key', /^property name format without quotes: write it as "format"/, 2, 3],
    ['a missing comma (at the end of the line before)', '{\n  "a": 1\n  "b": 2\n}', 'missing-comma', /^missing comma/, 2, 9],
    ['a // comment', '{\n  "a": 1 // score\n}', 'comment', /^a comment/, 2, 10],
    ['a /* comment */', '/* results */ {}', 'comment', /^a comment/, 1, 1],
    [
      'a full-width comma ，',
      '{\n  "a": 1，\n  "b": 2\n}',
      'full-width',
      /^full-width comma ， \(typed by a Chinese input method\): use the ASCII ,/,
      2,
      9,
    ],
    ['a full-width colon ：', '{"a"：1}', 'full-width', /^full-width colon ：/, 1, 5],
    ['curly quotes “”', '{"region": “广东”}', 'full-width', /^full-width quotation mark “/, 1, 12],
    ['an ideographic space', '{"a":\u30001}', 'full-width', /^full-width space/, 1, 6],
    ['a decimal comma', '{"score": 96,5}', 'number-as-key', /decimal comma/, 1, 14],
    ['an empty cell', '{"score": }', 'missing-value', /null for an empty cell/, 1, 11],
    ['a word for a number', '{"score": 九十六}', 'not-a-value', /^九十六 is not a JSON value/, 1, 11],
    ['NaN', '{"score": NaN}', 'not-a-value', /^NaN is not a JSON value/, 1, 11],
    ['a leading zero', '{"rank": 007}', 'bad-number', /^007 is not a JSON number/, 1, 10],
    ['a Windows path', '{"note": "C:\\data"}', 'bad-escape', /^\\d is not a JSON escape/, 1, 13],
    ['a text broken over two lines', '{"note": "two\nlines"}', 'unclosed-text', /^text not closed on its line.*line 1, column 10/, 1, 14],
    ['a missing closing bracket', '{\n  "a": [1, 2\n', 'unexpected-end', /the \[ opened at line 2, column 8 is not closed with \]/, 3, 1],
    ['a mismatched bracket', '[1, 2}', 'mismatched-bracket', /^\} does not match the \[ opened at line 1, column 1/, 1, 6],
    ['two objects one after the other', '{"a": 1}\n{"b": 2}', 'extra-text', /^more text after the end of the data/, 2, 1],
  ];
  for (const [what, text, kind, message, line, column] of cases) {
    it(`${what}: ${kind} at ${line}:${column}`, () => {
      assert.throws(() => JSON.parse(text));
      assert.equal(findJsonSyntaxError(text)?.kind, kind);
      const [p] = checkResultsText(text, 'x.json', 'en').problems;
      assert.match(p!.message, message);
      assert.deepEqual([p!.line, p!.column], [line, column]);
    });
  }

  it('every kind has a Chinese message too', () => {
    for (const [, text] of cases) {
      const [p] = checkResultsText(text, 'x.json', 'zh-CN').problems;
      assert.match(p!.message, /\p{Script=Han}/u, text);
      assert.doesNotMatch(p!.message, /undefined/, text);
    }
  });

  it('valid JSON has no syntax error, and every value has its place', () => {
    assert.equal(findJsonSyntaxError(fixtureText), undefined);
    const offsets = jsonValueOffsets(fixtureText);
    const at = offsets.get('assessments[0].editions[0].results[1].score')!;
    assert.equal(JSON.parse(fixtureText.slice(at, at + 5)), fixture().assessments[0].editions[0].results[1].score);
  });

  it('the caret sits under the character, Chinese characters counting two columns', () => {
    // ， is column 16; before it 13 narrow characters and 广东 (2 + 2 terminal columns).
    assert.deepEqual(caretExcerpt('{"region": "广东"，}', 1, 16), ['1 | {"region": "广东"，}', `  | ${' '.repeat(17)}^`]);
  });

  it('a minified one-line file shows a window around the column, not the whole line', () => {
    const text = JSON.stringify(fixture()).replace('"complete":false', '"complete":false,,');
    const [p] = checkResultsText(text, 'x.json', 'en').problems;
    const lines = caretExcerpt(text, p!.line!, p!.column!);
    assert.ok(
      lines.every((l) => l.length < 80),
      lines.join('\n'),
    );
    assert.match(lines[0]!, /"complete":false,,/);
  });

  it('an HTML page and an empty file are named as such', () => {
    assert.match(checkResultsText('<!doctype html><title>登录</title>', 'x.json', 'en').problems[0]!.message, /HTML page/);
    assert.match(checkResultsText('\uFEFF  \n', 'x.json', 'zh-CN').problems[0]!.message, /文件是空的/);
  });
});

describe('every problem in one pass', () => {
  // Was: rule errors (a score outside the scale) appeared only once every structure error was fixed.
  it('a structure error and a rule error are reported together', () => {
    const json = edited((f) => {
      f.assessments[0].editions[0].results[0].score = '九十六'; // structure
      f.assessments[0].editions[0].results[1].score = 120; // rule: outside 0–100
      f.assessments[0].editions[0].results[2].tier = '很高'; // rule: no such tier
      f.statistics[0].date = '2019年12月'; // structure
    });
    const messages = validateResults(json).issues.map((i) => i.message);
    assert.deepEqual(
      messages.sort(),
      [
        'assessments[0].editions[0].results[0].score: expected a number, got "九十六"',
        'assessments[0].editions[0].results[1].score: expected a number from 0 to 100, got 120',
        `assessments[0].editions[0].results[2].tier: expected one of the assessment's tiers: ${json.assessments[0].tiers.map((t: { id: string }) => JSON.stringify(t.id)).join(', ')}, got "很高"`,
        'statistics[0].date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2019年12月"',
      ].sort(),
    );
  });

  it('unknown regions are reported in the same pass as errors', () => {
    const json = edited((f) => {
      f.format = 'results';
      f.assessments[0].editions[0].results[0].region = '河南剩';
    });
    const report = validateResults(json);
    assert.equal(report.issues.length, 1);
    assert.equal(report.diagnostics.length, 1);
  });

  it('rules never read a value that failed its structure check (no second message for one mistake)', () => {
    const json = edited((f) => {
      f.assessments[0].metric.max = '一百'; // the scale is unusable: scores are not checked against it
      f.assessments[0].editions[0].results[0].score = 120;
      f.assessments[0].editions[0].results[1].region = null;
      f.assessments[0].editions[0].year = '2020';
    });
    const paths = validateResults(json).issues.map((i) => i.path);
    assert.deepEqual(
      paths.sort(),
      ['assessments[0].editions[0].results[1].region', 'assessments[0].editions[0].year', 'assessments[0].metric.max'].sort(),
    );
  });

  it('any shape of JSON is checked without throwing', () => {
    for (const json of [
      null,
      3,
      'x',
      [],
      {},
      { assessments: [null, 3, { editions: [null, { results: [null, 'x', {}] }] }] },
      { statistics: [null, {}] },
    ]) {
      assert.equal(validateResults(json).ok, false, JSON.stringify(json));
    }
  });
});

describe('rows named as the clerk knows them', () => {
  const json = fixture();
  it('region and position, counted from 1', () => {
    assert.equal(
      rowLabel('assessments[0].editions[0].results[1].score', json, 'en'),
      `assessment 1 (${json.assessments[0].id}) › edition 1 (${json.assessments[0].editions[0].year}) › result 2 (${json.assessments[0].editions[0].results[1].region}) › score`,
    );
  });
  it('in Chinese', () => {
    assert.equal(
      rowLabel('assessments[0].editions[0].results[1].score', json, 'zh-CN'),
      `评估 1（${json.assessments[0].id}） › 第 1 期（${json.assessments[0].editions[0].year}） › 第 2 条结果（${json.assessments[0].editions[0].results[1].region}） › score`,
    );
  });
  it('statistics, sources, nested fields and the whole file', () => {
    assert.equal(rowLabel('statistics[0].sources[0].url', json, 'en'), `statistic 1 (${json.statistics[0].id}) › source 1 › url`);
    assert.equal(rowLabel('assessments[0].metric.max', json, 'en'), `assessment 1 (${json.assessments[0].id}) › metric.max`);
    assert.equal(rowLabel('format', json, 'en'), 'format');
    assert.equal(rowLabel('', json, 'en'), 'the file');
  });
  it('the report keeps the JSON path (0-based), the row label, and the line', () => {
    const text = JSON.stringify(
      edited((f) => (f.assessments[0].editions[0].results[4].score = '九十六')),
      null,
      2,
    );
    const [p] = checkResultsText(text, 'x.json', 'en').problems;
    assert.equal(p!.path, 'assessments[0].editions[0].results[4].score');
    assert.match(p!.row, /› result 5 \(.+\) › score$/);
    assert.equal(p!.message, 'expected a number, got "九十六"');
    assert.match(text.split('\n')[p!.line! - 1]!.slice(p!.column! - 1), /^"九十六"/);
  });
  it('a rule message that names another row counts it from 1 too', () => {
    assert.equal(
      expectedText('a region not listed before in this edition (results[0] is 浙江省 too)', 'en'),
      'a region not listed before in this edition (result 1 is 浙江省 too)',
    );
  });
});

describe('did you mean', () => {
  const names = (input: string, level?: 'province' | 'city') =>
    suggestRegions(input, level ? { level } : {}).map((r) => suggestionName(r, input));
  it('typos in Chinese and pinyin', () => {
    assert.deepEqual(names('河南剩', 'province'), ['河南']);
    assert.deepEqual(names('Guandong', 'province'), ['Guangdong']);
    assert.deepEqual(names('广洲', 'city'), ['广州']);
    assert.deepEqual(names('深训', 'city'), ['深圳']);
    assert.deepEqual(names('Shangahi'), ['Shanghai']);
    assert.deepEqual(names('Xinjang'), ['Xinjiang']);
    assert.deepEqual(names('Heilongjian'), ['Heilongjiang']);
  });
  it('full names with the wrong suffix', () => {
    assert.deepEqual(names('广东市', 'province'), ['广东']);
    assert.deepEqual(names('内蒙古省', 'province'), ['内蒙古']);
    assert.deepEqual(names('Guangdong Shi'), ['Guangdong']);
  });
  it('nothing for what is not near (火星) and for codes', () => {
    assert.deepEqual(names('火星', 'province'), []);
    assert.deepEqual(names('440001'), []);
  });
  it('regions already listed in the edition come last', () => {
    const [gd, gx] = ['440000', '450000'];
    assert.deepEqual(
      suggestRegions('广洲', { level: 'province', listed: new Set([gd]) }).map((r) => r.code),
      [gx, gd],
    );
  });
  it('edit distance counts a swap of neighbours as one edit', () => {
    assert.equal(editDistance('shangahi', 'shanghai'), 1);
    assert.equal(editDistance('河南剩', '河南省'), 1);
  });
  it("the validator report carries the suggestion, preferring the assessment's level", () => {
    const text = JSON.stringify(
      edited((f) => (f.assessments[0].editions[0].results[0].region = '河南剩')),
      null,
      2,
    );
    const report = checkResultsText(text, 'x.json', 'en');
    assert.equal(report.ok, true);
    const [p] = report.problems;
    assert.deepEqual([p!.severity, p!.kind, p!.suggestions], ['warning', 'unknown-region', ['河南']]);
    assert.equal(p!.message, 'unknown region "河南剩" — did you mean 河南? This row is left out');
    assert.equal(checkResultsText(text, 'x.json', 'zh-CN').problems[0]!.message, '无法识别的地区“河南剩”，是不是 河南？这一行不会显示');
  });
});

describe('messages in zh-CN and en', () => {
  it('every phrase the data layer writes has a Chinese wording', () => {
    const broken = [
      {},
      { format: 'x', version: 2, assessments: 3, statistics: [{ id: 'A B', value: '1', date: '2019年', sources: [], approximate: 'yes' }] },
      edited((f) => {
        const a = f.assessments[0];
        a.level = 'county';
        a.href = 'www.example.org';
        a.name = { 中文: '' };
        a.tiers[0].color = 'green';
        a.tiers[1].id = a.tiers[0].id;
        a.metric = { name: 'x', min: 5, max: 1 };
        a.editions[0].dataYear = a.editions[0].year + 1;
        a.editions[0].results.push({ region: '深圳', rank: 1.5 }, { region: a.editions[0].results[0].region, tier: 'x' }, { region: '' });
        a.editions[0].sources = [];
        a.editions[0].published = 2019;
        a.editions[0].complete = 'no';
        f.assessments.push(structuredClone(a));
        f.statistics.push(structuredClone(f.statistics[0]));
        f.title = {};
      }),
      edited((f) => {
        f.assessments[0].tiers = [];
        f.assessments[0].editions[0].results[0].tier = 'x';
        f.assessments[0].metric.max = 1.7e308;
        f.assessments[0].metric.min = -1.7e308;
      }),
    ];
    const expected = new Set<string>();
    for (const json of broken) for (const i of validateResults(json).issues) expected.add(i.expected);
    assert.ok(expected.size > 25, `${expected.size} phrases`);
    for (const phrase of expected) {
      assert.ok(knowsExpected(phrase), `no Chinese for "${phrase}"`);
      assert.match(expectedText(phrase, 'zh-CN'), /\p{Script=Han}|^"|^\d|^true/u, phrase);
    }
  });

  it('expected and got, in both languages', () => {
    const [issue] = validateResults(edited((f) => (f.assessments[0].editions[0].results[0].score = 120))).issues;
    assert.equal(issueText(issue!, 'en'), 'expected a number from 0 to 100, got 120');
    assert.equal(issueText(issue!, 'zh-CN'), '应为 0 到 100 之间的数字，实际为 120');
    const [missing] = validateResults(edited((f) => delete f.assessments[0].editions[0].complete)).issues;
    assert.equal(issueText(missing!, 'zh-CN'), '应为 true 或 false，实际为 空（没有填写）');
  });

  it('the language comes from --lang, else LC_ALL, LC_MESSAGES, LANG', () => {
    assert.equal(langFromEnv({ LANG: 'zh_CN.UTF-8' }), 'zh-CN');
    assert.equal(langFromEnv({ LANG: 'zh_TW.UTF-8' }), 'zh-CN');
    assert.equal(langFromEnv({ LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(langFromEnv({ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'C' }), 'zh-CN');
    assert.equal(langFromEnv({}), 'en');
    assert.equal(parseLang('zh'), 'zh-CN');
    assert.equal(parseLang('zh_CN'), 'zh-CN');
    assert.equal(parseLang('en-GB'), 'en');
    assert.equal(parseLang('fr'), undefined);
  });
});

describe('loadResults reads local files in Node', () => {
  // Was: "file:///…/results.json could not be loaded (network error: offline, blocked, or not
  // allowed by CORS)": Node's fetch cannot read file: URLs.
  it('a file: URL', async () => {
    clearLoadCache();
    const model = await loadResults(pathToFileURL(FIXTURE).href);
    assert.equal(model.assessments.length, fixture().assessments.length);
  });

  it('a plain path, relative to the working directory', async () => {
    clearLoadCache();
    assert.equal(absoluteUrl('data/results.json'), pathToFileURL('data/results.json').href);
    assert.equal(absoluteUrl('C:\\data\\results.json'), 'file:///C:/data/results.json');
    const model = await loadResults(FIXTURE);
    assert.equal(model.assessments.length, fixture().assessments.length);
  });

  it('a missing file says it could not be read, and why', async () => {
    clearLoadCache();
    await assert.rejects(
      loadResults('test/fixtures/nope.json'),
      (e: GovRankError) => e.kind === 'network' && /nope\.json could not be read \(ENOENT/.test(e.message) && !/CORS/.test(e.message),
    );
  });

  // The reader lives in src/data/node.ts (what the package's Node entries load), so that is what
  // a bundler that ignores the `node` condition could still pull in.
  /** `entry` bundled for a browser, as one file's text. */
  const browserBundle = async (entry: string): Promise<string> =>
    (await build({ entryPoints: [entry], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' }))
      .outputFiles[0]!.text;

  it('the browser bundle of the loader does not pull node:fs in', async () => {
    const code = await browserBundle('src/data/node.ts');
    assert.doesNotMatch(code, /from\s*["']node:/);
    // import() of a variable (comments for Vite and webpack may sit before it).
    assert.match(code, /import\((?:\s*\/\*[^*]*\*\/)*\s*\w+\s*\)/);
  });

  it("browsers' loader carries neither the working directory nor the file reader", async () => {
    const code = await browserBundle('src/data/load.ts');
    assert.doesNotMatch(code, /cwd|local-file|import\(/);
    assert.match(code, /function absoluteUrl/);
  });
});

describe('line of a later problem', () => {
  it('lineColumn counts lines and characters from 1', () => {
    assert.deepEqual(lineColumn('ab\n广东x', 5), { line: 2, column: 3 });
    assert.deepEqual(lineColumn('abc', 0), { line: 1, column: 1 });
  });
});
