/**
 * Hydration of server-rendered elements (renderElement writes them with `defer-hydration`): each
 * loads its results first — its `src`, the inline JSON the server embedded, or the bundled
 * results — then loses `defer-hydration`, so Lit hydrates it with a first render equal to the
 * server's: no node replaced, nothing moves. A load that fails leaves the element to load and
 * show the error itself.
 */
import type { GovElement } from './gov-element.js';
import { TAGS } from './tags.js';

const SELECTOR = Object.values(TAGS)
  .map((t) => `${t}[defer-hydration]`)
  .join(',');

/** Hydrates every server-rendered gov-rank element under `root`. Resolves when all are hydrated. */
export async function hydrate(root: ParentNode = document): Promise<void> {
  const elements = [...root.querySelectorAll<GovElement>(SELECTOR)];
  await Promise.all(elements.map(hydrateOne));
}

async function hydrateOne(el: GovElement): Promise<void> {
  await customElements.whenDefined(el.localName);
  try {
    await el.preloadResults();
  } catch {
    // The element loads again once connected, and shows and reports the error as usual.
  }
  el.removeAttribute('defer-hydration');
}
