import { html, nothing } from 'lit';
import { GovElement } from '../../base/gov-element.js';
import { styleProps } from '../../base/style-props.js';
import { common } from '../../base/i18n.js';
import { tierColors } from '../../base/tokens.js';
import { GovRankError, isGovRankError } from '../../data/errors.js';
import type { ResultsModel } from '../../data/model.js';
import { badgeStyles } from './tier-badge.styles.js';
import { optionalNumber } from '../../base/numbers.js';
import { badgeMessages as t, selectBadgeView, type TierBadgeView } from './tier-badge-select.js';

export type { TierBadgeView };

export type BadgeVariant = 'flat' | 'pill' | 'card';
export type BadgeSize = 'small' | 'medium' | 'large';

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
    return selectBadgeView(
      model,
      { region: this.region, year: this.year, assessment: this.assessment, href: this.href, show: this.show },
      this.resolvedLang,
    );
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
    const message = html`<span class=${messageClass} part="message" style=${styleProps(colours)}>${items.map(
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
