import { fixture, html } from '@open-wc/testing';
import '../../src/define/map.js';
import '../../src/define/badge.js';
import '../../src/define/table.js';
import '../../src/define/sparkline.js';
import '../../src/define/counter.js';
import { setViewport } from '@web/test-runner-commands';
import { settled } from './helpers.js';
import type { GovElement } from '../../src/base/gov-element.js';
describe('p', () => {
  it('wide', async function () {
    this.timeout(20000);
    await setViewport({ width: 320, height: 640 });
    for (const tag of ['map', 'table', 'counter', 'badge', 'spark']) {
      const t = tag === 'map' ? html`<gov-rank-map></gov-rank-map>` : tag === 'table' ? html`<gov-rank-table trend></gov-rank-table>` : tag === 'counter' ? html`<gov-stats-counter stat="gov-websites"></gov-stats-counter>` : tag === 'badge' ? html`<gov-tier-badge region="广东" year="2020"></gov-tier-badge>` : html`<gov-trend-sparkline region="广东"></gov-trend-sparkline>`;
      const wrap = await fixture<HTMLElement>(html`<div lang="en">${t}</div>`);
      const el = wrap.firstElementChild as GovElement;
      await settled(el); await new Promise((r) => setTimeout(r, 600));
      console.log(tag, document.documentElement.scrollWidth);
      for (const n of el.shadowRoot!.querySelectorAll('*')) {
        const r = n.getBoundingClientRect();
        if (r.right > 321 && !n.closest('.scroll')) console.log('  ', n.localName, n.className?.baseVal ?? n.className, n.getAttribute('part'), Math.round(r.left), Math.round(r.right), (n.textContent ?? '').slice(0, 60));
      }
    }
  });
});
