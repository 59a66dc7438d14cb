import { html, nothing } from 'lit';
import { GovElement, noData } from '../../base/gov-element.js';
import { serverStyle, styleProps } from '../../base/style-props.js';
import { common, messages } from '../../base/i18n.js';
import { tierColors } from '../../base/tokens.js';
import { GovRankError, isGovRankError } from '../../data/errors.js';
import type { Assessment, Edition, ResultRow, ResultsModel } from '../../data/model.js';
import { findAssessment, findEdition, hasValue } from '../../data/query.js';
import { regionName, resolveRegion, type Region } from '../../data/regions.js';
import { badgeStyles } from './tier-badge.styles.js';
import { formatValue, rankText, sourceHost, webHref } from '../../base/format.js';
import { finiteOrNull, optionalNumber } from '../../base/numbers.js';

export type BadgeVariant = 'flat' | 'pill' | 'card';
export type BadgeSize = 'small' | 'medium' | 'large';

/** What the badge selected for one region, with every string already in the element's language. */
export interface TierBadgeView {
  region: Region;
  regionName: string;
  assessment: Assessment;
  edition: Edition;
  row: ResultRow;
  /** Short assessment name and report year: "网上政务服务能力 2020年". */
  label: string;
  /** Tier name, else the published group ("保持全国领先水平"). */
  standing?: string;
  /** "第1名" / "No. 1", "并列第1名" / "No. 1 (tied)". */
  rank?: string;
  /** "96.73" in the page's number format. */
  score?: string;
  /** Visible message parts, in order. */
  parts: string[];
  /** `show` names the region: it leads the message (flat and pill; the card always shows it). */
  showRegion: boolean;
  /** The message for assistive technology: "非常高, 第1名, 得分96.73". */
  spoken: string;
  /** Index of the tier (0 = best), undefined when the row has no tier. */
  tierIndex?: number;
  /** Colour given by the file for this tier (overrides the token). */
  tierColor?: string;
  /** Where the badge links to (the `href` attribute, else the assessment's report page). */
  href?: string;
  /** Hostnames of the edition's sources, shown in the card. */
  sourceHosts: string[];
  /** The hover text: region, assessment, year (and data year), sources. */
  title: string;
}

const t = messages({
  'zh-CN': {
    scoreSpoken: (s: string) => `得分${s}`,
    notListed: (r: string, a: string) => `${a}的评估结果中没有${r}`,
    dataYearNote: (y: number) => `（${y}年数据）`,
    sourceLine: '来源：',
    sep: '，',
    colon: '：',
  },
  en: {
    scoreSpoken: (s: string) => `score ${s}`,
    notListed: (r: string, a: string) => `${r} is not in the ${a} results`,
    dataYearNote: (y: number) => ` (${y} data)`,
    sourceLine: 'Source: ',
    sep: ', ',
    colon: ': ',
  },
});

const SHOW_ALL = ['tier', 'rank', 'score'] as const;
type ShowPart = (typeof SHOW_ALL)[number];

/**
 * One region's standing in one assessment edition, shields-style: a label (the assessment's short
 * name and year) and a message (the tier, the rank and the score) in the tier's colour. Reads as
 * `role="img"` with `aria-label="label: message"`, or as a link to the report.
 *
 * @tag gov-tier-badge
 *
 * @attr region - Region in any known form: 广东 / 广东省 / Guangdong / CN-GD / 粤 / 440000. Required.
 * @attr year - Report year of the edition. Without it: the latest edition in which the region has a tier, rank or score.
 * @attr assessment - Assessment id (e.g. `cps-online-service-province`). Default: the first assessment of the region's level (province or city).
 * @attr variant - `flat` (default), `pill` or `card` (a larger box with the region, the full standing and the source).
 * @attr size - `small`, `medium` (default) or `large`.
 * @attr href - Makes the badge a link (to the report). Without it the badge links to the assessment's `href` when the file gives one.
 * @attr show - Which message parts to show, space-separated: `tier rank score` (default, all). `tier` also covers a published group such as 保持全国领先水平. Add `region` to lead the message with the region's name ("浙江 · 非常高 · 并列第1名 · 96.73"), for badges that stand side by side: `show="region"` is the region and every part, `show="region tier"` the region and the tier.
 *
 * @prop {string | null} region
 * @prop {number | null} year
 * @prop {string | null} assessment
 * @prop {'flat' | 'pill' | 'card'} variant
 * @prop {'small' | 'medium' | 'large'} size
 * @prop {string | null} href
 * @prop {string | null} show
 *
 * @fires gov-loadstart - Loading begins. `detail: { url }`.
 * @fires gov-load - The data is loaded and valid. `detail: { url, diagnostics }`.
 * @fires gov-error - Loading failed, or the data has nothing for this region and year (kind `no-data`). `detail: { kind, message, url, status }`.
 * @fires gov-loadend - After gov-load or gov-error, or when a load is given up (a new source, or the element left the page). `detail: { url, ok, aborted? }`.
 *
 * @csspart badge - The badge box (a link when `href` is set), also in the loading and error states.
 * @csspart label - The label half: assessment and year.
 * @csspart message - The message half: tier, rank and score, in the tier colour.
 * @csspart region - The region's name (card variant; flat and pill when `show` has `region`).
 * @csspart source - The source line (card variant).
 * @csspart status - The loading skeleton and the error box.
 *
 * @cssprop --gov-rank-tier-1 - Background of the best tier's message (…`--gov-rank-tier-6`).
 * @cssprop --gov-rank-tier-1-text - Text colour on the best tier (…`--gov-rank-tier-6-text`); chosen for 4.5:1 contrast.
 * @cssprop --gov-rank-muted - Background of the label half.
 * @cssprop --gov-rank-bg - Text of the label half; background of the card.
 * @cssprop --gov-rank-surface - Background of a message without a tier (rank or group only).
 * @cssprop --gov-rank-text - Text colour of a message without a tier.
 * @cssprop --gov-rank-radius - Corner radius.
 * @cssprop --gov-rank-badge-reserve - Width the loading skeleton reserves (default: the widest badge of its size and variant).
 * @cssprop --gov-rank-font - Font family.
 * @cssprop --gov-rank-skeleton - Colour of the loading skeleton.
 * @cssprop --gov-rank-error - Error text and border colour.
 * @cssprop --gov-rank-error-bg - Error background.
 */
export class GovTierBadge extends GovElement<TierBadgeView> {
  static override styles = [...GovElement.styles, badgeStyles];

  static override properties = {
    ...GovElement.properties,
    region: { type: String, reflect: true },
    year: { converter: optionalNumber, reflect: true },
    assessment: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    size: { type: String, reflect: true },
    href: { type: String, reflect: true },
    show: { type: String, reflect: true },
  };

  declare region: string | null;
  declare year: number | null;
  declare assessment: string | null;
  declare variant: BadgeVariant;
  declare size: BadgeSize;
  declare href: string | null;
  declare show: string | null;

  constructor() {
    super();
    this.region = null;
    this.year = null;
    this.assessment = null;
    this.variant = 'flat';
    this.size = 'medium';
    this.href = null;
    this.show = null;
  }

  protected selectView(model: ResultsModel): TierBadgeView {
    const lang = this.resolvedLang;
    const c = common(lang);
    const m = t(lang);
    if (!this.region) throw noData(c.noRegionAttr);
    const region = resolveRegion(this.region);
    if (!region) throw noData(c.unknownRegion(this.region));
    const name = regionName(region, lang);

    const assessment = this.assessment
      ? findAssessment(model, { id: this.assessment })
      : findAssessment(model, { level: region.level === 'city' ? 'city' : 'province' });
    if (!assessment) throw this.missingAssessment(model, this.assessment, region.level === 'city' ? 'city' : 'province');

    const year = finiteOrNull(this.year);
    let edition: Edition | undefined;
    let row: ResultRow | undefined;
    if (year != null) {
      edition = findEdition(assessment, year);
      if (!edition) throw noData(c.noEdition(year));
      row = edition.byCode.get(region.code);
      if (!row || !(hasValue(row) || row.group)) throw noData(c.noRegionResult(name, year));
    } else {
      // Newest first: the latest edition with a tier, rank or score; else the latest with a group.
      edition =
        assessment.editions.find((e) => {
          const r = e.byCode.get(region.code);
          return r && hasValue(r);
        }) ?? assessment.editions.find((e) => e.byCode.get(region.code)?.group);
      row = edition?.byCode.get(region.code);
      if (!edition || !row) throw noData(m.notListed(name, this.text(assessment.shortName ?? assessment.name)));
    }

    const { parts: shown, region: showRegion } = this.shownParts();
    const standing = row.tier ? this.text(row.tier.name) : row.group ? this.text(row.group) : undefined;
    const rank = row.rank === undefined ? undefined : rankText(row.rank, row.tied, lang);
    const score = row.score === undefined ? undefined : formatValue(row.score, assessment.metric, lang);

    const pick: [ShowPart, string | undefined, string | undefined][] = [
      ['tier', standing, standing],
      ['rank', rank, rank],
      ['score', score, score && m.scoreSpoken(score)],
    ];
    let chosen = pick.filter(([k, v]) => v !== undefined && shown.has(k));
    // A badge never goes blank: when the chosen parts are all missing, show what there is.
    if (!chosen.length) chosen = pick.filter(([, v]) => v !== undefined);
    const parts = chosen.map(([, v]) => v!);
    const spoken = chosen.map(([, , s]) => s!).join(m.sep);

    const label = `${this.text(assessment.shortName ?? assessment.name)} ${c.year(edition.year)}`;
    const urls = edition.sources.map((s) => s.url);
    const title =
      `${name} · ${this.text(assessment.name)} · ${c.reportYear(edition.year)}` +
      (edition.dataYear && edition.dataYear !== edition.year ? m.dataYearNote(edition.dataYear) : '') +
      `\n${c.source}${m.colon}${urls.join(' ')}`;

    return {
      region,
      regionName: name,
      assessment,
      edition,
      row,
      label,
      standing,
      rank,
      score,
      parts,
      showRegion,
      spoken,
      tierIndex: row.tierIndex,
      tierColor: row.tier?.color ?? undefined,
      // Only web addresses: a javascript: or data: href must never become a live link.
      href: webHref(this.href) ?? assessment.href ?? undefined,
      sourceHosts: [...new Set(urls.map(sourceHost))],
      title,
    };
  }

  /** The value parts `show` asks for (all when it names none) and whether it asks for the region. */
  private shownParts(): { parts: Set<ShowPart>; region: boolean } {
    const words = (this.show ?? '').split(/[\s,]+/);
    const parts = words.filter((w): w is ShowPart => (SHOW_ALL as readonly string[]).includes(w));
    return { parts: new Set(parts.length ? parts : SHOW_ALL), region: words.includes('region') };
  }

  private get variantClass(): BadgeVariant {
    return this.variant === 'pill' || this.variant === 'card' ? this.variant : 'flat';
  }

  protected renderView(view: TierBadgeView): unknown {
    const lang = this.resolvedLang;
    const variant = this.variantClass;
    const accessibleName = `${view.regionName} ${view.label}${t(lang).colon}${view.spoken}`;
    const tier = view.tierIndex !== undefined || view.tierColor !== undefined ? tierColors(view.tierIndex ?? 0, view.tierColor) : undefined;
    const colours = tier ? { '--_bg': tier.bg, '--_fg': tier.fg } : {};
    const messageClass = `message ${view.tierIndex !== undefined ? 'tiered' : 'neutral'}`;
    const card = variant === 'card';
    // The card names the region in its body; a flat or pill badge only when `show` asks.
    const named = view.showRegion && !card;
    const items = [
      ...(named ? [html`<span class="part" part="region">${view.regionName}</span>`] : []),
      ...view.parts.map((p) => html`<span class="part">${p}</span>`),
    ];
    const message = html`<span class=${messageClass} part="message" style=${serverStyle(colours)} ${styleProps(colours)}>${items.map(
      (item, i) => html`${i ? html` <span class="sep">·</span> ` : nothing}${item}`,
    )}</span>`;
    const body = card
      ? html`<span class="body">
          <span class="region" part="region">${view.regionName}</span>
          ${message}
          <span class="source" part="source">${t(lang).sourceLine}${view.sourceHosts.join(' · ')}</span>
        </span>`
      : message;

    if (view.href) {
      // A link is named by its content (what is seen is what is heard): the region and the
      // colon are there for screen readers only.
      return html`<a class="badge ${variant}" part="badge" href=${view.href} title=${view.title}
        >${card || named ? nothing : html`<span class="sr-only">${view.regionName} </span>`}<span class="label" part="label">${view.label}</span
        ><span class="sr-only">${t(lang).colon}</span>${body}</a
      >`;
    }
    // role="img": the name is "label: message"; what is inside is presentation.
    return html`<span class="badge ${variant}" part="badge" role="img" aria-label=${accessibleName} title=${view.title}
      ><span class="label" part="label">${view.label}</span>${body}</span
    >`;
  }

  protected override renderLoading(): unknown {
    return html`<span class="badge ${this.variantClass} skeleton" part="badge status" role="status"
      ><span class="sr-only">${common(this.resolvedLang).loading}</span></span
    >`;
  }

  protected override renderError(error: unknown): unknown {
    const c = common(this.resolvedLang);
    const e = isGovRankError(error) ? error : new GovRankError('network', String(error));
    // The whole message is shown (it wraps): no hover title, which touch readers cannot reach.
    return html`<span class="badge ${this.variantClass} error" part="badge status" role="alert"
      ><span class="label">${c.errorTitle(e.kind)}</span><span class="message">${this.errorDetail(e)}</span></span
    >`;
  }
}
