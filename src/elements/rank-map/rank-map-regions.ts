/** The map's interactive regions (a shape, a dot or a callout per target) and the rings drawn over them. */
import { svg, nothing, type SVGTemplateResult } from 'lit';
import { styleProps } from '../../base/style-props.js';
import type { Lang } from '../../base/lang.js';
import { tooltipSentence } from './tooltip.js';
import { calloutTemplate } from './rank-map-inset.js';
import type { Target } from './rank-map-view.js';

export interface RegionOptions {
  /** Codes to emphasise: the others are dimmed (none: nothing is). */
  highlight: ReadonlySet<string>;
  /** The region in the tab order (roving focus). */
  tabCode: string | null | undefined;
  selected: string | null;
  /** The hatch of regions without a colour: `url(#…-nodata)`. */
  noDataFill: string;
  lang: Lang;
}

export function regionTemplate(x: Target, opts: RegionOptions): SVGTemplateResult {
  const { highlight, tabCode, selected, noDataFill, lang } = opts;
  const fill = x.item?.color ?? noDataFill;
  const cls = `region${x.dot ? ' dot' : ''}${x.item ? '' : ' no-data'}${highlight.size > 0 && !highlight.has(x.code) ? ' dim' : ''}`;
  const label = tooltipSentence(x.tip, lang);
  return svg`<g part="region" class=${cls} role="button" tabindex=${x.code === tabCode ? 0 : -1}
        data-code=${x.code} aria-label=${label} aria-pressed=${x.code === selected ? 'true' : 'false'} style=${styleProps({ '--fill': fill })}>
        ${
          x.dot
            ? svg`<circle class="hit" cx=${x.dot.x} cy=${x.dot.y} r=${x.dot.hit}></circle><circle class="shape" data-code=${x.code} cx=${x.dot.x} cy=${x.dot.y} r=${x.dot.r}></circle>`
            : svg`<path class="shape" data-code=${x.code} d=${x.d}></path>`
        }
        ${x.callout ? calloutTemplate(x.callout) : nothing}
      </g>`;
}

/** An outline over a region (and its callout): `cls` is highlight, selected, hover or focus. `u`: units per screen px. */
export function ringTemplate(targets: readonly Target[], code: string | null, cls: string, u: number): SVGTemplateResult | typeof nothing {
  const x = code ? targets.find((y) => y.code === code) : undefined;
  if (!x) return nothing;
  if (x.dot) return svg`<circle class=${`ring ${cls}`} cx=${x.dot.x} cy=${x.dot.y} r=${x.dot.r + 1.5 * u}></circle>`;
  return svg`<path class=${`ring ${cls}`} d=${x.d}></path>${x.callout ? svg`<circle class=${`ring ${cls}`} cx=${x.callout.x} cy=${x.callout.y} r=${x.callout.r + 1.5 * u}></circle>` : nothing}`;
}
