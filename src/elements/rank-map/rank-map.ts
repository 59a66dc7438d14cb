/**
 * <gov-rank-map>: China's provinces (or the 32 key cities) coloured by one assessment year, with a
 * legend, tooltips, the South China Sea islands inset, keyboard and screen-reader access and a
 * table alternative. The bundled map is drawn from pre-projected data in a fixed viewBox (no
 * d3-geo); d3-geo is loaded on demand to project a user `geometry`. Lit renders.
 */
import { html, type PropertyValues } from 'lit';
import { TaskStatus } from '@lit/task';
import { GovElement } from '../../base/gov-element.js';
import { styleProps } from '../../base/style-props.js';
import { emit } from '../../base/events.js';
import { common } from '../../base/i18n.js';
import type { ResultsModel } from '../../data/model.js';
import { LoadController } from '../../controllers/load-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { IdleController } from '../../controllers/idle-controller.js';
import { AnnounceController } from '../../controllers/announce-controller.js';
import { planarSize } from '../../geo/planar.js';
import type { ColorBy } from './scale.js';
import { mapGeometry, type MapGeometry } from './geometry.js';
import { yearText } from '../../base/format.js';
import { optionalNumber } from '../../base/numbers.js';
import type { MapReport, MapSay, MapView, Target, Tally } from './rank-map-view.js';
import { InsetLabelController } from './rank-map-inset-label.js';
import { figureTemplate } from './rank-map-figure.js';
import { loadLater, type LaterModule, type TableTemplate } from './rank-map-later-load.js';
import { deriveMap, codeOf, highlightCodesOf, mismatchWarning, regionNameOf, sameKey } from './rank-map-targets.js';
import { announceView, selectMapView } from './rank-map-select.js';
import { loadUserGeometry, type UserGeometryData } from './rank-map-user-geometry.js';
import { MapInput } from './rank-map-input.js';
import { mapStyles } from './rank-map.styles.js';
import type { ImageFormat } from './rank-map-download.js';

// The map's public types live with its view model; `gov-rank/elements/map` exports them from here.
export type { MapReport, MapView } from './rank-map-view.js';

let uid = 0;

/**
 * A choropleth map of China's provincial-level units (or dots for the 32 key cities) for one
 * assessment year, with legend, tooltips, the 南海诸岛 inset, keyboard access and a table.
 *
 * @tag gov-rank-map
 * @summary Province choropleth of one assessment year, by tier, score or rank; key cities as dots.
 *
 * @attr src - URL of a results file (format v1). Without it: inline JSON child, the `data` property, else the bundled published results.
 * @attr assessment - Assessment id, e.g. `cps-online-service-province`. Default: the first assessment of `level`, else the first one.
 * @attr year - Report year. Default: the latest complete edition, else the latest with any value, else the newest.
 * @attr {'tier' | 'score' | 'rank'} color-by - `tier`, `score` or `rank`. Default: `tier` if the edition gives tiers (to at least as many rows as scores), else `score`, else `rank`.
 * @attr level - `province` or `city` (key cities as dots). Used to pick the assessment when `assessment` is not set.
 * @attr selected - Code (or any name form) of the selected region; reflects clicks and Enter.
 * @attr highlight - Comma-separated codes or names of regions to emphasise.
 * @attr inset - `south-china-sea` or `none`. Default: the inset with the bundled geometry, none with a user `geometry`.
 * @attr geometry - URL of your own GeoJSON or TopoJSON (e.g. an approved map); replaces the bundled provinces.
 * @attr geometry-key - Property of the geometry's features holding the region code or name (default: id, adcode, code, name — the first every feature has).
 * @attr approval-number - The map's approval number (审图号), shown under the map; without it the map says it is illustrative (示意图).
 * @attr attribution - Credit line for the geometry, shown under the map.
 * @attr download - Boolean: adds "下载图片 / Download image" buttons (PNG at 2×, or SVG) for the current view — the same picture as `gov-rank render map`. Hidden in print.
 * @attr lang - `zh-CN` or `en`; inherited from the nearest ancestor, else the document.
 * @attr [theme=auto] - `light`, `dark` or `auto` (the default: follows the page's `color-scheme`; see docs/embedding.md).
 * @attr loading - `eager` (default) or `lazy`.
 * @attr [timeout=15000] - Milliseconds before a request (data or geometry) is given up (default 15000).
 *
 * @prop {unknown} data - A results object given directly.
 * @prop {MapReport | undefined} report - What could not be matched between results and geometry (read-only; set once the map has drawn its regions, which may be a frame after `gov-load`).
 *
 * @fires gov-loadstart - Loading the results begins. `detail: { url }`.
 * @fires gov-load - The results are loaded and valid. `detail: { url, diagnostics }`.
 * @fires gov-error - The results or the geometry could not be used, or hold nothing for the map. `detail: { kind, message, url, status }` (`kind: 'geometry'` for a geometry file that loads but cannot be drawn; a geometry file that cannot be fetched or is not JSON gives `network`, `timeout`, `http` or `not-json`).
 * @fires gov-loadend - After gov-load or gov-error, or when a load is given up (a new source, or the element left the page). `detail: { url, ok, aborted? }`.
 * @fires gov-region-select - A region was selected (click, tap, Enter) or the selection cleared (Escape). `detail: { code, name, result }`.
 *
 * @csspart figure - The whole map figure.
 * @csspart svg - The map's SVG.
 * @csspart region - Each interactive region (a `<g>` holding the shape; `data-code` carries its code).
 * @csspart inset - The South China Sea islands inset.
 * @csspart legend - The legend.
 * @csspart tooltip - The tooltip.
 * @csspart table-toggle - The "表格 / Table" button.
 * @csspart download - The "下载图片 / Download image" buttons (`download`).
 * @csspart table - The data table (visually hidden until toggled).
 * @csspart off-map - The list of results without a shape on the map (e.g. 新疆生产建设兵团).
 * @csspart caption - Title, sources, approval number or the illustrative note.
 * @csspart status - The loading and error box.
 * @csspart diagnostics - Notes on rows and shapes that could not be matched.
 *
 * @cssprop --gov-rank-tier-1 - Fill of the best tier (… `--gov-rank-tier-6`).
 * @cssprop --gov-rank-seq-1 - Lowest colour of the score/rank ramp (… `--gov-rank-seq-6`, the highest).
 * @cssprop --gov-rank-no-data - Fill of regions without data.
 * @cssprop --gov-rank-no-data-stripe - Hatch lines of regions without data.
 * @cssprop --gov-rank-border - Region borders and the inset frame.
 * @cssprop --gov-rank-surface - Land without data role (inset, provinces under city dots).
 * @cssprop --gov-rank-selected - Outline of the selected region.
 * @cssprop --gov-rank-highlight - Outline of highlighted regions.
 * @cssprop --gov-rank-focus-ring - Keyboard focus outline.
 * @cssprop --gov-rank-transition - Duration of the colour transition (0 under reduced motion).
 * @cssprop --gov-rank-bg - Background of the map and tooltip.
 * @cssprop --gov-rank-text - Text colour.
 * @cssprop --gov-rank-muted - Secondary text colour.
 * @cssprop --gov-rank-accent - Colour of the caption's links.
 * @cssprop --gov-rank-radius - Corner radius of the tooltip and the status box.
 * @cssprop --gov-rank-font - Font family.
 */
export class GovRankMap extends GovElement<MapView> {
  static override styles = [...GovElement.styles, mapStyles];

  static override properties = {
    ...GovElement.properties,
    assessment: { type: String, reflect: true },
    year: { converter: optionalNumber, reflect: true },
    colorBy: { type: String, attribute: 'color-by', reflect: true },
    level: { type: String, reflect: true },
    selected: { type: String, reflect: true },
    highlight: { type: String },
    inset: { type: String, reflect: true },
    geometry: { type: String },
    geometryKey: { type: String, attribute: 'geometry-key' },
    approvalNumber: { type: String, attribute: 'approval-number' },
    download: { type: Boolean, reflect: true },
    attribution: { type: String },
    _width: { state: true },
    _tableOpen: { state: true },
  };

  declare assessment: string | null;
  declare year: number | null;
  declare colorBy: ColorBy | null;
  declare level: 'province' | 'city' | null;
  declare selected: string | null;
  declare highlight: string | null;
  declare inset: 'south-china-sea' | 'none' | null;
  declare geometry: string | null;
  declare geometryKey: string | null;
  declare approvalNumber: string | null;
  declare attribution: string | null;
  declare download: boolean;
  declare private _width: number;
  declare private _tableOpen: boolean;
  /** The data table is rendered after the map's first frame (idle time), not before it. */
  private readonly tableIdle = new IdleController(this, { timeout: 300, fallbackDelay: 50 });
  private _table?: TableTemplate;
  /** The chunk is in: the table's (and tooltip's) rules join the map's, and the table shows. */
  private readonly showTable = (m: LaterModule): void => {
    m.addLaterStyles(this.renderRoot as ShadowRoot);
    this._table = m.tableTemplate;
    if (this.isConnected) this.requestUpdate();
  };
  /** The polite live region: says the new assessment, year or colouring. */
  private readonly announcer = new AnnounceController(this);
  /** Pointer, touch and keyboard: the handlers; the tooltip and the roving tab stop once their chunk is in. */
  private readonly interaction = new MapInput(this, {
    targets: () => this._targets,
    selectedCode: () => this.selectedCode,
    hasSelection: () => !!this.selected,
    geoWidth: () => this._geo?.width,
    select: (code) => this.select(code),
  });
  /** Building the targets failed: renderView throws it, so the error box shows as before. */
  private _deriveFailure?: { error: unknown };
  /** Inside the inset's frame or left of it: measured after the update that draws the inset. */
  private readonly insetLabel = new InsetLabelController(this, () => ({ geo: this._geo, width: this._width, lang: this.resolvedLang }));

  /** What could not be matched between results and geometry, after the last render. */
  private _report?: MapReport;
  /** What could not be matched between results and geometry (read-only; set when the map renders). */
  get report(): MapReport | undefined {
    return this._report;
  }

  /**
   * The prefix of the ids inside the shadow root (unique per page: some engines resolve `url(#…)`
   * against the document). A server-rendered map keeps the server's, so the references the client
   * adds later (the table the toggle controls) match what hydration left in place.
   */
  private readonly _id = this.shadowRoot?.querySelector('[id$="-desc"]')?.id.slice(0, -5) ?? `gov-rank-map-${++uid}`;
  private _targets: Target[] = [];
  private _targetsKey?: unknown[];
  /** What the legend, the description and the report count, built with the targets. */
  private _tally?: Tally;
  private _geo?: MapGeometry;
  private _reportedMismatch?: string;

  constructor() {
    super();
    this.assessment = null;
    this.year = null;
    this.colorBy = null;
    this.level = null;
    this.selected = null;
    this.highlight = null;
    this.inset = null;
    this.geometry = null;
    this.geometryKey = null;
    this.approvalNumber = null;
    this.attribution = null;
    this.download = false;
    this._width = 0;
    this._tableOpen = false;
    new SizeController(this, {
      callback: (entries) => {
        const w = Math.round(entries[0]?.contentRect.width ?? 0);
        if (w > 0 && w !== this._width) this._width = w;
      },
    });
  }

  /** A user `geometry`, loaded as the results are (LoadController: shared loader, timeout, abort when the map leaves the page). */
  private readonly _geometry: LoadController<[string | null, string | null], UserGeometryData | null> = new LoadController(this, {
    args: () => [this.geometry, this.geometryKey],
    load: async ([geometry, key], signal): Promise<UserGeometryData | null> =>
      geometry
        ? loadUserGeometry(
            geometry,
            key,
            signal,
            // The shared loader: one request per URL per page, aborted when no map wants it any more.
            (url) => this._geometry.json(url, signal, 'geometry'),
            (e, url) => emit(this, 'gov-error', { kind: e.kind, message: e.message, url: e.url ?? url, status: e.status }),
          )
        : null,
  });

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The table alternative (every region's values, for screen readers and the 表格 toggle) is
    // as much text as the rest of the map together: lay it out after the map is on screen, its
    // module loaded then (or when the toggle is pressed first) and shown when it arrives. The
    // tooltip and arrow keys come in the same chunk, then or at the first interaction. A failed
    // load is tried again by the next update; a map that left the page redraws on return.
    if (this.view) this.tableIdle.schedule();
    if (this.tableIdle.done) this.interaction.load();
    if ((this.tableIdle.done || this._tableOpen) && !this._table) void loadLater().then(this.showTable, () => {});
  }

  // ---- selection of the view (pure: runs when a public property or the data changes) ----

  protected selectView(model: ResultsModel): MapView {
    const p = { assessment: this.assessment, year: this.year, colorBy: this.colorBy, level: this.level };
    return selectMapView(model, p, this.resolvedLang);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this._width) this._width = this.serverWidth ?? (this.isConnected ? Math.round(this.getBoundingClientRect().width) || 0 : 0);
    super.willUpdate(changed);
    const v = this.view;
    if (v) {
      this.announcer.follow(`${v.assessment.id}|${v.edition.year}|${v.colorBy}`, () => announceView(v, this.resolvedLang));
    }
    // Derived data for renderView: targets, tally and report (and the mismatch warning).
    this._deriveFailure = undefined;
    try {
      this.derive();
    } catch (error) {
      this._deriveFailure = { error };
    }
  }

  /** The geometry drawn and the targets on it, once per view, geometry, width and language (not per hover). */
  private derive(): void {
    const view = this.view;
    // As render(): nothing is drawn until a user geometry is in.
    if (!view || (this.geometry && this._geometry.task.status !== TaskStatus.COMPLETE)) return;
    const lang = this.resolvedLang;
    const user = this._geometry.task.value ?? null;
    // The geometry lives in a fixed space (the viewBox) and CSS scales it: the rendered width
    // only sizes what must stay usable in screen px (callouts, dots, labels, hatch).
    const width = this._width > 0 ? this._width : 800;
    const geo = user ? user.geometry(this.insetOn) : mapGeometry({ inset: this.insetOn });
    this._geo = geo;
    // Targets (names, tooltips, callouts) depend on the view, the geometry, the width and the
    // language — not on hover or focus, which re-render often: build them once per change.
    const key = [view, geo, width, lang];
    if (sameKey(this._targetsKey, key)) return;
    ({ targets: this._targets, tally: this._tally, report: this._report } = deriveMap(view, geo, user?.problems ?? null, width, lang));
    this._targetsKey = key;
    this.warnMismatch();
  }

  protected override render(): unknown {
    if (this.geometry) {
      const g = this._geometry.task;
      if (g.status === TaskStatus.ERROR) return this.renderError(g.error);
      if (g.status !== TaskStatus.COMPLETE) return this.renderLoading();
    }
    return super.render();
  }

  private get insetOn(): boolean {
    if (this.inset === 'none') return false;
    if (this.inset === 'south-china-sea') return true;
    return !this.geometry;
  }

  protected override renderLoading(): unknown {
    const size = planarSize(this.insetOn);
    return html`<div class="status loading skeleton" part="status" role="status" aria-live="polite" style=${styleProps({ aspectRatio: `${size.width} / ${size.height}` })}>
      ${common(this.resolvedLang).loading}
    </div>`;
  }

  // ---- render ----

  /** The language, data text and region names the template modules word things with. */
  private get say(): MapSay {
    return { lang: this.resolvedLang, text: (v) => this.text(v), nameOf: (code, fallback, full) => this.nameOf(code, fallback, full) };
  }

  private nameOf(code: string, fallback?: string, full = false): string {
    return regionNameOf(code, this.resolvedLang, fallback, full);
  }

  private get selectedCode(): string | null {
    return this.selected ? codeOf(this._targets, this.selected) : null;
  }

  protected renderView(view: MapView, model: ResultsModel): unknown {
    if (this._deriveFailure) throw this._deriveFailure.error;
    const lang = this.resolvedLang;
    const focus = this.interaction.focusCode;
    return figureTemplate(
      {
        id: this._id,
        lang,
        say: this.say,
        view,
        geo: this._geo!,
        targets: this._targets,
        tally: this._tally!,
        user: !!(this._geometry.task.value ?? null),
        width: this._width > 0 ? this._width : 800,
        selected: this.selectedCode,
        highlight: highlightCodesOf(this._targets, this.highlight),
        focus,
        active: this.interaction.active,
        insetLabelOut: this.insetLabel.out,
        tooltip: this.interaction.tooltip(this._targets, this._geo!),
        approvalNumber: this.approvalNumber,
        attribution: this.attribution,
        title: this.text(view.edition.title) || this.text(view.assessment.name),
        yearText: yearText(view.edition, lang),
        tableOpen: this._tableOpen,
        tableReady: this.tableIdle.done,
        table: this._table,
        announcement: this.announcer.text,
        diagnostics: this.renderDiagnostics(model),
        report: this.report,
      },
      {
        ...this.interaction.handlers,
        onTableToggle: () => (this._tableOpen = !this._tableOpen),
        ...(this.download ? { onDownload: (f: ImageFormat) => void this.saveImage(f) } : {}),
      },
    );
  }

  /** The current view (year, colouring, language, selection, colour scheme) as an image: the same SVG as `gov-rank render map`, or a PNG at 2×. */
  async toImage(format: ImageFormat = 'png'): Promise<Blob> {
    const view = this.view;
    if (!view) throw new Error('gov-rank-map: nothing drawn yet');
    const { mapImage } = await import('./rank-map-download.js');
    const opts = {
      lang: this.resolvedLang,
      selected: this.selectedCode,
      highlight: this.highlight,
      inset: this.inset,
      approvalNumber: this.approvalNumber,
      attribution: this.attribution,
    };
    // In the scheme the map is shown in (page, ancestor or own theme, reader's preference).
    return mapImage(format, view, opts, this.renderRoot);
  }

  private async saveImage(format: ImageFormat): Promise<void> {
    const view = this.view;
    if (!view) return;
    const image = await this.toImage(format);
    const { saveBlob } = await import('./rank-map-download.js');
    saveBlob(image, `${view.assessment.id}-${view.edition.year}.${format}`);
  }

  private warnMismatch(): void {
    const r = this.report;
    if (!r || !this.geometry) return;
    const w = mismatchWarning(r);
    if (!w || w.key === this._reportedMismatch) return;
    this._reportedMismatch = w.key;
    console.warn(w.message);
  }

  // ---- selection ----

  /** Selects a region (or clears the selection with null) and fires gov-region-select. */
  private select(code: string | null): void {
    const x = code ? this._targets.find((y) => y.code === code) : undefined;
    this.selected = x ? x.code : null;
    emit(this, 'gov-region-select', { code: x ? x.code : null, name: x ? x.name : null, ...(x?.row ? { result: x.row } : {}) });
  }
}
