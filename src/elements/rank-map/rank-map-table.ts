/** The map's table alternative (every region's tier, value and rank; visually hidden until toggled). */
import { css, html, type TemplateResult } from 'lit';
import { common } from '../../base/i18n.js';
import { formatValue, rankText, valueLabel } from '../../base/format.js';
import { ranking } from '../../data/query.js';
import { mapMessages } from './messages.js';
import type { MapSay, MapView, Target } from './rank-map-view.js';

/** The table's rules, added to the map's styles with the chunk (rank-map-later-styles.ts). */
export const tableStyles = css`
  .table-wrap {
    max-width: 100%;
    overflow-x: auto;
  }
  .table {
    margin-top: 0.5em;
    border-collapse: collapse;
    width: 100%;
    font-size: calc(0.8125 * var(--_gr-font-size));
  }
  .table caption {
    text-align: start;
    font-weight: 600;
    padding-bottom: 0.25em;
  }
  .table th,
  .table td {
    text-align: start;
    padding: 0.2em 0.5em;
    border-bottom: 1px solid var(--_gr-border);
  }
  .table .num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
`;

export interface MapTableOptions {
  /** The element's id prefix: the table is `${id}-table`, which the toggle controls. */
  id: string;
  /** Toggled open (shown), else visually hidden. */
  open: boolean;
  title: string;
  yearText: string;
}

export function tableTemplate(view: MapView, targets: readonly Target[], opts: MapTableOptions, say: MapSay): TemplateResult {
  const { lang } = say;
  const t = common(lang);
  const m = mapMessages(lang);
  const dash = '—';
  const ranked = ranking(view.edition);
  const listed = new Set(ranked.map((r) => r.region.code));
  const missing = targets.filter((x) => !listed.has(x.code));
  // The wrapper carries sr-only: a <table> ignores the 1px width of .sr-only and would widen the page.
  return html`<div class=${opts.open ? 'table-wrap' : 'sr-only'}><table part="table" id="${opts.id}-table" class="table">
      <caption>${m.tableCaption(opts.title, opts.yearText)}</caption>
      <thead><tr><th scope="col">${t.region}</th><th scope="col">${t.tier}</th><th scope="col">${valueLabel(view.assessment.metric, lang)}</th><th scope="col">${m.rank}</th></tr></thead>
      <tbody>
        ${ranked.map(
          (r) => html`<tr data-code=${r.region.code}>
            <th scope="row">${say.nameOf(r.region.code, undefined, r.region.level === 'corps')}</th>
            <td>${r.tier ? say.text(r.tier.name) : dash}</td>
            <td class="num">${r.score !== undefined ? formatValue(r.score, view.assessment.metric, lang) : dash}</td>
            <td class="num">${r.rank !== undefined ? rankText(r.rank, r.tied, lang) : dash}</td>
          </tr>`,
        )}
        ${missing.map((x) => html`<tr data-code=${x.code} class="no-data"><th scope="row">${x.name}</th><td colspan="3">${t.noData}</td></tr>`)}
      </tbody>
    </table></div>`;
}
