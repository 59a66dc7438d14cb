/** The notes on a user geometry: its shapes without a result and what its reader noticed. */
import { html, nothing, type TemplateResult } from 'lit';
import { common } from '../../base/i18n.js';
import type { Lang } from '../../base/lang.js';
import { mapMessages } from './messages.js';
import type { MapReport } from './rank-map-view.js';

export function reportTemplate(r: MapReport | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!r || (!r.unmatchedFeatures.length && !r.geometryProblems.length)) return nothing;
  const m = mapMessages(lang);
  return html`<details class="diagnostics map-report" part="diagnostics">
      <summary>${r.unmatchedFeatures.length ? m.unmatchedFeatures(r.unmatchedFeatures.length) : m.geometryProblems}</summary>
      ${r.unmatchedFeatures.length ? html`<p>${r.unmatchedFeatures.join(common(lang).listSep)}</p>` : nothing}
      ${r.geometryProblems.length ? html`<ul>${r.geometryProblems.map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
    </details>`;
}
