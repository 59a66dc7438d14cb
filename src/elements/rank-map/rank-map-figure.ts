/**
 * The map's figure template, DOM-free: the svg (pattern, inset, regions, callout labels, rings),
 * the tooltip, legend, caption, table and status lines, from what the element derived and its
 * handlers. rank-map.ts computes the inputs and binds the handlers.
 */
import { html, svg, nothing, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Lang } from '../../base/lang.js';
import type { MapGeometry } from './geometry.js';
import { mapMessages } from './messages.js';
import type { MapReport, MapSay, MapView, Target, Tally } from './rank-map-view.js';
import { legendTemplate, mapDescription } from './rank-map-legend.js';
import type { TableTemplate } from './rank-map-later-load.js';
import { offMapTemplate } from './rank-map-off-map.js';
import { reportTemplate } from './rank-map-report.js';
import { calloutLabelsTemplate, insetTemplate } from './rank-map-inset.js';
import { captionTemplate } from './rank-map-caption.js';
import { regionTemplate, ringTemplate } from './rank-map-regions.js';
import { tabCodeOf } from './rank-map-targets.js';

export interface FigureHandlers {
  onPointerLeave: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
  onFocusIn: (e: FocusEvent) => void;
  onFocusOut: (e: FocusEvent) => void;
  onPointerMove: (e: PointerEvent) => void;
  onPointerDown: (e: PointerEvent) => void;
  onClick: (e: MouseEvent) => void;
  onTableToggle: () => void;
  /** The "下载图片" buttons (only with the `download` attribute). */
  onDownload?: (format: 'svg' | 'png') => void;
}

export interface FigureInput {
  id: string;
  lang: Lang;
  say: MapSay;
  view: MapView;
  geo: MapGeometry;
  targets: Target[];
  tally: Tally;
  /** The map draws a user geometry. */
  user: boolean;
  width: number;
  selected: string | null;
  highlight: Set<string>;
  focus: string | null;
  active: string | null;
  insetLabelOut: boolean;
  /** The tooltip (nothing while none shows, or before the interaction's chunk is in). */
  tooltip: unknown;
  approvalNumber: string | null;
  attribution: string | null;
  title: string;
  yearText: string;
  tableOpen: boolean;
  tableReady: boolean;
  /** The table's template once its chunk has arrived. */
  table: TableTemplate | undefined;
  announcement: string;
  diagnostics: TemplateResult | typeof nothing;
  report: MapReport | undefined;
}

export function figureTemplate(p: FigureInput, h: FigureHandlers): TemplateResult {
  const { id, lang, say, view, geo, targets, width, selected, highlight, focus, active, title } = p;
  const m = mapMessages(lang);
  const { offMap } = p.tally;
  const callouts = targets.flatMap((x) => (x.callout ? [x.callout] : []));
  const u = geo.width / width;
  const tabCode = tabCodeOf(targets, focus, selected);
  const noDataFill = `url(#${id}-nodata)`;

  const ring = (code: string | null, cls: string): SVGTemplateResult | typeof nothing => ringTemplate(targets, code, cls, u);

  const figureLabel = m.figureLabel(title, p.yearText, m.coloredBy(view.colorBy));
  // Keys are handled on the wrapper (.map), which holds the one roving tab stop; the svg's click
  // is the pointer path to the same selection (lit-a11y sees only the svg).
  /* eslint-disable lit-a11y/click-events-have-key-events */
  return html`<figure part="figure" class="figure">
      <div class="map" @pointerleave=${h.onPointerLeave} @keydown=${h.onKeyDown} @focusin=${h.onFocusIn} @focusout=${h.onFocusOut}>
        <svg part="svg" viewBox="0 0 ${geo.width} ${geo.height}" role="group" aria-label=${figureLabel} aria-describedby="${id}-desc"
          @pointermove=${h.onPointerMove} @pointerdown=${h.onPointerDown} @click=${h.onClick}>
          <defs>
            <pattern id="${id}-nodata" patternUnits="userSpaceOnUse" width=${5 * u} height=${5 * u} patternTransform="rotate(45)">
              <rect class="nodata-bg" width=${5 * u} height=${5 * u}></rect>
              <line class="nodata-stripe" x1="0" y1="0" x2="0" y2=${5 * u} stroke-width=${1.5 * u}></line>
            </pattern>
            ${geo.inset ? svg`<clipPath id="${id}-inset"><rect x=${geo.inset.box.x} y=${geo.inset.box.y} width=${geo.inset.box.width} height=${geo.inset.box.height}></rect></clipPath>` : nothing}
          </defs>
          ${view.level === 'city' && !p.user ? svg`<g class="base-land" aria-hidden="true">${geo.shapes.map((s) => svg`<path d=${s.d}></path>`)}</g>` : nothing}
          ${geo.inset ? insetTemplate(geo.inset, { id, lang, u, width, labelOut: p.insetLabelOut }) : nothing}
          <g class=${highlight.size > 0 ? 'regions highlighting' : 'regions'}>${targets.map((x) => regionTemplate(x, { highlight, tabCode, selected, noDataFill, lang }))}</g>
          ${calloutLabelsTemplate(callouts, u, lang)}
          <g class="overlay" aria-hidden="true">
            ${[...highlight].map((c) => ring(c, 'highlight'))}
            ${ring(selected, 'selected')}
            ${active && active !== focus ? ring(active, 'hover') : nothing}
            ${focus ? ring(focus, 'focus') : nothing}
          </g>
        </svg>
        ${p.tooltip}
      </div>
      ${legendTemplate(view, p.tally, say)}
      ${offMap.length ? offMapTemplate(offMap, view, say) : nothing}
      <p class="sr-only" id="${id}-desc">${mapDescription(view, p.tally, !!geo.inset, p.approvalNumber, say)}</p>
      ${captionTemplate({ title, yearText: p.yearText, edition: view.edition, approvalNumber: p.approvalNumber, attribution: p.attribution, lang })}
      <button part="table-toggle" class="table-toggle" type="button" aria-expanded=${p.tableOpen ? 'true' : 'false'}
        aria-controls="${id}-table" @click=${h.onTableToggle}>${m.table}</button>
      ${
        h.onDownload
          ? html`<span part="download" class="download" role="group" aria-label=${m.download}>
              <button type="button" class="table-toggle" data-format="png" @click=${() => h.onDownload!('png')}>${m.downloadAs('PNG')}</button>
              <button type="button" class="table-toggle" data-format="svg" @click=${() => h.onDownload!('svg')}>SVG</button>
            </span>`
          : nothing
      }
      ${p.table && (p.tableReady || p.tableOpen) ? p.table(view, targets, { id, open: p.tableOpen, title, yearText: p.yearText }, say) : nothing}
      <div class="sr-only" role="status" aria-live="polite">${p.announcement}</div>
      ${p.diagnostics}
      ${reportTemplate(p.report, lang)}
    </figure>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}
