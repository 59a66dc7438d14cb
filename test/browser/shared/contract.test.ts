/**
 * The public contract and resource handling, checked from the outside: the load events of every
 * element for every way of giving data, their detail shapes and their reach (bubbling, composed);
 * every gov-error kind; inline JSON edited at runtime; hundreds of elements created and removed
 * while loading (requests aborted, no late events or renders); the language listener and the
 * map's ResizeObserver after removal; registration (define(), class-only modules under other
 * tags, late upgrades with pre-upgrade properties); reflected attributes and the map's `report`.
 *
 * Assertions compare strings, numbers and booleans only (a DOM node in a failing chai assertion
 * hangs the runner).
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { define } from '../../../src/base/define.js';
import { VERSION } from '../../../src/version.js';
import type { GovElement } from '../../../src/base/gov-element.js';
import type { GovRankMap } from '../../../src/elements/rank-map/rank-map.js';
import { GovTierBadge } from '../../../src/elements/tier-badge/tier-badge.js';
import { GovRankMap as MapClass } from '../../../src/elements/rank-map/rank-map.js';
import { GovRankTable } from '../../../src/elements/rank-table/rank-table.js';
import { GovStatsCounter } from '../../../src/elements/stats-counter/stats-counter.js';
import { GovTrendSparkline } from '../../../src/elements/trend-sparkline/trend-sparkline.js';
import { consoleWarnings, hits, settled, shadowText, unique, until, frames as frame, sleep, uncaught } from '../helpers.js';

const FIXTURE = '/__test__/fixture?file=results.json';
const abs = (path: string) => new URL(path, document.baseURI).href;

const pageErrors = uncaught();
afterEach(() => {
  const seen = pageErrors.splice(0);
  expect(seen.join(' | '), 'uncaught exceptions / unhandled rejections').to.equal('');
});

async function wasAborted(path: string): Promise<boolean> {
  return (await (await fetch(`/__test__/aborted?path=${encodeURIComponent(path)}`)).json()) as boolean;
}

const LOAD_EVENTS = ['gov-loadstart', 'gov-load', 'gov-error', 'gov-loadend'] as const;
interface Seen {
  name: string;
  detail: Record<string, unknown>;
  /** The element the event came from (composedPath()[0]) is connected when it fires. */
  connected: boolean;
  /** Tag of the event's original target. */
  from: string;
}
/** Records the load events that reach `target` (a copy of each detail); `stop()` removes the listeners. */
function record(target: EventTarget, names: readonly string[] = LOAD_EVENTS): Seen[] & { stop(): void } {
  const seen = [] as unknown as Seen[] & { stop(): void };
  const listener = (e: Event) => {
    const origin = e.composedPath()[0] as Element;
    seen.push({
      name: e.type,
      detail: { ...((e as CustomEvent).detail as object) },
      connected: origin.isConnected,
      from: origin.localName,
    });
  };
  for (const name of names) target.addEventListener(name, listener);
  seen.stop = () => names.forEach((name) => target.removeEventListener(name, listener));
  return seen;
}
const names = (seen: Seen[]) => seen.map((s) => s.name).join(' ');
const keys = (o: object) => Object.keys(o).sort().join(',');

let fixtureText = '';
let fixtureJson: unknown;
before(async () => {
  fixtureText = await (await fetch(`${FIXTURE}&${unique()}`)).text();
  fixtureJson = JSON.parse(fixtureText);
});

/** The five elements with the attributes that make each show something from the test fixture. */
const ELEMENTS: { tag: string; attrs: Record<string, string> }[] = [
  { tag: 'gov-rank-map', attrs: {} },
  { tag: 'gov-tier-badge', attrs: { region: '广东' } },
  { tag: 'gov-trend-sparkline', attrs: { region: '广东' } },
  { tag: 'gov-stats-counter', attrs: { stat: 'gov-websites' } },
  { tag: 'gov-rank-table', attrs: {} },
];

function make(tag: string, attrs: Record<string, string>): GovElement {
  const el = document.createElement(tag) as GovElement;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

let box: HTMLDivElement;
beforeEach(() => {
  box = document.createElement('div');
  box.style.width = '700px';
  document.body.append(box);
});
afterEach(() => box.remove());

// ─── 1. Events ───────────────────────────────────────────────────────────────────────────────

describe('load events for every element and every way of giving data', () => {
  type Way = 'src' | 'inline' | 'data' | 'bundled';
  const ways: Way[] = ['src', 'inline', 'data', 'bundled'];
  for (const { tag, attrs } of ELEMENTS) {
    for (const way of ways) {
      it(`${tag} · ${way}: gov-loadstart → gov-load → gov-loadend with the documented details, heard on the document`, async () => {
        const el = make(tag, attrs);
        let url: string | undefined;
        if (way === 'src') {
          const src = `${FIXTURE}&${unique()}`;
          url = abs(src);
          el.setAttribute('src', src);
        } else if (way === 'inline') {
          const script = document.createElement('script');
          script.type = 'application/json';
          script.textContent = fixtureText;
          el.append(script);
        } else if (way === 'data') {
          (el as unknown as { data: unknown }).data = fixtureJson;
        }
        // Inside another component's shadow root: the document must still hear the events.
        const host = document.createElement('div');
        const shadow = host.attachShadow({ mode: 'open' });
        shadow.append(el);
        const onDoc = record(document);
        const onHost = record(host);
        try {
          box.append(host);
          await until(() => onDoc.some((s) => s.name === 'gov-loadend'), 'gov-loadend');
          await settled(el);
          await sleep(50);
          expect(names(onDoc)).to.equal('gov-loadstart gov-load gov-loadend');
          expect(names(onHost), 'bubbles to the shadow host').to.equal('gov-loadstart gov-load gov-loadend');
          const [start, load, end] = onDoc;
          expect(onDoc.every((s) => s.from === tag)).to.equal(true);
          expect(keys(start!.detail)).to.equal('url');
          expect(start!.detail.url).to.equal(url);
          expect(keys(load!.detail)).to.equal('diagnostics,url');
          expect(load!.detail.url).to.equal(url);
          expect(Array.isArray(load!.detail.diagnostics)).to.equal(true);
          expect((load!.detail.diagnostics as unknown[]).length).to.equal(0);
          expect(end!.detail.url).to.equal(url);
          expect(end!.detail.ok).to.equal(true);
          expect(end!.detail.aborted).to.equal(undefined);
          if (way !== 'bundled')
            expect(shadowText(el) + (el.shadowRoot!.querySelector('svg') ? 'svg' : '')).to.match(/测试|14,500|1\.45|广东|svg/);
          expect(el.shadowRoot!.querySelector('[part~="status"]') === null, 'no status box once loaded').to.equal(true);
        } finally {
          onDoc.stop();
          host.remove();
        }
      });
    }
  }

  it('the events are CustomEvents that bubble, are composed and are not cancelable', async () => {
    const el = make('gov-tier-badge', { region: '广东', src: `${FIXTURE}&${unique()}` });
    const flags: string[] = [];
    for (const n of LOAD_EVENTS) {
      document.addEventListener(n, function f(e) {
        flags.push(`${e.type}:${e instanceof CustomEvent}:${e.bubbles}:${e.composed}:${e.cancelable}`);
        if (e.type === 'gov-loadend') document.removeEventListener(n, f);
      });
    }
    box.append(el);
    await until(() => flags.some((f) => f.startsWith('gov-loadend')), 'loadend');
    expect(flags.join(' ')).to.equal('gov-loadstart:true:true:true:false gov-load:true:true:true:false gov-loadend:true:true:true:false');
  });
});

describe('gov-error kinds', () => {
  const cases: { name: string; src: string; kind: string; status?: number; timeout?: string }[] = [
    { name: 'network (unreachable host)', src: 'http://127.0.0.1:1/x.json', kind: 'network' },
    { name: 'http 404', src: '/__test__/status?code=404', kind: 'http', status: 404 },
    { name: 'http 500', src: '/__test__/status?code=500', kind: 'http', status: 500 },
    { name: 'not-json (HTML page)', src: '/__test__/html', kind: 'not-json' },
    { name: 'not-json (broken text)', src: '/__test__/text', kind: 'not-json' },
    { name: 'schema', src: '/__test__/fixture?file=bad-score.json', kind: 'schema' },
    { name: 'timeout', src: '/__test__/hang', kind: 'timeout', timeout: '300' },
  ];
  for (const c of cases) {
    it(`${c.name}: gov-loadstart → gov-error { kind: ${c.kind} } → gov-loadend { ok: false }`, async () => {
      const src = c.src.startsWith('http') ? c.src : `${c.src}${c.src.includes('?') ? '&' : '?'}${unique()}`;
      const el = make('gov-tier-badge', { region: '广东', src, ...(c.timeout ? { timeout: c.timeout } : {}) });
      const seen = record(box);
      box.append(el);
      await until(() => seen.some((s) => s.name === 'gov-loadend'), 'gov-loadend', 8000);
      await settled(el);
      await sleep(50);
      expect(names(seen)).to.equal('gov-loadstart gov-error gov-loadend');
      const err = seen[1]!.detail;
      expect(err.kind).to.equal(c.kind);
      expect(typeof err.message === 'string' && (err.message as string).length > 0).to.equal(true);
      expect(err.url).to.equal(abs(src));
      expect(err.status).to.equal(c.status);
      expect(seen[2]!.detail.ok).to.equal(false);
      expect(seen[2]!.detail.aborted).to.equal(undefined);
      expect(seen[2]!.detail.url).to.equal(abs(src));
      expect(el.shadowRoot!.querySelector('[part~="status"][role="alert"]') !== null, 'error box').to.equal(true);
      if (c.kind === 'timeout') expect(await wasAborted(src), 'the hung request is closed after the timeout').to.equal(true);
    });
  }

  for (const { tag, attrs } of ELEMENTS) {
    it(`${tag}: http 404 → gov-error { kind: "http", status: 404 } and an error box with role="alert"`, async () => {
      const src = `/__test__/status?code=404&${unique()}`;
      const el = make(tag, { ...attrs, src });
      const seen = record(el);
      box.append(el);
      await until(() => seen.some((s) => s.name === 'gov-loadend'), 'gov-loadend');
      await settled(el);
      expect(names(seen)).to.equal('gov-loadstart gov-error gov-loadend');
      expect(`${String(seen[1]!.detail.kind)} ${String(seen[1]!.detail.status)}`).to.equal('http 404');
      expect(el.shadowRoot!.querySelector('[part~="status"][role="alert"]') !== null).to.equal(true);
    });
  }

  it('schema from the data property and not-json from an inline script: kind set, url undefined', async () => {
    const a = make('gov-tier-badge', { region: '广东' });
    (a as unknown as { data: unknown }).data = { format: 'nope' };
    const b = make('gov-tier-badge', { region: '广东' });
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ not json';
    b.append(script);
    const sa = record(a);
    const sb = record(b);
    box.append(a, b);
    await until(() => sa.some((s) => s.name === 'gov-loadend') && sb.some((s) => s.name === 'gov-loadend'), 'loadend');
    expect(names(sa)).to.equal('gov-loadstart gov-error gov-loadend');
    expect(names(sb)).to.equal('gov-loadstart gov-error gov-loadend');
    expect(`${sa[1]!.detail.kind} ${String(sa[1]!.detail.url)}`).to.equal('schema undefined');
    expect(`${sb[1]!.detail.kind} ${String(sb[1]!.detail.url)}`).to.equal('not-json undefined');
  });

  for (const { tag, attrs, bad } of [
    { tag: 'gov-tier-badge', attrs: { region: '北京' }, bad: 'region' },
    { tag: 'gov-trend-sparkline', attrs: { region: '北京' }, bad: 'region' },
    { tag: 'gov-stats-counter', attrs: { stat: 'nope' }, bad: 'stat' },
    { tag: 'gov-rank-table', attrs: { year: '1999' }, bad: 'year' },
    { tag: 'gov-rank-map', attrs: { year: '1999' }, bad: 'year' },
  ]) {
    it(`${tag}: no-data (unknown ${bad}) is one gov-error { kind: "no-data", url }`, async () => {
      const src = `${FIXTURE}&${unique()}`;
      const el = make(tag, { ...attrs, src });
      const seen = record(box);
      box.append(el);
      await until(() => seen.some((s) => s.name === 'gov-error'), 'gov-error');
      await settled(el);
      await sleep(50);
      const errs = seen.filter((s) => s.name === 'gov-error');
      expect(errs.length).to.equal(1);
      expect(errs[0]!.detail.kind).to.equal('no-data');
      expect(errs[0]!.detail.url).to.equal(abs(src));
      expect(typeof errs[0]!.detail.message).to.equal('string');
      expect(seen.filter((s) => s.name === 'gov-loadstart').length).to.equal(1);
      expect(seen.filter((s) => s.name === 'gov-loadend').length).to.equal(1);
    });
  }

  // Documented (README): the load events describe the file; a no-data gov-error is about what the
  // element was asked to show, so it follows the file's gov-loadend (ok: true).
  it('no-data: the file loads (gov-loadend ok: true), then gov-error of kind no-data', async () => {
    const src = `${FIXTURE}&${unique()}`;
    const el = make('gov-tier-badge', { region: '北京', src });
    const seen = record(box);
    box.append(el);
    await until(() => seen.some((s) => s.name === 'gov-error'), 'gov-error');
    await sleep(50);
    expect(names(seen)).to.equal('gov-loadstart gov-load gov-loadend gov-error');
    const end = seen.find((s) => s.name === 'gov-loadend')!;
    expect((end.detail as { ok: boolean }).ok).to.equal(true);
    expect((seen.find((s) => s.name === 'gov-error')!.detail as { kind: string }).kind).to.equal('no-data');
  });
});

describe('inline JSON changed at runtime', () => {
  const other = () => {
    const j = JSON.parse(fixtureText) as { assessments: { name: Record<string, string> }[] };
    j.assessments[0]!.name['zh-CN'] = '改过的指数';
    return JSON.stringify(j);
  };

  it('text of the script edited: renders the new data and fires a new load sequence', async () => {
    const el = make('gov-rank-table', {});
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = fixtureText;
    el.append(script);
    const seen = record(el);
    box.append(el);
    await until(() => seen.some((s) => s.name === 'gov-loadend'), 'first loadend');
    await settled(el);
    expect(shadowText(el)).to.contain('测试指数（省级）');
    seen.length = 0;
    script.textContent = other();
    await until(() => seen.some((s) => s.name === 'gov-loadend'), 'second loadend');
    await settled(el);
    expect(names(seen)).to.equal('gov-loadstart gov-load gov-loadend');
    expect(String(seen[0]!.detail.url)).to.equal('undefined');
    expect(shadowText(el)).to.contain('改过的指数');
  });

  it('script replaced by another script: renders the new data; removed: falls back to the data property', async () => {
    const el = make('gov-tier-badge', { region: '广东', year: '2020' });
    const first = document.createElement('script');
    first.type = 'application/json';
    first.textContent = fixtureText;
    el.append(first);
    const seen = record(el);
    box.append(el);
    await until(() => seen.some((s) => s.name === 'gov-loadend'), 'first loadend');
    await settled(el);
    expect(shadowText(el)).to.contain('测试指数');
    seen.length = 0;
    const second = document.createElement('script');
    second.type = 'application/json';
    second.textContent = other().replace(/"测试指数"/, '"替换指数"');
    first.replaceWith(second);
    await until(() => seen.some((s) => s.name === 'gov-loadend'), 'second loadend');
    await settled(el);
    expect(names(seen)).to.equal('gov-loadstart gov-load gov-loadend');
    expect(shadowText(el)).to.contain('替换指数');
    // Now a data property underneath, then the script goes: the property is the source.
    const j = JSON.parse(fixtureText) as { assessments: { shortName: Record<string, string> }[] };
    j.assessments[0]!.shortName['zh-CN'] = '属性指数';
    (el as unknown as { data: unknown }).data = j;
    await sleep(50);
    expect(shadowText(el), 'inline wins over data').to.contain('替换指数');
    seen.length = 0;
    second.remove();
    await until(() => seen.some((s) => s.name === 'gov-loadend'), 'third loadend');
    await settled(el);
    expect(names(seen)).to.equal('gov-loadstart gov-load gov-loadend');
    expect(shadowText(el)).to.contain('属性指数');
  });

  it('a script added to an element that had none replaces the bundled data', async () => {
    const el = make('gov-stats-counter', { stat: 'gov-websites' });
    const seen = record(el);
    box.append(el);
    await until(() => seen.some((s) => s.name === 'gov-loadend'), 'bundled loadend');
    await settled(el);
    seen.length = 0;
    const j = JSON.parse(fixtureText) as { statistics: { label: Record<string, string> }[] };
    j.statistics[0]!.label['zh-CN'] = '内联统计';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(j);
    el.append(script);
    await until(() => seen.some((s) => s.name === 'gov-loadend'), 'inline loadend');
    await settled(el);
    expect(names(seen)).to.equal('gov-loadstart gov-load gov-loadend');
    expect(shadowText(el)).to.contain('内联统计');
  });
});

// ─── 2. Leaks and resources ──────────────────────────────────────────────────────────────────

describe('resources after removal', () => {
  it('500 elements on 5 hung URLs, removed mid-load: one request per URL, each aborted; one aborted gov-loadend per element, nothing after', async function () {
    this.timeout(30000);
    const paths = Array.from({ length: 5 }, () => `/__test__/hang?${unique()}`);
    const els: GovElement[] = [];
    const perEl = new Map<GovElement, Seen[]>();
    for (let i = 0; i < 500; i++) {
      const { tag, attrs } = ELEMENTS[i % ELEMENTS.length]!;
      const el = make(tag, { ...attrs, src: paths[i % paths.length]! });
      perEl.set(el, record(el));
      els.push(el);
    }
    box.append(...els);
    await until(async () => (await Promise.all(paths.map(hits))).every((h) => h === 1), 'every URL requested', 8000);
    await Promise.all(els.map((e) => e.updateComplete));
    for (const el of els) el.remove();
    await until(async () => (await Promise.all(paths.map(wasAborted))).every(Boolean), 'every request aborted', 8000);
    expect((await Promise.all(paths.map(hits))).join(','), 'one request per URL').to.equal('1,1,1,1,1');
    // Spy on renders of the removed elements from now on.
    await sleep(50);
    let renders = 0;
    for (const el of els) {
      const orig = el.requestUpdate.bind(el);
      el.requestUpdate = (...a: Parameters<GovElement['requestUpdate']>) => {
        renders++;
        return orig(...a);
      };
    }
    const before = [...perEl.values()].reduce((n, s) => n + s.length, 0);
    await sleep(1500);
    const after = [...perEl.values()].reduce((n, s) => n + s.length, 0);
    expect(after - before, 'no events from removed elements').to.equal(0);
    expect(renders, 'no renders of removed elements').to.equal(0);
    const bad = [...perEl.values()].filter(
      (s) => names(s) !== 'gov-loadstart gov-loadend' || s[1]!.detail.aborted !== true || s[1]!.detail.ok !== false,
    );
    expect(bad.length, 'each: loadstart then one aborted loadend').to.equal(0);
  });

  it('500 elements on one slow URL (delay=2000) created and removed: one request, no gov-load or gov-error afterwards', async function () {
    this.timeout(30000);
    const src = `${FIXTURE}&delay=2000&${unique()}`;
    const els: GovElement[] = [];
    for (let i = 0; i < 500; i++) {
      const { tag, attrs } = ELEMENTS[i % ELEMENTS.length]!;
      const el = make(tag, { ...attrs, src });
      const s = record(el);
      els.push(el);
      (el as unknown as { __seen: Seen[] }).__seen = s;
    }
    box.append(...els);
    await Promise.all(els.map((e) => e.updateComplete));
    await sleep(100);
    for (const el of els) el.remove();
    await sleep(2600);
    const all = els.flatMap((e) => (e as unknown as { __seen: Seen[] }).__seen);
    expect(all.filter((s) => s.name === 'gov-load' || s.name === 'gov-error').length).to.equal(0);
    expect(all.filter((s) => s.name === 'gov-loadstart').length).to.equal(500);
    expect(all.filter((s) => s.name === 'gov-loadend' && s.detail.aborted === true).length).to.equal(500);
    expect(await hits(src)).to.equal(1);
  });

  // Was: same cause: Lit updates detached elements, so dataTask starts a new load for a removed
  // element (nothing aborts it: disconnectedCallback has already run).
  it('an element removed, then given a new src while out of the page: starts no request', async () => {
    const el = make('gov-tier-badge', { region: '广东', src: `${FIXTURE}&${unique()}` });
    box.append(el);
    await settled(el);
    el.remove();
    const src = `/__test__/hang?${unique()}`;
    el.setAttribute('src', src);
    await sleep(400);
    const h = await hits(src);
    expect(h === 0 || (await wasAborted(src)), 'no request left open for a detached element').to.equal(true);
  });

  // Was: src/elements/rank-map/rank-map.ts updated() schedules requestIdleCallback(ready) for the
  // table alternative and never cancels it: a map removed before the idle callback re-renders
  // (the whole table) while detached.
  it('a map removed right after its first render does not render again (no idle-time table render of a detached map)', async () => {
    const el = document.createElement('gov-rank-map') as GovRankMap;
    el.data = fixtureJson;
    const loaded = new Promise((r) => el.addEventListener('gov-loadend', r, { once: true }));
    box.append(el);
    await loaded;
    // Microtasks only: no idle period can pass before the removal.
    for (let i = 0; i < 100 && !el.shadowRoot!.querySelector('svg'); i++) {
      await el.updateComplete;
      await Promise.resolve();
    }
    expect(el.shadowRoot!.querySelector('svg') !== null, 'the map rendered').to.equal(true);
    el.remove();
    let renders = 0;
    const orig = el.requestUpdate.bind(el);
    el.requestUpdate = (...a: Parameters<GovElement['requestUpdate']>) => {
      renders++;
      return orig(...a);
    };
    await sleep(600);
    expect(renders).to.equal(0);
  });

  // Was: src/base/gov-element.ts: disconnectedCallback only aborts a PENDING task; the first update
  // (scheduled by connectedCallback) still runs on the detached element and dataTask fetches —
  // a request no element wants, never aborted, and load events from detached elements.
  it('100 elements appended and removed in the same task: no request at all', async () => {
    const src = `/__test__/hang?${unique()}`;
    const els = Array.from({ length: 100 }, (_, i) => make(ELEMENTS[i % 5]!.tag, { ...ELEMENTS[i % 5]!.attrs, src }));
    const seen = els.map((e) => record(e));
    box.append(...els);
    for (const e of els) e.remove();
    await sleep(500);
    expect((await hits(src)) === 0 || (await wasAborted(src)), 'no request left open').to.equal(true);
    expect(
      seen.reduce((n, s) => n + s.length, 0),
      'events from detached elements',
    ).to.equal(0);
  });

  // Was: src/base/gov-element.ts disconnectedCallback aborts at once (the last user → the shared
  // request is aborted in src/data/load.ts join()), connectedCallback runs it again: a synchronous
  // move costs a second HTTP request and a gov-loadend{aborted}/gov-loadstart pair.
  it('an element moved to another container mid-load (synchronously) keeps its request: one request, one loadstart', async () => {
    const src = `${FIXTURE}&delay=600&${unique()}`;
    const el = make('gov-tier-badge', { region: '广东', src });
    const seen = record(el);
    const other = document.createElement('div');
    box.append(el, other);
    await until(async () => (await hits(src)) === 1, 'requested');
    other.append(el);
    await until(() => seen.some((s) => s.name === 'gov-load'), 'gov-load');
    await settled(el);
    expect(await hits(src), 'requests').to.equal(1);
    expect(names(seen)).to.equal('gov-loadstart gov-load gov-loadend');
  });

  // Was: src/base/gov-element.ts dataTask args include `data` and `_inlineText` even when `src`
  // decides the source: setting an unused data property aborts and restarts the request.
  it('setting the data property while a src loads (src wins) neither restarts the request nor fires events', async () => {
    const src = `${FIXTURE}&delay=600&${unique()}`;
    const el = make('gov-tier-badge', { region: '广东', src });
    const seen = record(el);
    box.append(el);
    await until(async () => (await hits(src)) === 1, 'requested');
    (el as unknown as { data: unknown }).data = fixtureJson;
    await until(() => seen.some((s) => s.name === 'gov-load'), 'gov-load');
    await settled(el);
    expect(await hits(src), 'requests').to.equal(1);
    expect(names(seen)).to.equal('gov-loadstart gov-load gov-loadend');
  });

  // Was: src/elements/rank-map/rank-map.ts fetchGeometry() takes no AbortSignal and the geometry
  // task is never aborted on disconnect: the request stays open until the server or the timeout
  // (15 s by default) ends it.
  it('a map with a geometry URL removed mid-load: the geometry request is aborted', async () => {
    const geo = `/__test__/hang?${unique()}`;
    const el = make('gov-rank-map', { geometry: geo });
    (el as unknown as { data: unknown }).data = fixtureJson;
    box.append(el);
    await until(async () => (await hits(geo)) === 1, 'geometry requested');
    el.remove();
    let aborted = false;
    for (let i = 0; i < 40 && !aborted; i++) {
      await sleep(50);
      aborted = await wasAborted(geo);
    }
    expect(aborted, 'geometry request aborted within 2 s of removal').to.equal(true);
  });

  // Was: same cause: the geometry task of a removed map runs on and fires gov-error (kind
  // "timeout") from the detached element when its timeout expires.
  it('a map with a geometry URL removed mid-load fires no gov-error afterwards', async () => {
    const geo = `/__test__/hang?${unique()}`;
    const el = make('gov-rank-map', { geometry: geo, timeout: '500' });
    (el as unknown as { data: unknown }).data = fixtureJson;
    const seen = record(el);
    box.append(el);
    await until(async () => (await hits(geo)) === 1, 'geometry requested');
    el.remove();
    await sleep(1000);
    expect(
      seen
        .filter((s) => !s.connected && s.name === 'gov-error')
        .map((s) => String(s.detail.kind))
        .join(','),
      'gov-error from the detached map',
    ).to.equal('');
  });

  it('two maps share one geometry request; each reports an unusable geometry as gov-error { kind: "geometry", url }', async () => {
    // Valid JSON that is not a geometry: the results fixture itself.
    const geo = `${FIXTURE}&${unique()}`;
    const a = make('gov-rank-map', { geometry: geo });
    const b = make('gov-rank-map', { geometry: geo });
    for (const el of [a, b]) (el as unknown as { data: unknown }).data = fixtureJson;
    const seen = record(box);
    box.append(a, b);
    await until(() => seen.filter((s) => s.name === 'gov-error').length >= 2, 'two gov-error');
    await sleep(100);
    const errs = seen.filter((s) => s.name === 'gov-error');
    expect(errs.map((e) => `${String(e.detail.kind)} ${String(e.detail.url === abs(geo))}`).join('; ')).to.equal(
      'geometry true; geometry true',
    );
    expect(await hits(geo)).to.equal(1);
    expect(a.shadowRoot!.querySelector('[part~="status"][role="alert"]') !== null).to.equal(true);
  });

  it('a geometry URL answering 404: gov-error { kind: "http", status: 404, url: the geometry URL } and the error box', async () => {
    const geo = `/__test__/status?code=404&${unique()}`;
    const el = make('gov-rank-map', { geometry: geo });
    (el as unknown as { data: unknown }).data = fixtureJson;
    const seen = record(el);
    box.append(el);
    await until(() => seen.some((s) => s.name === 'gov-error'), 'gov-error');
    await settled(el);
    await el.updateComplete;
    const e = seen.find((s) => s.name === 'gov-error')!.detail;
    expect(`${String(e.kind)} ${String(e.status)} ${String(e.url === abs(geo))}`).to.equal('http 404 true');
    expect(el.shadowRoot!.querySelector('[part~="status"][role="alert"]') !== null).to.equal(true);
  });

  it('a removed map stops observing its size: resizing it while detached does not render it; put back, it renders again', async () => {
    const el = document.createElement('gov-rank-map') as GovRankMap;
    (el as unknown as { data: unknown }).data = fixtureJson;
    box.append(el);
    await settled(el);
    await frame();
    await sleep(400); // the idle-time table render
    await el.updateComplete;
    el.remove();
    await frame();
    await sleep(50);
    let renders = 0;
    const orig = el.requestUpdate.bind(el);
    el.requestUpdate = (...a: Parameters<GovElement['requestUpdate']>) => {
      renders++;
      return orig(...a);
    };
    for (const w of ['200px', '900px', '320px']) {
      el.style.width = w;
      await frame();
    }
    box.style.width = '300px';
    await frame();
    expect(renders, 'no render while detached').to.equal(0);
    box.append(el);
    await until(() => renders > 0, 'render after re-insertion into a narrower box');
    await settled(el);
    expect(el.shadowRoot!.querySelector('svg') !== null).to.equal(true);
  });

  it('connected and disconnected 300 times: one language switch reaches each connected element exactly once', async function () {
    this.timeout(20000);
    let sets = 0;
    class SpyBadge extends GovTierBadge {}
    // Count writes of the inherited language (what the language listener does on a switch).
    let proto: object | null = GovTierBadge.prototype;
    let desc: PropertyDescriptor | undefined;
    while (proto && !(desc = Object.getOwnPropertyDescriptor(proto, '_docLang'))) proto = Object.getPrototypeOf(proto);
    expect(!!desc?.set, 'found the accessor').to.equal(true);
    Object.defineProperty(SpyBadge.prototype, '_docLang', {
      configurable: true,
      get(this: unknown) {
        return desc!.get!.call(this);
      },
      set(this: unknown, v: string) {
        sets++;
        desc!.set!.call(this, v);
      },
    });
    const tag = `spy-badge-${unique().replace(/\W/g, '')}`;
    customElements.define(tag, SpyBadge);
    const els = Array.from({ length: 10 }, () => {
      const e = make(tag, { region: '广东', year: '2020' });
      (e as unknown as { data: unknown }).data = fixtureJson;
      return e;
    });
    box.append(...els);
    await Promise.all(els.map((e) => settled(e)));
    for (let i = 0; i < 300; i++) {
      for (const e of els) e.remove();
      box.append(...els);
      if (i % 50 === 0) await sleep(0);
    }
    for (const e of els.slice(3)) e.remove(); // 3 stay connected
    await Promise.all(els.map((e) => e.updateComplete));
    const html = document.documentElement;
    const was = html.getAttribute('lang');
    sets = 0;
    try {
      html.setAttribute('lang', 'en');
      await sleep(0);
      await Promise.all(els.map((e) => e.updateComplete));
      expect(sets, 'listener calls on one switch').to.equal(3);
      expect(els.slice(0, 3).every((e) => /Test index/.test(shadowText(e)))).to.equal(true);
    } finally {
      if (was === null) html.removeAttribute('lang');
      else html.setAttribute('lang', was);
      await sleep(0);
    }
  });
});

// ─── 3. Registration ─────────────────────────────────────────────────────────────────────────

/** Runs `moduleCode` in a fresh iframe (its own registry and module map); returns its window. */
async function inFrame(body: string, moduleCode: string): Promise<Window & Record<string, unknown>> {
  const f = document.createElement('iframe');
  f.srcdoc = `<!doctype html><html lang="zh-CN"><body>${body}<script>
    window.errs = [];
    addEventListener('error', (e) => errs.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => errs.push(String(e.reason)));
  </script></body></html>`;
  box.append(f);
  await new Promise((r) => f.addEventListener('load', r, { once: true }));
  const w = f.contentWindow as Window & Record<string, unknown>;
  const s = f.contentDocument!.createElement('script');
  s.type = 'module';
  s.textContent = `window.done = (async () => { ${moduleCode} })().then(() => 'ok', (e) => 'threw: ' + e);`;
  f.contentDocument!.body.append(s);
  await until(() => !!w.done, 'module ran');
  w.result = await (w.done as Promise<string>);
  return w;
}
const srcUrl = (p: string) => new URL(p, location.href).href;

describe('registration', () => {
  it('importing src/index.js twice (and a second copy by another URL): no exception, no warning, the same classes', async () => {
    const warnings = await consoleWarnings(async () => {
      const a = await import('../../../src/index.js');
      const b = await import('../../../src/index.js');
      const c = await import(/* @vite-ignore */ `../../../src/index.ts?copy=${unique()}`);
      expect(a.GovTierBadge === b.GovTierBadge).to.equal(true);
      expect(customElements.get('gov-tier-badge') === a.GovTierBadge).to.equal(true);
      expect(c.VERSION).to.equal(VERSION);
    });
    expect(warnings.join(' | ')).to.equal('');
  });

  it('define() over a tag taken by a foreign class: no throw, one warning naming the tag, the foreign class stays', async () => {
    const tag = `taken-${unique().replace(/\W/g, '')}`;
    class Foreign extends HTMLElement {}
    customElements.define(tag, Foreign);
    const warnings = await consoleWarnings(async () => {
      expect(() => define(tag, class extends GovTierBadge {})).to.not.throw();
    });
    expect(customElements.get(tag) === Foreign).to.equal(true);
    expect(warnings.length).to.equal(1);
    expect(warnings[0]).to.contain(`<${tag}>`);
  });

  it('define() over a tag held by another copy of the same version: silent no-op', async () => {
    const tag = `same-${unique().replace(/\W/g, '')}`;
    class A extends GovTierBadge {}
    customElements.define(tag, A);
    const warnings = await consoleWarnings(async () => {
      expect(() => define(tag, class extends GovTierBadge {})).to.not.throw();
    });
    expect(customElements.get(tag) === A).to.equal(true);
    expect(warnings.join('|')).to.equal('');
  });

  it("a class-only module under a tag of the page's own (my-badge = GovTierBadge): renders and fires the load events", async () => {
    const w = await inFrame(
      `<my-badge region="广东" year="2020"></my-badge>`,
      `const { GovTierBadge } = await import(${JSON.stringify(srcUrl('/src/elements/tier-badge/tier-badge.ts'))});
       window.seen = [];
       for (const n of ['gov-loadstart', 'gov-load', 'gov-error', 'gov-loadend']) document.addEventListener(n, (e) => seen.push(n));
       customElements.define('my-badge', GovTierBadge);`,
    );
    expect(w.result).to.equal('ok');
    const el = w.document.querySelector('my-badge') as unknown as GovElement;
    await until(() => (w.seen as string[]).includes('gov-loadend'), 'loadend');
    await settled(el);
    expect((w.seen as string[]).join(' ')).to.equal('gov-loadstart gov-load gov-loadend');
    expect(shadowText(el)).to.contain('非常高');
    expect((w.errs as string[]).join('|')).to.equal('');
  });

  it('class-only modules under custom tags in the main page (subclasses): each renders and fires the load events', async () => {
    const classes = { badge: GovTierBadge, map: MapClass, table: GovRankTable, counter: GovStatsCounter, sparkline: GovTrendSparkline };
    const attrs: Record<string, Record<string, string>> = {
      badge: { region: '广东' },
      sparkline: { region: '广东' },
      counter: { stat: 'gov-websites' },
      map: {},
      table: {},
    };
    for (const [k, C] of Object.entries(classes)) {
      const tag = `my-${k}-${unique().replace(/\W/g, '')}`;
      customElements.define(tag, class extends (C as unknown as typeof GovTierBadge) {});
      const el = make(tag, { ...attrs[k], src: `${FIXTURE}&${unique()}` });
      const seen = record(el);
      box.append(el);
      await until(() => seen.some((s) => s.name === 'gov-loadend'), `${k} loadend`);
      await settled(el);
      expect(`${k}: ${names(seen)}`).to.equal(`${k}: gov-loadstart gov-load gov-loadend`);
      expect(el.shadowRoot!.querySelector('[part~="status"]') === null, `${k} rendered`).to.equal(true);
    }
  });

  // Was: src/base/define.ts define() calls customElements.define() whenever the tag is free, so a page
  // that registered a class-only module under its own tag and then imports the package throws
  // NotSupportedError ("this constructor has already been used with this registry") out of
  // the import — and the elements after it (sparkline, counter, table) are never registered.
  it('a class registered under the page\'s own tag, then `import "gov-rank"`: no exception, every gov-* tag registered', async () => {
    const w = await inFrame(
      '',
      `const { GovTierBadge } = await import(${JSON.stringify(srcUrl('/src/elements/tier-badge/tier-badge.ts'))});
       customElements.define('my-badge', GovTierBadge);
       await import(${JSON.stringify(srcUrl('/src/index.ts'))});`,
    );
    const registered = ['gov-rank-map', 'gov-tier-badge', 'gov-trend-sparkline', 'gov-stats-counter', 'gov-rank-table'].filter(
      (t) => !!w.customElements.get(t),
    );
    expect(`${String(w.result)} | ${registered.join(',')}`).to.equal(
      'ok | gov-rank-map,gov-tier-badge,gov-trend-sparkline,gov-stats-counter,gov-rank-table',
    );
  });

  it('late upgrade: attributes and a `data` property set before the tag is defined are kept (all five)', async () => {
    const classes: [string, typeof GovTierBadge, Record<string, string>][] = [
      ['badge', GovTierBadge, { region: '广东', year: '2020' }],
      ['map', MapClass as unknown as typeof GovTierBadge, { year: '2020' }],
      ['table', GovRankTable as unknown as typeof GovTierBadge, { limit: '2' }],
      ['counter', GovStatsCounter as unknown as typeof GovTierBadge, { stat: 'gov-websites' }],
      ['sparkline', GovTrendSparkline as unknown as typeof GovTierBadge, { region: '广东' }],
    ];
    for (const [k, C, attrs] of classes) {
      const tag = `late-${k}-${unique().replace(/\W/g, '')}`;
      const el = document.createElement(tag);
      for (const [a, v] of Object.entries(attrs)) el.setAttribute(a, v);
      (el as unknown as { data: unknown }).data = fixtureJson;
      const seen = record(el);
      box.append(el);
      await sleep(10);
      customElements.define(tag, class extends C {});
      const up = el as unknown as GovElement;
      await until(() => seen.some((s) => s.name === 'gov-loadend'), `${k} loadend`);
      await settled(up);
      expect(`${k}: ${names(seen)}`).to.equal(`${k}: gov-loadstart gov-load gov-loadend`);
      expect(`${k}: ${(up as unknown as { data: unknown }).data === fixtureJson}`).to.equal(`${k}: true`);
      // The fixture's data, not the bundled results.
      if (k === 'badge') expect(shadowText(up)).to.contain('测试指数');
      if (k === 'table') expect(up.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
      if (k === 'counter') expect(shadowText(up)).to.contain('政府网站数量');
      if (k === 'map') expect(shadowText(up)).to.contain('测试指数');
      if (k === 'sparkline') expect(up.shadowRoot!.querySelectorAll('[part~="point"]').length).to.equal(2);
    }
  });
});

// ─── 4. Reflection and read-only properties ─────────────────────────────────────────────────

describe('reflected properties', () => {
  const cases: { tag: string; props: [prop: string, value: unknown, attr: string, shown: string | null][] }[] = [
    {
      tag: 'gov-rank-map',
      props: [
        ['src', `${FIXTURE}&x=1`, 'src', `${FIXTURE}&x=1`],
        ['assessment', 'test-index-province', 'assessment', 'test-index-province'],
        ['year', 2020, 'year', '2020'],
        ['colorBy', 'score', 'color-by', 'score'],
        ['level', 'province', 'level', 'province'],
        ['selected', '440000', 'selected', '440000'],
        ['inset', 'none', 'inset', 'none'],
        ['lang', 'en', 'lang', 'en'],
        ['theme', 'dark', 'theme', 'dark'],
        ['loading', 'lazy', 'loading', 'lazy'],
        ['year', null, 'year', null],
      ],
    },
    {
      tag: 'gov-rank-table',
      props: [
        ['assessment', 'x', 'assessment', 'x'],
        ['year', 2018, 'year', '2018'],
        ['level', 'city', 'level', 'city'],
        ['limit', 3, 'limit', '3'],
        ['highlight', '广东,浙江', 'highlight', '广东,浙江'],
        ['trend', 'score', 'trend', 'score'],
        ['limit', null, 'limit', null],
      ],
    },
    {
      tag: 'gov-stats-counter',
      props: [
        ['stat', 'gov-websites', 'stat', 'gov-websites'],
        ['format', 'full', 'format', 'full'],
      ],
    },
    {
      tag: 'gov-tier-badge',
      props: [
        ['region', '广东', 'region', '广东'],
        ['year', 2020, 'year', '2020'],
        ['assessment', 'a', 'assessment', 'a'],
        ['variant', 'card', 'variant', 'card'],
        ['size', 'large', 'size', 'large'],
        ['href', 'https://example.org/r', 'href', 'https://example.org/r'],
        ['show', 'tier rank', 'show', 'tier rank'],
      ],
    },
    {
      tag: 'gov-trend-sparkline',
      props: [
        ['region', '广东', 'region', '广东'],
        ['metric', 'score', 'metric', 'score'],
        ['assessment', 'a', 'assessment', 'a'],
        ['markers', true, 'markers', ''],
        ['bands', true, 'bands', ''],
        ['markers', false, 'markers', null],
      ],
    },
  ];
  for (const { tag, props } of cases) {
    it(`${tag}: ${[...new Set(props.map((p) => p[2]))].join(', ')} reflect to attributes`, async () => {
      const el = make(tag, {}) as unknown as Record<string, unknown> & GovElement;
      (el as unknown as { data: unknown }).data = fixtureJson;
      box.append(el);
      await el.updateComplete;
      for (const [prop, value, attr, shown] of props) {
        el[prop] = value;
        await el.updateComplete;
        expect(`${prop} → ${attr}=${String(el.getAttribute(attr))}`).to.equal(`${prop} → ${attr}=${String(shown)}`);
      }
    });
  }

  it('attributes set → properties typed as documented (year/limit numbers, markers boolean)', async () => {
    const t = make('gov-rank-table', { year: '2020', limit: '3' }) as unknown as GovRankTable;
    const s = make('gov-trend-sparkline', { markers: '' }) as unknown as GovTrendSparkline;
    box.append(t, s);
    await t.updateComplete;
    expect(`${typeof t.year}:${t.year} ${typeof t.limit}:${t.limit} ${s.markers}`).to.equal('number:2020 number:3 true');
  });

  it('map: a click on a region sets `selected` and reflects it; clicking it again clears the attribute', async () => {
    const el = document.createElement('gov-rank-map') as GovRankMap;
    el.data = fixtureJson;
    const sel = record(el, ['gov-region-select']);
    box.append(el);
    await settled(el);
    const g = el.shadowRoot!.querySelector<SVGGElement>('.region[data-code="440000"]');
    expect(g !== null).to.equal(true);
    g!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(`${el.selected} ${el.getAttribute('selected')}`).to.equal('440000 440000');
    expect(`${sel[0]!.detail.code} ${typeof sel[0]!.detail.name}`).to.equal('440000 string');
    el.shadowRoot!.querySelector<SVGGElement>('.region[data-code="440000"]')!.dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await el.updateComplete;
    expect(`${el.selected} ${el.hasAttribute('selected')}`).to.equal('null false');
    expect(String(sel[1]!.detail.code)).to.equal('null');
  });
});

describe("the map's `report`", () => {
  it("after loading: offMap, unmatchedFeatures, geometryProblems as arrays (the fixture's 5 provinces are all on the map)", async () => {
    const el = document.createElement('gov-rank-map') as GovRankMap;
    el.data = fixtureJson;
    box.append(el);
    await settled(el);
    const r = el.report;
    expect(r !== undefined).to.equal(true);
    expect(`${r!.offMap.length} ${r!.unmatchedFeatures.length} ${r!.geometryProblems.length}`).to.equal('0 0 0');
  });

  it('the bundled 2020 map reports 新疆生产建设兵团 (660000) off the map', async () => {
    const el = make('gov-rank-map', { assessment: 'cps-online-service-province', year: '2020' }) as unknown as GovRankMap;
    box.append(el);
    await settled(el);
    expect(el.report!.offMap.map((r) => r.region.code).join(',')).to.equal('660000');
  });

  // Was: `report` is a plain public field (src/elements/rank-map/rank-map.ts `report?: MapReport`)
  // although documented read-only: a page (or a framework spreading props) can overwrite it.
  it('is read-only: assigning to it neither changes it nor sticks', async () => {
    const el = document.createElement('gov-rank-map') as GovRankMap;
    el.data = fixtureJson;
    box.append(el);
    await settled(el);
    const real = el.report;
    const fake = { offMap: [], unmatchedFeatures: ['fake'], geometryProblems: [] };
    try {
      (el as unknown as { report: unknown }).report = fake;
    } catch {
      /* a TypeError is a fine way to be read-only */
    }
    expect(el.report === real && (el.report as unknown) !== fake).to.equal(true);
  });
});
