/**
 * STUB — NOT THE REAL <gov-rank-map>. A minimal stand-in used only to build and check the
 * benchmark harness before src/define/map.ts exists: a GovElement that draws the 34 bundled
 * provinces in the real element's markup (`g.region[data-code]` with `--fill`, holding a
 * `path.shape[data-code]`), filled by tier. scripts/bench.mjs uses it only when
 * src/define/map.ts is missing, and then labels every figure "STUB". Its numbers mean nothing.
 */
import { html, svg, css } from 'lit';
import { geoPath } from 'd3-geo';
import { GovElement, noData } from '../src/base/gov-element.js';
import { define } from '../src/base/define.js';
import { chinaFeatureList, fitChina } from '../src/geo/index.js';
import { findAssessment, findEdition } from '../src/data/query.js';
import type { Edition, ResultsModel } from '../src/data/model.js';
import { tierVar } from '../src/base/tokens.js';

class StubMap extends GovElement<Edition> {
  static override styles = [
    ...GovElement.styles,
    css`:host { display: block; } .shape { fill: var(--fill); stroke: #fff; stroke-width: 0.5; }`,
  ];
  static override properties = { ...GovElement.properties, year: { type: Number, reflect: true } };
  declare year: number | undefined;
  constructor() {
    super();
    this.year = undefined;
  }
  protected select(model: ResultsModel): Edition {
    const a = findAssessment(model, { level: 'province' });
    const e = a && findEdition(a, this.year);
    if (!e) throw noData('no edition');
    return e;
  }
  protected renderView(edition: Edition): unknown {
    const fit = fitChina(800);
    const path = geoPath(fit.projection);
    return html`<svg viewBox="0 0 ${fit.width} ${fit.height}" width="100%">
      ${chinaFeatureList().map((f) => {
        const row = edition.byCode.get(f.id);
        const fill = row?.tierIndex !== undefined ? tierVar(row.tierIndex) : 'var(--gov-rank-no-data)';
        return svg`<g class="region" data-code=${f.id} style=${`--fill: ${fill}`}><path class="shape" data-code=${f.id} d=${path(f) ?? ''}></path></g>`;
      })}
    </svg>`;
  }
}
define('gov-rank-map', StubMap);
export { StubMap as GovRankMap };
