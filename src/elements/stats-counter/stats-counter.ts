import { html, nothing, type PropertyValues } from 'lit';
import { GovElement } from '../../base/gov-element.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { common } from '../../base/i18n.js';
import type { ResultsModel } from '../../data/model.js';
import { counterStyles } from './stats-counter.styles.js';
import { sourceLinks } from '../../base/sources.js';
import { countText, countValue, type NumberStyle } from './format-number.js';
import { counterMessages as t, selectCounterView, type StatsCounterView } from './stats-counter-select.js';

export type { StatsCounterView };

/** Length of the count-up, in milliseconds. */
export const COUNT_DURATION = 1200;
/** How long a partly visible counter waits for half of it to show before it counts anyway. */
const PARTLY_VISIBLE_MS = 1000;

/**
 * One headline statistic from the results file: its label, the value (counting up once when half
 * of the element is in view), unit, date and source, and the change against an earlier value.
 * Numbers are written by `Intl.NumberFormat` in the page's language. Screen readers get the final
 * value only; under `prefers-reduced-motion` the final value shows at once.
 *
 * @tag gov-stats-counter
 *
 * @attr stat - Id of the statistic in the results file, e.g. `gov-websites`. Required.
 * @attr [format=auto] - `compact` (1.45万 / 14.5K), `full` (14,474) or `auto` (default: compact from 10,000, else full).
 *
 * @prop {string | null} stat
 * @prop {'compact' | 'full' | 'auto' | null} format
 *
 * @fires gov-loadstart - Loading begins. `detail: { url }`.
 * @fires gov-load - The data is loaded and valid. `detail: { url, diagnostics }`.
 * @fires gov-error - Loading failed, or the file has no statistic with this id (kind `no-data`). `detail: { kind, message, url, status }`.
 * @fires gov-loadend - After gov-load or gov-error, or when a load is given up (a new source, or the element left the page). `detail: { url, ok, aborted? }`.
 *
 * @csspart counter - The box of the four rows.
 * @csspart label - The statistic's label.
 * @csspart figure - The row of the value, with "约/about" and the unit.
 * @csspart value - The number (counting up).
 * @csspart unit - The unit.
 * @csspart change - The change against the earlier value.
 * @csspart meta - Date and sources.
 * @csspart status - The loading skeleton and the error box.
 *
 * @cssprop --gov-rank-text - Colour of the value and the change.
 * @cssprop --gov-rank-muted - Colour of the label, unit, date and source.
 * @cssprop --gov-rank-accent - Colour of a source link on hover.
 * @cssprop --gov-rank-skeleton - Colour of the loading bars.
 * @cssprop --gov-rank-font - Font family.
 * @cssprop --gov-rank-radius - Corner radius of the loading bars and error box.
 */
export class GovStatsCounter extends GovElement<StatsCounterView> {
  static override styles = [...GovElement.styles, counterStyles];

  static override properties = {
    ...GovElement.properties,
    stat: { type: String, reflect: true },
    format: { type: String, reflect: true },
    _current: { state: true },
  };

  declare stat: string | null;
  declare format: NumberStyle | null;
  /** The value the animation shows now; undefined when the final value is shown. */
  declare protected _current: number | undefined;

  private _phase: 'waiting' | 'running' | 'done' = 'waiting';
  private _frame = 0;
  /**
   * The count starts when half of the counter is in view. Partly visible: a clipping box or a
   * counter taller than the viewport may never show half of it, so a part that stays in view for
   * a second starts the count too.
   */
  private readonly _inView = new InViewController(this, { ratio: 0.5, partlyAfter: PARTLY_VISIBLE_MS, onInView: () => this.maybeStart() });

  constructor() {
    super();
    this.stat = null;
    this.format = null;
    this._current = undefined;
    // Rendered on a server, or hydrating its render: the final value stays, nothing counts up.
    if (this.prerendered) this._phase = 'done';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._frame) cancelAnimationFrame(this._frame);
    this._frame = 0;
    // Never left half-way: a removed and re-added counter shows its final value.
    if (this._phase === 'running') this.finish();
  }

  protected selectView(model: ResultsModel): StatsCounterView {
    return selectCounterView(model, { stat: this.stat, format: this.format }, this.resolvedLang);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.maybeStart();
  }

  /** Whether the page asks for reduced motion. */
  private get reducedMotion(): boolean {
    return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  }

  /** Starts the count-up once: when there is a value and half of the element is in view. */
  private maybeStart(): void {
    if (this._phase !== 'waiting' || !this.view) return;
    if (this.reducedMotion || typeof requestAnimationFrame !== 'function') {
      this.finish();
      return;
    }
    if (!this._inView.inView) return;
    this._phase = 'running';
    const target = this.view.value;
    let start: number | undefined;
    const step = (now: number) => {
      start ??= now;
      const elapsed = now - start;
      // Done, or the statistic changed mid-count: show the (new) final value at once.
      if (elapsed >= COUNT_DURATION || !this.view || this.view.value !== target) {
        this._frame = 0;
        this.finish();
        return;
      }
      this._current = countValue(target, elapsed, COUNT_DURATION);
      this._frame = requestAnimationFrame(step);
    };
    this._frame = requestAnimationFrame(step);
  }

  private finish(): void {
    this._phase = 'done';
    this._current = undefined;
  }

  /** The number shown now: the final value, or the animation's value (0 until it starts). */
  private shownText(view: StatsCounterView): string {
    if (this._phase === 'done' || this.reducedMotion) return view.final;
    const v = this._phase === 'running' ? (this._current ?? 0) : 0;
    return countText(v, view.value, this.resolvedLang, view.style);
  }

  protected renderView(view: StatsCounterView): unknown {
    const m = t(this.resolvedLang);
    const shown = this.shownText(view);
    return html`<div class="counter" part="counter">
      <div class="label" part="label" title=${view.note ? `${view.label}\n${view.note}` : view.label}>${view.label}</div>
      <div class="figure" part="figure">
        ${view.approximate ? html`<span class="approx" aria-hidden="true">${m.about}</span>` : nothing}
        <span class="value" part="value" aria-hidden="true"><span class="ghost">${view.final}</span><span class="current">${shown}</span></span>
        ${view.unit ? html`<span class="unit" part="unit" aria-hidden="true">${view.unit}</span>` : nothing}
        <span class="sr-only">${view.spoken}</span>
      </div>
      <div class="change ${view.change?.direction ?? ''}" part="change">
        ${
          view.change
            ? html`<span aria-hidden="true">${view.change.visual}</span><span class="sr-only">${view.change.spoken}</span>`
            : nothing
        }
      </div>
      <div class="meta" part="meta">
        ${view.date}${m.sep}${sourceLinks(view.sources, this.resolvedLang, { short: true })}
      </div>
    </div>`;
  }

  protected override renderLoading(): unknown {
    return html`<div class="counter skeleton" part="counter status" role="status">
      <div class="label"><span class="sr-only">${common(this.resolvedLang).loading}</span></div>
      <div class="figure"></div>
      <div class="change"></div>
      <div class="meta"></div>
    </div>`;
  }
}
