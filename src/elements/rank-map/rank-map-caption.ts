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

function sourcesTemplate(edition: Edition, label: string, lang: Lang): TemplateResult | typeof nothing {
  if (!edition.sources.length) return nothing;
  return html`<span class="sources">${sourceLinks(edition.sources, lang, { label })}</span>`;
}

export function captionTemplate(opts: CaptionOptions): TemplateResult {
  const { title, yearText, edition, approvalNumber, attribution, lang } = opts;
  const m = mapMessages(lang);
  return html`<figcaption part="caption" class="caption">
        <span class="title">${title}</span> <span class="year">${yearText}</span>
        ${sourcesTemplate(edition, common(lang).source, lang)}
        <span class="note">${approvalNumber ? m.approval(approvalNumber) : m.illustrative}${attribution ? html` · ${attribution}` : nothing}</span>
      </figcaption>`;
}
