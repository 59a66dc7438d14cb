/**
 * The map's tooltip and arrow keys come in a chunk loaded at idle time or at the first hover,
 * tap, focus or key (rank-map-input.ts). With no idle time ever coming, the first interaction
 * must load it and nothing the reader did before it arrived may be lost; a chunk that fails to
 * load must leave selection working.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/define/map.js';
import type { GovRankMap } from '../../../src/elements/rank-map/rank-map.js';
import { $, fold, settled, uncaught, until } from '../helpers.js';
import { pointIn } from './harness.js';

const region = (el: GovRankMap, code: string) => $<SVGGElement>(el, `.region[data-code="${code}"]`)!;
const tipTitle = (el: GovRankMap) => fold($(el, '[part~="tooltip"] .tip-title')?.textContent);
const nameOf = (el: GovRankMap, code: string) => region(el, code).getAttribute('aria-label')!.split('：')[0];

/** A map drawn on a page where no idle time comes: only an interaction can load the chunk. */
async function drawn(): Promise<GovRankMap> {
  const wrap = await fixture<HTMLDivElement>(html`<div style="width:800px"><gov-rank-map year="2020"></gov-rank-map></div>`);
  const el = wrap.querySelector('gov-rank-map') as GovRankMap;
  await settled(el);
  await until(() => !!$(el, 'svg'), 'the map drawn', { el });
  return el;
}

describe('<gov-rank-map>: interaction before its chunk', () => {
  const idle = window.requestIdleCallback;
  const errors = uncaught();
  beforeEach(() => {
    window.requestIdleCallback = () => 0;
  });
  afterEach(async () => {
    window.requestIdleCallback = idle;
    await resetMouse();
    expect(errors.splice(0).join(' | '), 'uncaught exceptions / unhandled rejections').to.equal('');
  });

  it('the first hover over a region shows its tooltip', async () => {
    const el = await drawn();
    expect($(el, '[part~="table"]'), 'no idle time came').to.equal(null);
    expect($(el, '[part~="tooltip"]')).to.equal(null);
    const [x, y] = pointIn(el, '440000');
    await sendMouse({ type: 'move', position: [x, y] });
    await until(() => tipTitle(el) === '广东', 'the tooltip of 广东', { el });
    expect(fold($(el, '[part~="tooltip"]')!.textContent)).to.contain('96.73');
  });

  it('the first ArrowRight on a focused region moves focus east and does not scroll the page', async () => {
    const el = await drawn();
    const sc = region(el, '510000'); // 四川
    expect(sc.getAttribute('tabindex'), 'one region is tabbable before the chunk').to.not.equal(null);
    sc.focus();
    const key = new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, composed: true, cancelable: true });
    sc.dispatchEvent(key);
    expect($(el, '[part~="tooltip"]'), 'the chunk is not in yet').to.equal(null);
    expect(key.defaultPrevented, 'the arrow key scrolls nothing').to.equal(true);
    await until(
      () => ['500000', '420000', '520000'].includes(el.shadowRoot!.activeElement?.getAttribute('data-code') ?? ''),
      'focus east of 四川',
      { el },
    );
    const code = el.shadowRoot!.activeElement!.getAttribute('data-code')!;
    await until(() => tipTitle(el) === nameOf(el, code), "the focused region's tooltip", { el });
    expect(el.shadowRoot!.querySelectorAll('.region[tabindex="0"]').length).to.equal(1);
    expect(region(el, code).getAttribute('tabindex')).to.equal('0');
  });

  it('a click before the chunk arrives selects the region', async () => {
    const el = await drawn();
    const seen: (string | null)[] = [];
    el.addEventListener('gov-region-select', (e) => seen.push((e as CustomEvent<{ code: string | null }>).detail.code));
    region(el, '440000')
      .querySelector('.shape')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect($(el, '[part~="tooltip"]'), 'the chunk is not in yet').to.equal(null);
    expect(seen).to.deep.equal(['440000']);
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('440000');
    expect(region(el, '440000').getAttribute('aria-pressed')).to.equal('true');
  });
});

describe('<gov-rank-map>: its chunk failing to load', () => {
  it('still draws, and click and Enter still select, with no uncaught error', async () => {
    // An import map on a page of its own sends the chunk's request to a 404.
    const chunk = new URL('/src/elements/rank-map/rank-map-later.ts', location.href).href;
    const missing = new URL('/__test__/status?code=404', location.href).href;
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 900px; height: 900px; border: 0';
    document.body.append(frame);
    const win = frame.contentWindow as Window & typeof globalThis & { errs: string[]; ready: Promise<unknown> };
    const doc = frame.contentDocument!;
    try {
      doc.open();
      doc.write(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
        <script type="importmap">${JSON.stringify({ imports: { [chunk]: missing, [chunk.replace(/ts$/, 'js')]: missing } })}</script>
        <script>window.errs = [];
          addEventListener('error', (e) => errs.push(String(e.message)));
          addEventListener('unhandledrejection', (e) => errs.push(String(e.reason)));
          window.ready = import(${JSON.stringify(new URL('/src/define/map.ts', location.href).href)});</script>
        </head><body><div style="width: 800px"><gov-rank-map year="2020"></gov-rank-map></div></body></html>`);
      doc.close();
      await win.ready;
      const el = doc.querySelector('gov-rank-map') as GovRankMap;
      await until(() => !!el.shadowRoot?.querySelector('svg'), 'the map drawn');
      const shape = region(el, '440000').querySelector('.shape')!;
      // A hover, a focus and the table toggle all ask for the chunk; none of it arrives.
      shape.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, pointerType: 'mouse' }));
      ($(el, '[part~="table-toggle"]') as HTMLButtonElement).click();
      await new Promise((r) => setTimeout(r, 500));
      await el.updateComplete;
      // Booleans: chai would describe an element of the frame's page at length.
      expect($(el, '[part~="table"]') === null, 'the chunk did not load').to.equal(true);
      expect($(el, '[part~="tooltip"]') === null).to.equal(true);

      const seen: (string | null)[] = [];
      el.addEventListener('gov-region-select', (e) => seen.push((e as CustomEvent<{ code: string | null }>).detail.code));
      shape.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, pointerType: 'mouse' }));
      shape.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(el.getAttribute('selected')).to.equal('440000');
      const sc = region(el, '510000');
      sc.focus();
      sc.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
      await el.updateComplete;
      expect(seen).to.deep.equal(['440000', '510000']);
      expect(el.getAttribute('selected')).to.equal('510000');
      expect(win.errs).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
