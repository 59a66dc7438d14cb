/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's. Anything English is `en`; everything else is `zh-CN`, the
 * language every published value exists in.
 */
import { nearestAttribute, onAttributeChange } from './inherited-attribute.js';

export type Lang = 'zh-CN' | 'en';

export function normalizeLang(tag: string | null | undefined): Lang {
  // en, en-GB, and the en_US some CMSs write (as regionName accepts it).
  return typeof tag === 'string' && /^en(?:$|[-_])/i.test(tag.trim()) ? 'en' : 'zh-CN';
}

export function inheritedLang(el: Element): string {
  return nearestAttribute(el, 'lang') ?? (document.documentElement.lang || '');
}

/** Calls back when a `lang` attribute changes anywhere `el` may inherit from. */
export function onLangChange(el: Element, cb: () => void): () => void {
  return onAttributeChange(el, 'lang', cb);
}
