/**
 * The base of every gov-rank element, thin as Shoelace's: the shared attributes and styles, the
 * view selected from the loaded results, and the loading and error states. The work is done by
 * controllers: ResultsController (src/controllers/: where the data comes from, the load, its
 * events, the abort when the element leaves the page), InViewController (`loading="lazy"`),
 * watchLang and watchTheme (the inherited `lang` and `theme`). An element subclass
 * only says how to select its view from the loaded results (`selectView`) and how to render it
 * (`renderView`), and may draw its own skeleton (`renderLoading`).
 */
import {
  LitElement,
  ReactiveElement,
  html,
  css,
  nothing,
  isServer,
  render as litRender,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { TaskStatus } from '@lit/task';
import type { ResultsModel } from '../data/model.js';
import { GovRankError, isGovRankError } from '../data/errors.js';
import { localize } from '../data/localize.js';
import type { Localized } from '../data/format.js';
import { VERSION } from '../version.js';
import { emit } from './events.js';
import { common, errorText, loadErrorText } from './i18n.js';
import { elementLang, watchLang, type Lang } from './lang.js';
import { tokenStyles } from './tokens.js';
import { watchTheme } from './theme.js';
import { optionalNumber } from './numbers.js';
import { ResultsController, safeAbsolute } from '../controllers/results-controller.js';
import { InViewController } from '../controllers/in-view-controller.js';

// Kept here too: the elements import it from their base.
export { noData } from './no-data.js';

/**
 * @attr src - URL of a results file (format v1). Without it: a child `<script type="application/json">`, else the `data` property, else the bundled published results.
 * @attr lang - Language of the element (`zh-CN` or `en`); inherited from the nearest ancestor with `lang`, else the document.
 * @attr [theme=auto] - `light` or `dark` forces a colour scheme; `auto` (the default) follows the page: dark only where the page's `color-scheme` allows dark and the reader prefers it. Without the attribute, the nearest ancestor's `theme` applies. See docs/embedding.md.
 * @attr loading - `eager` (default) loads at once; `lazy` waits until the element is near the viewport.
 * @attr [timeout=15000] - Milliseconds before a request is given up (default 15000).
 * @prop data - A results object (format v1) given directly, for frameworks and CMSs that cannot host a file.
 * @fires gov-loadstart - Loading begins. `detail: { url }`.
 * @fires gov-load - The data is loaded and valid. `detail: { url, diagnostics }`.
 * @fires gov-error - Loading failed, the data holds nothing for this element, or showing it failed (kind `render`). `detail: { kind, message, url, status }`.
 * @fires gov-loadend - After gov-load or gov-error, or when a load is given up (a new source, or the element left the page). `detail: { url, ok, aborted? }`.
 * @csspart status - The loading and error box (`status error` for the error box).
 * @cssprop --gov-rank-font - Font family.
 * @cssprop [--gov-rank-font-size=16px] - The size the element's text is measured from (a length in px or rem); the page's root and surrounding font sizes do not change it.
 * @cssprop --gov-rank-text - Text colour.
 * @cssprop --gov-rank-muted - Secondary text colour (and the loading text).
 * @cssprop --gov-rank-focus-ring - Focus outline colour.
 * @cssprop --gov-rank-error - Error text and border colour.
 * @cssprop --gov-rank-error-bg - Error box background.
 * @cssprop --gov-rank-skeleton - Loading box background.
 * @cssprop --gov-rank-radius - Corner radius of the loading and error boxes.
 */
export abstract class GovElement<View = unknown> extends LitElement {
  /** Compared by `define()` when the tag is registered twice. */
  static readonly version = VERSION;

  static override styles = [
    tokenStyles,
    css`
      .status {
        display: flex;
        flex-direction: column;
        justify-content: center;
        gap: 0.25em;
        width: 100%;
        height: 100%;
        min-height: inherit;
        padding: 0.75em 1em;
        border-radius: var(--_gr-radius);
        font-size: calc(0.875 * var(--_gr-font-size));
        line-height: 1.4;
        overflow: auto;
      }
      .status.loading {
        background: var(--_gr-skeleton);
        color: var(--_gr-muted);
        align-items: center;
      }
      .status.error {
        background: var(--_gr-error-bg);
        color: var(--_gr-error);
        border: 1px solid currentColor;
      }
      .status .title {
        font-weight: 600;
      }
      .status .detail {
        color: var(--_gr-text);
        overflow-wrap: anywhere;
        white-space: pre-line;
        font-size: calc(0.8125 * var(--_gr-font-size));
      }
      .diagnostics {
        color: var(--_gr-muted);
        font-size: calc(0.75 * var(--_gr-font-size));
        margin-top: 0.25em;
      }
      .diagnostics summary {
        cursor: pointer;
      }
    `,
  ];

  static override properties = {
    src: { type: String, reflect: true },
    data: { attribute: false },
    lang: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    loading: { type: String, reflect: true },
    timeout: { converter: optionalNumber },
    _docLang: { state: true },
  };

  declare src: string | null;
  declare data: unknown;
  declare theme: 'light' | 'dark' | 'auto' | null;
  declare loading: 'eager' | 'lazy';
  declare timeout: number | null | undefined;
  /** The `lang` this element inherits (watchLang keeps it: a switch selects the view again). */
  declare protected _docLang: string;

  /** The selected view, recomputed when a public property or the data changes. */
  protected view?: View;
  /** Set when the data loaded but holds nothing for this element (region, year, statistic). */
  protected viewError?: GovRankError;

  /** `loading="lazy"`: near the viewport yet (200px ahead)? */
  private readonly _nearView = new InViewController(this, {
    rootMargin: '200px',
    when: () => this.loading === 'lazy',
    onInView: () => this.requestUpdate(),
  });
  /** Where the data comes from, its load and its events. */
  protected readonly results = new ResultsController(this, { held: () => this.loading === 'lazy' && !this._nearView.inView });
  private _lastModel?: ResultsModel;
  private _reportedViewError?: string;
  /** An exception met while rendering the view, reported once the update is done. */
  private _renderFailure?: GovRankError;
  private _selectPending = false;
  /**
   * Rendered on a server now, or showing what a server rendered (its declarative shadow root was
   * there before the element was constructed): the first render must be the server's.
   */
  protected readonly prerendered: boolean = isServer || this.shadowRoot !== null;

  constructor() {
    super();
    this.src = null;
    this.data = undefined;
    this.theme = null;
    this.loading = 'eager';
    this.timeout = undefined;
    this._docLang = '';
    // The inherited `lang` kept as state: a switch selects the view again.
    watchLang(this, (lang) => (this._docLang = lang));
    // `theme` from an ancestor becomes a custom state the shared styles read (theme.ts).
    watchTheme(this);
  }

  /** The results' task (its status and value). */
  protected get dataTask(): ResultsController['task'] {
    return this.results.task;
  }

  /**
   * Shows `model` at once as the loaded results, without a load (ResultsController.give): for
   * server rendering (src/ssr/) and hydration (src/hydrate.ts). `model` must be what the
   * element's source holds.
   * @internal
   */
  showResults(model: ResultsModel): void {
    this.results.give(model);
  }

  /**
   * Hydration (src/hydrate.ts): loads the results of the element's source while it waits with
   * `defer-hydration`, and shows them on its first render, as the server did.
   * @internal
   */
  preloadResults(): Promise<void> {
    return this.results.preload();
  }

  /**
   * What selecting or drawing the view met (no data for the region or year, a failure), if any.
   * @internal
   */
  get viewProblem(): GovRankError | undefined {
    return this.viewError;
  }

  /**
   * The width in px a server rendered for (the `ssr-width` attribute renderElement writes), until
   * the first update: the first client render must be the server's; the size observer then
   * brings the real width, as for any resize.
   */
  protected get serverWidth(): number | undefined {
    if (!this.prerendered || this.hasUpdated) return undefined;
    const w = Number(this.getAttribute('ssr-width'));
    return w > 0 ? w : undefined;
  }

  /** The language this element speaks now. */
  get resolvedLang(): Lang {
    return elementLang(this);
  }

  /** Localised text of the data in this element's language. */
  protected text(value: Localized | undefined | null): string {
    return localize(value, this.resolvedLang);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('loading') && this.loading === 'lazy') this._nearView.watch();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const model = this.results.value;
    const modelChanged = model !== this._lastModel;
    const ctor = this.constructor as typeof GovElement;
    const publicChange = [...changed.keys()].some((k) => !ctor.elementProperties.get(k)?.state) || changed.has('_docLang');
    if (!model) {
      // While new data loads, keep the previous view (render() shows it): clearing it here would
      // flash the loading box on any update in between (a hover, a selection).
      if (this.dataTask.status !== TaskStatus.PENDING) {
        this._lastModel = undefined;
        this.view = undefined;
        this.viewError = undefined;
        this._reportedViewError = undefined;
      } else if (publicChange) {
        this._selectPending = true; // the loaded data may be the same object: select again anyway
      }
      return;
    }
    if (!modelChanged && !publicChange && !this._selectPending) return;
    this._selectPending = false;
    this._lastModel = model;
    try {
      this.view = this.selectView(model);
      this.viewError = undefined;
    } catch (err) {
      this.view = undefined;
      this.viewError = viewFailure(err);
      // A language switch alone re-words the message, it is not a new problem.
      const reworded =
        !modelChanged && this._reportedViewError !== undefined && [...changed.keys()].every((k) => k === 'lang' || k === '_docLang');
      this.reportViewError(this.viewError, reworded);
    }
  }

  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (err) {
      // renderView threw inside render(), before Lit reflected the attributes and closed the
      // update: finish that part, or the element would never update again.
      if (this.isUpdatePending) closeUpdate.call(this, changed);
      // The failure is recorded here, not in render(); the error box replaces the view (or what
      // Lit left of it when committing its template threw).
      litRender(this.renderError(this.failRender(err)), this.renderRoot, this.renderOptions);
    }
    // Reported after the update, not from render(): a listener may set properties.
    const failure = this._renderFailure;
    this._renderFailure = undefined;
    if (failure) this.reportViewError(failure, false);
    else if (this.view !== undefined && !this.viewError) this._reportedViewError = undefined; // drawn: a later problem is news
  }

  /** One gov-error per distinct problem, not one per render or per language. */
  private reportViewError(e: GovRankError, reworded: boolean): void {
    const key = `${e.kind}:${e.message}`;
    if (reworded) this._reportedViewError = key;
    else if (this._reportedViewError !== key) {
      this._reportedViewError = key;
      if (e.kind === 'render') console.error(`gov-rank: <${this.localName}> could not show its data:`, e.cause);
      emit(this, 'gov-error', { kind: e.kind, message: e.message, url: this.src ? safeAbsolute(this.src) : undefined });
    }
  }

  /** Shows `err` instead of the view until the next selection; reported at the end of the update. */
  private failRender(err: unknown): GovRankError {
    this.view = undefined;
    this.viewError = this._renderFailure = viewFailure(err);
    return this.viewError;
  }

  /**
   * Picks what this element shows from the loaded results. Throw `noData(message)` when the
   * results hold nothing for it: the element then shows that message and fires gov-error.
   */
  protected abstract selectView(model: ResultsModel): View;

  /** Renders the selected view. An exception shows the error box and fires gov-error (kind `render`). */
  protected abstract renderView(view: View, model: ResultsModel): unknown;

  /** The loading state; elements override it to draw a skeleton of their final size. */
  protected renderLoading(): unknown {
    return html`<div class="status loading" part="status" role="status" aria-live="polite">${common(this.resolvedLang).loading}</div>`;
  }

  protected renderError(error: unknown): unknown {
    const t = common(this.resolvedLang);
    const e = isGovRankError(error) ? error : new GovRankError('network', String(error));
    return html`<div class="status error" part="status error" role="alert">
      <span class="title">${t.errorTitle(e.kind)}</span>
      <span class="detail">${this.errorDetail(e)}</span>
    </div>`;
  }

  /**
   * The error's explanation in the element's language. The Chinese texts are loaded with the
   * page's first error box: until then the box shows its title, and draws again when they arrive.
   * (A server never draws an error box: renderElement rejects.)
   */
  protected errorDetail(e: GovRankError): string {
    const text = errorText(e, this.resolvedLang);
    if (text === undefined && !isServer) void loadErrorText().then(() => this.requestUpdate());
    return text ?? '';
  }

  /** A collapsed note naming the rows the file's unknown regions left out. */
  protected renderDiagnostics(model: ResultsModel): TemplateResult | typeof nothing {
    if (!model.diagnostics.length) return nothing;
    const t = common(this.resolvedLang);
    return html`<details class="diagnostics" part="diagnostics">
      <summary>${t.leftOut(model.diagnostics.length)}</summary>
      <ul>
        ${model.diagnostics.map((d) => html`<li>${t.unknownRegion(d.value)} <code>${d.path}</code></li>`)}
      </ul>
    </details>`;
  }

  protected override render(): unknown {
    const task = this.dataTask;
    if (task.status === TaskStatus.ERROR) return this.renderError(task.error);
    // Loaded, or given synchronously (server rendering, hydration: ResultsController.give).
    const model = this.results.value;
    if (model) {
      if (this.viewError) return this.renderError(this.viewError);
      return this.view === undefined ? this.renderLoading() : this.renderView(this.view, model);
    }
    // Keep showing the previous view while new data loads: no flash, no layout shift.
    if (this.view !== undefined && this._lastModel) return this.renderView(this.view, this._lastModel);
    return this.renderLoading();
  }
}

/** ReactiveElement's own update(): reflects the attributes and marks the update done (LitElement's renders first). */
// Element access: update() is protected (TypeScript allows reaching it this way).
const closeUpdate = ReactiveElement.prototype['update'] as (this: ReactiveElement, changed: PropertyValues) => void;

/**
 * What an exception while selecting or rendering a view becomes: a GovRankError as thrown
 * (`noData`), anything else — a bug, or a built-in the page replaced — an error of kind `render`.
 */
function viewFailure(err: unknown): GovRankError {
  if (isGovRankError(err)) return err;
  return new GovRankError('render', String((err as Error | undefined)?.message ?? err), { cause: err });
}
