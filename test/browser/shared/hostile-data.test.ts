/**
 * Hostile and unusual results files, fed to all five elements through the `data` property or an
 * inline `<script type="application/json">`. Bad input must give a message inside the element's
 * own box (part="status") and a gov-error event — never a blank box, an exception, "NaN" /
 * "undefined" / "[object Object]" in visible text, markup from data, or a page that scrolls
 * sideways. Valid but unusual files must render sensibly.
 *
 * Each `// Was:` note records what the library did before the fix the test guards.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import { REGIONS } from '../../../src/data/regions.js';
import { $, $$, settled, shadowText, uncaught } from '../helpers.js';
import { assessment, edition, resultsFile, statistic } from './results-builder.js';
import type { GovElement } from '../../../src/base/gov-element.js';

type Json = any;

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

const SRC = [{ url: 'https://example.org/report' }];
const ID = 'hostile-province';
const STAT = 'hostile-stat';

/** A small valid file: one province assessment (editions 2020 and 2018), one statistic. */
function base(): Json {
  return resultsFile({
    assessments: [
      assessment({
        id: ID,
        name: { 'zh-CN': '测试指数', en: 'Test index' },
        publisher: 'Test publisher',
        tiers: [
          { id: 'A', name: { 'zh-CN': '甲', en: 'Alpha' }, min: 90 },
          { id: 'B', name: { 'zh-CN': '乙', en: 'Beta' } },
        ],
        editions: [
          edition(
            2020,
            [
              { region: '广东', score: 95.5, tier: 'A', rank: 1 },
              { region: '浙江', score: 85.25, tier: 'B', rank: 2 },
            ],
            { sources: SRC },
          ),
          edition(2018, [{ region: '广东', score: 80, tier: 'B', rank: 3 }], { sources: SRC }),
        ],
      }),
    ],
    statistics: [
      statistic({
        id: STAT,
        label: { 'zh-CN': '网站数量', en: 'Websites' },
        value: 14500,
        unit: { 'zh-CN': '个', en: 'sites' },
        date: '2019-12',
        sources: SRC,
        earlier: { value: 84000, date: '2015' },
      }),
    ],
  });
}

/** `base()` with the 2020 edition's results replaced. */
function withRows(...rows: Json[]): Json {
  const f = base();
  f.assessments[0].editions[0].results = rows;
  return f;
}

function edit(fn: (f: Json) => void): Json {
  const f = base();
  fn(f);
  return f;
}

// ---------------------------------------------------------------------------------------------
// The five elements, each asking for what base() holds
// ---------------------------------------------------------------------------------------------

type Key = 'map' | 'badge' | 'sparkline' | 'counter' | 'table';
const ELEMENTS: Record<Key, { tag: string; attrs: Record<string, string> }> = {
  map: { tag: 'gov-rank-map', attrs: { assessment: ID } },
  badge: { tag: 'gov-tier-badge', attrs: { region: '广东', assessment: ID } },
  sparkline: { tag: 'gov-trend-sparkline', attrs: { region: '广东', metric: 'score', assessment: ID } },
  counter: { tag: 'gov-stats-counter', attrs: { stat: STAT } },
  table: { tag: 'gov-rank-table', attrs: { assessment: ID } },
};
const KEYS = Object.keys(ELEMENTS) as Key[];

/** Width of the box every element is put in (a phone-sized column). */
const WIDTH = 400;

interface Mounted {
  wrap: HTMLElement;
  el: GovElement;
  errors: CustomEvent<{ kind: string; message: string; url?: string }>[];
  loads: CustomEvent<{ diagnostics: unknown[] }>[];
}

type Via = 'prop' | 'inline' | 'text';

/**
 * Puts the element in a 400 px box (overflow: auto, so a too-wide element shows as scrollWidth),
 * feeds it `data` (as the property, as inline JSON, or as raw inline text) and waits until it has
 * settled.
 */
async function mount(
  key: Key,
  data: unknown,
  opts: { via?: Via; lang?: string; attrs?: Record<string, string | null> } = {},
): Promise<Mounted> {
  const { via = 'prop', lang = 'en' } = opts;
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style="width: ${WIDTH}px; overflow: auto"></div>`);
  const errors: Mounted['errors'] = [];
  const loads: Mounted['loads'] = [];
  wrap.addEventListener('gov-error', (e) => errors.push(e as Mounted['errors'][number]));
  wrap.addEventListener('gov-load', (e) => loads.push(e as Mounted['loads'][number]));
  const spec = ELEMENTS[key];
  const el = document.createElement(spec.tag) as GovElement;
  const attrs = { ...spec.attrs, ...opts.attrs };
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, v);
  if (via === 'prop') {
    el.data = data;
  } else {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = via === 'text' ? String(data) : JSON.stringify(data);
    el.append(script);
  }
  wrap.append(el);
  await settled(el);
  // Let ResizeObservers and the map's idle-time table run.
  await new Promise((r) => setTimeout(r, 60));
  await el.updateComplete;
  return { wrap, el, errors, loads };
}

// ---------------------------------------------------------------------------------------------
// What a person sees
// ---------------------------------------------------------------------------------------------

const pageErrors = uncaught();

/** Visible text with the values the message quotes from the file ("…" and “…”) blanked out. */
function ownText(el: Element): string {
  return shadowText(el).replace(/"[^"]*"|“[^”]*”/g, '""');
}

const JUNK = /NaN|undefined|\[object Object\]|Infinity/;

/** Attributes in the shadow root holding NaN / Infinity / undefined (broken geometry or bindings). */
function junkAttributes(el: Element): string[] {
  return [...el.shadowRoot!.querySelectorAll('*')].flatMap((n) =>
    [...n.attributes].filter((a) => JUNK.test(a.value)).map((a) => `<${n.localName} ${a.name}="${a.value.slice(0, 60)}">`),
  );
}

function status(el: Element): Element | null {
  return el.shadowRoot!.querySelector('[part~="status"]');
}

/** The element shows an error box (role=alert, inside its own box) and fired gov-error of `kind`. */
function expectErrorBox(m: Mounted, kind: string, message: RegExp, opts: { nullAllowed?: boolean } = {}): void {
  const { el, wrap, errors } = m;
  const box = status(el);
  expect(box, `status box in ${el.shadowRoot!.innerHTML.slice(0, 300)}`).to.not.equal(null);
  expect(box!.getAttribute('role')).to.equal('alert');
  expect((box!.textContent ?? '').replace(/\s+/g, ' ')).to.match(message);
  expect(errors.length, 'gov-error events').to.be.at.least(1);
  expect(errors[0]!.detail.kind).to.equal(kind);
  expect(errors[0]!.target === el, 'gov-error from the element itself').to.equal(true);
  // The validator names a non-finite number as it is ("got Infinity"): that is the message, not junk.
  const text = ownText(el).replace(/got (-?Infinity|NaN)\b/g, 'got ""');
  expect(text).not.to.match(JUNK);
  if (!opts.nullAllowed) expect(text).not.to.match(/\bnull\b/);
  expect(el.getBoundingClientRect().height, 'box height').to.be.greaterThan(10);
  expect(wrap.scrollWidth, 'no sideways overflow').to.be.at.most(WIDTH + 2);
  expect(pageErrors).to.deep.equal([]);
}

/** The element rendered a view: no error box, no gov-error, clean text and attributes, no overflow. */
function expectRendered(m: Mounted): void {
  const { el, wrap, errors } = m;
  const box = status(el);
  // Booleans, not nodes: a failing chai assertion on a DOM node stalls the test runner.
  expect(box === null, `no status box, got: ${box?.textContent ?? ''}`).to.equal(true);
  expect(errors.map((e) => e.detail.message)).to.deep.equal([]);
  expect(shadowText(el)).not.to.match(JUNK);
  expect(shadowText(el)).not.to.match(/\bnull\b/);
  expect(junkAttributes(el)).to.deep.equal([]);
  expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
  expect(wrap.scrollWidth, 'no sideways overflow').to.be.at.most(WIDTH + 2);
  expect(pageErrors).to.deep.equal([]);
}

/** The element says it has nothing to show (kind no-data), with `message` in its box. */
function expectNoData(m: Mounted, message: RegExp): void {
  expectErrorBox(m, 'no-data', message);
}

const text = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Checks that the element shows 广东's 2020 row (95.5 / Alpha / rank 1) from `data`. */
function expectGuangdongShown(key: Key, m: Mounted, score = '95.5'): void {
  const { el } = m;
  switch (key) {
    case 'map': {
      const g = $(el, '.region[data-code="440000"]')!;
      expect(g, 'Guangdong shape').to.not.equal(null);
      expect(g.classList.contains('no-data'), 'Guangdong coloured').to.equal(false);
      expect(g.getAttribute('aria-label')).to.contain(score);
      break;
    }
    case 'badge':
      expect(text($(el, '[part~="message"]'))).to.contain(score);
      break;
    case 'sparkline':
      expect(
        $$(el, 'circle[part="point"]')
          .map((c) => c.getAttribute('aria-label'))
          .join('|'),
      ).to.contain(score);
      break;
    case 'table':
      expect(text($(el, 'tr[data-region="440000"]'))).to.contain(score);
      break;
    default:
      expect(text($(el, '[part="value"] .ghost'))).to.equal('14.5K');
  }
}

before(() => emulateMedia({ reducedMotion: 'reduce' }));
after(() => emulateMedia({ reducedMotion: 'no-preference' }));
beforeEach(() => {
  pageErrors.length = 0;
  delete (window as any).__pwned;
});

// ---------------------------------------------------------------------------------------------
// Files that are not results files: a schema (or JSON) error in the box, for every element
// ---------------------------------------------------------------------------------------------

const INVALID: [string, () => unknown, Via, string, RegExp][] = [
  ['top-level null (inline)', () => 'null', 'text', 'schema', /\(root\): expected an object, got null/],
  ['top-level array', () => [], 'prop', 'schema', /\(root\): expected an object, got an array of 0/],
  ['top-level string', () => 'hello', 'prop', 'schema', /\(root\): expected an object, got "hello"/],
  ['top-level number', () => 42, 'prop', 'schema', /\(root\): expected an object, got 42/],
  ['top-level array (inline)', () => '[1, 2, 3]', 'text', 'schema', /\(root\): expected an object, got an array of 3/],
  ['truncated inline JSON', () => '{"format": "gov-rank-results", "assessments": [', 'text', 'not-json', /is not valid JSON/],
  ['missing assessments', () => edit((f) => delete f.assessments), 'prop', 'schema', /assessments: expected an array, got nothing/],
  ['assessments an object', () => edit((f) => (f.assessments = {})), 'prop', 'schema', /assessments: expected an array, got an object/],
  ['assessments a string', () => edit((f) => (f.assessments = 'all')), 'inline', 'schema', /assessments: expected an array, got "all"/],
  [
    'score as a string',
    () => withRows({ region: '广东', score: '95.5' }),
    'prop',
    'schema',
    /results\[0\]\.score: expected a number, got "95\.5"/,
  ],
  [
    'score "NaN"',
    () => withRows({ region: '广东', score: 'NaN' }),
    'inline',
    'schema',
    /results\[0\]\.score: expected a number, got "NaN"/,
  ],
  [
    'score "Infinity"',
    () => withRows({ region: '广东', score: 'Infinity' }),
    'inline',
    'schema',
    /results\[0\]\.score: expected a number, got "Infinity"/,
  ],
  [
    'negative score on a 0–100 scale',
    () => withRows({ region: '广东', score: -5 }),
    'prop',
    'schema',
    /results\[0\]\.score: expected a number from 0 to 100, got -5/,
  ],
  [
    'score 1e12 on a 0–100 scale',
    () => withRows({ region: '广东', score: 1e12 }),
    'inline',
    'schema',
    /results\[0\]\.score: expected a number from 0 to 100, got 1000000000000/,
  ],
  [
    'rank 0',
    () => withRows({ region: '广东', rank: 0 }),
    'prop',
    'schema',
    /results\[0\]\.rank: expected a whole number from 1 to 1000, got 0/,
  ],
  [
    'negative rank',
    () => withRows({ region: '广东', rank: -3 }),
    'prop',
    'schema',
    /results\[0\]\.rank: expected a whole number from 1 to 1000, got -3/,
  ],
  [
    'fractional rank',
    () => withRows({ region: '广东', rank: 1.5 }),
    'inline',
    'schema',
    /results\[0\]\.rank: expected a whole number from 1 to 1000, got 1\.5/,
  ],
  [
    'tiers missing',
    () => edit((f) => delete f.assessments[0].tiers),
    'prop',
    'schema',
    /assessments\[0\]\.tiers: expected an array, got nothing/,
  ],
  [
    'a result in an undefined tier',
    () => withRows({ region: '广东', tier: 'Z' }),
    'prop',
    'schema',
    /results\[0\]\.tier: expected one of the assessment's tiers: "A", "B", got "Z"/,
  ],
  [
    'a tier on an assessment without tiers',
    () =>
      edit((f) => {
        f.assessments[0].tiers = [];
        f.assessments[0].editions[0].results[0].tier = 'A';
        f.assessments[0].editions[0].results[1].tier = null;
        f.assessments[0].editions[1].results[0].tier = null;
      }),
    'prop',
    'schema',
    /results\[0\]\.tier: expected no tier \(the assessment defines none\), got "A"/,
  ],
  [
    'the same region twice in one edition',
    () => withRows({ region: '广东', score: 90 }, { region: 'Guangdong', score: 80 }),
    'prop',
    'schema',
    /results\[1\]\.region: expected a region not listed before in this edition \(results\[0\] is 广东省 too\), got "Guangdong"/,
  ],
  [
    'year as a string',
    () => edit((f) => (f.assessments[0].editions[0].year = '2020')),
    'prop',
    'schema',
    /editions\[0\]\.year: expected a whole number from 1990 to 2100, got "2020"/,
  ],
  [
    'year far in the future',
    () => edit((f) => (f.assessments[0].editions[0].year = 2999)),
    'inline',
    'schema',
    /editions\[0\]\.year: expected a whole number from 1990 to 2100, got 2999/,
  ],
  [
    'year 0',
    () => edit((f) => (f.assessments[0].editions[0].year = 0)),
    'prop',
    'schema',
    /editions\[0\]\.year: expected a whole number from 1990 to 2100, got 0/,
  ],
  [
    'two editions of one year',
    () => edit((f) => (f.assessments[0].editions[1].year = 2020)),
    'prop',
    'schema',
    /editions\[1\]\.year: expected a year not used by another edition of this assessment, got 2020/,
  ],
  [
    'statistic value as a string',
    () => edit((f) => (f.statistics[0].value = '14,500')),
    'prop',
    'schema',
    /statistics\[0\]\.value: expected a number, got "14,500"/,
  ],
  [
    'statistic date in words',
    () => edit((f) => (f.statistics[0].date = '2019年12月')),
    'inline',
    'schema',
    /statistics\[0\]\.date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "2019年12月"/,
  ],
];

for (const key of KEYS) {
  describe(`${ELEMENTS[key].tag}: files that are not results files`, () => {
    for (const [name, make, via, kind, message] of INVALID) {
      it(`${name} (${via === 'prop' ? 'data property' : 'inline JSON'}): message in the box and gov-error "${kind}"`, async () => {
        const m = await mount(key, make(), { via });
        expectErrorBox(m, kind, message, { nullAllowed: name.startsWith('top-level null') });
      });
    }

    it('markup in an invalid value is shown as text, never parsed', async () => {
      const x = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
      const m = await mount(key, withRows({ region: '广东', tier: x }), { via: 'inline' });
      expectErrorBox(m, 'schema', /results\[0\]\.tier: expected one of the assessment's tiers/);
      expect($$(m.el, 'img, script').length).to.equal(0);
      // The value is quoted (shortened to 60 characters) as written.
      expect(shadowText(m.el)).to.contain('got "<img src=x onerror=\\"window.__pwned=1\\"><script>window._…');
      await new Promise((r) => setTimeout(r, 50));
      expect((window as any).__pwned).to.equal(undefined);
    });

    it('a schema error quoting a 2000-character value stays inside the box', async () => {
      const m = await mount(key, withRows({ region: '广东', tier: 'Overlong'.repeat(250) }));
      expectErrorBox(m, 'schema', /results\[0\]\.tier: expected one of the assessment's tiers: "A", "B", got "(Overlong)+…/);
      expect(m.el.getBoundingClientRect().width).to.be.at.most(WIDTH);
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Valid but unusual files
// ---------------------------------------------------------------------------------------------

describe('an edition with empty results (the only edition)', () => {
  const data = () =>
    edit(
      (f) =>
        (f.assessments[0].editions = [
          { year: 2020, sources: SRC, complete: true, completeness: 'Tables published as images', results: [] },
        ]),
    );

  // Like the table: an edition listing nobody says so (with the file's completeness note)
  // rather than drawing 34 hatched regions with no word why.
  it('map: says the edition lists no results, with the completeness note', async () => {
    expectNoData(await mount('map', data()), /The 2020 edition lists no results: Tables published as images/);
  });
  it('badge: says the region is not in the results', async () => {
    expectNoData(await mount('badge', data()), /Guangdong is not in the Test index results/);
  });
  it('sparkline: says there is no data', async () => {
    expectNoData(await mount('sparkline', data()), /Guangdong score: No data · Test index/);
  });
  it('counter: the statistic still shows', async () => {
    const m = await mount('counter', data());
    expectRendered(m);
    expectGuangdongShown('counter', m);
  });
  it('table: says the edition lists no results, and why', async () => {
    expectNoData(await mount('table', data()), /The 2020 edition lists no results: Tables published as images/);
  });
});

describe('the only edition has rows without any value', () => {
  const data = () =>
    edit(
      (f) =>
        (f.assessments[0].editions = [{ year: 2020, sources: SRC, complete: false, results: [{ region: '广东' }, { region: '浙江' }] }]),
    );

  it('map: the two regions count as "no tier", the rest as "no data"', async () => {
    const m = await mount('map', data());
    expectRendered(m);
    expect(text($(m.el, '[part="legend"]'))).to.match(/No tier \(2\).*No data \(32\)/);
  });
  it('badge: no-data message', async () => {
    expectNoData(await mount('badge', data()), /Guangdong is not in the Test index results/);
  });
  it('sparkline: no-data message', async () => {
    expectNoData(await mount('sparkline', data()), /Guangdong score: No data/);
  });
  it('counter: renders', async () => {
    expectRendered(await mount('counter', data()));
  });
  it('table: both rows, with "no data" dashes and no empty score/tier columns', async () => {
    const m = await mount('table', data());
    expectRendered(m);
    expect($$(m.el, 'tbody tr').length).to.equal(2);
    expect(
      $$(m.el, 'thead th')
        .map(text)
        .map((s) => s.replace(/[▲▼↕]/g, '')),
    ).to.deep.equal(['Rank', 'Region']);
    expect(text($(m.el, 'tr[data-region="440000"]'))).to.contain('No data');
  });
});

describe('regions written in odd forms resolve to the same region', () => {
  const forms: [string, string | number][] = [
    ['padded full name', ' 广东省 '],
    ['upper-case English', 'GUANGDONG'],
    ['ISO 3166-2', 'CN-GD'],
    ['code as a number', 440000],
    ['one-character abbreviation', '粤'],
    ['12-digit statistical code', '440000000000'],
    ['full-width Latin', 'ＧＵＡＮＧＤＯＮＧ'],
  ];
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: ${forms.map(([, v]) => JSON.stringify(v)).join(', ')}`, async () => {
      for (const [, form] of forms) {
        const m = await mount(key, withRows({ region: form, score: 95.5, tier: 'A', rank: 1 }));
        expectRendered(m);
        expectGuangdongShown(key, m);
        expect(m.loads[0]!.detail.diagnostics, String(form)).to.deep.equal([]);
      }
    });
  }
});

describe('unknown regions mixed with known ones', () => {
  const data = () =>
    withRows(
      { region: '火星', score: 50 },
      { region: '广东', score: 95.5, tier: 'A', rank: 1 },
      { region: 'Atlantis', score: 40 },
      { region: -440000, score: 30 },
      { region: '吉林市', score: 20 },
    );
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: the known row shows, the 4 unknown ones are reported (gov-load diagnostics)`, async () => {
      const m = await mount(key, data());
      expectRendered(m);
      expectGuangdongShown(key, m);
      expect(m.loads.length).to.equal(1);
      expect(m.loads[0]!.detail.diagnostics.length).to.equal(4);
      if (key === 'map' || key === 'table' || key === 'sparkline') {
        const diag = $(m.el, '[part~="diagnostics"]');
        expect(text(diag)).to.contain('4 rows with an unknown region left out');
        expect(text(diag)).to.contain('Unknown region “火星”');
        expect(text(diag)).to.contain('Unknown region “-440000”');
      }
    });
  }
});

describe('duplicate ranks (ties) are valid and shown as ties', () => {
  const data = () =>
    withRows(
      { region: '广东', score: 95.5, tier: 'A', rank: 1 },
      { region: '浙江', score: 96, tier: 'A', rank: 1 },
      { region: '江苏', rank: 1 },
    );
  it('map: "No. 1 (tied)" in the region\'s accessible name', async () => {
    const m = await mount('map', data());
    expectRendered(m);
    expect($(m.el, '.region[data-code="440000"]')!.getAttribute('aria-label')).to.contain('No. 1 (tied)');
  });
  it('badge: "No. 1 (tied)"', async () => {
    const m = await mount('badge', data());
    expectRendered(m);
    expect(text($(m.el, '[part~="message"]'))).to.equal('Alpha · No. 1 (tied) · 95.5');
  });
  it('sparkline (metric rank): the point says "(tied)"', async () => {
    const m = await mount('sparkline', data(), { attrs: { metric: 'rank' } });
    expectRendered(m);
    expect($$(m.el, 'circle[part="point"]').map((c) => c.getAttribute('aria-label'))).to.include('2020 No. 1 (tied)');
  });
  it('counter: renders', async () => {
    expectRendered(await mount('counter', data()));
  });
  it('table: three rows "=1", the row without a score last', async () => {
    const m = await mount('table', data());
    expectRendered(m);
    expect($$(m.el, 'tbody td.rank').map(text)).to.deep.equal(['=11, tied', '=11, tied', '=11, tied']);
    expect($$(m.el, 'tbody tr').map((tr) => tr.getAttribute('data-region'))).to.deep.equal(['330000', '440000', '320000']);
  });
});

describe('editions at the edges of the year range (1990 and 2100)', () => {
  const data = () =>
    edit((f) => {
      f.assessments[0].editions[0].year = 2100;
      f.assessments[0].editions[1].year = 1990;
    });
  it('map: the 2100 report by default', async () => {
    const m = await mount('map', data());
    expectRendered(m);
    expect(text($(m.el, '[part="caption"]'))).to.contain('2100 report');
  });
  it('badge: 2100 by default, 1990 when asked', async () => {
    let m = await mount('badge', data());
    expectRendered(m);
    expect(text($(m.el, '[part~="label"]'))).to.equal('Test index 2100');
    m = await mount('badge', data(), { attrs: { year: '1990' } });
    expectRendered(m);
    expect(text($(m.el, '[part~="message"]'))).to.equal('Beta · No. 3 · 80');
  });
  it('sparkline: two points 110 years apart, a gap between', async () => {
    const m = await mount('sparkline', data());
    expectRendered(m);
    expect($$(m.el, 'circle[part="point"]').map((c) => c.getAttribute('data-year'))).to.deep.equal(['1990', '2100']);
    expect($(m.el, 'path[part="line"]')!.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+ZM[\d.]+,[\d.]+Z$/);
  });
  it('counter: renders', async () => {
    expectRendered(await mount('counter', data()));
  });
  it('table: the 2100 report by default', async () => {
    const m = await mount('table', data());
    expectRendered(m);
    expect(text($(m.el, '[part="title"]'))).to.contain('2100 report');
  });
});

describe('scores on a wide scale: 1e12 and negative', () => {
  const data = () =>
    edit((f) => {
      f.assessments[0].metric = { name: 'Index', min: -1e13, max: 1e13 };
      f.assessments[0].tiers = [];
      f.assessments[0].editions[0].results = [
        { region: '广东', score: 1e12, rank: 1 },
        { region: '浙江', score: -5, rank: 2 },
      ];
      f.assessments[0].editions[1].results = [{ region: '广东', score: -2.5e11, rank: 2 }];
    });
  it('map (colour by score): a legend of finite bins', async () => {
    const m = await mount('map', data(), { attrs: { 'color-by': 'score' } });
    expectRendered(m);
    expect($(m.el, '.region[data-code="440000"]')!.classList.contains('no-data')).to.equal(false);
    expect($(m.el, '.region[data-code="330000"]')!.classList.contains('no-data')).to.equal(false);
  });
  it('badge: 1,000,000,000,000', async () => {
    const m = await mount('badge', data());
    expectRendered(m);
    expect(text($(m.el, '[part~="message"]'))).to.equal('No. 1 · 1,000,000,000,000');
  });
  it('sparkline: finite geometry, the last value as its label', async () => {
    const m = await mount('sparkline', data());
    expectRendered(m);
    expect(text($(m.el, '[part="label"]'))).to.equal('1,000,000,000,000');
  });
  it('counter: renders', async () => {
    expectRendered(await mount('counter', data()));
  });
  it('table (with a score trend): both numbers printed', async () => {
    const m = await mount('table', data(), { attrs: { trend: 'score' } });
    expectRendered(m);
    expect($$(m.el, 'tbody td.score').map(text)).to.deep.equal(['1,000,000,000,000', '-5']);
  });
});

describe('a scale wider than the number range (±1.7e308) is rejected, not drawn with NaN', () => {
  // max − min overflows to Infinity, which no scale, legend or sparkline can use: the validator
  // rejects the file and names metric.max.
  const data = () =>
    edit((f) => {
      f.assessments[0].metric = { name: 'Index', min: -1.7e308, max: 1.7e308 };
      f.assessments[0].editions[0].results[0].score = 1.5e308;
      f.assessments[0].editions[0].results[1].score = -1.5e308;
    });
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: a schema message naming metric.max`, async () => {
      const m = await mount(key, data(), key === 'map' ? { attrs: { 'color-by': 'score' } } : {});
      expectErrorBox(m, 'schema', /assessments\[0\]\.metric\.max: expected a scale no wider than 1e308/);
      expect(junkAttributes(m.el)).to.deep.equal([]);
    });
  }
});

describe('a score of 1e999 (parses to Infinity) is rejected with an honest message', () => {
  // JSON.parse reads 1e999 as Infinity; JSON.stringify would name it "null" — and null is exactly
  // what an optional score may be — so describeValue() names non-finite numbers itself.
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: the message does not claim the score was null`, async () => {
      const textJson = JSON.stringify(withRows({ region: '广东', score: 12345 })).replace('12345', '1e999');
      const m = await mount(key, textJson, { via: 'text' });
      expectErrorBox(m, 'schema', /results\[0\]\.score: expected a number, got (Infinity|1e999)/);
    });
  }
  it('gov-rank-table: NaN from the data property is rejected as NaN', async () => {
    const m = await mount('table', withRows({ region: '广东', score: Number.NaN }));
    expectErrorBox(m, 'schema', /results\[0\]\.score: expected a number, got NaN/);
  });
});

describe('markup in every text field is text', () => {
  const X = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b>';
  const data = () =>
    edit((f) => {
      const a = f.assessments[0];
      a.name = `N${X}`;
      a.shortName = `S${X}`;
      a.publisher = X;
      a.tiers[0].name = `T${X}`;
      a.tiers[0].description = X;
      const e = a.editions[0];
      e.title = `E${X}`;
      e.completeness = `C${X}`;
      e.notes = [`O${X}`];
      e.sources = [{ url: 'https://example.org/a', title: `R${X}` }];
      e.results[0].note = `W${X}`;
      e.results[0].group = `G${X}`;
      e.results.push({ region: `U${X}`, score: 1 });
      f.statistics[0].label = `L${X}`;
      f.statistics[0].unit = `M${X}`;
      f.statistics[0].note = X;
      f.statistics[0].sources = [{ url: 'https://example.org/s', title: X }];
    });
  const shows: Record<Key, string[]> = {
    map: ['T', 'E', 'R', 'U'],
    badge: ['S', 'T'],
    sparkline: ['U'],
    counter: ['L', 'M'],
    table: ['N', 'T', 'C', 'O', 'R', 'W', 'G', 'U'],
  };
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: no element is created from data; the markup shows literally`, async () => {
      const m = await mount(key, data(), { via: key === 'table' || key === 'badge' ? 'inline' : 'prop' });
      expect(status(m.el), text(status(m.el))).to.equal(null);
      expect($$(m.el, 'img, script, b').length).to.equal(0);
      expect(m.el.querySelectorAll('img, b').length).to.equal(0);
      const visible = shadowText(m.el);
      for (const p of shows[key]) expect(visible, p).to.contain(`${p}${X}`);
      await new Promise((r) => setTimeout(r, 50));
      expect((window as any).__pwned).to.equal(undefined);
      expect(pageErrors).to.deep.equal([]);
    });
  }
});

describe('right-to-left text and emoji', () => {
  const data = () =>
    edit((f) => {
      f.assessments[0].name = 'مؤشر الحكومة 🏛️🇨🇳';
      f.assessments[0].shortName = 'מדד 👍🏽';
      f.assessments[0].tiers[0].name = 'ممتاز 🥇';
      f.assessments[0].editions[0].results[0].note = '\u202Ereversed\u202C 👨‍👩‍👧';
      f.statistics[0].label = 'عدد المواقع 🌐';
      f.statistics[0].unit = '🖥️';
    });
  const shows: Record<Key, string[]> = {
    map: ['ممتاز 🥇', 'مؤشر الحكومة 🏛️🇨🇳'],
    badge: ['מדד 👍🏽', 'ممتاز 🥇'],
    sparkline: [],
    counter: ['عدد المواقع 🌐', '🖥️'],
    table: ['مؤشر الحكومة 🏛️🇨🇳', 'ممتاز 🥇', '\u202Ereversed\u202C 👨‍👩‍👧'],
  };
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: shown as written, nothing mangled`, async () => {
      const m = await mount(key, data());
      expectRendered(m);
      for (const s of shows[key]) expect(shadowText(m.el)).to.contain(s);
      expectGuangdongShown(key, m);
    });
  }
});

describe('2000-character names (with spaces, and CJK) do not widen the page', () => {
  const LATIN = 'Very long name '.repeat(134);
  const CJK = '很长的名字'.repeat(400);
  const data = (long: string) =>
    edit((f) => {
      const a = f.assessments[0];
      a.name = long;
      a.shortName = long;
      a.tiers[0].name = long;
      const e = a.editions[0];
      e.title = long;
      e.completeness = long;
      e.notes = [long];
      e.sources = [{ url: 'https://example.org/a', title: long }];
      e.results[0].note = long;
      e.results[0].group = long;
      f.statistics[0].label = long;
      f.statistics[0].unit = long;
      f.statistics[0].note = long;
    });
  for (const key of KEYS) {
    const check = async () => {
      for (const long of [LATIN, CJK]) {
        const m = await mount(key, data(long));
        expectRendered(m);
        expect(m.el.getBoundingClientRect().width).to.be.at.most(WIDTH);
      }
    };
    if (key === 'map') {
      // Was: a long tier name widens the map's legend past its container (scrollWidth ≈ 16 000 px
      // for 2000 characters, and already 485 px in a 400 px box for a 60-character tier name):
      // rank-map.styles.ts `.legend li { white-space: nowrap }`.
      it(`${ELEMENTS[key].tag}: stays within 400 px`, check);
    } else {
      it(`${ELEMENTS[key].tag}: stays within 400 px`, check);
    }
  }

  // Was: same cause as above, with a realistic 60-character tier name.
  it('gov-rank-map: a 60-character tier name stays within 400 px', async () => {
    const m = await mount(
      'map',
      edit((f) => (f.assessments[0].tiers[0].name = 'Very high (index above 90; thresholds published from 2019 on)')),
    );
    expectRendered(m);
  });
});

describe('a 2000-character name without a break opportunity (a long word or URL-like title)', () => {
  const WORD = 'Verylongname'.repeat(167);
  const data = () =>
    edit((f) => {
      f.assessments[0].name = WORD;
      f.assessments[0].shortName = WORD;
      f.assessments[0].editions[0].completeness = WORD;
      f.assessments[0].editions[0].notes = [WORD];
      f.assessments[0].editions[0].results[0].note = WORD;
      f.assessments[0].editions[0].results.push({ region: WORD, score: 1 });
      f.statistics[0].label = WORD;
      f.statistics[0].note = WORD;
    });
  for (const key of KEYS) {
    const check = async () => {
      const m = await mount(key, data());
      expectRendered(m);
    };
    if (key === 'map') {
      // Was: the caption's title (figcaption > span.title, a flex item) does not wrap: the map
      // content is ~16 500 px wide in a 400 px box. rank-map.styles.ts `.caption .title` lacks
      // overflow-wrap: anywhere / min-width: 0.
      it(`${ELEMENTS[key].tag}: stays within 400 px`, check);
    } else if (key === 'table') {
      // Was: the title above the table and the footnote's completeness/notes paragraphs do not
      // wrap (~22 000 px wide). rank-table.styles.ts `.title`, `.footnote p` lack overflow-wrap.
      it(`${ELEMENTS[key].tag}: stays within 400 px`, check);
    } else {
      it(`${ELEMENTS[key].tag}: stays within 400 px`, check);
    }
  }
});

describe('a very large file (5000 result rows, 111 editions, 1115 unknown regions)', () => {
  function big(): Json {
    const f = base();
    const units = REGIONS.filter((r) => r.level !== 'city');
    const editions: Json[] = [];
    for (let y = 1990; y <= 2100; y++) {
      editions.push(
        edition(
          y,
          units.map((r, i) => ({ region: [r.code, r.name, r.en][i % 3], score: (i * 7 + y) % 100, rank: i + 1, tier: i % 2 ? 'A' : 'B' })),
          { sources: SRC },
        ),
      );
    }
    let total = editions.reduce((n, e) => n + e.results.length, 0);
    for (let i = 0; total < 5000; i++, total++) editions[i % editions.length].results.push({ region: `未知地区${i}`, score: 1 });
    f.assessments[0].editions = editions;
    return f;
  }
  const file = big();
  const rowCount = file.assessments[0].editions.reduce((n: number, e: Json) => n + e.results.length, 0);

  it('the file is what it says', () => {
    expect(rowCount).to.equal(5000);
  });

  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: settles in under 5 s and renders`, async () => {
      const t0 = performance.now();
      const m = await mount(key, file, { via: 'inline', attrs: key === 'table' ? { trend: 'score' } : {} });
      expect(performance.now() - t0).to.be.below(5000);
      expectRendered(m);
      expect(m.loads[0]!.detail.diagnostics.length).to.equal(1115);
      if (key === 'map') expect($$(m.el, '.region.no-data').length).to.equal(0);
      if (key === 'table') expect($$(m.el, 'tbody tr').length).to.equal(35);
      if (key === 'sparkline') expect($$(m.el, 'circle[part="point"]').length).to.equal(111);
      if (key === 'badge') expect(text($(m.el, '[part~="label"]'))).to.equal('Test index 2100');
    });
  }
});

describe('a valid file for another assessment (or statistic) than the element asks for', () => {
  const data = () =>
    edit((f) => {
      f.assessments[0].id = 'another-assessment';
      f.statistics[0].id = 'another-stat';
    });
  const messages: Record<Key, RegExp> = {
    map: /The data has no assessment “hostile-province”/,
    badge: /The data has no assessment “hostile-province”/,
    sparkline: /The data has no assessment “hostile-province”/,
    counter: /The data has no statistic “hostile-stat”/,
    table: /The data has no assessment “hostile-province”/,
  };
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}: names what it looked for`, async () => {
      expectNoData(await mount(key, data()), messages[key]);
    });
  }
});

describe('a file with statistics only ("assessments": [])', () => {
  const data = () => edit((f) => (f.assessments = []));
  for (const key of KEYS) {
    const check = async () => {
      const m = await mount(key, data(), { attrs: { assessment: null } });
      if (key === 'counter') {
        expectRendered(m);
        return;
      }
      expectNoData(m, /The data has no assessments/);
      expect(shadowText(m.el)).not.to.contain('“”');
    };
    it(`${ELEMENTS[key].tag}: a clear message`, check);
  }
});

describe('gov-stats-counter: unusual statistics', () => {
  const stat = (patch: Json) => edit((f) => Object.assign(f.statistics[0], patch));
  const value = (m: Mounted) => text($(m.el, '[part="value"] .current'));
  const change = (m: Mounted) => text($(m.el, '[part="change"] [aria-hidden="true"]'));

  it('value 0: "0", down 100%', async () => {
    const m = await mount('counter', stat({ value: 0 }));
    expectRendered(m);
    expect(value(m)).to.equal('0');
    expect(change(m)).to.equal('↓100% since 2015');
  });
  it('a negative value', async () => {
    const m = await mount('counter', stat({ value: -1234.5, earlier: null }));
    expectRendered(m);
    expect(value(m)).to.equal('-1,234.5');
  });
  it('a huge value (1e300) is clipped inside the box', async () => {
    const m = await mount('counter', stat({ value: 1e300 }));
    expectRendered(m);
    expect(value(m)).to.match(/^1(,000)+T$/);
    expect(m.el.getBoundingClientRect().width).to.be.at.most(WIDTH);
  });
  it('no earlier value: no change line', async () => {
    const m = await mount('counter', stat({ earlier: undefined }));
    expectRendered(m);
    expect(text($(m.el, '[part="change"]'))).to.equal('');
  });
  it('an earlier value of 0: no change line (no division by zero)', async () => {
    const m = await mount('counter', stat({ earlier: { value: 0, date: '2015' } }));
    expectRendered(m);
    expect(text($(m.el, '[part="change"]'))).to.equal('');
  });
  it('an earlier value of 1e-300 (ratio ~1e304) stays finite and inside the box', async () => {
    const m = await mount('counter', stat({ earlier: { value: 1e-300, date: '2015' } }));
    expectRendered(m);
    expect(change(m)).to.match(/^↑[\d,]+% since 2015$/);
  });
  it('zh-CN: value 0 and a negative earlier value', async () => {
    const m = await mount('counter', stat({ value: 0, earlier: { value: -50, date: '2015-07-07' } }), { lang: 'zh-CN' });
    expectRendered(m);
    expect(value(m)).to.equal('0');
    expect(change(m)).to.equal('较2015年7月7日↑100%');
  });
  // Was: 0.004 is shown as "0.00" (format-number.ts decimalsOf() caps at 2 decimals, so any
  // non-zero value below 0.005 reads as zero).
  it('a small non-zero value (0.004) is not shown as zero', async () => {
    const m = await mount('counter', stat({ value: 0.004, earlier: null }));
    expectRendered(m);
    expect(value(m)).not.to.match(/^0([.,]0*)?$/);
  });
  // Was: "0000-01-01" is shown as "Jan 1, 1900" (format-number.ts formatDate(): Date.UTC maps
  // years 0–99 to 1900–1999); "0050-06" shows "Jun 1950".
  it('a date in year 0 is not shown as 1900', async () => {
    const m = await mount('counter', stat({ date: '0000-01-01' }));
    expect(text($(m.el, '[part="meta"]'))).not.to.contain('1900');
  });
  // Was: "2019-02-30" passes the date pattern and is shown as "Mar 2, 2019" (formatDate() lets
  // Date.UTC roll the day over; format.ts isoDate does not check the day against the month).
  it('an impossible date (2019-02-30) is not shown as another date', async () => {
    const m = await mount('counter', stat({ date: '2019-02-30' }));
    expect(text($(m.el, '[part="meta"]'))).not.to.contain('Mar');
  });
});

// ---------------------------------------------------------------------------------------------
// Events, languages, recovery, neighbours
// ---------------------------------------------------------------------------------------------

describe('gov-error for data given inline or as a property', () => {
  // Was: detail.url is the text "The data property" / 'The inline <script type="application/json">'
  // (load.ts parseInline/parseJson and model.ts parseResults pass that label as the error's url;
  // gov-element.ts forwards e.url). The docs say url is the file's URL, undefined without one.
  it('detail.url is undefined (there is no URL)', async () => {
    for (const key of KEYS) {
      for (const via of ['prop', 'inline'] as const) {
        const m = await mount(key, [], { via });
        expect(m.errors[0]!.detail.url, `${key} ${via}`).to.equal(undefined);
      }
    }
  });

  // Was: on a zh-CN page the box reads "The data property 不是 gov-rank 结果文件…" and
  // 'The inline <script type="application/json"> 不是有效的 JSON' — English label inside the
  // Chinese message (i18n.ts errorText() uses e.url, which holds that English label).
  it('zh-CN: the message is Chinese, no English label inside it', async () => {
    for (const key of KEYS) {
      for (const [via, data] of [
        ['prop', []],
        ['text', '{ broken'],
      ] as const) {
        const m = await mount(key, data, { via, lang: 'zh-CN' });
        expect(text(status(m.el)), `${key} ${via}`).not.to.match(/The data property|The inline/);
      }
    }
  });

  it('zh-CN: the schema error box is in Chinese and keeps the path of the problem', async () => {
    for (const key of KEYS) {
      const m = await mount(key, withRows({ region: '广东', rank: 0 }), { lang: 'zh-CN' });
      expectErrorBox(
        m,
        'schema',
        /数据文件内容有误.*不是 gov-rank 结果文件（格式 v1）：.*results\[0\]\.rank: expected a whole number from 1 to 1000, got 0/,
      );
    }
  });
});

describe('data set to null falls back to the bundled results (documented: no data → bundled)', () => {
  it('gov-tier-badge: shows the published 2020 standing of 广东, no error', async () => {
    const m = await mount('badge', null, { attrs: { assessment: null, year: '2020' }, lang: 'zh-CN' });
    expectRendered(m);
    expect(text($(m.el, '[part~="message"]'))).to.contain('非常高');
  });
});

describe('sparse arrays in the data property (holes are not items)', () => {
  // Was: uncaught "TypeError: Cannot read properties of undefined (reading 'id')" from
  // query.ts findAssessment() in select(); the element stays blank. schema-kit.ts array() and
  // validate.ts checkRules() iterate with forEach, which skips holes, so [ , a] validates.
  it('a hole in "assessments": a schema error in the box, no exception', async () => {
    for (const key of KEYS) {
      const f = base();
      // eslint-disable-next-line no-sparse-arrays -- the hole is the point of this test
      f.assessments = [, f.assessments[0]];
      const m = await mount(key, f);
      expectErrorBox(m, 'schema', /assessments\[0\]/);
    }
  });
  // Was: the box says "The data could not be loaded — Cannot read properties of undefined
  // (reading 'region')" with kind "network" (model.ts buildEdition() meets the hole that the
  // validator skipped; gov-element.ts wraps the TypeError as a network error).
  it('a hole in "results": a schema error naming the path', async () => {
    for (const key of KEYS) {
      const f = base();
      // eslint-disable-next-line no-sparse-arrays -- the hole is the point of this test
      f.assessments[0].editions[0].results = [, { region: '广东', score: 95.5 }];
      const m = await mount(key, f);
      expectErrorBox(m, 'schema', /results\[0\]/);
    }
  });
});

describe('valid → garbage → valid: the element recovers each time', () => {
  const good1 = () => base();
  const good2 = () =>
    edit((f) => {
      f.assessments[0].editions[0].results[0].score = 77.5;
      f.statistics[0].value = 208;
    });
  const shows1: Record<Key, string> = { map: '95.5', badge: '95.5', sparkline: '95.5', counter: '14.5K', table: '95.5' };
  const shows2: Record<Key, string> = { map: '77.5', badge: '77.5', sparkline: '77.5', counter: '208', table: '77.5' };
  const shown = (key: Key, el: GovElement): string => {
    switch (key) {
      case 'map':
        return $(el, '.region[data-code="440000"]')?.getAttribute('aria-label') ?? '';
      case 'badge':
        return text($(el, '[part~="message"]'));
      case 'sparkline':
        return text($(el, '[part="label"]'));
      case 'counter':
        return text($(el, '[part="value"] .ghost'));
      default:
        return text($(el, 'tr[data-region="440000"] td.score'));
    }
  };
  for (const key of KEYS) {
    it(`${ELEMENTS[key].tag}`, async () => {
      const m = await mount(key, good1());
      const { el } = m;
      expectRendered(m);
      expect(shown(key, el)).to.contain(shows1[key]);
      const steps: [unknown, 'ok' | RegExp, string][] = [
        [[], /\(root\): expected an object, got an array of 0/, ''],
        [good2(), 'ok', shows2[key]],
        ['garbage', /\(root\): expected an object, got "garbage"/, ''],
        [withRows({ region: '广东', rank: 0 }), /rank: expected a whole number from 1 to 1000, got 0/, ''],
        [good1(), 'ok', shows1[key]],
      ];
      let expectedErrors = 0;
      for (const [data, outcome, value] of steps) {
        el.data = data;
        await settled(el);
        await new Promise((r) => setTimeout(r, 30));
        await el.updateComplete;
        if (outcome === 'ok') {
          expect(status(el), text(status(el))).to.equal(null);
          expect(shown(key, el)).to.contain(value);
        } else {
          expectedErrors++;
          expect(status(el)?.getAttribute('role')).to.equal('alert');
          expect(text(status(el))).to.match(outcome);
        }
        expect(m.errors.length).to.equal(expectedErrors);
        expect(shadowText(el)).not.to.match(JUNK);
        expect(pageErrors).to.deep.equal([]);
      }
    });
  }
});

describe('broken elements next to working ones', () => {
  it('five elements with garbage do not break five with valid data beside them', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en" style="width: ${WIDTH}px"></div>`);
    const bad: GovElement[] = [];
    const good: GovElement[] = [];
    const garbage: unknown[] = [null, [], 'x', 42, withRows({ region: '广东', score: 'NaN' })];
    KEYS.forEach((key, i) => {
      for (const [list, data] of [
        [bad, garbage[i] === null ? { format: 'nope' } : garbage[i]],
        [good, base()],
      ] as const) {
        const el = document.createElement(ELEMENTS[key].tag) as GovElement;
        for (const [k, v] of Object.entries(ELEMENTS[key].attrs)) el.setAttribute(k, v);
        el.data = data;
        wrap.append(el);
        list.push(el);
      }
    });
    await Promise.all([...bad, ...good].map(settled));
    await new Promise((r) => setTimeout(r, 60));
    for (const el of bad) expect(status(el)?.getAttribute('role'), el.localName).to.equal('alert');
    KEYS.forEach((key, i) => expectGuangdongShown(key, { el: good[i]!, wrap, errors: [], loads: [] }));
    for (const el of good) expect(status(el), el.localName).to.equal(null);
    expect(pageErrors).to.deep.equal([]);
  });
});
