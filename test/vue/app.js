// Vue 3 renders the five elements as the README shows (bundled by esbuild against the packed
// package; run by scripts/pack-test.mjs in Chromium). What it shows:
// - `compilerOptions.isCustomElement` keeps Vue from resolving gov-* as components;
// - `:year="2020"` and `:limit="5"` arrive as numbers, `:data="results"` as the object (Vue sets a
//   binding as a property when the element has one); a static `year="2019"` arrives as the string
//   property "2019", which the elements read as the number;
// - `@gov-region-select="onSelect"` listens for the element's event.
import 'gov-rank';
import { createApp, ref } from 'vue/dist/vue.esm-bundler.js'; // the build with the template compiler
import fixture from './fixture.json';
import { appRendered, rendered, report, assert } from './checks.js';

const selections = [];
const host = document.createElement('div');
host.style.width = '800px';
document.body.append(host);

const app = createApp({
  setup() {
    const selected = ref('');
    const onSelect = (e) => {
      selected.value = e.detail.code ?? '';
      selections.push(e.detail.code);
    };
    return { results: fixture, selected, onSelect };
  },
  template: `
    <main>
      <gov-rank-map :year="2020" color-by="score" @gov-region-select="onSelect"></gov-rank-map>
      <gov-tier-badge region="广东" :year="2020" variant="pill"></gov-tier-badge>
      <gov-tier-badge id="static-year" region="广东" year="2019"></gov-tier-badge>
      <gov-trend-sparkline region="广东" metric="rank" :markers="true"></gov-trend-sparkline>
      <gov-stats-counter stat="gov-websites" format="full"></gov-stats-counter>
      <gov-rank-table id="from-data" :data="results" :limit="5"></gov-rank-table>
      <output id="selected">{{ selected }}</output>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('gov-');
app.mount(host);

report(async (check) => {
  const $ = (s) => host.querySelector(s);
  await check('Vue 3: the five elements render', () => appRendered(host));
  await check('Vue 3: bound numbers and booleans arrive as properties of their type', () => {
    assert($('gov-rank-map').year === 2020, `map.year is ${JSON.stringify($('gov-rank-map').year)}`);
    assert($('gov-rank-map').getAttribute('color-by') === 'score', 'color-by attribute');
    assert($('gov-rank-table').limit === 5, 'table.limit');
    assert($('gov-trend-sparkline').markers === true, 'sparkline.markers');
  });
  await check('Vue 3: a static year="2019" (set as the string property "2019") shows the 2019 edition', async () => {
    const badge = $('#static-year');
    await rendered(badge, 'gov-tier-badge');
    assert(badge.year === '2019' || badge.year === 2019, `badge.year is ${JSON.stringify(badge.year)}`);
    const label = badge.shadowRoot.querySelector('[part~="label"]')?.textContent ?? '';
    assert(/2019/.test(label), `label: ${label}`);
  });
  await check('Vue 3: :data="results" is set as the data property', () => {
    const table = $('gov-rank-table');
    assert(table.data === fixture, 'table.data is not the object');
    assert(!table.hasAttribute('data'), 'data became an attribute');
    assert(
      table.shadowRoot.querySelectorAll('tbody tr').length === 5 && /山东/.test(table.shadowRoot.textContent),
      'the table does not show the fixture',
    );
  });
  // The click itself is done by scripts/pack-test.mjs (a real mouse click); it then reads this.
  window.__afterClick = () => ({ selections, selected: $('#selected').textContent, viaRef: $('#selected').textContent });
});
