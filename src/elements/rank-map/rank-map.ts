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
import { keepInside } from '../../base/keep-inside.js';
import { emit } from '../../base/events.js';
import { common } from '../../base/i18n.js';
import type { Assessment, Edition, ResultRow, ResultsModel } from '../../data/model.js';
import { absoluteUrl, isAbortError } from '../../data/load.js';
import { LoadController } from '../../controllers/load-controller.js';
import { SizeController } from '../../controllers/size-controller.js';
import { IdleController } from '../../controllers/idle-controller.js';
import { AnnounceController } from '../../controllers/announce-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { planarSize } from '../../geo/planar.js';
import type { ColorBy, ColorScale } from './scale.js';
import { insetLabelFits, mapGeometry, type MapGeometry } from './geometry.js';
import { arrowDirection, nearestInDirection } from './nav.js';
import { yearText } from '../../base/format.js';
import { optionalNumber } from '../../base/numbers.js';
import type { MapSay, Target, Tally } from './rank-map-view.js';
import { insetLabelX } from './rank-map-inset.js';
import { figureTemplate } from './rank-map-figure.js';
import { deriveMap, codeOf, pointInBox, highlightCodesOf, mismatchWarning, regionNameOf, sameKey } from './rank-map-targets.js';
import { announceView, selectMapView } from './rank-map-select.js';
import { geometryError, type UserGeometryData } from './rank-map-user-geometry.js';
import type { UserCollection } from './user-map.js';
import { resolveRegion } from '../../data/regions.js';
import { GovRankError } from '../../data/errors.js';
import { mapStyles } from './rank-map.styles.js';

export interface MapView {
  assessment: Assessment;
  edition: Edition;
  colorBy: ColorBy;
  level: 'province' | 'city';
  scale: ColorScale;
}

/** What the element could not match between the results and the geometry. */
export interface MapReport {
  /** Results of the edition that have no shape (or dot) on the map, e.g. 新疆生产建设兵团. */
  offMap: ResultRow[];
  /** Shapes of a user geometry without a result in the edition (their code or name). */
  unmatchedFeatures: string[];
  /** What the user geometry reader noticed (missing keys, duplicates, skipped features). */
  geometryProblems: string[];
}
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
  declare private _width: number;
  declare private _tableOpen: boolean;
  /** The data table is rendered after the map's first frame (idle time), not before it. */
  private readonly tableIdle = new IdleController(this, { timeout: 300, fallbackDelay: 50 });
  /** The polite live region: says the new assessment, year or colouring. */
  private readonly announcer = new AnnounceController(this);
  /** Hover, tap and focus tooltip (a touch shows it first, a second tap selects). */
  private readonly tooltip = new TooltipController(this);
  /** One tab stop among the regions; arrow keys go to the nearest region that way (nav.ts). */
  private readonly roving: RovingFocusController<string> = new RovingFocusController<string>(this, {
    items: () => this._targets.map((x) => x.code),
    itemOf: (target) => this.codeAt(target),
    step: (from, key) => {
      const dir = arrowDirection(key);
      return dir ? nearestInDirection(from, new Map(this._targets.map((y) => [y.code, y.centroid] as const)), dir) : undefined;
    },
    element: (code) => this.renderRoot.querySelector<SVGGElement>(`.region[data-code="${CSS.escape(code)}"]`),
  });
  /** The svg's size when the tooltip shows (measured in willUpdate, not in render). */
  private _svgBox?: { width: number; height: number };
  /** Building the targets failed: renderView throws it, so the error box shows as before. */
  private _deriveFailure?: { error: unknown };
  /** The inset's label does not fit inside the frame clear of the dashes: it is set left of it.
   *  Not reactive: placeInsetLabel() moves the label itself, without a second update. */
  private _insetLabelOut = false;
  /** Geometry, width and language the label was last placed for. */
  private _insetLabelKey?: unknown[];

  /** What could not be matched between results and geometry, after the last render. */
  private _report?: MapReport;
  /** What could not be matched between results and geometry (read-only; set when the map renders). */
  get report(): MapReport | undefined {
    return this._report;
  }

  private readonly _id = `gov-rank-map-${++uid}`;
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
  private readonly _geometry = new LoadController<[string | null, string | null], UserGeometryData | null>(this, {
    args: () => [this.geometry, this.geometryKey],
    load: async ([geometry, key], signal) => {
      if (!geometry) return null;
      let url = geometry;
      try {
        url = absoluteUrl(geometry);
        // The shared loader: one request per URL per page, aborted when no map wants it any more.
        const json = await this._geometry.json(url, signal, 'geometry');
        // Loaded only by maps that bring their own geometry (with d3-geo, to project it).
        const { readUserGeometry, userMapGeometry } = await import('./user-map.js');
        const g = readUserGeometry(json, key ?? undefined);
        const features = g.features.filter((f) => f.id !== undefined).map((f) => ({ ...f, id: resolveRegion(f.id!)?.code ?? f.id! }));
        if (!features.length) throw new GovRankError('geometry', `${url} has no usable regions: ${g.problems.join(' ')}`, { url });
        const collection: UserCollection = { type: 'FeatureCollection', features };
        return { url, collection, problems: g.problems, geometry: (inset: boolean) => userMapGeometry(collection, inset) };
      } catch (err) {
        if (isAbortError(err) || signal.aborted) throw err;
        const e = geometryError(err, url);
        emit(this, 'gov-error', { kind: e.kind, message: e.message, url: e.url ?? url, status: e.status });
        throw e;
      }
    },
  });

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.tooltip.state.kind === 'shown') this.keepTooltipInside();
    this.placeInsetLabel();
    // The table alternative (every region's values, for screen readers and the 表格 toggle) is
    // as much text as the rest of the map together: lay it out after the map is on screen.
    if (this.view) this.tableIdle.schedule();
  }

  // ---- selection of the view (pure: runs when a public property or the data changes) ----

  protected selectView(model: ResultsModel): MapView {
    const deps = { t: common(this.resolvedLang), text: this.text.bind(this), missingAssessment: this.missingAssessment.bind(this) };
    return selectMapView(model, { assessment: this.assessment, year: this.year, colorBy: this.colorBy, level: this.level }, deps);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (!this._width) this._width = this.serverWidth ?? (this.isConnected ? Math.round(this.getBoundingClientRect().width) || 0 : 0);
    super.willUpdate(changed);
    const v = this.view;
    if (v) {
      this.announcer.follow(`${v.assessment.id}|${v.edition.year}|${v.colorBy}`, () =>
        announceView(v, this.resolvedLang, (x) => this.text(x)),
      );
    }
    // Derived data for renderView: targets, tally and report (and the mismatch warning).
    this._deriveFailure = undefined;
    try {
      this.derive();
    } catch (error) {
      this._deriveFailure = { error };
    }
    // Where the tooltip goes depends on the svg's size on screen: measured here, not in render().
    const svgEl = this.tooltip.state.kind === 'shown' ? this.renderRoot.querySelector('svg') : null;
    this._svgBox = svgEl ? { width: svgEl.clientWidth, height: svgEl.clientHeight } : undefined;
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
    return html`<div class="status loading skeleton" part="status" role="status" aria-live="polite" ${styleProps({ aspectRatio: `${size.width} / ${size.height}` })}>
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
    const focus = this.focusCode;
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
        active: focus ?? this.tooltip.hover,
        insetLabelOut: this._insetLabelOut,
        tooltip: this.tooltip.state,
        svgBox: this._svgBox,
        approvalNumber: this.approvalNumber,
        attribution: this.attribution,
        title: this.text(view.edition.title) || this.text(view.assessment.name),
        yearText: yearText(view.edition, lang),
        tableOpen: this._tableOpen,
        tableReady: this.tableIdle.done,
        announcement: this.announcer.text,
        diagnostics: this.renderDiagnostics(model),
        report: this.report,
      },
      {
        onPointerLeave: this.onPointerLeave,
        onKeyDown: this.onKeyDown,
        onFocusIn: this.onFocusIn,
        onFocusOut: this.onFocusOut,
        onPointerMove: this.onPointerMove,
        onPointerDown: this.onPointerDown,
        onClick: this.onClick,
        onTableToggle: () => (this._tableOpen = !this._tableOpen),
      },
    );
  }

  /**
   * Measures the inset's label (fonts differ from page to page) once per geometry, width and
   * language: inside the frame where it fits clear of the dashes, else left of the frame.
   */
  private placeInsetLabel(): void {
    const text = this.renderRoot.querySelector<SVGTextElement>('.inset-label');
    const inset = this._geo?.inset;
    const key = [this._geo, this._width, this.resolvedLang];
    if (!text || !inset || sameKey(this._insetLabelKey, key)) return;
    this._insetLabelKey = key;
    const b = text.getBBox();
    // Where the box would be inside the frame: the text is anchored at its end, so only x moves.
    const shift = this._insetLabelOut ? inset.box.width : 0;
    const fits = insetLabelFits({ x: b.x + shift, y: b.y, width: b.width, height: b.height }, inset);
    if (this._insetLabelOut !== fits) return;
    this._insetLabelOut = !fits;
    // The next render binds the same x, so Lit and the DOM agree.
    text.setAttribute('x', String(insetLabelX(inset.box, this._insetLabelOut, this._geo!.width / (this._width || 800))));
  }

  /** Shifts the tooltip when it would stick out of the map (a narrow map, a long name) or hang
   *  over the legend below it (a phone-width map is shorter than a tooltip's reach). */
  private keepTooltipInside(): void {
    const tip = this.renderRoot.querySelector<HTMLElement>('[part="tooltip"]');
    const box = this.renderRoot.querySelector<HTMLElement>('.map');
    if (tip && box) keepInside(tip, box, true);
  }

  private warnMismatch(): void {
    const r = this.report;
    if (!r || !this.geometry) return;
    const w = mismatchWarning(r);
    if (!w || w.key === this._reportedMismatch) return;
    this._reportedMismatch = w.key;
    console.warn(w.message);
  }

  // ---- interaction ----

  /** The region a node belongs to (it or an ancestor is a region of this map), if any. */
  private codeAt(node: EventTarget | null): string | undefined {
    const el = (node as Element | null)?.closest?.('.region[data-code]');
    const code = el?.getAttribute('data-code');
    return code && this._targets.some((x) => x.code === code) ? code : undefined;
  }

  private targetOf(e: Event): Target | undefined {
    const code = this.codeAt(e.target);
    return code ? this._targets.find((x) => x.code === code) : undefined;
  }

  /** The region with keyboard focus, if any. */
  private get focusCode(): string | null {
    return this.roving.focused ? (this.roving.active ?? null) : null;
  }

  private pointIn(e: PointerEvent | MouseEvent): [number, number] {
    const svgEl = this.renderRoot.querySelector('svg');
    return svgEl && this._geo ? pointInBox(svgEl.getBoundingClientRect(), this._geo.width, e) : [0, 0];
  }

  private onPointerMove = (e: PointerEvent): void => {
    if (e.pointerType === 'touch') return;
    this.tooltip.pointerMove(this.targetOf(e)?.code ?? null, () => this.pointIn(e), this.focusCode);
  };

  private onPointerLeave = (): void => this.tooltip.pointerLeave(this.focusCode);

  private onPointerDown = (e: PointerEvent): void => {
    const x = this.targetOf(e);
    this.tooltip.pointerDown(e.pointerType, x?.code ?? null, x?.centroid);
  };

  private onClick = (e: MouseEvent): void => {
    const x = this.targetOf(e);
    if (!x || this.tooltip.swallowClick(x.code)) return;
    this.select(x.code === this.selectedCode ? null : x.code);
  };

  private onKeyDown = (e: KeyboardEvent): void => {
    const x = this.targetOf(e);
    if (!x || this.roving.handleKey(e, x.code)) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.select(x.code === this.selectedCode ? null : x.code);
      return;
    }
    if (e.key === 'Escape') {
      this.tooltip.hide();
      if (this.selected) {
        e.preventDefault();
        this.select(null);
      }
    }
  };

  private onFocusIn = (e: FocusEvent): void => {
    this.roving.onFocusIn(e);
    const x = this.targetOf(e);
    if (x) this.tooltip.show(x.code, x.centroid[0], x.centroid[1]);
  };

  private onFocusOut = (e: FocusEvent): void => {
    this.roving.onFocusOut(e);
    if (!this.roving.focused) this.tooltip.focusOut();
  };

  /** Selects a region (or clears the selection with null) and fires gov-region-select. */
  private select(code: string | null): void {
    const x = code ? this._targets.find((y) => y.code === code) : undefined;
    this.selected = x ? x.code : null;
    emit(this, 'gov-region-select', { code: x ? x.code : null, name: x ? x.name : null, ...(x?.row ? { result: x.row } : {}) });
  }
}
