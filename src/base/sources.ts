/**
 * Sources as links, one way for every element (the map's caption, the table's footnote, the
 * counter's meta line): "来源：a、b" / "Source: a, b", each link opening a new tab without the
 * page as opener or referrer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/format.js';
import { localize } from '../data/localize.js';
import { common } from './i18n.js';
import { sourceLabel } from './format.js';
import type { Lang } from './lang.js';

export interface SourceLinksOptions {
  /** The word before the colon; default "来源 / Source". */
  label?: string;
  /** Link text by host (and kind) only, the title as the link's tooltip: for a narrow line. */
  short?: boolean;
}

/** "来源：a、b" / "Source: a, b": the label, a colon and a link per source. */
export function sourceLinks(
  sources: readonly Pick<Source, 'url' | 'title' | 'kind'>[],
  lang: Lang,
  options: SourceLinksOptions = {},
): TemplateResult {
  const c = common(lang);
  return html`${options.label ?? c.source}${c.colon}${sources.map(
    (s, i) =>
      html`${i ? c.listSep : ''}<a href=${s.url} title=${options.short ? localize(s.title, lang) || s.url : nothing} rel="noopener noreferrer" target="_blank">${sourceLabel(options.short ? { url: s.url, kind: s.kind } : s, lang)}</a>`,
  )}`;
}
