// React 19 renders the five elements (bundled by esbuild against the packed package; run by
// scripts/pack-test.mjs in Chromium). What it shows:
// - attributes (`color-by`, `region`) are set as attributes; names that are element properties
//   (`year`, `limit`, `markers`, `data`) are set as properties, with their JS types — React 19
//   does that for custom elements that are registered before React renders them;
// - `data={object}` reaches the element as an object (no "[object Object]" attribute);
// - `ongov-region-select={fn}` (on + the exact, lower-case event name) adds an event listener;
//   `onGovRegionSelect` does NOT (React 19 would listen for "GovRegionSelect").
import 'gov-rank'; // registers the tags first, so React sets properties, not attributes
import { useRef, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import fixture from './fixture.json';
import { appRendered, report, assert } from './checks.js';

function App({ onSelect }) {
  const [selected, setSelected] = useState('');
  const [viaRef, setViaRef] = useState('');
  const mapRef = useRef(null);
  useEffect(() => {
    // The other way, for React 18 and older: a ref and addEventListener.
    const map = mapRef.current;
    const listener = (e) => setViaRef(e.detail.code ?? '');
    map.addEventListener('gov-region-select', listener);
    return () => map.removeEventListener('gov-region-select', listener);
  }, []);
  return (
    <main>
      <gov-rank-map
        ref={mapRef}
        year={2020}
        color-by="score"
        ongov-region-select={(e) => {
          setSelected(e.detail.code ?? '');
          onSelect(e.detail);
        }}
      ></gov-rank-map>
      <gov-tier-badge region="广东" year={2020} variant="pill"></gov-tier-badge>
      <gov-trend-sparkline region="广东" metric="rank" markers></gov-trend-sparkline>
      <gov-stats-counter stat="gov-websites" format="full"></gov-stats-counter>
      <gov-rank-table id="from-data" data={fixture} limit={5}></gov-rank-table>
      <output id="selected">{selected}</output>
      <output id="via-ref">{viaRef}</output>
    </main>
  );
}

const selections = [];
const host = document.createElement('div');
host.style.width = '800px';
document.body.append(host);
flushSync(() => createRoot(host).render(<App onSelect={(d) => selections.push(d)} />));

report(async (check) => {
  const $ = (s) => host.querySelector(s);
  await check('React 19: the five elements render', () => appRendered(host));
  await check('React 19: number and boolean props arrive as properties', () => {
    const map = $('gov-rank-map');
    assert(map.year === 2020, `map.year is ${JSON.stringify(map.year)}`);
    assert(map.getAttribute('color-by') === 'score', 'color-by attribute');
    assert($('gov-rank-table').limit === 5, 'table.limit');
    assert($('gov-trend-sparkline').markers === true, 'sparkline.markers');
  });
  await check('React 19: data={object} is set as the data property', () => {
    const table = $('gov-rank-table');
    assert(table.data === fixture, 'table.data is not the object');
    assert(!table.hasAttribute('data'), 'data became an attribute');
    const text = table.shadowRoot.textContent;
    // The fixture has 5 rows for 2020 (广东, 浙江, 上海, 山东, 广西), not the 32 of the bundled results.
    assert(table.shadowRoot.querySelectorAll('tbody tr').length === 5 && /山东/.test(text), 'the table does not show the fixture');
  });
  // The region click itself is done by scripts/pack-test.mjs (a real mouse click in Chromium);
  // it then calls window.__afterClick() to read what React saw.
  window.__afterClick = () => ({
    selections: selections.map((d) => d.code),
    selected: $('#selected').textContent,
    viaRef: $('#via-ref').textContent,
  });
});
