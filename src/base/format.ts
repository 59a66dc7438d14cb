/**
 * The formatters every element shares, so a score, a rank or a source reads the same in the map's
 * tooltip, the badge, the sparkline and the table.
 */
import type { Lang } from './lang.js';
import { common } from './i18n.js';
import type { Localized, Source } from '../data/format.js';
import { localize } from '../data/localize.js';

const scoreFormats = new Map<Lang, Intl.NumberFormat>();

/** A published score as printed, up to two decimals, in the page's language: 96.73. */
export function formatScore(value: number, lang: Lang): string {
  // Below 1000 there is no grouping: rounding is the whole job, and it spares the page the
  // first Intl.NumberFormat (≈15 ms of ICU set-up on a fresh page, measured by npm run bench).
  if (Math.abs(value) < 1000) return String(Math.round(value * 100) / 100);
  let f = scoreFormats.get(lang);
  if (!f) scoreFormats.set(lang, (f = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 })));
  return f.format(value);
}

/** "第1名" / "No. 1"; tied: "并列第1名" / "No. 1 (tied)". */
export function rankText(rank: number, tied: boolean, lang: Lang): string {
  return common(lang).rankText(rank, tied);
}

/**
 * A link target from an attribute, if it is a web address (http or https, relative ones resolved
 * against the page): `javascript:`, `data:` and other schemes give no link.
 */
export function webHref(href: string | null | undefined): string | undefined {
  if (!href || typeof href !== 'string') return undefined;
  try {
    const url = new URL(href, typeof document !== 'undefined' ? document.baseURI : undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? href : undefined;
  } catch {
    return undefined;
  }
}

/** The host of a source URL for a short citation: "kuaihz.com". */
export function sourceHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** "2020年报告（2019年数据）" / "2020 report (2019 data)". */
export function yearText(edition: { year: number; dataYear?: number }, lang: Lang): string {
  const t = common(lang);
  const report = t.reportYear(edition.year);
  if (edition.dataYear === undefined || edition.dataYear === edition.year) return report;
  return t.withNote(report, t.dataYear(edition.dataYear));
}

/** What a metric measures: an index (a score, the default) or a count in a unit. */
export interface MetricKind {
  kind?: 'index' | 'count';
  unit?: Localized;
}

/**
 * A result's value as a reader should read it: a score as printed ("96.73"), or a count with
 * grouping and its unit ("1,066 个" / "1,066 websites") — never a count that looks like a score.
 */
export function formatValue(value: number, metric: MetricKind, lang: Lang): string {
  const text = formatScore(value, lang);
  const unit = metric.kind === 'count' ? localize(metric.unit, lang) : '';
  return unit ? `${text} ${unit}` : text;
}

/** The heading of the value column or tooltip line: "得分 / Score", or "数量 / Count" for a count. */
export function valueLabel(metric: MetricKind, lang: Lang): string {
  const t = common(lang);
  return metric.kind !== 'count' ? t.score : t.count;
}

/** A published change against the year before: "同比 −14.7%" / "−14.7% on the year before". */
export function changeText(change: { percent: number }, lang: Lang): string {
  const p = change.percent;
  const n = `${p > 0 ? '+' : p < 0 ? '−' : ''}${formatScore(Math.abs(p), lang)}%`;
  return common(lang).change(n);
}

/** A source's kind for a reader, to weigh it: "官方网站" / "official site"; '' when the file does not say. */
export function sourceKindText(source: Pick<Source, 'kind'>, lang: Lang): string {
  return source.kind ? common(lang).sourceKind(source.kind) : '';
}

/** A source's short citation: its title or host, and its kind in brackets: "kuaihz.com（转载/聚合网站）". */
export function sourceLabel(source: Pick<Source, 'url' | 'title' | 'kind'>, lang: Lang): string {
  const name = localize(source.title, lang) || sourceHost(source.url);
  const kind = sourceKindText(source, lang);
  if (!kind) return name;
  return common(lang).withNote(name, kind);
}
