/** What every settings test shares: mounting, re-rendering after a change, reading parts, the "clean" check, the errors and gov-error events seen. */
import { expect, fixture } from '@open-wc/testing';
import { $ as q, $$ as qa, settled, shadowText, sleep as wait, uncaught } from '../helpers.js';
import type { GovElement } from '../../../src/base/gov-element.js';

export const errors = uncaught();

/** gov-error events seen since the test began (they are composed: the document hears them). */
export let govErrors: { kind: string; message: string }[] = [];
document.addEventListener('gov-error', (e) => govErrors.push((e as CustomEvent).detail));

beforeEach(() => {
  govErrors = [];
  errors.length = 0;
});

// The shared helpers, by the names the settings tests use.
export { q, qa, wait };

/** An element (the first child of the markup) after its data settled and it rendered. */
export async function mount<T extends GovElement = GovElement>(markup: string, wrapAttrs = ''): Promise<T> {
  const wrap = await fixture(`<div ${wrapAttrs} style="width: 700px">${markup}</div>`);
  const el = wrap.firstElementChild as T;
  await ready(el);
  return el;
}

export async function ready(el: GovElement): Promise<void> {
  await settled(el);
  await wait(30);
  await el.updateComplete;
}

/** Sets (string) or removes (null) an attribute, then waits for the re-render. */
export async function attr(el: GovElement, name: string, value: string | null): Promise<void> {
  if (value === null) el.removeAttribute(name);
  else el.setAttribute(name, value);
  await ready(el);
}

/** Sets a property with any value (as a framework would), then waits for the re-render. */
export async function prop(el: GovElement, name: string, value: unknown): Promise<void> {
  (el as unknown as Record<string, unknown>)[name] = value;
  await ready(el);
}

export const count = (el: Element, sel: string) => qa(el, sel).length;
export const textOf = (el: Element, sel: string) => (q(el, sel)?.textContent ?? '').replace(/\s+/g, ' ').trim();
export const attrOf = (el: Element, sel: string, name: string) => q(el, sel)?.getAttribute(name) ?? '';
export const hasStatus = (el: Element) => !!q(el, '[part~="status"]');
export const statusText = (el: Element) => textOf(el, '[part~="status"]');

/** No junk in what is seen or heard, no exception, and something is shown. */
export function clean(el: GovElement): void {
  const text = shadowText(el);
  expect(text.length, 'visible text').to.be.greaterThan(0);
  expect(text).not.to.match(/\bNaN\b|\bundefined\b|\bnull\b|\[object/);
  for (const label of qa(el, '[aria-label]').map((x) => x.getAttribute('aria-label') ?? '')) {
    expect(label.trim().length, 'aria-label').to.be.greaterThan(0);
    expect(label).not.to.match(/\bNaN\b|\bundefined\b|\bnull\b|\[object/);
  }
  expect(el.getBoundingClientRect().height, 'box height').to.be.greaterThan(10);
  expect(errors.map(String)).to.deep.equal([]);
}

/** A readable message in the element's own box and one no-data gov-error. */
export function noDataMessage(el: GovElement, message: RegExp): void {
  expect(hasStatus(el), 'status box').to.equal(true);
  expect(statusText(el)).to.match(message);
  expect(govErrors.map((e) => e.kind)).to.include('no-data');
  clean(el);
}
