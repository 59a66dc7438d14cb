/** Picks the text for a language from a Localized value (string or { "zh-CN": …, en: … }). */
import type { Localized } from './format.js';

/** Whether a language tag is English: en, en-GB, and the en_US some CMSs write. */
export function isEnglish(tag: unknown): boolean {
  return typeof tag === 'string' && /^en(?:$|[-_])/i.test(tag.trim());
}

export function localize(text: Localized | undefined | null, lang: string): string {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  const wanted = lang.toLowerCase();
  const entries = Object.entries(text);
  const exact = entries.find(([k]) => k.toLowerCase() === wanted);
  if (exact) return exact[1];
  const base = wanted.split('-')[0];
  const sameBase = entries.find(([k]) => k.toLowerCase().split('-')[0] === base);
  if (sameBase) return sameBase[1];
  // Fall back to Chinese (every published value has it), then whatever is there.
  const zh = entries.find(([k]) => k.toLowerCase().startsWith('zh'));
  return (zh ?? entries[0])?.[1] ?? '';
}
