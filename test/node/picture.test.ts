// The static pictures (src/picture), from the elements' own views: well-formed, self-contained SVG
// (no script, no event attribute, no external reference), the map's regions, legend, inset and
// 示意图 line, and the sizes the issue sets (badge ≤ 3 KB; map ≤ 60 KB, ≤ 20 KB gzipped).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseResults } from '../../src/data/model.js';
import { renderSvg } from '../../src/cli/render.js';
import { el } from '../../src/picture/svg.js';
import { selectSparklineView } from '../../src/elements/trend-sparkline/trend-sparkline-select.js';
import { trendGeometry } from '../../src/elements/trend-sparkline/trend-series.js';
import type { Lang } from '../../src/base/lang.js';

const model = parseResults(JSON.parse(readFileSync('src/data/bundled-results.json', 'utf8')));
const draw = (element: string, flags: Record<string, string | boolean>, lang: Lang = 'zh-CN', scheme: 'light' | 'dark' = 'light') =>
  renderSvg(element, model, flags, { lang, scheme });

/** A strict well-formedness check: every tag closed in order, attributes quoted and unique, only XML's entities. */
function assertWellFormed(xml: string): void {
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let m: RegExpExecArray | null;
  let roots = 0;
  while ((m = token.exec(xml))) {
    if (m[6]) assert.fail(`stray "<" at ${m.index}: ${xml.slice(m.index, m.index + 40)}`);
    const text = m[5] ?? m[3] ?? '';
    for (const ent of text.match(/&[^;]*;?/g) ?? []) assert.match(ent, /^&(amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);$/i, `bad entity ${ent}`);
    if (m[5]) {
      assert.ok(stack.length || !m[5].trim(), 'text outside the root');
      continue;
    }
    const names = [...(m[3] ?? '').matchAll(/([\w:-]+)=/g)].map((a) => a[1]);
    assert.equal(new Set(names).size, names.length, `repeated attribute in <${m[2]}>`);
    if (!m[1] && !stack.length) roots++;
    if (m[1]) assert.equal(stack.pop(), m[2], `</${m[2]}> closes the wrong element`);
    else if (!m[4]) stack.push(m[2]!);
  }
  assert.equal(stack.length, 0, `unclosed: ${stack.join(' ')}`);
  assert.equal(roots, 1, 'one root element');
}

function assertSelfContained(svg: string): void {
  assert.doesNotMatch(svg, /<script/i);
  assert.doesNotMatch(svg, /<foreignObject|<image/i);
  assert.doesNotMatch(svg, /<[^>]*\son[a-z]+=/i, 'no event attribute');
  for (const h of svg.matchAll(/href="([^"]*)"/g)) assert.match(h[1]!, /^#/, 'href only inside the picture');
  for (const u of svg.matchAll(/url\(([^)]*)\)/g)) assert.match(u[1]!, /^#/, 'url() only inside the picture');
}

const CASES: [string, Record<string, string | boolean>][] = [
  ['map', { year: '2020' }],
  ['map', { year: '2020', 'color-by': 'score', selected: '广东', highlight: '浙江,江苏' }],
  ['map', { level: 'city' }],
  ['badge', { region: '广东', year: '2020' }],
  ['sparkline', { region: '广东', metric: 'score', bands: true }],
  ['counter', { stat: 'gov-websites' }],
  ['table', { limit: '10', highlight: '广东' }],
];

describe('pictures', () => {
  for (const [element, flags] of CASES) {
    for (const lang of ['zh-CN', 'en'] as const) {
      it(`${element} ${JSON.stringify(flags)} (${lang}) is well-formed, self-contained SVG with a title`, () => {
        const svg = draw(element, flags, lang, lang === 'en' ? 'dark' : 'light');
        assertWellFormed(svg);
        assertSelfContained(svg);
        assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+"[^>]* role="img"/);
        assert.match(svg, /<title id="t">[^<]+<\/title>/);
      });
    }
  }

  it('the map: 34 region paths, a legend, the inset and the 示意图 line', () => {
    const svg = draw('map', { year: '2020' });
    assert.equal(svg.match(/<path id="r\d{6}"/g)?.length, 34);
    assert.match(svg, /<text[^>]*font-weight="bold"[^>]*>等级<\/text>/);
    assert.match(svg, />非常高 \(\d+\)</);
    assert.match(svg, />南海诸岛<\/text>/);
    assert.match(svg, /<use href="#r460000"\/>/, 'Hainan again in the inset');
    assert.match(svg, />示意图，非标准地图<\/text>/);
    assert.match(draw('map', { 'approval-number': 'GS(2024)0650号' }), />审图号：GS\(2024\)0650号<\/text>/);
    assert.match(draw('map', {}, 'en'), />Illustrative map, not the standard map<\/text>/);
  });

  it('the map is ≤ 60 KB and ≤ 20 KB gzipped', () => {
    for (const flags of [{}, { 'color-by': 'score', selected: '广东' }] as Record<string, string>[]) {
      const svg = draw('map', flags);
      assert.ok(svg.length <= 60 * 1024, `${svg.length} bytes`);
      assert.ok(gzipSync(svg).length <= 20 * 1024, `${gzipSync(svg).length} bytes gzipped`);
    }
  });

  it('the static badge: ≤ 3 KB, role="img", label and tier as text', () => {
    const svg = draw('badge', { region: '广东', year: '2020' });
    assert.ok(Buffer.byteLength(svg) <= 3 * 1024, `${Buffer.byteLength(svg)} bytes`);
    assert.match(svg, /<title id="t">广东 网上政务服务能力 2020年：非常高，并列第1名，得分96\.73<\/title>/);
    assert.match(svg, />非常高 · 并列第1名 · 96\.73<\/text>/);
  });

  it('the table says what the element says: its rank header, ties, the "top N of M" note, the trend column', () => {
    const en = draw('table', { limit: '5', trend: 'rank' }, 'en');
    assert.match(en, />Rank<\/text>/);
    assert.match(en, />Rank trend<\/text>/);
    assert.match(en, />=1<\/text>/, 'a tie as the element marks it');
    assert.match(en, />Showing the top 5 of 32\.<\/text>/);
    assert.equal(en.match(/<g transform="translate\([^)]*\)"><path d="M/g)?.length, 5, 'a trend line per row');
    const zh = draw('table', { limit: '5' });
    assert.match(zh, />排名<\/text>/);
    assert.match(zh, />1（并列）<\/text>/);
    assert.match(zh, />显示排名前 5 个，共 32 个。<\/text>/);
    assert.doesNotMatch(draw('table', {}), /显示排名前/, 'no note when every row is shown');
  });

  it("the sparkline draws the element's geometry (range stretched to the bands' edges) and its best/worst rings", () => {
    const view = selectSparklineView(model, { region: '广东', metric: 'score', assessment: null, bands: true }, 'zh-CN');
    const svg = draw('sparkline', { region: '广东', metric: 'score', bands: true });
    // 240 px less the picture's 8 px margins: the element at that width draws this line.
    assert.ok(svg.includes(`d="${trendGeometry(view, 224, 40, 'zh-CN').d}"`), 'the same line as the element');
    assert.equal(svg.match(/r="5\.5"/g), null, 'no rings without markers');
    const marked = draw('sparkline', { region: '广东', metric: 'rank', markers: true });
    assert.equal(marked.match(/<circle[^>]*r="5\.5"[^>]*fill="none"/g)?.length, 2, 'best and worst ringed');
    assert.match(marked, /stroke-dasharray="2 1\.5"/, 'the worst dashed');
  });

  it('text from data is text: markup in a title is escaped, never markup', () => {
    const hostile = JSON.parse(readFileSync('src/data/bundled-results.json', 'utf8'));
    const edition = hostile.assessments[0].editions[0];
    edition.title = '<script>alert(1)</script>" onload="x';
    const m = parseResults(hostile);
    const svg = renderSvg(
      'map',
      m,
      { assessment: hostile.assessments[0].id, year: String(edition.year) },
      { lang: 'zh-CN', scheme: 'light' },
    );
    assertWellFormed(svg);
    assertSelfContained(svg);
    assert.match(svg, /&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot; onload=&quot;x/);
  });

  it('the writer refuses script, event attributes and outside references', () => {
    assert.throws(() => el('script'));
    assert.throws(() => el('rect', { onclick: 'x' }));
    assert.throws(() => el('use', { href: 'http://example.com/a.svg#x' }));
    assert.throws(() => el('rect', { fill: 'url(http://example.com/x)' }));
    assert.doesNotThrow(() => el('rect', { fill: 'url(#ok)' }));
  });

  it("selection errors are the elements' own messages", () => {
    assert.throws(() => draw('badge', { region: '火星' }), /未知地区“火星”/);
    assert.throws(() => draw('map', { year: '1999' }, 'en'), /No results for 1999/);
  });
});
