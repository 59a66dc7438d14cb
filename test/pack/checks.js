// Shared by the pages of the packed-package test (bundled into each by esbuild): render the five
// elements on the bundled data and wait until each shows its content, not a loading or error box.
export const TAGS = ['gov-rank-map', 'gov-tier-badge', 'gov-trend-sparkline', 'gov-stats-counter', 'gov-rank-table'];

const MARKUP = {
  'gov-rank-map': (t) => `<${t} year="2020"></${t}>`,
  'gov-tier-badge': (t) => `<${t} region="广东" year="2020"></${t}>`,
  'gov-trend-sparkline': (t) => `<${t} region="广东" metric="rank"></${t}>`,
  'gov-stats-counter': (t) => `<${t} stat="gov-websites" format="full"></${t}>`,
  'gov-rank-table': (t) => `<${t} year="2020" limit="5"></${t}>`,
};

/** What "rendered" means for each element (by its kind, whatever tag name it is registered under). */
const DONE = {
  'gov-rank-map': (r) => r.querySelectorAll('[data-code]').length >= 34,
  'gov-tier-badge': (r) => /非常高/.test(r.textContent ?? ''),
  'gov-trend-sparkline': (r) => r.querySelectorAll('circle').length > 0,
  'gov-stats-counter': (r) => /14,500|14500/.test(r.textContent ?? ''),
  'gov-rank-table': (r) => r.querySelectorAll('tbody tr').length === 5,
};

export function statusOf(el) {
  const status = el.shadowRoot?.querySelector('[part~="status"]');
  return status ? `${status.getAttribute('part')}: ${status.textContent.replace(/\s+/g, ' ').trim()}` : null;
}

/** Waits until `el` (of kind `kind`) has rendered; throws with what it shows after the timeout. */
export async function rendered(el, kind = el.localName, timeout = 10000) {
  const start = performance.now();
  while (!(el.shadowRoot && !statusOf(el) && DONE[kind](el.shadowRoot))) {
    if (performance.now() - start > timeout) {
      throw new Error(
        `<${el.localName}> (${kind}) did not render: ${statusOf(el) ?? (el.shadowRoot ? 'unexpected content' : 'no shadow root')}`,
      );
    }
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * The five elements of a framework app (React, Vue) have rendered: four on the bundled data, the
 * table on the fixture the app gave as its `data` property (its rows, not a loading box).
 */
export async function appRendered(host) {
  const $ = (s) => host.querySelector(s);
  for (const tag of ['gov-rank-map', 'gov-tier-badge', 'gov-trend-sparkline', 'gov-stats-counter']) await rendered($(tag));
  const table = $('gov-rank-table');
  const start = performance.now();
  while (!(table.shadowRoot?.querySelectorAll('tbody tr').length > 0)) {
    if (performance.now() - start > 10000) throw new Error('the table given `data` did not render');
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Adds one element of each kind, under the given tag names, and waits for all. */
export async function renderAll(tagOf = (kind) => kind, host = document.body) {
  const box = document.createElement('div');
  box.style.width = '800px';
  box.innerHTML = TAGS.map((kind) => MARKUP[kind](tagOf(kind))).join('\n');
  host.append(box);
  const els = TAGS.map((kind) => box.querySelector(tagOf(kind)));
  await Promise.all(els.map((el, i) => rendered(el, TAGS[i])));
  return els;
}

/** Runs named checks; the page's result is read by scripts/pack-test.mjs from window.__packResult. */
export function report(run) {
  const results = [];
  const check = async (name, fn) => {
    try {
      await fn();
      results.push({ name, ok: true });
    } catch (e) {
      results.push({ name, ok: false, message: String(e?.stack ?? e) });
    }
  };
  window.__packResult = run(check).then(
    () => results,
    (e) => [...results, { name: 'page script', ok: false, message: String(e?.stack ?? e) }],
  );
}

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}
