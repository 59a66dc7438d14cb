/**
 * What the badge shows for one region, DOM-free: from the element's public properties and the
 * results (the body of the element's `selectView`; the `gov-rank render badge` command runs it too).
 */
import { common, messages } from '../../base/i18n.js';
import type { Lang } from '../../base/lang.js';
import { missingAssessment, noData } from '../../base/no-data.js';
import { formatValue, rankText, sourceHost, webHref } from '../../base/format.js';
import { finiteOrNull } from '../../base/numbers.js';
import { localize } from '../../data/localize.js';
import type { Assessment, Edition, ResultRow, ResultsModel } from '../../data/model.js';
import { findAssessment, findEdition, hasValue } from '../../data/query.js';
import { regionName, resolveRegion, type Region } from '../../data/regions.js';

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

/** The element's public properties the selection reads. */
export interface BadgeSelection {
  region: string | null;
  year: number | null;
  assessment: string | null;
  href: string | null;
  show: string | null;
}

export const badgeMessages = messages({
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

/** The value parts `show` asks for (all when it names none) and whether it asks for the region. */
function shownParts(show: string | null): { parts: Set<ShowPart>; region: boolean } {
  const words = (show ?? '').split(/[\s,]+/);
  const parts = words.filter((w): w is ShowPart => (SHOW_ALL as readonly string[]).includes(w));
  return { parts: new Set(parts.length ? parts : SHOW_ALL), region: words.includes('region') };
}

/** The view for the element's properties; throws `noData` (unknown region, missing year…) as `selectView` does. */
export function selectBadgeView(model: ResultsModel, p: BadgeSelection, lang: Lang): TierBadgeView {
  const c = common(lang);
  const m = badgeMessages(lang);
  const text = (v: Parameters<typeof localize>[0]) => localize(v, lang);
  if (!p.region) throw noData(c.noRegionAttr);
  const region = resolveRegion(p.region);
  if (!region) throw noData(c.unknownRegion(p.region));
  const name = regionName(region, lang);

  const assessment = p.assessment
    ? findAssessment(model, { id: p.assessment })
    : findAssessment(model, { level: region.level === 'city' ? 'city' : 'province' });
  if (!assessment) throw missingAssessment(model, p.assessment, region.level === 'city' ? 'city' : 'province', lang);

  const year = finiteOrNull(p.year);
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
    if (!edition || !row) throw noData(m.notListed(name, text(assessment.shortName ?? assessment.name)));
  }

  const { parts: shown, region: showRegion } = shownParts(p.show);
  const standing = row.tier ? text(row.tier.name) : row.group ? text(row.group) : undefined;
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

  const label = `${text(assessment.shortName ?? assessment.name)} ${c.year(edition.year)}`;
  const urls = edition.sources.map((s) => s.url);
  const title =
    `${name} · ${text(assessment.name)} · ${c.reportYear(edition.year)}` +
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
    href: webHref(p.href) ?? assessment.href ?? undefined,
    sourceHosts: [...new Set(urls.map(sourceHost))],
    title,
  };
}
