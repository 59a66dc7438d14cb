// gov-rank/ssr imported by name from the built package: every element renders to HTML with a
// declarative shadow root, the map with all 34 regions, legend, inset and 示意图 line; problems
// reject with a clear message and no HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { renderElement, TAGS } from 'gov-rank/ssr';
import { ELEMENTS } from '../../scripts/entries.mjs';

const SHADOW = /^<!--lit-part [^>]*--><(gov-[a-z-]+)[^>]*><template shadowroot="open" shadowrootmode="open">/;
const fixture = JSON.parse(readFileSync('test/fixtures/results.json', 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'gov-rank-ssr-'));

test('the map: a declarative shadow root with 34 region shapes, legend, inset, sources and the 示意图 note', async () => {
  const html = await renderElement('map', { year: 2020 });
  assert.equal(SHADOW.exec(html)?.[1], 'gov-rank-map');
  assert.equal(html.match(/<path class="shape" data-code="\d{6}"/g)?.length, 34);
  assert.match(html, /part="legend"/);
  assert.match(html, /part="inset"/);
  assert.match(html, /示意图/);
  assert.match(html, /<a [^>]*href="https?:/, 'a source link');
  assert.match(html, / defer-hydration[ >]/);
  assert.match(html, / ssr-width="800"/);
  assert.doesNotMatch(html, /class="status/, 'no loading or error box');
});

test('the map in English at 600 px, with an approval number', async () => {
  const html = await renderElement('gov-rank-map', { year: 2020, lang: 'en', 'approval-number': 'GS(2024)1234' }, { width: 600 });
  assert.match(html, / ssr-width="600"/);
  assert.match(html, /Map approval number: GS\(2024\)1234/);
  assert.match(html, /lang="en"/);
});

for (const [name, attrs, says] of [
  ['badge', { region: '广东', year: 2020 }, /广东/],
  ['sparkline', { region: '广东' }, /<svg[^>]*part="svg"[^>]*width="240"/],
  ['counter', { stat: 'gov-websites' }, /part="value"/],
  ['table', { year: 2020 }, /<table/],
]) {
  test(`${name}: a declarative shadow root with its finished view`, async () => {
    const html = await renderElement(name, attrs);
    assert.match(html, SHADOW);
    assert.match(html, says);
    assert.doesNotMatch(html, /class="status|class="[^"]*skeleton/, 'no loading or error box');
  });
}

test('the counter shows its final value, not a count from 0', async () => {
  const html = await renderElement('counter', { stat: 'gov-websites' });
  const ghost = /<span class="ghost">(?:<!--[^>]*-->)*([^<]+)/.exec(html)?.[1];
  const current = /<span class="current">(?:<!--[^>]*-->)*([^<]+)/.exec(html)?.[1];
  assert.ok(ghost && /\d/.test(ghost), `final value: ${ghost}`);
  assert.equal(current, ghost);
});

test('data given as an object is rendered and embedded as inline JSON (no markup from data)', async () => {
  const data = structuredClone(fixture);
  data.assessments[0].name = { 'zh-CN': '评估</script><b>x</b>' };
  const html = await renderElement('table', {}, { data });
  assert.match(html, /<script type="application\/json">/);
  assert.doesNotMatch(html, /<\/script><b>/);
  const json = /<script type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
  assert.deepEqual(JSON.parse(json), data);
});

test('src: a file path and a file: URL are read on the server; with a src attribute nothing is embedded', async () => {
  const file = join(tmp, 'results.json');
  writeFileSync(file, JSON.stringify(fixture));
  const byPath = await renderElement('table', {}, { src: file });
  assert.match(byPath, /<script type="application\/json">/);
  const byUrl = await renderElement('table', { src: '/data/results.json' }, { src: pathToFileURL(file) });
  assert.doesNotMatch(byUrl, /application\/json/);
  assert.match(byUrl, /src="\/data\/results.json"/);
});

test("its element names (src/base/tags.ts) are the build's (scripts/entries.mjs): short name → tag", () => {
  assert.deepEqual(
    Object.entries(TAGS),
    ELEMENTS.map(([name, tag]) => [name, tag]),
  );
});

test('problems reject with a clear message', async () => {
  await assert.rejects(renderElement('chart', {}), /Unknown element "chart".*map, badge/);
  // A name on Object.prototype is no element either.
  await assert.rejects(renderElement('constructor', {}), /Unknown element "constructor".*map, badge/);
  await assert.rejects(renderElement('map', {}, { src: join(tmp, 'missing.json') }), /could not be read/);
  await assert.rejects(renderElement('map', {}, { data: { format: 1 } }), /not a gov-rank results file/);
  await assert.rejects(renderElement('map', { year: 1999 }), (e) => e.kind === 'no-data' && /1999/.test(e.message));
  await assert.rejects(renderElement('badge', { region: '火星' }), (e) => e.kind === 'no-data' && /火星/.test(e.message));
  await assert.rejects(renderElement('map', { geometry: 'x.json' }), /not supported on the server/);
  await assert.rejects(renderElement('map', {}, { width: -1 }), /width/);
});
