/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's. Anything English is `en`; everything else is `zh-CN`, the
 * language every published value exists in.
 */
export type Lang = 'zh-CN' | 'en';

export function normalizeLang(tag: string | null | undefined): Lang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'zh-CN';
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
 * Calls back when any `lang` attribute in the document changes — the document's or an ancestor's
 * (one observer per page, shared; language switches are rare, so the subtree watch is cheap).
 */
const listeners = new Set<() => void>();
let observer: MutationObserver | undefined;
export function onDocumentLangChange(cb: () => void): () => void {
  listeners.add(cb);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => listeners.delete(cb);
}
