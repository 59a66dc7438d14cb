/**
 * The inline data of an element: the text of its `<script type="application/json">` child.
 */

/**
 * A JSON data block's `type`, also as jQuery (1.x–3.x, `domManip`) leaves it while inserting
 * HTML: every script's type masked as "true/application/json", restored only after the nodes are
 * in the page — after the element has connected and looked for its data. Not `ld+json` (a page's
 * structured data).
 */
const JSON_TYPE = /^(?:true\/)?application\/json\s*(?:;|$)/i;

/** The text of `el`'s inline JSON child, or null when it has none. */
export function inlineJson(el: Element): string | null {
  for (const child of el.children) {
    if (child.localName === 'script' && JSON_TYPE.test(child.getAttribute('type')?.trim() ?? '')) return child.textContent ?? '';
  }
  return null;
}
