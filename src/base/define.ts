/**
 * Registers a custom element once. Pages load scripts twice (a CDN tag pasted into a template
 * and an article, or CDN + npm): a second registration of the same tag is a no-op, with a
 * warning when the two copies differ in version.
 */
import { VERSION } from '../version.js';

export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // SSR / Node: nothing to register
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(
        `gov-rank: <${tag}> is already registered by version ${existing.version ?? 'unknown'}; this copy (${VERSION}) is ignored.`,
      );
    }
    return;
  }
  try {
    customElements.define(tag, ctor);
  } catch {
    // The page already registered this class under a tag of its own (a class-only import):
    // a registry takes each constructor once, so register a subclass under ours.
    customElements.define(tag, class extends (ctor as unknown as { new (): HTMLElement }) {});
  }
}
