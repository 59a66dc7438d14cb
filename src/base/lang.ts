/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's. Anything English is `en`; everything else is `zh-CN`, the
 * language every published value exists in.
 */
export type Lang = 'zh-CN' | 'en';

export function normalizeLang(tag: string | null | undefined): Lang {
  // en, en-GB, and the en_US some CMSs write (as regionName accepts it).
  return typeof tag === 'string' && /^en(?:$|[-_])/i.test(tag.trim()) ? 'en' : 'zh-CN';
}

export function inheritedLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element && node.getAttribute('lang')) return node.getAttribute('lang')!;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || '';
}

/**
 * Calls back when a `lang` attribute changes anywhere `el` may inherit from: the document and
 * every shadow root between it and the document (an element inside another component). One
 * observer per root, shared by all elements; language switches are rare, so subtree watches are cheap.
 */
const listeners = new Set<() => void>();
const observed = new WeakSet<Node>();
export function onLangChange(el: Element, cb: () => void): () => void {
  listeners.add(cb);
  if (typeof MutationObserver !== 'undefined') {
    let root = el.getRootNode();
    for (;;) {
      const target = root instanceof ShadowRoot ? root : document.documentElement;
      if (!observed.has(target)) {
        observed.add(target);
        new MutationObserver(() => listeners.forEach((l) => l())).observe(target, {
          attributes: true,
          attributeFilter: ['lang'],
          subtree: true,
        });
      }
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }
  return () => listeners.delete(cb);
}
