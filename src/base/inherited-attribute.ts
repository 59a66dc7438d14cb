/**
 * Attributes an element inherits from its ancestors, as HTML's `lang` does: the element's own,
 * else the nearest ancestor's, across shadow roots (an element inside another component).
 */
import type { ReactiveControllerHost } from 'lit';

/** The nearest value of `name` that `accept` takes: the element's own first, then its ancestors'. */
export function nearestAttribute(el: Element, name: string, accept: (value: string) => boolean = Boolean): string | null {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value !== null && accept(value)) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

/**
 * Calls back when `name` changes anywhere `el` may inherit it from: the document and every shadow
 * root between it and the document. One observer per root and attribute, shared by all elements;
 * such switches are rare, so subtree watches are cheap.
 */
const listeners = new Map<string, Set<() => void>>();
const observed = new Map<string, WeakSet<Node>>();
export function onAttributeChange(el: Element, name: string, cb: () => void): () => void {
  let set = listeners.get(name);
  if (!set) listeners.set(name, (set = new Set()));
  set.add(cb);
  let seen = observed.get(name);
  if (!seen) observed.set(name, (seen = new WeakSet()));
  if (typeof MutationObserver !== 'undefined') {
    let root = el.getRootNode();
    for (;;) {
      const target = root instanceof ShadowRoot ? root : document.documentElement;
      if (!seen.has(target)) {
        seen.add(target);
        const all = set;
        new MutationObserver(() => all.forEach((l) => l())).observe(target, { attributes: true, attributeFilter: [name], subtree: true });
      }
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
  }
  return () => set.delete(cb);
}

/**
 * Calls `sync` when `host` joins the page (it may have been moved under another value) and
 * whenever `name` changes anywhere it may inherit it from, until it leaves: what the `lang` and
 * `theme` watchers (watchLang, watchTheme) share.
 */
export function watchInherited(host: ReactiveControllerHost & Element, name: string, sync: () => void): void {
  let stop: (() => void) | undefined;
  host.addController({
    hostConnected() {
      stop = onAttributeChange(host, name, sync);
      sync();
    },
    hostDisconnected() {
      stop?.();
    },
  });
}
