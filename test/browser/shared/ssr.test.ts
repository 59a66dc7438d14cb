/**
 * Server-side rendering and hydration, on a page the test server renders with the built
 * gov-rank/ssr (web-test-runner.config.mjs, /__test__/ssr/page): without JavaScript (a sandboxed
 * iframe) the map shows its 34 regions, legend and inset, and the badge shows; with the hydration
 * script the same nodes stay (none replaced), nothing shifts, and the keyboard selects a region.
 * On host pages (Bootstrap 3's 10 px root, article typography, a dark color-scheme) the boxes
 * are those of the plain page, before and after hydration.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { luminance } from '../../../src/base/color.js';
import { parseColor } from '../../../src/base/css-color.js';
import { boxes, differences, until } from '../helpers.js';

const PAGE = '/__test__/ssr/page';

async function frame(sandbox: string | null, query = ''): Promise<HTMLIFrameElement> {
  const f = document.createElement('iframe');
  if (sandbox !== null) f.setAttribute('sandbox', sandbox);
  f.style.cssText = 'width: 900px; height: 900px; border: 0';
  const loaded = new Promise((r) => f.addEventListener('load', r, { once: true }));
  f.src = PAGE + query;
  document.body.append(f);
  await loaded;
  return f;
}

const regions = (map: Element) => [...(map.shadowRoot?.querySelectorAll('path.shape[data-code]') ?? [])];

describe('server-side rendering (gov-rank/ssr) and hydration (gov-rank/hydrate)', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  it('without JavaScript: the map with 34 regions, its legend and inset, and the badge', async () => {
    const f = await frame('allow-same-origin');
    const doc = f.contentDocument!;
    const map = doc.querySelector('gov-rank-map')!;
    expect(customElementsOf(f).get('gov-rank-map'), 'no script ran').to.equal(undefined);
    expect(regions(map).length).to.equal(34);
    const box = map.getBoundingClientRect();
    expect(box.height).to.be.greaterThan(300);
    const legend = map.shadowRoot!.querySelector('[part~="legend"]')!;
    expect(legend.textContent).to.match(/非常高|高/);
    expect(legend.getBoundingClientRect().height).to.be.greaterThan(0);
    const inset = map.shadowRoot!.querySelector('[part~="inset"]')!;
    expect(inset.getBoundingClientRect().width).to.be.greaterThan(0);
    // The table toggle needs the script: kept in place, not shown as a button that does nothing.
    expect(getComputedStyle(map.shadowRoot!.querySelector('[part~="table-toggle"]')!).visibility).to.equal('hidden');
    // A region is painted with its tier's colour, not the default black.
    expect(getComputedStyle(regions(map)[0]!).fill).to.not.equal('rgb(0, 0, 0)');
    const badge = doc.querySelector('gov-tier-badge')!;
    const message = badge.shadowRoot!.querySelector('[part~="message"]')!;
    expect(message.textContent).to.match(/非常高/);
    // Its tier colour (a style the server wrote), not the neutral surface.
    expect(getComputedStyle(message).backgroundColor).to.not.equal(
      getComputedStyle(badge.shadowRoot!.querySelector('[part~="label"]')!).backgroundColor,
    );
    expect(badge.getBoundingClientRect().width).to.be.greaterThan(20);
  });

  it('with the script: hydrates without replacing a region or shifting, then Tab, arrows and Enter select a region', async () => {
    const f = await frame(null);
    const win = f.contentWindow! as Window & typeof globalThis;
    const doc = f.contentDocument!;
    const map = doc.querySelector('gov-rank-map')!;
    const before = regions(map);
    expect(before.length).to.equal(34);
    // Every node of every server-rendered element (map, badge, sparkline, counter, table).
    const all = [...doc.querySelectorAll('gov-rank-map, gov-tier-badge, gov-trend-sparkline, gov-stats-counter, gov-rank-table')];
    expect(all.length).to.equal(5);
    const nodesBefore = all.map((el) => [...el.shadowRoot!.querySelectorAll('*')]);
    const shifts: number[] = [];
    new win.PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe(
      {
        type: 'layout-shift',
        buffered: true,
      },
    );
    const script = doc.createElement('script');
    script.src = '/dist/cdn/gov-rank-hydrate.js';
    doc.body.append(script);
    await until(() => !doc.querySelector('[defer-hydration]') && (map as unknown as { hasUpdated: boolean }).hasUpdated, 'hydrated');
    await (map as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((r) => setTimeout(r, 500)); // the resize observer's first measure, the idle table
    const after = regions(map);
    expect(after.length).to.equal(34);
    expect(
      after.every((p, i) => p === before[i] && p.isConnected),
      'the same region nodes',
    ).to.equal(true);
    expect(shifts, 'layout-shift entries').to.deep.equal([]);
    all.forEach((el, i) =>
      expect(
        nodesBefore[i]!.every((n) => n.isConnected && n.getRootNode() === el.shadowRoot),
        `<${el.localName}> keeps every server-rendered node`,
      ).to.equal(true),
    );
    expect(getComputedStyle(map.shadowRoot!.querySelector('[part~="table-toggle"]')!).visibility, 'the toggle once hydrated').to.equal(
      'visible',
    );
    // What the client adds after hydration refers to what the server wrote (the ids inside the map).
    const toggle = map.shadowRoot!.querySelector('[aria-controls]')!;
    expect(map.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!), 'the table the toggle controls').to.exist;

    const selected = new Promise<string | null>((r) =>
      map.addEventListener('gov-region-select', (e) => r((e as CustomEvent<{ code: string | null }>).detail.code), { once: true }),
    );
    (doc.getElementById('before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    const focused = () => map.shadowRoot!.activeElement?.closest('.region')?.getAttribute('data-code');
    const first = focused();
    expect(first, 'Tab reaches a region').to.match(/^\d{6}$/);
    await sendKeys({ press: 'ArrowRight' });
    const next = focused();
    expect(next).to.match(/^\d{6}$/);
    expect(next).to.not.equal(first);
    // The tooltip's rules, adopted by the later chunk next to the server-written <style>s, apply.
    const tip = () => map.shadowRoot!.querySelector('[part~="tooltip"]');
    await until(() => !!tip(), "the focused region's tooltip");
    expect(getComputedStyle(tip()!).position, 'the tooltip floats').to.equal('absolute');
    await sendKeys({ press: 'Enter' });
    expect(await selected).to.equal(next);
    expect(map.getAttribute('selected')).to.equal(next);
  });
});

describe('server-rendered elements on host pages, before and after hydration', function () {
  this.timeout(30000);
  afterEach(() => document.querySelectorAll('iframe').forEach((f) => f.remove()));

  const light = (el: Element) => luminance(parseColor(getComputedStyle(el).color)!) > 0.4;

  for (const host of ['bootstrap3', 'article', 'dark']) {
    it(`${host}: without script every box is the plain page's and no button shows; hydration changes no box, shifts nothing and shows the buttons`, async () => {
      const plain = boxes((await frame('allow-same-origin', '?download')).contentDocument!.body);
      const still = (await frame('allow-same-origin', `?download&host=${host}`)).contentDocument!;
      expect((still.defaultView as Window & typeof globalThis).customElements.get('gov-rank-map'), 'no script ran').to.equal(undefined);
      expect(differences(plain, boxes(still.body)), 'without script').to.deep.equal([]);
      const els = [...still.body.querySelectorAll('gov-rank-map, gov-tier-badge, gov-trend-sparkline, gov-stats-counter, gov-rank-table')];
      // A dark page: the server-rendered elements are dark with no script (light text).
      expect(els.map((el) => `${el.localName}: ${light(el) ? 'dark' : 'light'}`)).to.deep.equal(
        els.map((el) => `${el.localName}: ${host === 'dark' ? 'dark' : 'light'}`),
      );

      // The script-only buttons (table toggle, PNG, SVG) keep their place but are not shown.
      const shown = (d: Document) =>
        [...d.querySelector('gov-rank-map')!.shadowRoot!.querySelectorAll('button')].map((b) => getComputedStyle(b).visibility);
      expect(shown(still)).to.deep.equal(['hidden', 'hidden', 'hidden']);

      const f = await frame(null, `?download&host=${host}`);
      const doc = f.contentDocument!;
      const win = f.contentWindow! as Window & typeof globalThis;
      const shifts: number[] = [];
      new win.PerformanceObserver((list) =>
        list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value)),
      ).observe({
        type: 'layout-shift',
        buffered: true,
      });
      const script = doc.createElement('script');
      script.src = '/dist/cdn/gov-rank-hydrate.js';
      doc.body.append(script);
      const map = doc.querySelector('gov-rank-map') as unknown as { hasUpdated: boolean; updateComplete: Promise<unknown> };
      await until(() => !doc.querySelector('[defer-hydration]') && map.hasUpdated, 'hydrated');
      await map.updateComplete;
      await new Promise((r) => setTimeout(r, 500)); // the resize observer's first measure, the idle table
      // The map's table alternative arrives at idle time, visually hidden (sr-only) until toggled.
      const hydrated = boxes(doc.body).filter((b) => !/^gov-rank-map \d+ table: /.test(b));
      expect(differences(plain, hydrated), 'hydrated').to.deep.equal([]);
      expect(shifts, 'layout-shift entries').to.deep.equal([]);
      expect(shown(doc)).to.deep.equal(['visible', 'visible', 'visible']);
    });
  }
});

function customElementsOf(f: HTMLIFrameElement): CustomElementRegistry {
  return (f.contentWindow as Window & typeof globalThis).customElements;
}
