/** Lines of text for a picture: wrapped to a width, one `<text>` per line, and the sources line. */
import { common } from '../base/i18n.js';
import type { Lang } from '../base/lang.js';
import { sourceLabel } from '../base/format.js';
import type { Source } from '../data/format.js';
import { el, type Attrs, type Markup } from './svg.js';
import { wrapText } from './text-width.js';

/** Line height as a multiple of the font size (room for CJK ascent and descent). */
export const LINE = 1.45;

/** The picture's font list: the elements' own (what --gov-rank-font falls back to). */
export { FONT as FONT_FAMILY } from '../base/tokens.js';

export interface Block {
  markup: Markup[];
  /** Height taken, px. */
  height: number;
}

/** `text` wrapped to `maxWidth`, its first baseline one line below `top`. */
export function textBlock(text: string, x: number, top: number, px: number, maxWidth: number, attrs: Attrs = {}): Block {
  const lines = text ? wrapText(text, px, maxWidth) : [];
  const markup = lines.map((line, i) => el('text', { x, y: top + i * px * LINE + px * 1.1, 'font-size': px, ...attrs }, line));
  return { markup, height: lines.length * px * LINE };
}

/** "来源：a、b" / "Source: a, b" as plain text (a picture has no links), '' without sources. */
export function sourcesText(sources: readonly Pick<Source, 'url' | 'title' | 'kind'>[], lang: Lang): string {
  if (!sources.length) return '';
  const c = common(lang);
  return `${c.source}${c.colon}${sources.map((s) => sourceLabel(s, lang)).join(c.listSep)}`;
}
