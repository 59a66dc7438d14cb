/** The list of results without a shape on the map (e.g. 新疆生产建设兵团), each as one sentence. */
import { html, type TemplateResult } from 'lit';
import type { ResultRow } from '../../data/model.js';
import { mapMessages } from './messages.js';
import { tooltipModel, tooltipSentence } from './tooltip.js';
import type { MapSay, MapView } from './rank-map-view.js';

function rowSentence(r: ResultRow, view: MapView, say: MapSay): string {
  const { lang } = say;
  const name = say.nameOf(r.region.code, undefined, true);
  return tooltipSentence(tooltipModel({ name, row: r, edition: view.edition, lang, tied: r.tied }), lang);
}

export function offMapTemplate(rows: readonly ResultRow[], view: MapView, say: MapSay): TemplateResult {
  const m = mapMessages(say.lang);
  const list = html`<ul>${rows.map((r) => html`<li data-code=${r.region.code}>${rowSentence(r, view, say)}</li>`)}</ul>`;
  if (rows.length > 3)
    return html`<details part="off-map" class="off-map"><summary>${m.offMapCount(rows.length)}</summary>${list}</details>`;
  return html`<div part="off-map" class="off-map"><span class="off-map-title">${m.offMap}</span>${list}</div>`;
}
