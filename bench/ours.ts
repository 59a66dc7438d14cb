/**
 * Benchmark page: <gov-rank-map> given the inline results through its `data` property (no
 * request), year by attribute. The map module is resolved by scripts/bench.mjs: the real
 * src/define/map.ts, or bench/stub-map.ts (clearly labelled) while the map has not landed.
 */
// Use the export rather than a bare side-effect import: whatever package.json's "sideEffects" lists
// (bench/stub-map.ts is not in it), a referenced module is kept, and with it the registration.
import { GovRankMap } from 'gov-rank-bench-map';
import { install, inlineResults, whenDom, fillSignature, type Rendered } from './harness.js';

if (customElements.get('gov-rank-map') !== GovRankMap) throw new Error('bench: <gov-rank-map> is not registered');
const results = inlineResults();

type MapEl = HTMLElement & { data: unknown; updateComplete: Promise<boolean> };

install({
  name: 'ours',
  async render(container, year) {
    const el = document.createElement('gov-rank-map') as MapEl;
    el.setAttribute('year', String(year));
    el.data = results;
    container.append(el);
    const root = el.shadowRoot!;
    // The element's markup: one <g class="region" data-code style="--fill: …"> per region (the
    // colour, a tier/ramp variable or the no-data pattern) holding a <path class="shape" data-code>.
    const regions = () => root.querySelectorAll('g.region[data-code]');
    const shapes = () => root.querySelectorAll('g.region > path.shape[data-code]');
    const done = () => {
      if (shapes().length < 34) return false;
      for (const g of regions()) if (!(g.getAttribute('style') ?? '').includes('--fill')) return false;
      return true;
    };
    await whenDom(root, done);
    await el.updateComplete;
    return {
      regions: shapes().length,
      async recolor(next) {
        const before = fillSignature(regions());
        el.setAttribute('year', String(next));
        await whenDom(root, () => fillSignature(regions()) !== before);
        await el.updateComplete;
      },
      dispose() {
        el.remove();
      },
    } satisfies Rendered;
  },
});
