// @ts-check
// `npm run test:pack` (and the last step of `npm test`): the package as a user installs it.
//  1. `npm pack` the built package; check the tarball holds custom-elements.json, the JSON Schema,
//     the CDN script and the typings, and that package.json `customElements` points to the manifest.
//  2. A fresh project in a temp dir: `npm install <tarball>` (lit/d3/topojson from the npm cache).
//  3. esbuild bundles pages that import every ES entry by its public name (gov-rank, gov-rank/map,
//     …, gov-rank/elements/* which must not register, gov-rank/data), a React 19 app
//     (test/react/app.jsx) and a Vue 3 app with a runtime-compiled template, as the README shows
//     (test/vue/app.js); a plain HTML page loads node_modules/gov-rank/dist/cdn/gov-rank.js.
//     Chromium (playwright-core) renders each; any console error/warning or failed request fails.
//  4. tsc type-checks a consumer with no framework installed, and one with React 19 and Vue types.
//  5. gov-rank/ssr renders the map in Node; gov-rank and every element subpath (gov-rank/map,
//     gov-rank/elements/map, …) import under --conditions=browser --conditions=worker (edge).
// Prints "pack test: N passed, M failed" and exits non-zero on any failure.
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, existsSync, rmSync, symlinkSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startStaticServer } from './lib/static-server.mjs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { playwrightLaunchOptions } from './find-chromium.mjs';
import { ELEMENTS } from './entries.mjs';

const REPO = resolve(fileURLToPath(new URL('..', import.meta.url)));
process.chdir(REPO);
const keep = process.argv.includes('--keep');
const results = [];
const pass = (name) => results.push({ name, ok: true });
const fail = (name, message) => results.push({ name, ok: false, message });
const check = (name, cond, message = '') => (cond ? pass(name) : fail(name, message));

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}):\n${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.stdout;
}

if (!existsSync('dist/cdn/gov-rank.js') || !existsSync('dist/types/index.d.ts')) {
  console.log('▶ build (dist/ missing)');
  run('node', ['scripts/build.mjs'], { stdio: 'inherit' });
}

const tmp = mkdtempSync(join(tmpdir(), 'gov-rank-pack-'));
const app = join(tmp, 'app');
let server;
let browser;
try {
  // ---- 1. the tarball ----
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--pack-destination', tmp], { env: { ...process.env, npm_config_loglevel: 'error' } }),
  )[0];
  const tarball = join(tmp, packed.filename);
  const files = new Set(packed.files.map((f) => f.path));
  console.log(`packed ${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(0)} KB`);
  for (const f of [
    'package.json',
    'custom-elements.json',
    'schema/results.schema.json',
    'dist/cdn/gov-rank.js',
    'dist/cdn/gov-rank-hydrate.js',
    'dist/index.js',
    'dist/ssr/index.js',
    'dist/server.js',
    'dist/hydrate.js',
    'dist/types/index.d.ts',
    'dist/types/jsx.d.ts',
    'README.md',
    'NOTICE',
  ]) {
    check(`tarball holds ${f}`, files.has(f), `missing from ${packed.filename}`);
  }
  check(
    'tarball holds no test, demo, src or scripts files',
    ![...files].some((f) => /^(test|demo|src|scripts)\//.test(f)),
    [...files].filter((f) => /^(test|demo|src|scripts)\//.test(f)).join(', '),
  );
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  check(
    'package.json customElements points to custom-elements.json in the tarball',
    pkg.customElements && files.has(pkg.customElements.replace(/^\.\//, '')),
    `customElements: ${pkg.customElements}`,
  );
  for (const [sub, target] of Object.entries(pkg.exports)) {
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const p of paths) check(`export ${sub} → ${p} is in the tarball`, files.has(p.replace(/^\.\//, '')), 'missing');
  }

  // ---- 2. a fresh project ----
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ name: 'gov-rank-pack-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2),
  );
  run('npm', ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: app });
  const installed = join(app, 'node_modules', 'gov-rank');
  check(
    'npm install <tarball> installs gov-rank and its dependencies',
    existsSync(join(installed, 'dist/cdn/gov-rank.js')) && existsSync(join(app, 'node_modules/lit')),
    'gov-rank or lit missing',
  );
  const manifest = JSON.parse(readFileSync(join(installed, pkg.customElements), 'utf8'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();
  check(
    'installed custom-elements.json declares the five tags',
    tags.join() === 'gov-rank-map,gov-rank-table,gov-stats-counter,gov-tier-badge,gov-trend-sparkline',
    tags.join(),
  );
  const schema = JSON.parse(readFileSync(join(installed, 'schema/results.schema.json'), 'utf8'));
  check('installed JSON Schema parses', typeof schema === 'object' && Array.isArray(schema.required), 'no required list');
  // The command-line validator as `npx gov-rank-validate` runs it from the installed package.
  // --lang en: the messages follow LANG otherwise, and this check reads the English wording.
  const cli = (file) => spawnSync(join(app, 'node_modules/.bin/gov-rank-validate'), [file, '--lang', 'en'], { encoding: 'utf8' });
  const good = cli(join(REPO, 'test/fixtures/results.json'));
  check('gov-rank-validate accepts a valid file (exit 0)', good.status === 0, good.stderr || good.stdout);
  const bad = cli(join(REPO, 'test/fixtures/bad-score.json'));
  // The clerk's row name (region and 1-based position) with the message, the JSON path beside it.
  const named = (r) =>
    r.status === 1 &&
    /result 1 \(广东\) › score: expected a number, got "九十"/.test(r.stderr) &&
    r.stderr.includes('assessments[0].editions[0].results[0].score');
  check('gov-rank-validate rejects "score": "九十", naming the row and its JSON path (exit 1)', named(bad), bad.stderr || bad.stdout);
  const sub = spawnSync(join(app, 'node_modules/.bin/gov-rank'), ['validate', join(REPO, 'test/fixtures/bad-score.json'), '--lang', 'en'], {
    encoding: 'utf8',
  });
  check('gov-rank validate is the same command', named(sub), sub.stderr || sub.stdout);

  // gov-rank/ssr from the installed package: the map as HTML with a declarative shadow root.
  const ssr = spawnSync(
    'node',
    [
      '--input-type=module',
      '-e',
      "const { renderElement } = await import('gov-rank/ssr'); process.stdout.write(await renderElement('map', { year: 2020 }));",
    ],
    { cwd: app, encoding: 'utf8' },
  );
  check(
    'gov-rank/ssr renders the map with a declarative shadow root and 34 regions',
    ssr.status === 0 &&
      /<gov-rank-map[^>]*><template shadowroot="open" shadowrootmode="open">/.test(ssr.stdout) &&
      (ssr.stdout.match(/<path class="shape" data-code=/g) ?? []).length === 34,
    ssr.stderr || ssr.stdout.slice(0, 300),
  );
  // Edge runtimes resolve `browser` (and `worker`/`edge-light`): the package and every element
  // subpath import without a DOM, each in a fresh process (its own entry installs the globals);
  // gov-rank/elements/* export the class without registering it, gov-rank/<name> registers its tag.
  const edgeImport = (sub, cls, tag) =>
    spawnSync(
      'node',
      [
        '--conditions=browser',
        '--conditions=worker',
        '--input-type=module',
        '-e',
        `const m = await import('${sub}'); console.log(typeof m.${cls}, customElements.get('${tag}') === m.${cls});`,
      ],
      { cwd: app, encoding: 'utf8' },
    );
  const edge = edgeImport('gov-rank', 'GovRankMap', 'gov-rank-map');
  check(
    'gov-rank imports under the browser and worker conditions without a DOM (edge runtimes)',
    edge.status === 0 && edge.stdout.trim() === 'function true',
    edge.stderr || edge.stdout,
  );
  for (const [name, tag, , cls] of ELEMENTS) {
    for (const [sub, registers] of [
      [`gov-rank/elements/${name}`, false],
      [`gov-rank/${name}`, true],
    ]) {
      const r = edgeImport(sub, cls, tag);
      check(
        `${sub} imports under the browser and worker conditions without a DOM, ${registers ? 'registering' : 'not registering'} <${tag}>`,
        r.status === 0 && r.stdout.trim() === `function ${registers}`,
        r.stderr || r.stdout,
      );
    }
  }

  // Types with no framework installed (before React and Vue are linked into the project below):
  // a project whose node_modules holds only gov-rank (and, through it, lit).
  const tsc = join(REPO, 'node_modules/.bin/tsc');
  const base = {
    strict: true,
    target: 'es2022',
    module: 'esnext',
    moduleResolution: 'bundler',
    lib: ['es2022', 'dom', 'dom.iterable'],
    noEmit: true,
    skipLibCheck: false,
    types: [],
  };
  const bare = join(tmp, 'bare');
  mkdirSync(join(bare, 'node_modules'), { recursive: true });
  symlinkSync(installed, join(bare, 'node_modules', 'gov-rank'), 'dir');
  copyFileSync('test/pack/consumer.ts.in', join(bare, 'consumer.ts'));
  writeFileSync(join(bare, 'tsconfig.json'), JSON.stringify({ compilerOptions: base, files: ['consumer.ts'] }));
  const t1 = spawnSync(tsc, ['-p', bare], { encoding: 'utf8' });
  check(
    'types: gov-rank, gov-rank/elements/*, gov-rank/data and gov-rank/jsx type-check with no React or Vue installed (skipLibCheck off)',
    t1.status === 0,
    t1.stdout + t1.stderr,
  );

  // React, React DOM and the framework types come from this repository's devDependencies.
  for (const dep of ['react', 'react-dom', 'scheduler', '@types/react', 'vue']) {
    const from = join(REPO, 'node_modules', dep);
    if (!existsSync(from)) continue;
    mkdirSync(join(app, 'node_modules', dep, '..'), { recursive: true });
    if (!existsSync(join(app, 'node_modules', dep))) symlinkSync(from, join(app, 'node_modules', dep), 'dir');
  }
  for (const f of ['class-only.js', 'define-entries.js', 'root.js', 'checks.js']) copyFileSync(join('test/pack', f), join(app, 'src', f));
  copyFileSync('test/pack/cdn.html', join(app, 'cdn.html'));
  copyFileSync('test/react/app.jsx', join(app, 'src/react-app.jsx'));
  copyFileSync('test/vue/app.js', join(app, 'src/vue-app.js'));
  copyFileSync('test/fixtures/results.json', join(app, 'src/fixture.json'));
  copyFileSync('test/pack/consumer.ts.in', join(app, 'src/consumer.ts'));
  copyFileSync('test/react/types.tsx.in', join(app, 'src/types.tsx'));

  // ---- 3. bundles and pages ----
  const pages = ['class-only', 'define-entries', 'root', 'react-app', 'vue-app'];
  await build({
    absWorkingDir: app,
    entryPoints: pages.map((p) => `src/${p}.${p === 'react-app' ? 'jsx' : 'js'}`),
    outdir: 'out',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    // Vue's bundler build asks for its feature flags.
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    logLevel: 'error',
  });
  for (const p of pages) {
    writeFileSync(
      join(app, `${p}.html`),
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${p}</title><link rel="icon" href="data:,"><script type="module" src="out/${p}.js"></script></head><body></body></html>\n`,
    );
  }
  server = await serve(app);
  browser = await chromium.launch(playwrightLaunchOptions());
  for (const page of [...pages, 'cdn']) await runPage(page);

  // ---- 4. types with React 19 and Vue installed ----
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { ...base, jsx: 'react-jsx' }, files: ['src/types.tsx'] }));
  const t2 = spawnSync(tsc, ['-p', app], { encoding: 'utf8' });
  check(
    'types: React 19 JSX (React.JSX.IntrinsicElements) and Vue GlobalComponents typings of gov-rank/jsx',
    t2.status === 0,
    t2.stdout + t2.stderr,
  );
} catch (e) {
  fail('pack test setup', String(e?.stack ?? e));
} finally {
  await browser?.close();
  await server?.close();
  if (keep) console.log(`kept ${tmp}`);
  else rmSync(tmp, { recursive: true, force: true });
}

async function runPage(page) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => problems.push(`exception: ${e.message}`));
  tab.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  tab.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await tab.goto(`${server.url}/${page}.html`);
  let pageResults;
  try {
    await tab.waitForFunction(() => window.__packResult, null, { timeout: 15000 });
    pageResults = await tab.evaluate(() => window.__packResult);
  } catch (e) {
    pageResults = [{ name: 'page result', ok: false, message: String(e.message) }];
  }
  for (const r of pageResults) results.push({ ...r, name: `${page}.html: ${r.name}` });

  if (page === 'react-app' || page === 'vue-app') {
    // A real click on Guangdong: React's ongov-region-select prop and a ref listener, or Vue's
    // @gov-region-select, see it.
    const name =
      page === 'react-app'
        ? 'react-app.html: React 19: ongov-region-select={fn} and a ref listener receive the event'
        : 'vue-app.html: Vue 3: @gov-region-select receives the event';
    try {
      await tab.locator('gov-rank-map [data-code="440000"]').first().click({ timeout: 5000 });
      await tab.waitForFunction(() => window.__afterClick().selected !== '', null, { timeout: 5000 });
      const seen = await tab.evaluate(() => window.__afterClick());
      check(name, seen.selected === '440000' && seen.viaRef === '440000' && seen.selections.join() === '440000', JSON.stringify(seen));
    } catch (e) {
      fail(name, String(e.message));
    }
  }
  check(`${page}.html: no console error or warning, no failed request`, problems.length === 0, problems.join('\n'));
  await context.close();
}

function serve(root) {
  return startStaticServer([['/', root]]);
}

for (const r of results) {
  console.log(`${r.ok ? '✔' : '✖'} ${r.name}`);
  if (!r.ok && r.message) console.log(r.message.replace(/^/gm, '    '));
}
const failed = results.filter((r) => !r.ok).length;
console.log(`pack test: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
