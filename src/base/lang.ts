/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's. Anything English is `en`; everything else is `zh-CN`, the
 * language every published value exists in.
 */
import { isServer, type ReactiveElement } from 'lit';
import { nearestAttribute, watchInherited } from './inherited-attribute.js';
import { isEnglish } from '../data/localize.js';

export type Lang = 'zh-CN' | 'en';

export function normalizeLang(tag: string | null | undefined): Lang {
  return isEnglish(tag) ? 'en' : 'zh-CN';
}

export function inheritedLang(el: Element): string {
  // A server renders the element alone: its own `lang` (an attribute given to renderElement) decides.
  if (isServer) return '';
  return nearestAttribute(el, 'lang') ?? (document.documentElement.lang || '');
}

/**
 * The language an element speaks, as watchTheme (theme.ts) keeps its theme: the element's own `lang`,
 * else the one it inherits, read when it joins the page (it may have been moved under another
 * `lang`) and whenever a `lang` it may inherit from changes. `onInherited` receives the inherited
 * value (the element keeps it as state, so a switch updates it and selects its view again).
 * Model: Shoelace's LocalizeController.
 */
export function watchLang(host: ReactiveElement, onInherited: (lang: string) => void): void {
  watchInherited(host, 'lang', () => onInherited(inheritedLang(host)));
}

/** The language `el` speaks now: its own `lang` property first (it is reflected to the attribute only after the update that reads it), else the inherited one. */
export function elementLang(el: Element & { lang: string }): Lang {
  return normalizeLang(el.lang || inheritedLang(el));
}
