/**
 * Which language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
 * roots), else the document's. Anything English is `en`; everything else is `zh-CN`, the
 * language every published value exists in.
 */
import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import { nearestAttribute, onAttributeChange } from './inherited-attribute.js';
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

/** Calls back when a `lang` attribute changes anywhere `el` may inherit from. */
export function onLangChange(el: Element, cb: () => void): () => void {
  return onAttributeChange(el, 'lang', cb);
}

/**
 * The language an element speaks, as ThemeController keeps its theme: the element's own `lang`,
 * else the one it inherits, read when it joins the page (it may have been moved under another
 * `lang`) and whenever a `lang` it may inherit from changes. `onInherited` receives the inherited
 * value (the element keeps it as state, so a switch updates it and selects its view again).
 * Model: Shoelace's LocalizeController.
 */
export class LangController implements ReactiveController {
  private readonly host: ReactiveElement & { lang: string };
  private readonly onInherited: (lang: string) => void;
  private stop?: () => void;

  constructor(host: ReactiveElement & { lang: string }, onInherited: (lang: string) => void) {
    this.host = host;
    this.onInherited = onInherited;
    host.addController(this);
  }

  /** The language now: the element's own `lang` property first (it is reflected to the attribute only after the update that reads it), else the inherited one. */
  get lang(): Lang {
    return normalizeLang(this.host.lang || inheritedLang(this.host));
  }

  hostConnected(): void {
    const sync = () => this.onInherited(inheritedLang(this.host));
    this.stop = onLangChange(this.host, sync);
    sync();
  }

  hostDisconnected(): void {
    this.stop?.();
  }
}
