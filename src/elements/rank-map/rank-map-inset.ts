/** The South China Sea islands inset and the Hong Kong / Macau callouts (their circles, leaders and labels). */
import { svg, type SVGTemplateResult } from 'lit';
import type { Lang } from '../../base/lang.js';
import { mapMessages } from './messages.js';
import type { Callout, InsetGeometry } from './geometry.js';

/** The inset label's anchor (its end): inside the frame's right edge, or left of the frame (`out`). */
export function insetLabelX(box: InsetGeometry['box'], out: boolean, u: number): number {
  return (out ? box.x : box.x + box.width) - 4 * u;
}

export interface InsetOptions {
  /** The element's id prefix: the inset's clip path is `${id}-inset`. */
  id: string;
  lang: Lang;
  /** Units of the fixed space per screen px. */
  u: number;
  /** The map's width in screen px. */
  width: number;
  /** The label is set left of the frame (it does not fit inside clear of the dashes). */
  labelOut: boolean;
}

export function insetTemplate(ins: InsetGeometry, opts: InsetOptions): SVGTemplateResult {
  const { id, lang, u, width } = opts;
  const {
    box,
    transform: [k, dx, dy],
  } = ins;
  // Label size in screen px, then in units.
  const fs = Math.max(9, Math.min(13, width * 0.013)) * u;
  return svg`<g part="inset" class="inset" aria-hidden="true">
      <rect class="frame" x=${box.x} y=${box.y} width=${box.width} height=${box.height}></rect>
      <g clip-path="url(#${id}-inset)">
        <path class="neighbours" d=${ins.neighbours}></path>
        <path class="land" d=${ins.land} transform="matrix(${k} 0 0 ${k} ${dx} ${dy})"></path>
      </g>
      <path class="dashes" d=${ins.dashes}></path>
      ${ins.islands.map((i) => svg`<path class="island" d=${i.d}></path><circle class="island" cx=${i.at[0]} cy=${i.at[1]} r=${u}></circle>`)}
      <text class="inset-label" x=${insetLabelX(box, opts.labelOut, u)} y=${box.y + box.height - 4 * u} text-anchor="end" font-size=${fs}>${mapMessages(lang).southChinaSea}</text>
    </g>`;
}

/** A callout's leader, hit circle and circle (inside its region's group). */
export function calloutTemplate(c: Callout): SVGTemplateResult {
  return svg`<line class="leader" x1=${c.anchor[0]} y1=${c.anchor[1]} x2=${c.x} y2=${c.y}></line>
      <circle class="hit" cx=${c.x} cy=${c.y} r=${c.hit}></circle>
      <circle class="callout" cx=${c.x} cy=${c.y} r=${c.r}></circle>`;
}

/** The callouts' names, right of their circles. */
export function calloutLabelsTemplate(callouts: readonly Callout[], u: number, lang: Lang): SVGTemplateResult {
  return svg`<g class="callout-labels" aria-hidden="true" font-size=${10 * u}>${callouts.map(
    (c) => svg`<text class="callout-label" x=${c.x + c.r + 2 * u} y=${c.y} dy="0.35em">${c.label[lang]}</text>`,
  )}</g>`;
}
