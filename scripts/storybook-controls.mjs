// @ts-check
// The Storybook reader's check, run by `npm run test:storybook` after the axe run (scripts/storybook-a11y.mjs),
// or alone: `node scripts/storybook-controls.mjs [substring of a story id…]` on an existing storybook-static/.
//
// 1. Docs page of every element (iframe.html?viewMode=docs&id=elements-<tag>--docs): reads the ArgsTable
//    (category, name, control kind, default, the control's arg key) and checks, against the element class
//    the page registered (Lit's elementProperties: the runtime truth, not the manifest we generate):
//     - no internal field among the controls: no `_`-prefixed name, no Lit state property, no static member,
//       nothing whose default reads "new …" or whose value is a function, a Task or a reactive controller,
//       nothing that is not a property of the element (rows in the category "story" are the story's own);
//     - one row per attribute: each public reactive property's attribute exactly once, and never under its
//       property name as well (`color-by`, not also `colorBy`); a property without an attribute (`data`)
//       once under its property name;
//     - the right control: number for numbers (`year`, `limit`, `timeout`, and any attribute typed `number`
//       in custom-elements.json), select/radio for enumerations (`color-by`, `level`, `variant`, `size`,
//       `metric`, `format`, `loading`, `theme`, `trend`, `inset`, and any union of string literals), boolean
//       for booleans, text for strings; never an object editor ("Set object") for an attribute;
//     - defaults: no "null"/"undefined" shown as a default; `loading` documents `eager` and `timeout` 15000;
//       `theme` is not forced on the primary story (no theme attribute, no radio/select chosen);
//     - the primary story's controls drive it: every attribute control of the table is changed on the docs
//       page and the primary story's element must carry the new attribute.
// 2. Every story (iframe.html?id=…&viewMode=story): every attribute arg whose control is enabled for that
//    story is changed the way the Controls panel changes it (the `updateStoryArgs` channel event) and every
//    element of the story's tag must then carry the new attribute value — stories that hard-code attributes
//    and ignore args fail here.
// Prints ✔/✖ per docs page and per story with each problem; "storybook controls: N passed, M failed".
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Control kinds the issue asks for by name (beyond what custom-elements.json's types say). */
const EXPECT = {
  year: ['number'],
  limit: ['number'],
  timeout: ['number'],
  'color-by': ['select', 'radio'],
  level: ['select', 'radio'],
  variant: ['select', 'radio'],
  size: ['select', 'radio'],
  metric: ['select', 'radio'],
  format: ['select', 'radio'],
  loading: ['select', 'radio'],
  theme: ['select', 'radio'],
  trend: ['select', 'radio'],
  inset: ['select', 'radio'],
  markers: ['boolean'],
  bands: ['boolean'],
};
const NOT_CONTROLS = new Set(['events', 'css shadow parts', 'css custom properties', 'slots']);

/** The kinds a manifest type text calls for: number, boolean, an enumeration of string literals, or text. */
function kindsForType(text) {
  if (!text) return null;
  const parts = text
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'null' && s !== 'undefined');
  if (!parts.length) return null;
  if (parts.every((p) => /^(['"]).*\1$/.test(p))) return ['select', 'radio'];
  if (parts.every((p) => p === 'number')) return ['number'];
  if (parts.every((p) => p === 'boolean')) return ['boolean'];
  // A free-text attribute may offer example values in a select (`show`), never a number or object editor.
  if (parts.every((p) => p === 'string')) return ['text', 'select', 'radio'];
  return null;
}

function manifestAttributes(tag) {
  const file = join(REPO, 'custom-elements.json');
  if (!existsSync(file)) return new Map();
  const m = JSON.parse(readFileSync(file, 'utf8'));
  for (const mod of m.modules ?? [])
    for (const d of mod.declarations ?? []) if (d.tagName === tag) return new Map((d.attributes ?? []).map((a) => [a.name, a]));
  return new Map();
}

// ---- in the page ----
/** The ArgsTable of the docs page: rows with category, name, kind, default and arg key; the element's reactive properties. */
async function readDocs(tag) {
  const deadline = performance.now() + 15_000;
  const ready = () => document.querySelector('.docblock-argstable-body tr') && document.querySelector(`.docs-story ${tag}`)?.shadowRoot;
  while (!ready() && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (!ready()) return { error: 'no ArgsTable or no primary story on the docs page after 15 s' };
  await new Promise((r) => setTimeout(r, 300));
  const table = /** @type {Element} */ (document.querySelector('.docblock-argstable'));
  const rows = [];
  let category = '';
  for (const tr of table.querySelectorAll('tbody > tr')) {
    const title = tr.getAttribute('title');
    if (title && /^(Hide|Show) .* items$/.test(title)) {
      category = title.replace(/^(Hide|Show) (.*) items$/, '$2');
      continue;
    }
    const cells = tr.querySelectorAll(':scope > td');
    if (cells.length < 4) continue;
    const name = cells[0].querySelector('span')?.textContent.trim() ?? cells[0].textContent.trim();
    const ctl = cells[3];
    const button = ctl.querySelector('button')?.textContent.trim() ?? '';
    let kind = 'none';
    if (ctl.querySelector('select')) kind = 'select';
    else if (ctl.querySelector('input[type=radio]')) kind = 'radio';
    else if (ctl.querySelector('input[role=switch]') || button === 'Set boolean') kind = 'boolean';
    else if (ctl.querySelector('input[type=checkbox]')) kind = 'check';
    else if (ctl.querySelector('input[type=number]') || button === 'Set number') kind = 'number';
    else if (ctl.querySelector('input[type=range]')) kind = 'range';
    else if (ctl.querySelector('input[type=color]') || /color/i.test(button)) kind = 'color';
    else if (ctl.querySelector('textarea[placeholder="Edit string..."]') || button === 'Set string') kind = 'text';
    else if (ctl.querySelector('textarea') || button === 'Set object') kind = 'object';
    const named = ctl.querySelector('[name]');
    const key = named?.getAttribute('name') ?? ctl.querySelector('[id^="set-"]')?.id.match(/--[^-]*?-(.+)$/)?.[1] ?? null;
    const checked =
      [.../** @type {NodeListOf<HTMLInputElement>} */ (ctl.querySelectorAll('input[type=radio]'))].find((i) => i.checked)?.value ?? null;
    const selected =
      (ctl.querySelector('select')?.selectedIndex ?? 0) > 0 ? /** @type {HTMLSelectElement} */ (ctl.querySelector('select')).value : null;
    rows.push({ category, name, kind, key, default: cells[2].textContent.trim(), chosen: checked ?? selected });
  }
  const ctor = /** @type {typeof import('lit').ReactiveElement | undefined} */ (customElements.get(tag));
  const el = document.querySelector(`.docs-story ${tag}`);
  const props = [...(ctor?.elementProperties ?? new Map())].map(([name, o]) => ({
    name: String(name),
    state: !!o.state,
    attribute: o.attribute === false ? null : typeof o.attribute === 'string' ? o.attribute : String(name).toLowerCase(),
  }));
  const probe = {};
  for (const r of rows) {
    const n = r.name;
    let value;
    try {
      value = el?.[n];
    } catch {
      // a getter that throws on a bare element: not a value to probe
    }
    const isController =
      !!value &&
      typeof value === 'object' &&
      ['hostConnected', 'hostUpdate', 'hostUpdated', 'run'].some((k) => typeof value[k] === 'function');
    probe[n] = {
      inElement: !!el && n in el,
      isStatic: !!ctor && n in ctor && !(el && n in el),
      isFunction: typeof value === 'function',
      isController,
    };
  }
  return { rows, props, probe, themeAttr: el?.getAttribute('theme') ?? null };
}

/** @typedef {{ missing?: boolean, has?: boolean, value?: string | null }} AttrState The primary story element's attribute (or that it is gone). */

/**
 * @param {{ tag: string, name: string }} arg
 * @returns {Promise<AttrState>}
 */
async function primaryAttr({ tag, name }) {
  const el = document.querySelector(`.docs-story ${tag}`);
  if (!el) return { missing: true };
  await /** @type {import('lit').ReactiveElement} */ (el).updateComplete;
  return { has: el.hasAttribute(name), value: el.getAttribute(name) };
}

/** The story's attribute args with an enabled control, for the live check. */
function storyArgs() {
  const preview = globalThis.__STORYBOOK_PREVIEW__;
  const render = preview?.currentRender;
  const story = render?.story;
  if (!story) return null;
  const args = render.storyContext?.args ?? story.initialArgs ?? {};
  const out = [];
  for (const [key, t] of Object.entries(story.argTypes ?? {})) {
    if (t.table?.disable || t.control === false || t.control?.disable) continue;
    if (t.table?.category !== 'attributes') continue;
    const type = typeof t.control === 'string' ? t.control : t.control?.type;
    out.push({ key, name: t.name ?? key, type, options: t.options ?? null, value: args[key] });
  }
  return { id: story.id, component: story.component, args: out };
}

async function updateArgAndRead({ id, key, value, tag, attr }) {
  const channel = globalThis.__STORYBOOK_ADDONS_CHANNEL__;
  channel.emit('updateStoryArgs', { storyId: id, updatedArgs: { [key]: value } });
  const want = (el) => (typeof value === 'boolean' ? el.hasAttribute(attr) === value : el.getAttribute(attr) === String(value));
  const deadline = performance.now() + 1500; // a re-render takes milliseconds; a story that ignores the arg fails sooner
  let els = [];
  while (performance.now() < deadline) {
    els = [...document.querySelectorAll(`#storybook-root ${tag}`)];
    if (els.length && els.every(want)) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return {
    count: els.length,
    ok: els.filter(want).length,
    seen: els.map((e) => (e.hasAttribute(attr) ? e.getAttribute(attr) : null)).slice(0, 3),
  };
}

// ---- the checks ----
function valueFor(kind, current, options) {
  if (kind === 'number') return current === 2019 ? 2018 : 2019;
  if (kind === 'boolean') return !current;
  if (kind === 'select' || kind === 'radio' || kind === 'inline-radio') {
    return (options ?? []).find((o) => o !== current && o !== undefined && o !== null && o !== '');
  }
  if (kind === 'text') return current === 'storybook-check' ? 'storybook-check-2' : 'storybook-check';
  return undefined;
}

function checkTable(tag, docs) {
  const problems = [];
  const attrs = manifestAttributes(tag);
  const publicProps = docs.props.filter((p) => !p.state && !p.name.startsWith('_'));
  const stateNames = new Set(docs.props.filter((p) => p.state).map((p) => p.name));
  const controls = docs.rows.filter((r) => !NOT_CONTROLS.has(r.category));
  const api = controls.filter((r) => r.category !== 'story');
  // internals
  for (const r of controls) {
    const p = docs.probe[r.name] ?? {};
    const why = [];
    if (r.name.startsWith('_')) why.push('`_`-prefixed');
    if (stateNames.has(r.name)) why.push('a Lit state property');
    if (p.isStatic) why.push('a static member');
    if (/^new /.test(r.default)) why.push(`default "${r.default.slice(0, 30)}"`);
    if (p.isFunction) why.push('a function');
    if (p.isController) why.push('a Task / reactive controller');
    if (r.category !== 'story' && !p.inElement && !attrs.has(r.name) && !publicProps.some((x) => x.attribute === r.name))
      why.push('not a property or attribute of the element');
    if (why.length) problems.push(`internal field among the controls: ${r.name} [${r.category || 'no category'}] (${why.join(', ')})`);
  }
  // one row per attribute
  for (const p of publicProps) {
    const name = p.attribute ?? p.name;
    const n = api.filter((r) => r.name === name).length;
    if (n !== 1) problems.push(`${p.attribute ? 'attribute' : 'property'} ${name}: ${n} rows (want 1)`);
    if (p.attribute && p.attribute !== p.name && api.some((r) => r.name === p.name))
      problems.push(`property ${p.name} listed besides its attribute ${p.attribute}`);
  }
  // controls
  for (const r of api) {
    const isAttr = publicProps.some((p) => p.attribute === r.name);
    const want = EXPECT[r.name] ?? (isAttr ? kindsForType(attrs.get(r.name)?.type?.text) : null);
    if (want && !want.includes(r.kind))
      problems.push(`${r.name}: control ${r.kind}, want ${want.join(' or ')} (type ${attrs.get(r.name)?.type?.text ?? '?'})`);
    if (isAttr && r.kind === 'object') problems.push(`${r.name}: an object editor for an attribute`);
    if (/^(null|undefined)$/.test(r.default)) problems.push(`${r.name}: default shown as "${r.default}"`);
  }
  const row = (n) => api.find((r) => r.name === n);
  if (row('loading') && !/eager/.test(row('loading').default)) problems.push(`loading: default "${row('loading').default}", want eager`);
  if (row('timeout') && !/15\s?000/.test(row('timeout').default)) problems.push(`timeout: default "${row('timeout').default}", want 15000`);
  const theme = row('theme');
  if (theme && theme.chosen && !theme.default.includes(theme.chosen))
    problems.push(`theme: the primary story forces "${theme.chosen}" (default ${theme.default || 'none'})`);
  if (docs.themeAttr && !(theme?.default ?? '').includes(docs.themeAttr))
    problems.push(`theme: the primary story's element has theme="${docs.themeAttr}"`);
  return problems;
}

/**
 * Runs both checks in `browser` against the Storybook served at `baseUrl`. Returns { passed, failed }.
 * @param {{ browser: import('playwright-core').Browser, baseUrl: string, index: { entries: Record<string, any> }, only?: string[] }} options
 */
export async function checkControls({ browser, baseUrl, index, only = [] }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const results = [];
  const docsEntries = Object.values(index.entries).filter((e) => e.type === 'docs' && /^Elements\/gov-/.test(e.title));
  const storyEntries = Object.values(index.entries).filter((e) => e.type === 'story' && /^Elements\/gov-/.test(e.title));
  const selected = (id) => only.length === 0 || only.some((s) => id.includes(s));
  const counts = {};
  try {
    for (const entry of docsEntries.filter((e) => selected(e.id))) {
      const tag = entry.title.split('/').pop();
      const problems = [];
      try {
        await page.goto(`${baseUrl}/iframe.html?viewMode=docs&id=${encodeURIComponent(entry.id)}`, { waitUntil: 'load' });
        const docs = await page.evaluate(readDocs, tag);
        if ('error' in docs) problems.push(docs.error);
        else {
          counts[tag] = { rows: docs.rows.length, controls: docs.rows.filter((r) => !NOT_CONTROLS.has(r.category)).length };
          problems.push(...checkTable(tag, docs));
          // Drive every attribute control of the table: the primary story's element must follow.
          const attrRows = docs.rows.filter(
            (r) => r.category === 'attributes' && docs.props.some((p) => !p.state && p.attribute === r.name),
          );
          for (const r of attrRows) {
            const tr = page
              .locator('.docblock-argstable-body > tr')
              .filter({ has: page.locator(`td:first-child span`, { hasText: new RegExp(`^${r.name.replace(/[-]/g, '\\-')}$`) }) })
              .first();
            let value;
            const ctl = tr.locator('td').nth(3);
            if (r.kind === 'select') {
              const options = await ctl
                .locator('select option')
                .evaluateAll((/** @type {HTMLOptionElement[]} */ os) => os.map((o) => o.value));
              const current = await ctl.locator('select').inputValue();
              value = options.find((o) => o && o !== current && !/^(undefined|null|Choose option\.\.\.)$/.test(o));
              if (value === undefined) continue;
              await ctl.locator('select').selectOption(value);
            } else if (r.kind === 'radio') {
              const radios = ctl.locator('input[type=radio]');
              const values = await radios.evaluateAll((/** @type {HTMLInputElement[]} */ rs) =>
                rs.map((x) => ({ v: x.value, c: x.checked })),
              );
              const pick = values.find((x) => !x.c && x.v && x.v !== 'undefined');
              if (!pick) continue;
              value = pick.v;
              await ctl.locator(`input[type=radio][value="${value}"]`).check();
            } else if (r.kind === 'number') {
              if (await ctl.locator('button').count()) await ctl.locator('button').click();
              value = '2019';
              await ctl.locator('input[type=number]').fill(value);
            } else if (r.kind === 'boolean') {
              if (await ctl.locator('button').count()) await ctl.locator('button').click();
              const sw = ctl.locator('input[role=switch]');
              const before = await sw.isChecked();
              await sw.evaluate((/** @type {HTMLInputElement} */ input) => input.click());
              value = !before;
            } else if (r.kind === 'text') {
              if (await ctl.locator('button').count()) await ctl.locator('button').click();
              value = r.name === 'lang' ? 'en' : 'storybook-check';
              await ctl.locator('textarea').fill(value);
            } else {
              problems.push(`${r.name}: no control to drive (${r.kind})`);
              continue;
            }
            const want = typeof value === 'boolean' ? value : String(value);
            /** @type {AttrState} */
            let got;
            const deadline = Date.now() + 3000;
            do {
              got = await page.evaluate(primaryAttr, { tag, name: r.name }).catch(() => ({ missing: true }));
              const ok = typeof want === 'boolean' ? got.has === want : got.value === want;
              if (ok) break;
              await page.waitForTimeout(50);
            } while (Date.now() < deadline);
            const ok = typeof want === 'boolean' ? got.has === want : got.value === want;
            if (!ok)
              problems.push(
                `docs control ${r.name} → ${JSON.stringify(want)}: the primary story's <${tag}> has ${got.missing ? 'gone' : got.has ? `${r.name}="${got.value}"` : `no ${r.name} attribute`}`,
              );
          }
        }
      } catch (e) {
        problems.push(`run failed: ${e.message.split('\n')[0]}`);
      }
      results.push({ id: entry.id, ok: problems.length === 0 });
      console.log(
        `${problems.length ? '✖' : '✔'} ${entry.id}${counts[tag] ? ` (${counts[tag].controls} controls, ${counts[tag].rows} rows)` : ''}`,
      );
      for (const p of problems) console.log(`    ${p}`);
    }

    for (const entry of storyEntries.filter((e) => selected(e.id))) {
      const tag = entry.title.split('/').pop();
      const problems = [];
      let tried = 0;
      try {
        await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story&globals=a11y.manual:!true`, {
          waitUntil: 'load',
        });
        await page.waitForFunction(
          () => globalThis.__STORYBOOK_PREVIEW__?.currentRender?.story && document.querySelector('#storybook-root')?.childElementCount,
          null,
          { timeout: 10_000 },
        );
        const info = await page.evaluate(storyArgs);
        for (const a of info?.args ?? []) {
          const value = valueFor(a.type, a.value, a.options);
          if (value === undefined) continue;
          tried++;
          const r = await page.evaluate(updateArgAndRead, {
            id: /** @type {NonNullable<typeof info>} */ (info).id,
            key: a.key,
            value,
            tag,
            attr: a.name,
          });
          if (r.count === 0) problems.push(`${a.name} → ${JSON.stringify(value)}: no <${tag}> in the story any more`);
          else if (r.ok !== r.count)
            problems.push(
              `${a.name} → ${JSON.stringify(value)}: ${r.count - r.ok} of ${r.count} <${tag}> did not follow (${JSON.stringify(r.seen)})`,
            );
        }
        if (!tried) problems.push('no attribute control drives this story');
      } catch (e) {
        problems.push(`run failed: ${e.message.split('\n')[0]}`);
      }
      results.push({ id: entry.id, ok: problems.length === 0 });
      console.log(`${problems.length ? '✖' : '✔'} ${entry.id} (${tried} controls changed)`);
      for (const p of problems) console.log(`    ${p}`);
    }
  } finally {
    await context.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`storybook controls: ${results.length - failed} passed, ${failed} failed`);
  return { passed: results.length - failed, failed, counts };
}

// Alone: serve storybook-static/ and run the checks.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { startStaticServer } = await import('./lib/static-server.mjs');
  const { chromium } = await import('playwright-core');
  const { playwrightLaunchOptions } = await import('./find-chromium.mjs');
  const STATIC = join(REPO, 'storybook-static');
  if (!existsSync(join(STATIC, 'index.json'))) {
    console.error('storybook-static/ is missing: run `npm run build-storybook` first.');
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(join(STATIC, 'index.json'), 'utf8'));
  const server = await startStaticServer([['/', STATIC]], {
    before: (req, res) =>
      new URL(/** @type {string} */ (req.url), 'http://x').pathname === '/favicon.ico' ? (res.writeHead(204).end(), true) : false,
  });
  const browser = await chromium.launch(playwrightLaunchOptions());
  let outcome;
  try {
    outcome = await checkControls({ browser, baseUrl: server.url, index, only: process.argv.slice(2).filter((a) => !a.startsWith('--')) });
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(outcome.failed || outcome.passed === 0 ? 1 : 0);
}
