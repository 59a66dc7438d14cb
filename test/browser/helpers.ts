/** Shared helpers of the browser tests. */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { GovElement } from '../../src/base/gov-element.js';
import { loadErrorText } from '../../src/base/i18n.js';

/** Resolves with the next event of `name` on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeout = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    target.addEventListener(
      name,
      (e) => {
        clearTimeout(t);
        resolve(e as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/**
 * Uncaught exceptions and unhandled rejections on this page from the call on, as text (with the
 * stack where there is one), in a live array the caller reads and empties.
 */
export function uncaught(): string[] {
  const seen: string[] = [];
  window.addEventListener('error', (e) => seen.push(String(e.error?.stack ?? e.error ?? e.message)));
  window.addEventListener('unhandledrejection', (e) => seen.push(String(e.reason?.stack ?? e.reason)));
  return seen;
}

/**
 * Loads each element began and ended, as a page sees them: gov-loadstart and gov-loadend bubble
 * and are composed, so a capturing listener on the document hears every element's first one (the
 * first node of the composed path is the element, also inside a shadow root). From then on the
 * element's own listeners count them: they also hear a load given up after it left the page.
 */
const loads = new WeakMap<EventTarget, { started: number; ended: number }>();
function track(el: EventTarget): { started: number; ended: number } {
  let n = loads.get(el);
  if (n) return n;
  const counts = (n = { started: 0, ended: 0 });
  loads.set(el, counts);
  el.addEventListener('gov-loadstart', (e) => {
    if (e.target === el) counts.started++;
  });
  el.addEventListener('gov-loadend', (e) => {
    if (e.target !== el) return;
    counts.ended++;
    counts.started = Math.max(counts.started, counts.ended); // its gov-loadstart came before anyone listened
  });
  return counts;
}
const listened = new WeakSet<Document>();
function listen(doc: Document): void {
  if (listened.has(doc)) return;
  listened.add(doc);
  // Before the target's own listeners run, so the ones added here count this event too.
  doc.addEventListener('gov-loadstart', (e) => void track(e.composedPath()[0]!), true);
  doc.addEventListener('gov-loadend', (e) => void track(e.composedPath()[0]!), true);
}
listen(document);

/**
 * Waits until the element's data load has ended and it has rendered. Reads no private field: every
 * gov-loadstart heard has had its gov-loadend; with none heard (a load before anyone listened, or
 * none begun yet), until the element no longer shows its loading box (`[part~="status"].loading` / `.skeleton`).
 */
export async function settled(el: GovElement): Promise<void> {
  listen(el.ownerDocument);
  const n = track(el);
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const done =
      n.ended > 0 || n.started > 0
        ? n.started === n.ended
        : !!el.shadowRoot?.childElementCount && !el.shadowRoot.querySelector('[part~="status"].loading, [part~="status"].skeleton');
    if (done) {
      await new Promise((r) => setTimeout(r, 0)); // the load's result reaches the element a microtask after gov-loadend
      await el.updateComplete;
      // An error box's Chinese explanation arrives in a chunk of its own, loaded with the first box.
      if (el.shadowRoot?.querySelector('[part~="status"].error')) {
        await loadErrorText();
        await el.updateComplete;
      }
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('element never settled');
}

/** Text a person sees in the element's shadow root (whitespace folded). */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Polls `check` every 20 ms until it holds; fails naming `what` after `ms` milliseconds (8 s unless
 * told). With `el`, each poll first waits for the element's update and the failure quotes its text.
 * The one `until` of the browser tests: `until(check, what)`, `until(check, what, 2000)`,
 * `until(check, what, { el })`, `until(check, what, { el, ms })`.
 */
export async function until(
  check: () => boolean | Promise<boolean>,
  what: string,
  opts: number | { ms?: number; el?: Element & { updateComplete: Promise<unknown> } } = {},
): Promise<void> {
  const { ms = 8000, el } = typeof opts === 'number' ? { ms: opts, el: undefined } : opts;
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (el) await el.updateComplete;
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`never: ${what}${el ? `: ${shadowText(el).slice(0, 300)}` : ''}`);
}

/** Number of requests the test server saw for a path (with query). */
export async function hits(path: string): Promise<number> {
  const r = await fetch(`/__test__/hits?path=${encodeURIComponent(path)}`);
  return (await r.json()) as number;
}

/** A unique query string so each test gets a fresh URL (the loader caches per URL per page). */
let n = 0;
export function unique(): string {
  return `u=${Date.now()}-${n++}`;
}

/** The first / every match of `sel` in an element's shadow root. */
export const $ = <T extends Element = Element>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = Element>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

/** A rank table's region names, in row order. */
export const tableNames = (el: Element) => $$(el, 'tbody th[scope="row"] .name').map((n) => n.textContent!.trim());
/** The texts of one column's cells (`td.<cls>`), in row order. */
export const tableColumn = (el: Element, cls: string) => $$(el, `tbody td.${cls}`).map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
/** Each header's aria-sort (null where unsorted). */
export const tableSortState = (el: Element) => $$(el, 'thead th').map((th) => th.getAttribute('aria-sort'));

/** Runs `fn` (sync or async) and returns what it wrote with console.warn, each call joined by spaces. */
export async function consoleWarnings(fn: () => unknown): Promise<string[]> {
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (...a: unknown[]) => warnings.push(a.join(' '));
  try {
    await fn();
  } finally {
    console.warn = warn;
  }
  return warnings;
}

/** Parts of a shadow root whose content is cut off (overflow not visible, content larger than the box). */
export function clipped(el: Element, tolerance = 1): string[] {
  const out: string[] = [];
  for (const n of $$(el, '*')) {
    if (n instanceof SVGElement || n.closest('.sr-only') || n.closest('[aria-hidden="true"]')) continue;
    const s = getComputedStyle(n);
    if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
    if (!n.clientWidth) continue;
    const dw = n.scrollWidth - n.clientWidth;
    const dh = n.scrollHeight - n.clientHeight;
    if (dw > tolerance || dh > tolerance) {
      out.push(
        `${el.localName} .${String(n.className).replace(/\s+/g, '.')} "${(n.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}" ${n.scrollWidth}x${n.scrollHeight} in ${n.clientWidth}x${n.clientHeight}`,
      );
    }
  }
  return out;
}

/** The map's table alternative is laid out in idle time: wait for it so the map's layout is final. */
export async function mapReady(map: GovElement): Promise<void> {
  for (let i = 0; i < 200 && !$(map, '[part~="table"]'); i++) await new Promise((r) => setTimeout(r, 20));
  await map.updateComplete;
}

/**
 * A design token's colour in effect inside an element (the page's value, else ours for the
 * element's colour scheme), as getComputedStyle writes it. The element never declares the public
 * `--gov-rank-*` names itself, so they cannot be read off its computed style.
 */
export function tokenColor(el: Element, name: string): string {
  const probe = document.createElement('span');
  probe.style.setProperty('color', `var(--_gr-${name})`);
  el.shadowRoot!.append(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour;
}

// ─── Host-page mounts and boxes (the host-elements tests of every element) ──────────────────

/** Two frames: layout and paint after an update. */
export const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
/** Resolves after `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Text with its white space folded, as a reader sees it. */
export const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
/** The gov-rank elements inside a wrapper, in document order. */
export const govIn = (wrap: Element) => [...wrap.querySelectorAll<GovElement>('*')].filter((e) => e.localName.startsWith('gov-'));

export type Box = { left: number; top: number; right: number; bottom: number };
/** Boxes share area (touching edges do not count). */
export const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
export const inside = (a: Box, b: Box) => a.left >= b.left && a.right <= b.right && a.top >= b.top && a.bottom <= b.bottom;
/** A box as text for a failure message. */
export const boxText = (b: Box) => `${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`;

/** Every element's box and the boxes of its parts, relative to the element: `tag part: x y w h`. */
export function boxes(wrap: Element): string[] {
  const out: string[] = [];
  for (const el of govIn(wrap)) {
    const h = el.getBoundingClientRect();
    out.push(`${el.localName}: ${Math.round(h.width)} ${Math.round(h.height)}`);
    $$(el, '[part]').forEach((p, i) => {
      const r = p.getBoundingClientRect();
      out.push(
        `${el.localName} ${i} ${p.getAttribute('part')}: ${Math.round(r.left - h.left)} ${Math.round(r.top - h.top)} ${Math.round(r.width)} ${Math.round(r.height)}`,
      );
    });
  }
  return out;
}

/** The lines of `got` that differ from `want` by more than 2 px in any number. */
export function differences(want: string[], got: string[]): string[] {
  if (want.length !== got.length) return [`${got.length} boxes instead of ${want.length}`];
  const out: string[] = [];
  want.forEach((w, i) => {
    const g = got[i]!;
    const [wName, wNums] = w.split(': ');
    const [gName, gNums] = g.split(': ');
    const a = wNums!.split(' ').map(Number);
    const b = gNums!.split(' ').map(Number);
    if (wName !== gName || a.some((v, j) => Math.abs(v - b[j]!) > 2)) out.push(`${g} (blank page: ${wNums})`);
  });
  return out;
}

/** Mounts markup (or a template) and waits until every gov-rank element in it has settled and painted. */
export async function mountAll(markup: string | TemplateResult): Promise<HTMLElement> {
  const wrap = await fixture<HTMLElement>(markup);
  await Promise.all(govIn(wrap).map(settled));
  await frames();
  return wrap;
}
