/** The tooltip's template: a region's name and lines, placed at the point shown, flipped near the right and bottom edges. */
import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleProps } from '../../base/style-props.js';
import type { TooltipState } from '../../controllers/tooltip-controller.js';
import type { MapGeometry } from './geometry.js';
import type { Target } from './rank-map-view.js';

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
  const classes = { tooltip: true, left: px > w * 0.55, up: py > h * 0.6, 'no-data': x.tip.noData };
  return html`<div part="tooltip" class=${classMap(classes)} aria-hidden="true" style=${styleProps({ left: `${px}px`, top: `${py}px` })}>
      <div class="tip-title">${x.tip.title}</div>
      <dl>${x.tip.lines.map((l) => html`<div class=${`tip-${l.kind}`}><dt>${l.label}</dt><dd>${l.value}</dd></div>`)}</dl>
    </div>`;
}
