/**
 * The CDN script as a news site uses it: a classic <script> (no type="module"), loaded twice on
 * the same page, renders all five elements. It tests the BUILT file (dist/cdn/gov-rank.js), so
 * a build that ships untransformed syntax fails here.
 */
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';

const TAGS = ['gov-rank-map', 'gov-tier-badge', 'gov-trend-sparkline', 'gov-stats-counter', 'gov-rank-table'];
const errors: unknown[] = [];
window.addEventListener('error', (e) => errors.push(e.error ?? e.message));

function loadClassic(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src; // classic script: no type attribute
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`failed to load ${src}`));
    document.head.append(s);
  });
}

describe('CDN script (dist/cdn/gov-rank.js)', () => {
  it('loads twice as a classic script without an exception and registers every element', async () => {
    await loadClassic('/dist/cdn/gov-rank.js');
    await loadClassic('/dist/cdn/gov-rank.js?again');
    expect(errors).to.deep.equal([]);
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders all five elements on the bundled data', async () => {
    const host = document.createElement('div');
    host.style.width = '800px';
    host.innerHTML = `
      <gov-rank-map year="2020"></gov-rank-map>
      <gov-tier-badge region="广东" year="2020"></gov-tier-badge>
      <gov-trend-sparkline region="广东" metric="rank"></gov-trend-sparkline>
      <gov-stats-counter stat="gov-websites"></gov-stats-counter>
      <gov-rank-table year="2020" limit="5"></gov-rank-table>`;
    document.body.append(host);
    const [map, badge, spark, counter, table] = TAGS.map((t) => host.querySelector(t)!);
    await until(() => (map!.shadowRoot?.querySelectorAll('path[data-code]').length ?? 0) >= 34, 'map regions');
    await until(() => /非常高/.test(badge!.shadowRoot?.textContent ?? ''), 'badge tier');
    await until(() => (spark!.shadowRoot?.querySelectorAll('circle').length ?? 0) > 0, 'sparkline points');
    await until(() => /万|14,500|14500/.test(counter!.shadowRoot?.textContent ?? ''), 'counter value');
    await until(() => (table!.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) === 5, 'table rows');
    expect(errors).to.deep.equal([]);
    host.remove();
  });
});
