/** The map's legend (a swatch and a count per colour) and its sentence for screen readers. */
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../base/style-props.js';
import { common } from '../../base/i18n.js';
import { formatScore, formatValue, valueLabel } from '../../base/format.js';
import { mapMessages } from './messages.js';
import type { LegendItem } from './scale.js';
import type { MapSay, MapView, Tally } from './rank-map-view.js';

/** One legend item's label: a tier's name, a rank range, or a value range. */
export function legendLabel(item: LegendItem, view: MapView, say: MapSay): string {
  const { lang } = say;
  if (item.tier) return say.text(item.tier.name);
  if (view.colorBy === 'rank') return mapMessages(lang).rankRange(item.from!, item.to!);
  // Every value the same (one region, or all equal): one number, not "85–85".
  // A count carries its unit once, after the range: "800–1,000 个".
  const metric = view.assessment.metric;
  if (item.from === item.to) return formatValue(item.from!, metric, lang);
  return `${formatScore(item.from!, lang)}–${formatValue(item.to!, metric, lang)}`;
}

export function legendTemplate(view: MapView, tally: Tally, say: MapSay): TemplateResult {
  const { lang } = say;
  const { drawn, noDataCount, noValueCount } = tally;
  const m = mapMessages(lang);
  const t = common(lang);
  return html`<div part="legend" class="legend">
      <span class="legend-title">${view.colorBy === 'score' ? valueLabel(view.assessment.metric, lang) : m.legendTitle(view.colorBy)}</span>
      <ul>
        ${view.scale.items.map(
          (it) =>
            html`<li><span class="swatch" style=${styleProps({ '--fill': it.color })}></span>${legendLabel(it, view, say)} <span class="count">(${drawn.get(it) ?? 0})</span></li>`,
        )}
        ${noValueCount ? html`<li class="no-value"><span class="swatch nodata"></span>${m.noValue(view.colorBy)} <span class="count">(${noValueCount})</span></li>` : nothing}
        ${noDataCount ? html`<li class="no-data"><span class="swatch nodata"></span>${t.noData} <span class="count">(${noDataCount})</span></li>` : nothing}
      </ul>
    </div>`;
}

/** The figure's description for screen readers: the colouring, the legend's counts, what is off the map, the inset, the approval. */
export function mapDescription(view: MapView, tally: Tally, inset: boolean, approvalNumber: string | null, say: MapSay): string {
  const { lang } = say;
  const { drawn, noDataCount, noValueCount } = tally;
  const offMap = tally.offMap.length;
  const m = mapMessages(lang);
  const { colon, fullStop } = common(lang);
  const parts = view.scale.items.map((it) => `${legendLabel(it, view, say)}${colon}${m.regions(drawn.get(it) ?? 0)}`);
  if (noValueCount) parts.push(`${m.noValue(view.colorBy)}${colon}${m.regions(noValueCount)}`);
  if (noDataCount) parts.push(m.noDataCount(noDataCount));
  let s = `${m.coloredBy(view.colorBy)}${colon}${m.summary(parts.join(m.sep))}`;
  if (offMap) s += ` ${m.offMapCount(offMap)}${fullStop}`;
  if (inset) s += ` ${m.insetNote}`;
  s += ` ${approvalNumber ? m.approval(approvalNumber) : m.illustrative}${fullStop}`;
  return s;
}
