// The build's css`…` minifier (scripts/lib/css-literals.mjs) keeps every rule: each css`…` template
// in src/, minified as the build does it, parses in Chromium to the same rules, one by one, as the
// template as written (${…} expressions replaced by a declaration). And the comparison notices a
// minifier that drops a space CSS needs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { playwrightLaunchOptions } from '../../scripts/find-chromium.mjs';
import { cssTemplates, minifyCssLiterals } from '../../scripts/lib/css-literals.mjs';

const PLACEHOLDER = '--gr-placeholder: 0;';

/** Every .ts file under src/ with a css`…` template, and its templates' text (as the page gets it). */
function templates(/** @type {(code: string) => string} */ transform) {
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join('src', f));
  return files.flatMap((file) => {
    const code = transform(readFileSync(file, 'utf8'));
    return cssTemplates(code).map(({ runs }, i) => ({
      where: `${file} #${i + 1}`,
      // The cooked text, as the css tag sees it (no template in src/ has an escape, but be exact).
      css: runs.map(([a, b]) => new Function(`return \`${code.slice(a, b)}\`;`)()).join(PLACEHOLDER),
    }));
  });
}

const written = templates((code) => code);
const minified = templates(minifyCssLiterals);

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {import('playwright-core').Page} */
let page;
before(async () => {
  browser = await chromium.launch(playwrightLaunchOptions());
  page = await browser.newPage();
});
after(() => browser?.close());

/**
 * Each stylesheet's rules as Chromium serialises them. A value with var() in it (and a custom
 * property's) is serialised as written, its spaces too; those next to a comma, after `(` and before
 * `)` are never significant (each is a token of its own), and a run of them counts as one: both
 * sides are compared without them. (A space before `(` is kept: `and (` is not `and(`.)
 */
const parsed = async (/** @type {string[]} */ sheets) =>
  (
    await page.evaluate((texts) => {
      return texts.map((text) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        return [...sheet.cssRules].map((r) => r.cssText);
      });
    }, sheets)
  ).map((rules) => rules.map((r) => r.replace(/\s+/g, ' ').replace(/ ?, ?/g, ',').replace(/\( /g, '(').replace(/ \)/g, ')')));

/** Where `b` parses to other rules than `a`: template, and the first rule that differs. */
async function differences(/** @type {{ where: string; css: string }[]} */ a, /** @type {{ where: string; css: string }[]} */ b) {
  const [ra, rb] = [await parsed(a.map((t) => t.css)), await parsed(b.map((t) => t.css))];
  return ra.flatMap((rules, i) => {
    const k = rules.findIndex((r, j) => r !== rb[i][j]);
    return k >= 0 || rules.length !== rb[i].length ? [`${a[i].where}: ${rules[k] ?? '(end)'} ≠ ${rb[i][k] ?? '(end)'}`] : [];
  });
}

test('every css`…` template in src/ is found, and the minified text is smaller', () => {
  assert.ok(written.length >= 8, `${written.length} templates`);
  assert.deepEqual(
    minified.map((t) => t.where),
    written.map((t) => t.where),
  );
  const size = (/** @type {{ css: string }[]} */ ts) => ts.reduce((s, t) => s + t.css.length, 0);
  assert.ok(size(minified) < 0.75 * size(written), `${size(minified)} of ${size(written)} characters`);
  const runs = minified.flatMap((t) => t.css.split(PLACEHOLDER));
  assert.deepEqual(
    runs.filter((css) => /\/\*|;\}|\n|[{};,:] | [{};,)!]/.test(css)),
    [],
    'no comment, `;}`, line break or space CSS does not need left',
  );
});

test('each template parses in Chromium to the same rules minified as written, none dropped', async () => {
  const rules = await parsed(written.map((t) => t.css));
  // Nothing of ours is dropped by the parser (else a broken minification of it would go unseen):
  // as many top-level rules as top-level blocks written.
  written.forEach((t, i) => {
    let depth = 0;
    let blocks = 0;
    for (const c of t.css.replace(/\/\*[\s\S]*?\*\//g, '')) {
      if (c === '{' && depth++ === 0) blocks++;
      if (c === '}') depth--;
    }
    assert.equal(rules[i].length, blocks, `${t.where}: every rule parses`);
  });
  assert.deepEqual(await differences(written, minified), []);
});

test('the comparison notices a minifier that drops a space CSS needs', async () => {
  const broken = (/** @type {RegExp} */ re, /** @type {string} */ to) => minified.map((t) => ({ ...t, css: t.css.replace(re, to) }));
  // calc(a - b) → calc(a-b): the declaration no longer parses.
  assert.ok((await differences(written, broken(/ - /g, '-'))).length > 0, 'calc(a - b)');
  // `.dot .shape` → `.dot.shape`: another selector.
  assert.ok((await differences(written, broken(/(\.[a-z-]+) (\.[a-z-]+)/g, '$1$2'))).length > 0, 'descendant combinator');
  // `8px rgb(` → `8pxrgb(`: a value no longer parses.
  assert.ok((await differences(written, broken(/(\w) (\w+\()/g, '$1$2'))).length > 0, 'a space before a function');
});
