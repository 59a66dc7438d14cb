/**
 * The tooltip's template — a region's name and lines, placed at the point shown, flipped near the
 * right and bottom edges — and its rules, added to the map's styles when the chunk arrives.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../../base/style-props.js';
import type { TooltipState } from '../../controllers/tooltip-controller.js';
import type { MapGeometry } from './geometry.js';
import type { Target } from './rank-map-view.js';

export const tooltipStyles = css`
  .tooltip {
    position: absolute;
    z-index: 1;
    pointer-events: none;
    transform: translate(12px, 12px);
    /* Its own width, not what is left of the map right of the point (near the edge that was a
       column one character wide); keepInside then moves it back inside. */
    width: max-content;
    min-width: 8em;
    max-width: min(18em, 80%);
    padding: 0.4em 0.6em;
    background: var(--_gr-bg);
    color: var(--_gr-text);
    border: 1px solid var(--_gr-border);
    border-radius: var(--_gr-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
    font-size: calc(0.8125 * var(--_gr-font-size));
    line-height: 1.35;
  }
  .tooltip.left {
    transform: translate(calc(-100% - 12px), 12px);
  }
  .tooltip.up {
    transform: translate(12px, calc(-100% - 12px));
  }
  .tooltip.left.up {
    transform: translate(calc(-100% - 12px), calc(-100% - 12px));
  }
  .tip-title {
    font-weight: 600;
    margin-bottom: 0.15em;
  }
  .tooltip dl {
    margin: 0;
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6em;
  }
  .tooltip dl > div {
    display: contents;
  }
  .tooltip dt {
    color: var(--_gr-muted);
    white-space: nowrap;
  }
  .tooltip dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
`;

/** `svgBox`: the svg's size on screen, measured before the render (undefined: the fixed space's size). */
export function tooltipTemplate(
  tip: TooltipState,
  targets: readonly Target[],
  geo: MapGeometry,
  svgBox: { width: number; height: number } | undefined,
): TemplateResult | typeof nothing {
  const x = tip.kind === 'shown' ? targets.find((y) => y.code === tip.code) : undefined;
  if (tip.kind !== 'shown' || !x) return nothing;
  const box = svgBox;
  const scale = box && box.width ? box.width / geo.width : 1;
  const px = tip.x * scale;
  const py = tip.y * scale;
  const w = box?.width || geo.width;
  const h = box?.height || geo.height;
  const cls = `tooltip${px > w * 0.55 ? ' left' : ''}${py > h * 0.6 ? ' up' : ''}${x.tip.noData ? ' no-data' : ''}`;
  return html`<div part="tooltip" class=${cls} aria-hidden="true" style=${styleProps({ left: `${px}px`, top: `${py}px` })}>
      <div class="tip-title">${x.tip.title}</div>
      <dl>${x.tip.lines.map((l) => html`<div class=${`tip-${l.kind}`}><dt>${l.label}</dt><dd>${l.value}</dd></div>`)}</dl>
    </div>`;
}
