/**
 * Host pages whose own scripts change what the elements stand on (issue 9, items 6 and 7).
 *
 * 1. Old libraries that replace built-ins — Prototype.js 1.7.3 and 1.6, MooTools 1.6, re-created by
 *    test/fixtures/hosts/prototype-patches.js and run before the elements: every element renders.
 *    Any exception while selecting or rendering a view ends in the element's error box and one
 *    gov-error of kind `render`, and the element recovers once the cause is gone.
 * 2. Inline JSON inserted by the real jQuery 1.12.4 (.html(), .append(), .load()): the element shows
 *    and announces the inline data only.
 * 3. Inline JSON the HTML parser has not reached yet (a document written in chunks): the element
 *    shows and announces nothing else before it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../../../src/index.js';
import { GovTierBadge } from '../../../src/elements/tier-badge/tier-badge.js';
import type { GovElement } from '../../../src/base/gov-element.js';
import type { ResultsModel } from '../../../src/data/model.js';
import { $, $$, settled, shadowText, unique, until, uncaught } from '../helpers.js';
import { assessment, edition, resultsFile } from './results-builder.js';

const url = (path: string) => new URL(path, location.href).href;
const INDEX = url('/src/index.ts');

const pageErrors = uncaught();
afterEach(() => {
  const seen = pageErrors.splice(0);
  expect(seen.join(' | '), 'uncaught exceptions / unhandled rejections').to.equal('');
});

/** A results file that is not the bundled one: what a CMS pastes inside the badge. */
const INLINE = resultsFile({
  assessments: [
    assessment({
      id: 'inline-index',
      name: { 'zh-CN': '内嵌指数', en: 'Inline index' },
      publisher: '测试机构',
      metric: { name: '指数', min: 0, max: 100 },
      tiers: [{ id: '甲', name: { 'zh-CN': '甲等', en: 'Grade A' }, min: 10 }],
      editions: [
        edition(2020, [{ region: '广东', score: 12.34, tier: '甲', rank: 9 }], { sources: [{ url: 'https://example.org/inline' }] }),
      ],
    }),
  ],
});
const INLINE_TEXT = JSON.stringify(INLINE);
const INLINE_BADGE = `<gov-tier-badge region="粤" year="2020"><script type="application/json">${INLINE_TEXT}</script></gov-tier-badge>`;

/** Asserts a badge shows the inline results (and not the bundled ones). */
function expectInline(badge: Element): void {
  const text = shadowText(badge);
  expect(text, text).to.contain('内嵌指数');
  expect(text).to.contain('12.34');
  expect(text).to.not.contain('网上政务服务能力');
}

/** The gov-* load events that reach `target`, as "type" strings, in order. */
function loadEvents(target: EventTarget): string[] {
  const seen: string[] = [];
  for (const type of ['gov-loadstart', 'gov-load', 'gov-error', 'gov-loadend']) {
    target.addEventListener(type, (e) => seen.push(type + ((e as CustomEvent).detail?.kind ? ` ${(e as CustomEvent).detail.kind}` : '')));
  }
  return seen;
}
const ONE_LOAD = ['gov-loadstart', 'gov-load', 'gov-loadend'];

/** Script for a host page: records uncaught errors (errs) and every gov-* event as "id type [kind]" (events). */
const RECORDER = `window.errs = []; window.events = [];
  addEventListener('error', (e) => errs.push(String(e.message)));
  addEventListener('unhandledrejection', (e) => errs.push(String(e.reason)));
  for (const t of ['gov-loadstart', 'gov-load', 'gov-error', 'gov-loadend'])
    addEventListener(t, (e) => events.push(e.target.id + ' ' + t + (e.detail.kind ? ' ' + e.detail.kind : '')), true);`;
type HostWindow = Window & typeof globalThis & { errs: string[]; events: string[]; ready?: Promise<unknown> };

// ─── 1. Old libraries ────────────────────────────────────────────────────────────────────────

/** A srcdoc page: the library's patches first, then the elements' module, over `body`. */
async function libraryPage(library: string, body: string): Promise<{ frame: HTMLIFrameElement; win: HostWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
    <script>${RECORDER}</script>
    <script src="${url('/test/fixtures/hosts/prototype-patches.js')}" data-library="${library}"></script>
    <script type="module">import ${JSON.stringify(INDEX)};</script>
    </head><body>${body}</body></html>`;
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as HostWindow, doc: frame.contentDocument! };
}

const EVERY_ELEMENT = `
  <gov-rank-map id="by-score" color-by="score" year="2020"></gov-rank-map>
  <gov-rank-map id="by-rank" color-by="rank" year="2020"></gov-rank-map>
  <gov-rank-map id="cities" level="city"></gov-rank-map>
  <gov-rank-map id="own-geometry" level="city" geometry="/__test__/fixture?file=map-guangdong-cities.json" geometry-key="code"></gov-rank-map>
  <gov-tier-badge id="badge" region="广东" year="2020"></gov-tier-badge>
  <gov-trend-sparkline id="sparkline" region="广东" metric="rank"></gov-trend-sparkline>
  <gov-stats-counter id="counter" stat="gov-websites"></gov-stats-counter>
  <gov-rank-table id="table" year="2020" limit="5" trend></gov-rank-table>`;

describe('1. pages with old libraries that replace built-ins', function () {
  this.timeout(30000);

  for (const library of ['prototype-1.7.3', 'prototype-1.6', 'mootools-1.6']) {
    it(`${library}: every element renders its data (maps by score, by rank and of cities too)`, async () => {
      const { frame, win, doc } = await libraryPage(library, EVERY_ELEMENT);
      try {
        expect(
          win.Array.from({ length: 2 }, () => 1),
          'the patched Array.from ignores its mapping function',
        ).to.not.deep.equal([1, 1]);
        const els = [...doc.body.children] as GovElement[];
        await until(() => els.every((el) => !!el.shadowRoot), 'elements upgraded');
        await Promise.all(els.map(settled));
        // A user geometry is projected by d3-geo, whose clipping gathers its pieces with
        // Array.from(iterator): [] under Prototype (no crossing, so nothing lost here), [iterator]
        // under MooTools, where d3 throws — a known limit: the map then says so in its box.
        const own = doc.getElementById('own-geometry')!;
        const mooTools = library.startsWith('mootools');
        await until(
          () => $$(own, mooTools ? '[part~="status"][role="alert"]' : '.shape').length > 0,
          'user geometry drawn, or its error shown',
        );
        if (mooTools) {
          expect(shadowText(own)).to.contain('无法显示数据');
          expect(win.events.filter((e) => e.includes('gov-error'))).to.deep.equal(['own-geometry gov-error render']);
          els.splice(els.indexOf(own as GovElement), 1);
        }
        for (const el of els) {
          // Booleans, not elements, to chai: it would walk a patched page's element forever on failure.
          expect($(el, '[part~="status"]') === null, `${el.id}: no loading or error box: ${shadowText(el).slice(0, 120)}`).to.equal(true);
          expect(shadowText(el), el.id).to.not.match(/undefined|NaN/);
        }
        for (const id of ['by-score', 'by-rank', 'cities']) {
          const map = doc.getElementById(id)!;
          const swatches = $$(map, '[part~="legend"] li:not(.no-data):not(.no-value) .swatch');
          expect(swatches.length, `${id}: legend entries`).to.be.greaterThan(1);
          expect(new Set(swatches.map((s) => getComputedStyle(s).backgroundColor)).size, `${id}: distinct colours`).to.equal(
            swatches.length,
          );
          expect($$(map, '.shape').length, `${id}: regions drawn`).to.be.greaterThan(10);
        }
        if (!mooTools)
          expect(
            $$(own, 'path.shape').filter((p) => (p.getAttribute('d') ?? '').length > 20).length,
            'user geometry regions with a shape',
          ).to.equal(21);
        expect($(doc.getElementById('badge')!, '[part~="message"]')!.textContent).to.contain('非常高');
        if (!mooTools) expect(win.events.filter((e) => e.includes('gov-error'))).to.deep.equal([]);
        expect(win.errs).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }

  // What arrives as a chunk after the first render — the Chinese error explanation with the first
  // error box, the map's table alternative at idle time — arrives under the patches too.
  for (const library of ['prototype-1.7.3', 'prototype-1.6', 'mootools-1.6']) {
    it(`${library}: the Chinese error explanation and the map's table (chunks loaded later) arrive`, async () => {
      const { frame, win, doc } = await libraryPage(
        library,
        `<gov-tier-badge id="missing" region="广东" src="/__test__/status?code=404&${unique()}"></gov-tier-badge>
        <gov-rank-map id="map" year="2020"></gov-rank-map>`,
      );
      try {
        const [badge, map] = [doc.getElementById('missing')!, doc.getElementById('map')!];
        await until(() => /返回 HTTP 404/.test(shadowText(badge)), 'the Chinese explanation in the error box', { el: badge as GovElement });
        await until(() => $(map, '[part~="table"] tbody td') !== null, "the map's table at idle time");
        ($(map, '[part~="table-toggle"]') as HTMLButtonElement).click();
        await until(() => $(map, '[part~="table"]')!.closest('.table-wrap') !== null, 'the toggle opens the table');
        expect($$(map, '[part~="table"] tbody tr').length, 'a row per region').to.be.greaterThan(30);
        expect(win.errs).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('an exception while selecting or rendering a view', () => {
  type Where = 'select' | 'renderView' | 'template';

  /** Registers a badge that throws in `where` while its `broken` flag is set; returns its tag. */
  function brokenBadge(where: Where): string {
    class Broken extends GovTierBadge {
      broken = true;
      protected override selectView(model: ResultsModel) {
        if (this.broken && where === 'select') throw new TypeError(`boom in ${where}`);
        return super.selectView(model);
      }
      protected override renderView(...args: Parameters<GovTierBadge['renderView']>) {
        if (this.broken && where === 'renderView') throw new TypeError(`boom in ${where}`);
        // A binding whose value cannot become text: Lit throws while committing the template.
        if (this.broken && where === 'template')
          return litHtml`<span title=${{
            toString() {
              throw new TypeError(`boom in ${where}`);
            },
          }}></span>`;
        return super.renderView(...args);
      }
    }
    const tag = `broken-${where.toLowerCase()}-${unique().replace(/\W/g, '')}`;
    customElements.define(tag, Broken);
    return tag;
  }

  for (const where of ['select', 'renderView', 'template'] as const) {
    it(`in ${where}: the error box, one gov-error of kind render, the stack in the console; then it recovers`, async () => {
      const tag = brokenBadge(where);
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      const events = loadEvents(box);
      const messages: string[] = [];
      box.addEventListener('gov-error', (e) => messages.push((e as CustomEvent).detail.message));
      const logged: unknown[][] = [];
      const consoleError = console.error;
      console.error = (...a: unknown[]) => logged.push(a);
      let badge: GovTierBadge & { broken: boolean };
      try {
        box.innerHTML = `<${tag} region="广东" year="2020"></${tag}>`;
        badge = box.firstElementChild as GovTierBadge & { broken: boolean };
        await settled(badge);
        await until(() => events.includes('gov-error render'), 'gov-error');
        await badge.updateComplete;
      } finally {
        console.error = consoleError;
      }
      expect(events).to.deep.equal([...ONE_LOAD, 'gov-error render']);
      expect(messages[0]).to.contain(`boom in ${where}`);
      const status = $(badge, '[part~="status"]');
      expect(status?.getAttribute('role'), shadowText(badge)).to.equal('alert');
      expect(shadowText(badge)).to.contain('无法显示数据');
      expect(shadowText(badge)).to.contain(`boom in ${where}`);
      expect(
        logged.some((a) => a.some((x) => x instanceof TypeError && x.message === `boom in ${where}`)),
        'the exception itself is logged',
      ).to.equal(true);

      // Re-worded in another language: the same problem, not a new event.
      badge.lang = 'en';
      await badge.updateComplete;
      expect(shadowText(badge)).to.contain('The data could not be shown');
      expect(events.filter((e) => e.startsWith('gov-error'))).to.have.length(1);

      // The cause gone, the next change renders the badge: the element never stays stuck.
      badge.broken = false;
      badge.region = '浙江';
      await badge.updateComplete;
      await badge.updateComplete;
      expect($(badge, '[part~="status"]'), shadowText(badge)).to.equal(null);
      expect($(badge, '[part~="message"]')!.textContent).to.contain('Very high');
    });
  }
});

// ─── 2. jQuery 1.12.4 ────────────────────────────────────────────────────────────────────────

type JQuery = ((el: Element | string) => {
  html(s: string): unknown;
  append(s: string): unknown;
  load(url: string, done: () => void): unknown;
}) & { fn: { jquery: string } };

describe('2. inline JSON inserted by jQuery 1.12.4', function () {
  this.timeout(20000);
  let jq: JQuery;

  before(async () => {
    const script = document.createElement('script');
    script.src = url('/node_modules/jquery/dist/jquery.js');
    await new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
    // Leave the page's globals as they were; use this copy directly.
    jq = (window as unknown as { jQuery: { noConflict(all: boolean): JQuery } }).jQuery.noConflict(true);
    expect(jq.fn.jquery).to.equal('1.12.4');
  });

  it('.html(\'<gov-tier-badge><script type="application/json">…\') on a container: the inline data, announced once', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = loadEvents(box);
    jq(box).html(INLINE_BADGE);
    const badge = box.querySelector('gov-tier-badge') as GovElement;
    await settled(badge);
    expectInline(badge);
    expect(events).to.deep.equal(ONE_LOAD);
  });

  it('.append(\'<gov-tier-badge><script type="application/json">…\') to a container: the inline data, announced once', async () => {
    const box = await fixture<HTMLDivElement>(html`<div><p>评估结果：</p></div>`);
    const events = loadEvents(box);
    jq(box).append(INLINE_BADGE);
    const badge = box.querySelector('gov-tier-badge') as GovElement;
    await settled(badge);
    expectInline(badge);
    expect(events).to.deep.equal(ONE_LOAD);
  });

  it(".load('page.html #results') of a CMS fragment holding a badge with inline JSON: the inline data, announced once", async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const events = loadEvents(box);
    await new Promise<void>((done) => jq(box).load(`${url('/test/fixtures/hosts/inline-fragment.html')} #results`, done));
    const badge = box.querySelector('gov-tier-badge') as GovElement;
    expect(badge, box.innerHTML.slice(0, 200)).to.not.equal(null);
    await settled(badge);
    expectInline(badge);
    expect(events).to.deep.equal(ONE_LOAD);
  });

  it('.html(\'<script type="application/json">…\') and .append() into a badge already showing the bundled results: switches to the inline data', async () => {
    for (const method of ['html', 'append'] as const) {
      const badge = await fixture<GovElement>(html`<gov-tier-badge region="粤" year="2020"></gov-tier-badge>`);
      await settled(badge);
      expect(shadowText(badge)).to.contain('网上政务服务能力');
      const events = loadEvents(badge);
      jq(badge)[method](`<script type="application/json">${INLINE_TEXT}</script>`);
      await until(() => events.includes('gov-loadend'), `${method}: loaded`);
      await settled(badge);
      expectInline(badge);
      expect(events, method).to.deep.equal(ONE_LOAD);
    }
  });
});

// ─── 3. The HTML parser ──────────────────────────────────────────────────────────────────────

describe('3. inline JSON the parser has not reached yet', function () {
  this.timeout(20000);

  /** Lets `el` do all it would with no more input: its update ran and no load is in flight (each gov-loadstart the page recorded has its gov-loadend). */
  async function quiet(el: GovElement): Promise<void> {
    const events = (el.ownerDocument.defaultView as HostWindow).events;
    const count = (type: string) => events.filter((e) => e === `${el.id} ${type}`).length;
    await el.updateComplete;
    await until(() => count('gov-loadstart') === count('gov-loadend'), 'no load in flight');
    await el.updateComplete;
  }

  it('a page written in chunks: the badge waits for its inline JSON; badges without one do not wait for the end of the page', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const win = frame.contentWindow as HostWindow;
    const doc = frame.contentDocument!;
    try {
      doc.open();
      doc.write(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script>${RECORDER}
        window.ready = import(${JSON.stringify(INDEX)});</script></head><body>`);
      await win.ready;
      // The parser creates each element as it reaches its start tag; its children come later.
      doc.write(
        '<p>排名：<gov-tier-badge id="plain" region="浙江" year="2020"></gov-tier-badge>，<gov-tier-badge id="inline" region="粤" year="2020">',
      );
      const plain = doc.getElementById('plain') as GovElement;
      const inline = doc.getElementById('inline') as GovElement;
      expect(doc.readyState).to.equal('loading');
      expect(!!inline.shadowRoot, 'created by the parser, upgraded at once').to.equal(true);
      const inlineEvents = () => win.events.filter((e) => e.startsWith('inline '));

      await quiet(inline);
      expect(inlineEvents(), 'nothing announced before its children').to.deep.equal([]);
      expect(shadowText(inline)).to.not.contain('网上政务服务能力');
      // Half of the JSON, then the rest: still nothing shown or announced.
      doc.write(`<script type="application/json">${INLINE_TEXT.slice(0, 60)}`);
      await quiet(inline);
      expect(inlineEvents(), 'nothing announced on half of the JSON').to.deep.equal([]);
      doc.write(`${INLINE_TEXT.slice(60)}</script></gov-tier-badge>`);
      await quiet(inline);
      // The parser moves past the element: now it reads its data.
      doc.write('。</p>');
      await settled(inline);
      expectInline(inline);
      expect(inlineEvents()).to.deep.equal(ONE_LOAD.map((t) => `inline ${t}`));

      // The badge without inline data did not wait for the end of the page.
      await settled(plain);
      expect(doc.readyState).to.equal('loading');
      expect($(plain, '[part~="message"]')!.textContent).to.contain('非常高');

      // The last element of the page: nothing follows it, the end of the document releases it.
      doc.write('<gov-tier-badge id="last" region="粤" year="2020"></gov-tier-badge>');
      doc.close();
      const last = doc.getElementById('last') as GovElement;
      await settled(last);
      expect(shadowText(last)).to.contain('网上政务服务能力');
      expect(win.errs).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
