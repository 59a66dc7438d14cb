/** The map's caption: title, year, sources, and the approval number (审图号) or the illustrative note, with the attribution. */
import { html, nothing, type TemplateResult } from 'lit';
import { common } from '../../base/i18n.js';
import type { Lang } from '../../base/lang.js';
import { sourceLinks } from '../../base/sources.js';
import type { Edition } from '../../data/model.js';
import { mapMessages } from './messages.js';

export interface CaptionOptions {
  title: string;
  yearText: string;
  edition: Edition;
  approvalNumber: string | null;
  attribution: string | null;
  lang: Lang;
}

export function captionTemplate(opts: CaptionOptions): TemplateResult {
  const { title, yearText, edition, approvalNumber, attribution, lang } = opts;
  const m = mapMessages(lang);
  return html`<figcaption part="caption" class="caption">
        <span class="title">${title}</span> <span class="year">${yearText}</span>
        ${edition.sources.length ? html`<span class="sources">${sourceLinks(edition.sources, lang, { label: common(lang).source })}</span>` : nothing}
        <span class="note">${approvalNumber ? m.approval(approvalNumber) : m.illustrative}${attribution ? html` · ${attribution}` : nothing}</span>
      </figcaption>`;
}
