// The static badge (src/picture/badge.ts) against shields' conventions at 1×: 20 px high, 11 px
// sans-serif text on the baseline shields uses, label | message each inside its own part, text at
// 4.5:1 or more on both parts in light and dark, ≤ 3 KB for the longest names, and its <title>
// and <desc> in the chosen language.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResults } from '../../src/data/model.js';
import { renderSvg } from '../../src/cli/render.js';
import { contrast } from '../../src/base/css-color.js';
import { tierColors } from '../../src/base/tokens.js';
import { palette } from '../../src/picture/palette.js';
import type { Lang } from '../../src/base/lang.js';

const json = JSON.parse(readFileSync('src/data/bundled-results.json', 'utf8'));
const model = parseResults(json);
const badge = (flags: Record<string, string>, lang: Lang = 'zh-CN', scheme: 'light' | 'dark' = 'light') =>
  renderSvg('badge', model, flags, { lang, scheme });

interface Part {
  x: number;
  width: number;
  fill: string;
}
interface Text {
  x: number;
  y: number;
  length: number;
  fill: string;
  text: string;
}

/** The badge's two coloured parts and two texts, as written. */
function parse(svg: string): { height: number; parts: Part[]; texts: Text[] } {
  const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  const parts = [...svg.matchAll(/<rect[^>]*fill="[^"]*"[^>]*\/>/g)].map(([t]) => ({
    x: Number(attr(t, 'x') ?? 0),
    width: Number(attr(t, 'width')),
    fill: attr(t, 'fill')!,
  }));
  const texts = [...svg.matchAll(/<text([^>]*)>([^<]*)<\/text>/g)].map(([, a, text]) => ({
    x: Number(attr(a!, 'x')),
    y: Number(attr(a!, 'y')),
    length: Number(attr(a!, 'textLength')),
    fill: attr(a!, 'fill')!,
    text: text!,
  }));
  return { height: Number(/^<svg[^>]*\sheight="(\d+)"/.exec(svg)![1]), parts, texts };
}

/** Every region with a result in any edition of the bundled data: [assessment id, year, region]. */
const everyRow: [string, string, string][] = json.assessments.flatMap(
  (a: { id: string; editions: { year: number; results: { region: string }[] }[] }) =>
    a.editions.flatMap((e) => e.results.map((r) => [a.id, String(e.year), r.region] as [string, string, string])),
);

describe('the static badge', () => {
  it("follows shields at 1×: 20 px high, 11 px sans-serif, shields' baseline, each text inside its part", () => {
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const region of ['广东', '内蒙古', '新疆生产建设兵团']) {
        const svg = badge({ region, year: '2020', show: 'region' }, lang);
        const { height, parts, texts } = parse(svg);
        assert.equal(height, 20);
        assert.match(svg, /^<svg[^>]* font-family="[^"]*sans-serif" font-size="11"/);
        assert.equal(parts.length, 2, 'label | message');
        assert.equal(texts.length, 2);
        for (const [i, t] of texts.entries()) {
          const p = parts[i]!;
          assert.equal(t.y, 14, "shields' baseline for 11 px text in 20 px");
          assert.ok(t.length > 0 && t.x >= p.x + 4 && t.x + t.length <= p.x + p.width - 4, `${t.text}: inside its part, 4 px clear`);
        }
        assert.equal(parts[1]!.x, parts[0]!.width, 'the message part starts where the label ends');
      }
    }
  });

  it('text reads at 4.5:1 or more on both parts, in light and dark, for every tier and for no tier', () => {
    let checked = 0;
    const tiers = new Set<string>();
    for (const scheme of ['light', 'dark'] as const) {
      for (const [assessment, year, region] of everyRow) {
        const { parts, texts } = parse(badge({ assessment, year, region }, 'zh-CN', scheme));
        for (const [i, t] of texts.entries()) {
          const ratio = contrast(t.fill, parts[i]!.fill);
          assert.ok(
            ratio >= 4.5,
            `${scheme} ${assessment} ${year} ${region}: "${t.text}" ${t.fill} on ${parts[i]!.fill} is ${ratio.toFixed(2)}:1`,
          );
          checked++;
        }
        tiers.add(`${scheme} ${parts[1]!.fill}`);
      }
    }
    assert.ok(checked > 400, `${checked} texts checked`);
    assert.ok(tiers.size >= 8, `${tiers.size} message colours seen`);
    for (const scheme of ['light', 'dark'] as const)
      assert.ok(tiers.has(`${scheme} ${palette(scheme).base('surface')}`), 'a badge with no tier');
    // Tiers the bundled data does not reach (up to six, and the mixes beyond): the colours the
    // composer would write.
    for (const scheme of ['light', 'dark'] as const) {
      const p = palette(scheme);
      for (let i = 0; i < 9; i++) {
        const { bg, fg } = tierColors(i);
        assert.ok(contrast(p.color(fg), p.color(bg)) >= 4.5, `${scheme} tier ${i + 1}: ${p.color(fg)} on ${p.color(bg)}`);
      }
    }
  });

  it('is ≤ 3 KB for the longest names, in Chinese and in English', () => {
    let largest = { bytes: 0, what: '' };
    for (const lang of ['zh-CN', 'en'] as const) {
      for (const [assessment, year, region] of everyRow) {
        const svg = badge({ assessment, year, region, show: 'region' }, lang, 'dark');
        const bytes = Buffer.byteLength(svg);
        if (bytes > largest.bytes) largest = { bytes, what: `${assessment} ${year} ${region} (${lang})` };
      }
    }
    assert.ok(largest.bytes <= 3 * 1024, `${largest.what}: ${largest.bytes} bytes`);
    const corps = badge({ region: '新疆生产建设兵团', year: '2020', show: 'region' }, 'en');
    assert.match(corps, />Xinjiang Production and Construction Corps · Medium · No\. 28<\/text>/);
    assert.ok(Buffer.byteLength(corps) <= 3 * 1024);
  });

  it('has its <title> and <desc> in the chosen language', () => {
    const en = badge({ region: '内蒙古', year: '2020' }, 'en');
    assert.match(en, /<title id="t">Inner Mongolia Online government services 2020: High, No\. 21, score 80\.29<\/title>/);
    assert.match(en, /<desc>Source: [^<]+<\/desc>/);
    const zh = badge({ region: '内蒙古', year: '2020' });
    assert.match(zh, /<title id="t">内蒙古 网上政务服务能力 2020年：高，第21名，得分80\.29<\/title>/);
    assert.match(zh, /<desc>来源：[^<]+<\/desc>/);
    // No Chinese left in an English badge's title, description or texts, for any row.
    for (const [assessment, year, region] of everyRow) {
      const svg = badge({ assessment, year, region, show: 'region' }, 'en');
      const words = [...svg.matchAll(/<(title|desc|text)[^>]*>([^<]*)</g)].map((m) => m[2]).join(' | ');
      assert.doesNotMatch(words, /[\u3400-\u9fff\uff00-\uffef]/, `${assessment} ${year} ${region}: ${words}`);
    }
  });
});
