/**
 * Where the HTML parser is. The parser creates a custom element — and connects and upgrades it —
 * as soon as it reads the start tag; the element's children (its inline JSON) come later, maybe
 * in the next network chunk. These tell when the parser has moved past an element.
 */

/** True while the parser may still add children to `el`: the document is loading and no node follows `el` yet. */
export function beingParsed(el: Element): boolean {
  return el.ownerDocument.readyState === 'loading' && !followed(el);
}

/** Calls `done` once the parser has moved past `el` (a node follows it, or the document is parsed). Returns a cancel function. */
export function afterParsed(el: Element, done: () => void): () => void {
  const doc = el.ownerDocument;
  const check = () => {
    if (beingParsed(el)) return;
    stop();
    done();
  };
  const observer = new MutationObserver(check);
  const stop = () => {
    observer.disconnect();
    doc.removeEventListener('readystatechange', check);
  };
  observer.observe(doc, { childList: true, subtree: true });
  doc.addEventListener('readystatechange', check);
  return stop;
}

/** Whether some node comes after `el`, outside it, in tree order (leaving shadow roots through their hosts). */
function followed(el: Node): boolean {
  for (let n: Node | null = el; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    if (n.nextSibling) return true;
  }
  return false;
}
