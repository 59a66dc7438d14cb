// `gov-rank render` (bin/commands/render.mjs over the built dist/cli/render.js): what it writes,
// its exit codes and messages for bad input (zh-CN and en), and that a failure writes no file; the
// PNG (through @resvg/resvg-js) is 2× the SVG and draws its Chinese text with a CJK font; the HTML is
// gov-rank/ssr's element (dist/ssr, built by npm run build).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ENGLISH = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' };
const CHINESE = { ...ENGLISH, LANG: 'zh_CN.UTF-8' };
const render = (args, env = ENGLISH) => spawnSync('node', ['bin/gov-rank.mjs', 'render', ...args], { encoding: 'utf8', env });
const tmp = mkdtempSync(join(tmpdir(), 'gov-rank-render-'));
const out = (name) => join(tmp, name);

test('the static badge: an SVG of at most 3 KB, role="img", a <title>', () => {
  const r = render(['badge', '--region', '广东', '--year', '2020', '--lang', 'zh-CN', '--out', out('gd.svg')]);
  assert.equal(r.status, 0, r.stderr);
  const svg = readFileSync(out('gd.svg'), 'utf8');
  assert.ok(Buffer.byteLength(svg) <= 3072, `${Buffer.byteLength(svg)} bytes`);
  assert.match(svg, /role="img"/);
  assert.match(svg, /<title id="t">广东 网上政务服务能力 2020年：/);
  assert.match(r.stdout, /已写入 .*gd\.svg（\d+×20）/);
});

test('every element renders; attributes are flags named like the attributes', () => {
  for (const args of [
    ['map', '--year', '2020', '--color-by', 'score', '--lang', 'en', '--theme', 'dark', '--selected', '广东'],
    ['sparkline', '--region', '浙江', '--metric', 'score', '--bands'],
    ['counter', '--stat', 'gov-websites'],
    ['table', '--limit', '5', '--highlight', '广东'],
  ]) {
    const r = render([...args, '--out', out(`${args[0]}.svg`)]);
    assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
    assert.match(readFileSync(out(`${args[0]}.svg`), 'utf8'), /^<svg xmlns/);
  }
});

test('bad input: a clear message, a non-zero exit, no file written', () => {
  const bad = join(tmp, 'bad.json');
  writeFileSync(bad, '{ "version": 1, ');
  const cases = [
    [['mountain', '--out', out('x.svg')], 2, /unknown element "mountain"; one of: map, badge, sparkline, counter, table/],
    [['toString', '--out', out('x.svg')], 2, /unknown element "toString"; one of: map, badge, sparkline, counter, table/],
    [['map', '--region', '广东', '--out', out('x.svg')], 2, /map takes no --region/],
    [['badge', '--region', '火星', '--out', out('x.svg')], 1, /Unknown region “火星”$/m],
    [['badge', '--region', '河南剩', '--out', out('x.svg')], 1, /Unknown region “河南剩”: did you mean 河南\?/],
    [['badge', '--region', 'Guandong', '--out', out('x.svg')], 1, /did you mean Guangdong\?/],
    [['map', '--colr-by', 'score', '--out', out('x.svg')], 2, /map takes no --colr-by; did you mean --color-by\?/],
    [['map', '--year', '1999', '--out', out('x.svg')], 1, /No results for 1999/],
    [['map', '--selected', '火星', '--out', out('x.svg')], 1, /Unknown region “火星”/],
    [['map', '--src', join(tmp, 'missing.json'), '--out', out('x.svg')], 2, /cannot read .*missing\.json: ENOENT/],
    [['map', '--src', bad, '--out', out('x.svg')], 1, /bad\.json is not valid JSON/],
    [['map', '--out', out('x.gif')], 2, /end it in \.svg, \.png or \.html/],
    [['map', '--width', 'wide', '--out', out('x.svg')], 2, /--width must be a positive number/],
    [['map'], 2, /name the output file with --out/],
  ];
  for (const [args, status, message] of cases) {
    const r = render(args);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  assert.deepEqual(
    readdirSync(tmp).filter((f) => /^x\.|\.tmp$/.test(f)),
    [],
    'no file, no temp file',
  );
  const zh = render(['badge', '--region', '火星', '--out', out('x.svg')], CHINESE);
  assert.equal(zh.status, 1);
  assert.match(zh.stderr, /未知地区“火星”/);
  assert.match(render(['mountain', '--out', out('x.svg')], CHINESE).stderr, /未知的元素“mountain”/);
});

test('a failure leaves an existing file as it was', () => {
  writeFileSync(out('keep.svg'), 'before');
  assert.equal(render(['badge', '--region', '火星', '--out', out('keep.svg')]).status, 1);
  assert.equal(readFileSync(out('keep.svg'), 'utf8'), 'before');
});

const resvg = await import('@resvg/resvg-js').catch(() => undefined);
const fcList = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
const cjk = (fcList.stdout ?? '')
  .split('\n')
  .flatMap((l) => l.split(','))
  .map((s) => s.trim())
  .find((f) => /CJK SC|Han Sans|WenQuanYi|PingFang|YaHei/i.test(f));
const skip = !resvg
  ? '@resvg/resvg-js is not installed (optional dependency)'
  : !cjk
    ? 'no CJK font on this system (CI installs fonts-noto-cjk)'
    : false;

test('PNG: 2× the SVG by default, and its Chinese text is drawn', { skip }, () => {
  const r = render(['badge', '--region', '广东', '--year', '2020', '--lang', 'zh-CN', '--out', out('gd.png')]);
  assert.equal(r.status, 0, r.stderr);
  const svg = render(['badge', '--region', '广东', '--year', '2020', '--lang', 'zh-CN', '--out', out('gd2.svg')]);
  assert.equal(svg.status, 0);
  const svgText = readFileSync(out('gd2.svg'), 'utf8');
  const width = Number(/width="(\d+)"/.exec(svgText)[1]);
  const png = readFileSync(out('gd.png'));
  assert.equal(png.readUInt32BE(16), 2 * width, 'PNG width is 2× the SVG width');
  assert.equal(
    render(['badge', '--region', '广东', '--year', '2020', '--lang', 'zh-CN', '--scale', '1', '--out', out('gd1.png')]).status,
    0,
  );
  assert.equal(readFileSync(out('gd1.png')).readUInt32BE(16), width);

  // The label half holds only Chinese text: drawn with a CJK font, its pixels differ from a render
  // with no fonts at all (where nothing, or empty boxes, would be drawn).
  const { Resvg } = resvg;
  const pixels = (font) => new Resvg(svgText, { font }).render().pixels;
  const withFont = pixels({ loadSystemFonts: true, defaultFontFamily: cjk, sansSerifFamily: cjk });
  const noFont = pixels({ loadSystemFonts: false, fontFiles: [] });
  const labelEnd = Number(/<rect width="(\d+)" height="20" fill=/.exec(svgText)[1]);
  let differ = 0;
  for (let y = 0; y < 20; y++)
    for (let x = 0; x < labelEnd; x++) if (withFont[(y * width + x) * 4] !== noFont[(y * width + x) * 4]) differ++;
  assert.ok(differ > 50, `${differ} pixels of the label differ`);
});

test('HTML: the server-rendered element (gov-rank/ssr), a declarative shadow root, the map with its 34 regions', () => {
  const r = render(['map', '--year', '2020', '--lang', 'en', '--width', '600', '--out', out('map.html')]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /wrote .*map\.html/);
  const html = readFileSync(out('map.html'), 'utf8');
  assert.match(html, /<gov-rank-map [^>]*year="2020"[^>]* lang="en"[^>]* ssr-width="600"[^>]*><template [^>]*shadowrootmode="open">/);
  assert.equal(html.match(/<path class="shape" data-code="\d{6}"/g)?.length, 34);
  assert.doesNotMatch(html, /<script type="application\/json"/, 'the bundled results are not embedded');

  // A results file is embedded for the client to hydrate from; booleans are attributes without a value.
  const s = render(['sparkline', '--region', '浙江', '--bands', '--src', 'test/fixtures/results.json', '--out', out('zj.html')]);
  assert.equal(s.status, 0, s.stderr);
  const spark = readFileSync(out('zj.html'), 'utf8');
  assert.match(spark, /<gov-trend-sparkline [^>]*region="浙江"[^>]* bands[ >]/);
  assert.match(spark, /<script type="application\/json"/);
});

test('HTML: bad input as for SVG — a message, a non-zero exit, no file', () => {
  for (const [args, status, message] of [
    [['badge', '--region', '火星'], 1, /Unknown region “火星”/],
    [['map', '--year', '1999'], 1, /No results for 1999/],
    [['map', '--selected', '火星'], 1, /Unknown region “火星”/],
    [['map', '--width', '-5'], 2, /--width must be a positive number/],
  ]) {
    const r = render([...args, '--out', out('bad.html')]);
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
  }
  assert.equal(existsSync(out('bad.html')), false);
  assert.deepEqual(
    readdirSync(tmp).filter((f) => f.endsWith('.tmp')),
    [],
  );
});
