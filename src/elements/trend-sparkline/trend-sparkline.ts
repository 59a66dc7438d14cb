import { html, svg, nothing, type PropertyValues } from 'lit';
import { GovElement } from '../../base/gov-element.js';
import { SizeController } from '../../controllers/size-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { styleProps } from '../../base/style-props.js';
import { common } from '../../base/i18n.js';
import { tierVar } from '../../base/tokens.js';
import type { Assessment, ResultsModel } from '../../data/model.js';
import type { Region } from '../../data/regions.js';
import { labelPlace, type SparkBand, type SparkGeometry } from './sparkline-geometry.js';
import { LABEL_PX, pointText, shortValue, trendGeometry, trendText, valueText, type TrendMetric, type TrendPoint } from './trend-series.js';
import { sparklineStyles } from './trend-sparkline.styles.js';
import { selectSparklineView } from './trend-sparkline-select.js';

export interface SparklineView {
  region: Region;
  assessment: Assessment;
  metric: TrendMetric;
  points: TrendPoint[];
  summary: string;
  gaps: number[];
  bands: SparkBand[];
}

/**
 * One region's rank or score across the editions of an assessment, as a sparkline. Years
 * without a value are gaps, never interpolated. Years shown are data years (the year rated),
 * or the report year when an edition states no data year.
 *
 * Keyboard: the chart is one tab stop; ←/→ move between points (↑ as →, ↓ as ←), Home/End jump to the
 * first/last. Hover or focus shows the year and value.
 *
 * @tag gov-trend-sparkline
 * @attr region - The region: any name form or GB/T 2260 code (广东, 广东省, Guangdong, CN-GD, 440000).
 * @attr metric - `rank` (default; 1 at the top) or `score`.
 * @attr assessment - Assessment id; default the first province-level assessment, or the first city-level one when `region` is a city.
 * @attr markers - Boolean: ring the best and worst points.
 * @attr bands - Boolean: shade the tier bands behind a `score` line (assessments whose tiers have score thresholds).
 * @prop {string | null} region
 * @prop {'rank' | 'score'} metric
 * @prop {string | null} assessment
 * @prop {boolean} markers
 * @prop {boolean} bands
 * @fires gov-loadstart - Loading begins.
 * @fires gov-load - The data is loaded and valid.
 * @fires gov-error - Loading failed, or the data has nothing for this region (`kind: "no-data"`).
 * @fires gov-loadend - After gov-load or gov-error, or when a load is given up (a new source, or the element left the page). `detail: { url, ok, aborted? }`.
 * @csspart chart - The box of the chart (its height is `--gov-rank-sparkline-height`).
 * @csspart svg - The SVG (role list; its accessible name summarises the trend).
 * @csspart line - The line path (one subpath per unbroken run of years).
 * @csspart point - Each dot (one per edition with a value).
 * @csspart label - The last value's label.
 * @csspart marker - The best/worst rings (`markers`).
 * @csspart band - A tier band (`bands`).
 * @csspart tooltip - The year-and-value tooltip.
 * @csspart status - The loading and error box.
 * @csspart diagnostics - The note listing rows left out of the file (unknown regions).
 * @cssprop [--gov-rank-sparkline-height=40px] - Height of the chart.
 * @cssprop --gov-rank-accent - Default colour of the line and dots.
 * @cssprop --gov-rank-tier-1 - Colour of the best tier's band (`bands`; … `--gov-rank-tier-6`).
 * @cssprop --gov-rank-bg - Background of the tooltip.
 * @cssprop --gov-rank-transition - Duration of the point transitions (0 under reduced motion).
 * @cssprop [--gov-rank-sparkline-color=var(--gov-rank-accent)] - Colour of the line and dots.
 */
export class GovTrendSparkline extends GovElement<SparklineView> {
  static override styles = [...GovElement.styles, sparklineStyles];

  static override properties = {
    ...GovElement.properties,
    region: { type: String, reflect: true },
    metric: { type: String, reflect: true },
    assessment: { type: String, reflect: true },
    markers: { type: Boolean, reflect: true },
    bands: { type: Boolean, reflect: true },
    _width: { state: true },
    _height: { state: true },
  };

  declare region: string | null;
  declare metric: TrendMetric;
  declare assessment: string | null;
  declare markers: boolean;
  declare bands: boolean;
  declare private _width: number;
  declare private _height: number;

  /** The roving tab stop: an index into the points with a value (undefined: the last point). */
  private readonly roving: RovingFocusController<number> = new RovingFocusController<number>(this, {
    items: () => [...this.renderRoot.querySelectorAll('circle[part="point"]')].map((_, i) => i),
    itemOf: (target) => {
      const points = [...this.renderRoot.querySelectorAll('circle[part="point"]')];
      const i = points.indexOf(target as Element);
      return i >= 0 ? i : undefined;
    },
    // ←/↓ one point back, →/↑ one forward, stopping at the ends.
    step: (from, key) => {
      const n = this.renderRoot.querySelectorAll('circle[part="point"]').length;
      return key === 'ArrowRight' || key === 'ArrowUp' ? Math.min(n - 1, from + 1) : Math.max(0, from - 1);
    },
    element: (i) => this.renderRoot.querySelectorAll<SVGElement>('circle[part="point"]')[i],
    onMove: () => this.tooltip.setHover(null),
    // The update removed the focused point (another metric or region has fewer editions): keep
    // keyboard focus in the chart instead of dropping it to <body>.
    refocus: (): SVGElement | undefined => {
      const points = this.renderRoot.querySelectorAll<SVGElement>('circle[part="point"]');
      return points[Math.min(Math.max(this.roving.active ?? -1, 0), points.length - 1)];
    },
  });
  /** The point under the pointer (an index into the points with a value); the tooltip kept inside the element. */
  private readonly tooltip = new TooltipController<number>(this, {
    keepInside: () => ({ tip: this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]'), box: this }),
  });

  constructor() {
    super();
    this.region = null;
    this.metric = 'rank';
    this.assessment = null;
    this.markers = false;
    this.bands = false;
    this._width = 0;
    this._height = 40;
    new SizeController(this, { callback: () => this.measure() });
  }

  /** Width from the host (it fills its container), height from --gov-rank-sparkline-height (the host's min-height). */
  private measure(): void {
    const w = Math.round(this.clientWidth);
    const h = Math.round(parseFloat(getComputedStyle(this).minHeight)) || 40;
    if (w !== this._width) this._width = w;
    if (h !== this._height) this._height = h;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Before the size observer's first measure: the width a server rendered for, if it did.
    if (!this._width) this._width = this.serverWidth ?? 0;
    super.willUpdate(changed);
  }

  protected selectView(model: ResultsModel): SparklineView {
    const p = { region: this.region, metric: this.metric, assessment: this.assessment, bands: this.bands };
    return selectSparklineView(model, p, this.resolvedLang);
  }

  private geometry(view: SparklineView): SparkGeometry {
    return trendGeometry(view, this._width, this._height, this.resolvedLang);
  }

  protected renderView(view: SparklineView, _model: ResultsModel): unknown {
    const lang = this.resolvedLang;
    const m = trendText(lang);
    const g = this.geometry(view);
    const n = g.points.length;
    const at = this.roving.active ?? -1;
    const active = at >= 0 && at < n ? at : n - 1;
    const focused = this.roving.focused;
    const hover = this.tooltip.hover ?? -1;
    const shown = hover >= 0 && hover < n ? hover : focused ? active : -1;
    const last = g.points[n - 1];
    const tip = shown >= 0 ? g.points[shown] : undefined;
    const tipPoint = tip ? view.points[tip.i] : undefined;
    const best = this.markers ? g.best : undefined;
    const worst = this.markers && g.worst && g.best && g.worst.value !== g.best.value ? g.worst : undefined;
    const note = (i: number) => (best && g.points[i] === best ? ` (${m.best})` : worst && g.points[i] === worst ? ` (${m.worst})` : '');
    const w = Math.max(g.width, 1);
    // Key and focus listeners sit on the wrapper: on the <svg> they would give it a tab stop of its own.
    return html`<div
        class="chart"
        part="chart"
        @keydown=${(e: KeyboardEvent) => this.roving.handleKey(e, active)}
        @focusin=${this.roving.onFocusIn}
        @focusout=${this.roving.onFocusOut}
      >
        <svg
          part="svg"
          width=${w}
          height=${g.height}
          viewBox="0 0 ${w} ${g.height}"
          role="list"
          aria-label=${view.summary}
          aria-describedby=${view.gaps.length ? 'gaps' : nothing}
          @pointermove=${(e: PointerEvent) => this.onPointer(e, g)}
          @pointerleave=${() => this.tooltip.setHover(null)}
        >
          <g aria-hidden="true">
            ${g.bands.map((b) => svg`<rect part="band" class="band" x="0" width=${w} y=${b.y0} height=${Math.max(0, b.y1 - b.y0)} fill=${tierVar(b.index)}></rect>`)}
            <path part="line" class="line" d=${g.d}></path>
            ${best ? svg`<circle part="marker" class="marker best" cx=${best.px} cy=${best.py} r="5.5"></circle>` : nothing}
            ${worst ? svg`<circle part="marker" class="marker worst" cx=${worst.px} cy=${worst.py} r="5.5"></circle>` : nothing}
            ${last ? this.renderLabel(g, last, shortValue(last, view.metric, lang)) : nothing}
            ${focused && g.points[active] ? svg`<circle class="ring" cx=${g.points[active]!.px} cy=${g.points[active]!.py} r="6"></circle>` : nothing}
          </g>
          ${g.points.map(
            (p, i) => svg`<circle
              part="point"
              class="dot ${i === shown ? 'on' : ''}"
              role="listitem"
              tabindex=${i === active ? 0 : -1}
              aria-label=${pointText(view.points[p.i]!, view.metric, lang) + note(i)}
              data-year=${p.x}
              cx=${p.px}
              cy=${p.py}
              r="2.75"
            ></circle>`,
          )}
        </svg>
        ${view.gaps.length ? html`<span id="gaps" class="sr-only">${m.gaps(view.gaps.map((y) => common(lang).year(y)).join(m.sep))}</span>` : nothing}
        ${
          tip && tipPoint
            ? html`<div class="tip" part="tooltip" aria-hidden="true" style=${styleProps({ left: `${Math.round(tip.px)}px` })}>
              <strong>${common(lang).year(tipPoint.x)}</strong> ${valueText(tipPoint, view.metric, lang)}${note(shown)}
              ${tipPoint.dataYear !== undefined ? html`<div class="sub">${common(lang).reportYear(tipPoint.year)}</div>` : nothing}
            </div>`
            : nothing
        }
      </div>
      ${this.renderDiagnostics(_model)}`;
  }

  /**
   * The last value, right-aligned inside the chart and beside its point; kept inside the chart's
   * height by a reserved line box, so no font's ascent or descent can push it out (a rank-1 line
   * on the top edge has its label just below the edge).
   */
  private renderLabel(g: SparkGeometry, last: SparkGeometry['points'][number], text: string): unknown {
    const at = labelPlace(g, last, LABEL_PX);
    return svg`<text part="label" class="label" x=${at.x} y=${at.y} text-anchor="end">${text}</text>`;
  }

  private onPointer(e: PointerEvent, g: SparkGeometry): void {
    const svgEl = e.currentTarget as SVGSVGElement;
    const r = svgEl.getBoundingClientRect();
    // Screen px → the chart's own px: an ancestor's transform: scale() or zoom makes them differ.
    const x = (e.clientX - r.left) * (r.width ? svgEl.clientWidth / r.width : 1);
    let best = -1;
    let dist = Infinity;
    g.points.forEach((p, i) => {
      const d = Math.abs(p.px - x);
      if (d < dist) {
        dist = d;
        best = i;
      }
    });
    this.tooltip.setHover(best >= 0 ? best : null);
  }

  protected override renderLoading(): unknown {
    return html`<div class="skeleton" part="status" role="status">
      <span class="sr-only">${common(this.resolvedLang).loading}</span>
    </div>`;
  }
}
