import { html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { GovElement } from '../../base/gov-element.js';
import { SizeController } from '../../controllers/size-controller.js';
import { AnnounceController } from '../../controllers/announce-controller.js';
import { styleProps } from '../../base/style-props.js';
import { common } from '../../base/i18n.js';
import { tierColors } from '../../base/tokens.js';
import type { Assessment, Edition, ResultsModel } from '../../data/model.js';
import type { RankedRow } from '../../data/query.js';
import type { SparkGeometry } from '../trend-sparkline/sparkline-geometry.js';
import type { TrendMetric, TrendPoint } from '../trend-sparkline/trend-series.js';
import { firstDir, shownSort, sortRows, type SortDir, type SortKey } from './rank-table-sort.js';
import { changeText, formatValue, valueLabel, yearText } from '../../base/format.js';
import { sourceLinks } from '../../base/sources.js';
import { optionalNumber } from '../../base/numbers.js';
import { tableMessages as t } from './messages.js';
import { tableStyles } from './rank-table.styles.js';
import { rowLimit, selectTableView, TREND_H, TREND_W } from './rank-table-select.js';

export interface TableRow extends RankedRow {
  name: string;
  order: number;
  highlighted: boolean;
  trend?: TrendPoint[];
  trendLabel?: string;
  /** The row's sparkline, computed with the view (once per data), not on every sort. */
  trendGeometry?: SparkGeometry;
}

export interface TableView {
  assessment: Assessment;
  edition: Edition;
  rows: TableRow[];
  /** Rows in the edition before `limit`. */
  total: number;
  columns: { score: boolean; tier: boolean; group: boolean };
  trend?: TrendMetric;
}

/**
 * The ranking of one edition of an assessment as a real table: rank (ties shown as ties), region,
 * score, tier, optionally a trend sparkline per row; sortable by its column headers; sources and
 * completeness as a footnote. It is also the accessible alternative of `<gov-rank-map>`.
 *
 * @tag gov-rank-table
 * @attr assessment - Assessment id; default the first assessment of `level`.
 * @attr year - Report year of the edition; default the latest complete edition, else the latest with values.
 * @attr [level=province] - `province` (default) or `city`: picks the first assessment of that level when `assessment` is not set (with neither set and no province-level assessment, the first assessment).
 * @attr limit - Show only the first N rows of the ranking (then sortable among themselves); the footnote says so.
 * @attr highlight - Comma-separated regions (any name form or code) whose rows are emphasised.
 * @attr {'rank' | 'score'} trend - Adds a trend column with a small sparkline per row: `rank` (also the empty attribute) or `score`.
 * @prop {string | null} assessment
 * @prop {number | null} year
 * @prop {'province' | 'city' | null} level
 * @prop {number | null} limit
 * @prop {string | null} highlight
 * @prop {string | null} trend
 * @fires gov-loadstart - Loading begins.
 * @fires gov-load - The data is loaded and valid.
 * @fires gov-error - Loading failed, or the data has no such assessment or year (`kind: "no-data"`).
 * @fires gov-loadend - After gov-load or gov-error, or when a load is given up (a new source, or the element left the page). `detail: { url, ok, aborted? }`.
 * @csspart scroll - The sideways-scrolling box around the table.
 * @csspart scroll-hint - The shade at an edge of the scroll box beyond which columns are out of view (`data-side="start"` or `"end"`; class `on` while it shows).
 * @csspart table - The `<table>`.
 * @csspart title - The visible title above the table (the `<caption>` holds the same words for assistive technology).
 * @csspart header - Each column header cell.
 * @csspart sort-button - The button in a sortable column header.
 * @csspart row - Each body row (`row highlighted` for highlighted regions).
 * @csspart tier - A tier chip.
 * @csspart trend - A row's trend sparkline (SVG).
 * @csspart footnote - Completeness, notes and sources under the table.
 * @csspart status - The loading and error box.
 * @csspart diagnostics - The note listing rows left out of the file (unknown regions).
 * @cssprop --gov-rank-highlight - Colour of highlighted rows.
 * @cssprop --gov-rank-accent - Colour of the trend lines and links.
 * @cssprop --gov-rank-tier-1 - Background of the best tier's chip (… `--gov-rank-tier-6`).
 * @cssprop --gov-rank-tier-1-text - Text on the best tier's chip (… `--gov-rank-tier-6-text`).
 * @cssprop --gov-rank-bg - Table background.
 * @cssprop --gov-rank-surface - Header background.
 * @cssprop --gov-rank-border - Row rules.
 */
export class GovRankTable extends GovElement<TableView> {
  static override styles = [...GovElement.styles, tableStyles];

  static override properties = {
    ...GovElement.properties,
    assessment: { type: String, reflect: true },
    year: { converter: optionalNumber, reflect: true },
    level: { type: String, reflect: true },
    limit: { converter: optionalNumber, reflect: true },
    highlight: { type: String, reflect: true },
    trend: { type: String, reflect: true },
    _sortKey: { state: true },
    _sortDir: { state: true },
    _scrolls: { state: true },
    _hidden: { state: true },
  };

  declare assessment: string | null;
  declare year: number | null;
  declare level: 'province' | 'city' | null;
  declare limit: number | null;
  declare highlight: string | null;
  declare trend: string | null;
  declare private _sortKey: SortKey;
  declare private _sortDir: SortDir;
  /** The rows in the order shown, with what they were sorted from (willUpdate). */
  private _sorted?: { from: readonly TableRow[]; key: SortKey; dir: SortDir; lang: string; rows: TableRow[] };
  declare private _scrolls: boolean;
  /** Sides where columns are scrolled out of view: '', 'start', 'end' or 'start end'. */
  declare private _hidden: string;
  /** The status line: says the order once a sort was asked for, in the current language. */
  private readonly announcer = new AnnounceController(this, { reword: true });

  constructor() {
    super();
    this.assessment = null;
    this.year = null;
    this.level = null;
    this.limit = null;
    this.highlight = null;
    this.trend = null;
    this._sortKey = 'rank';
    this._sortDir = 'ascending';
    this._scrolls = false;
    this._hidden = '';
    // The scroll box appears once the data is in: watch it (and the table) for overflow.
    new SizeController(this, {
      targets: () => {
        const box = this.renderRoot.querySelector('.scroll');
        return [box, box?.firstElementChild];
      },
      callback: (_, [box]) => {
        if (box) this.measureScroll(box);
      },
    });
  }

  /** Whether the table scrolls sideways, and on which sides columns are out of view. */
  private measureScroll(box: Element): void {
    const max = box.scrollWidth - box.clientWidth;
    const scrolls = max > 1;
    // scrollLeft runs negative in a right-to-left box: the distance from the start is its size.
    const at = Math.abs(box.scrollLeft);
    const hidden = [scrolls && at > 1 ? 'start' : '', scrolls && at < max - 1 ? 'end' : ''].filter(Boolean).join(' ');
    if (scrolls !== this._scrolls) this._scrolls = scrolls;
    if (hidden !== this._hidden) this._hidden = hidden;
  }

  private onScroll = (e: Event): void => this.measureScroll(e.currentTarget as Element);

  protected selectView(model: ResultsModel): TableView {
    const p = {
      assessment: this.assessment,
      year: this.year,
      level: this.level,
      limit: this.limit,
      highlight: this.highlight,
      trend: this.trend,
    };
    return selectTableView(model, p, this.resolvedLang);
  }

  private sortBy(key: SortKey): void {
    const dir = this._sortKey === key ? (this._sortDir === 'ascending' ? 'descending' : 'ascending') : firstDir(key);
    this._sortKey = key;
    this._sortDir = dir;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = this.view;
    if (!view) return;
    const { key, dir } = shownSort(this._sortKey, this._sortDir, view.columns);
    // Sorted once per rows, order and language, not on every render (a scroll shade, a hover).
    const lang = this.resolvedLang;
    const s = this._sorted;
    if (!s || s.from !== view.rows || s.key !== key || s.dir !== dir || s.lang !== lang)
      this._sorted = { from: view.rows, key, dir, lang, rows: sortRows(view.rows, key, dir, lang) };
    this.announcer.follow(`${key}|${dir}`, () => t(lang).sorted(this.sortLabels(view)[key], dir));
  }

  /** The sortable columns' names. */
  private sortLabels(view: TableView): Record<SortKey, string> {
    const lang = this.resolvedLang;
    const c = common(lang);
    return { rank: t(lang).rank, region: c.region, score: valueLabel(view.assessment.metric, lang), tier: c.tier };
  }

  protected renderView(view: TableView, model: ResultsModel): unknown {
    const lang = this.resolvedLang;
    const c = common(lang);
    const m = t(lang);
    const { edition, assessment } = view;
    // The order shown (willUpdate): new data may lack the column sorted by, then rank order.
    const { key: sortKey, dir: sortDir, rows } = this._sorted!;
    const labels = this.sortLabels(view);
    const header = (key: SortKey, num = false): TemplateResult => {
      const label = labels[key];
      const sorted = sortKey === key;
      const arrow = sorted ? (sortDir === 'ascending' ? '▲' : '▼') : '↕';
      return html`<th scope="col" part="header" class=${num ? 'num' : ''} aria-sort=${sorted ? sortDir : nothing}>
        <button type="button" part="sort-button" @click=${() => this.sortBy(key)} title=${m.sortHint(label)}>
          ${label}<span class="arrow" aria-hidden="true">${arrow}</span>
        </button>
      </th>`;
    };
    const years = yearText(edition, lang);
    const shown = view.rows.length < view.total;
    const captionText = html`${this.text(assessment.name)}
      <span class="sub">${years}${edition.complete ? nothing : html` · <span class="partial">${c.incomplete}</span>`}</span>`;
    // The visible title sits outside the scroll box so it never scrolls away sideways; the
    // <caption> carries the same words for assistive technology.
    // The hints are the visible sign that columns are out of view on that side (a phone hides
    // scroll bars until touched); the box itself scrolls by keyboard once it scrolls at all.
    const hint = (side: 'start' | 'end') =>
      html`<span class=${this._hidden.includes(side) ? 'scroll-hint on' : 'scroll-hint'} part="scroll-hint" data-side=${side} aria-hidden="true"></span>`;
    return html`<div class="title" part="title" aria-hidden="true">${captionText}</div>
      <div class="scroll-frame">
      <div
        class="scroll"
        part="scroll"
        tabindex=${this._scrolls ? 0 : nothing}
        role=${this._scrolls ? 'region' : nothing}
        aria-labelledby=${this._scrolls ? 'caption' : nothing}
        @scroll=${this.onScroll}
      >
        <table part="table">
          <caption id="caption" class="sr-only">${captionText}</caption>
          <thead>
            <tr>
              ${header('rank', true)} ${header('region')} ${view.columns.score ? header('score', true) : nothing}
              ${view.columns.tier ? header('tier') : nothing}
              ${view.columns.group ? html`<th scope="col" part="header">${m.group}</th>` : nothing}
              ${view.trend ? html`<th scope="col" part="header">${m.trend(view.trend)}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${rows.map((r) => this.renderRow(r, view))}
          </tbody>
        </table>
      </div>
      ${hint('start')}${hint('end')}
      </div>
      <div class="footnote" part="footnote">
        ${
          edition.complete
            ? edition.completeness
              ? html`<p>${c.complete}${c.colon}${this.text(edition.completeness)}</p>`
              : nothing
            : html`<p class="partial">${m.partialNote(this.text(edition.completeness))}</p>`
        }
        ${shown ? html`<p>${m.shown(view.rows.length, view.total)}</p>` : nothing}
        ${edition.notes.map((n) => html`<p>${this.text(n)}</p>`)}
        <p>
          ${sourceLinks(edition.sources, lang, { label: edition.sources.length > 1 ? c.sources : c.source })}
        </p>
      </div>
      <div class="sr-only" role="status">${this.announcer.text}</div>
      ${this.renderDiagnostics(model)}`;
  }

  private renderRow(r: TableRow, view: TableView): TemplateResult {
    const lang = this.resolvedLang;
    const c = common(lang);
    const m = t(lang);
    const missing = html`<span class="missing" aria-hidden="true">—</span><span class="sr-only">${c.noData}</span>`;
    let rank: unknown = missing;
    if (r.rank !== undefined) {
      rank = r.tied
        ? m.tiedSign
          ? html`<span aria-hidden="true">${m.tiedSign}${r.rank}</span><span class="sr-only">${m.tiedRank(r.rank)}</span>`
          : html`${r.rank}<span class="tie">${m.tiedMark}</span>`
        : String(r.rank);
    }
    const tier = tierColors(r.tierIndex ?? 0, r.tier?.color);
    const tierStyle = { background: tier.bg, color: tier.fg };
    return html`<tr part=${r.highlighted ? 'row highlighted' : 'row'} class=${r.highlighted ? 'hl' : ''} data-region=${r.region.code}>
      <td class="num rank">${rank}</td>
      <th scope="row">
        <span class="name">${r.name}</span>${r.highlighted ? html`<span class="sr-only">${m.highlighted}</span>` : nothing}
        ${r.note ? html`<span class="note">${this.text(r.note)}</span>` : nothing}
      </th>
      ${view.columns.score ? html`<td class="num score">${r.score !== undefined ? formatValue(r.score, view.assessment.metric, lang) : missing}${r.change ? html`<span class="change">${changeText(r.change, lang)}</span>` : nothing}</td>` : nothing}
      ${
        view.columns.tier
          ? html`<td class="tier">${r.tier ? html`<span class="chip" part="tier" style=${styleProps(tierStyle)}>${this.text(r.tier.name)}</span>` : missing}</td>`
          : nothing
      }
      ${view.columns.group ? html`<td class="group">${r.group ? this.text(r.group) : missing}</td>` : nothing}
      ${view.trend ? html`<td class="trend">${this.renderTrend(r, view)}</td>` : nothing}
    </tr>`;
  }

  /** A small inline sparkline from the same geometry as `<gov-trend-sparkline>`. */
  private renderTrend(r: TableRow, view: TableView): unknown {
    const points = r.trend ?? [];
    const g = r.trendGeometry;
    if (!g) return nothing;
    return svg`<svg part="trend" width=${TREND_W} height=${TREND_H} viewBox="0 0 ${TREND_W} ${TREND_H}" role="img" aria-label=${r.trendLabel ?? ''}>
      <path d=${g.d}></path>
      ${g.points.map((p) => svg`<circle class=${points[p.i]?.year === view.edition.year ? 'now' : ''} cx=${p.px} cy=${p.py} r=${points[p.i]?.year === view.edition.year ? 2.75 : 1.75}></circle>`)}
    </svg>`;
  }

  protected override renderLoading(): unknown {
    const rows = Math.min(rowLimit(this.limit) ?? 10, 40);
    return html`<div class="status loading skeleton" part="status" role="status" style=${styleProps({ height: `calc((${rows + 1} * 2.25 + 5) * var(--_gr-font-size))` })}>
      ${common(this.resolvedLang).loading}
    </div>`;
  }
}
