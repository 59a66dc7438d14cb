/**
 * The formatters every element shares, so a score, a rank or a source reads the same in the map's
 * tooltip, the badge, the sparkline and the table.
 */
import type { Lang } from './lang.js';
import { common } from './i18n.js';

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
  if (lang === 'en') return `No. ${rank}${tied ? ' (tied)' : ''}`;
  return `${tied ? '并列' : ''}第${rank}名`;
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
  return lang === 'en' ? `${report} (${t.dataYear(edition.dataYear)})` : `${report}（${t.dataYear(edition.dataYear)}）`;
}
