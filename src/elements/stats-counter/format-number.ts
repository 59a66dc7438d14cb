/**
 * Pure, DOM-free formatting of a headline statistic: numbers through `Intl.NumberFormat` in the
 * page language (1.45万 / 14.5K / 14,474), dates of the form YYYY, YYYY-MM, YYYY-MM-DD, and the
 * change against an earlier value (↓83% since 2015 / 较2015年↓83%) with words for screen readers.
 */

export type CounterLang = 'zh-CN' | 'en';
/** `compact`: 1.45万 / 14.5K; `full`: 14,474; `auto`: compact from 10,000 up, else full. */
export type NumberStyle = 'compact' | 'full' | 'auto';

/** From this value up, `auto` formats compact. */
export const AUTO_COMPACT_FROM = 10_000;

const cache = new Map<string, Intl.NumberFormat>();
function nf(lang: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(opts);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(lang, opts)));
  return f;
}

/**
 * Decimal places of a value as written (11.9 → 1, 96.73 → 2), at most 2 — except below 1, where
 * two significant digits are kept so a small value never reads as zero (0.004 → 3, 0.0123 → 3).
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const abs = Math.abs(value);
  const s = String(abs);
  const dot = s.indexOf('.');
  const written = s.includes('e') ? 20 : dot < 0 ? 0 : s.length - dot - 1;
  const cap = abs < 1 ? Math.max(2, 1 - Math.floor(Math.log10(abs))) : 2;
  return Math.min(written, cap, 20);
}

/** The style `auto` resolves to for a value. */
export function resolveStyle(value: number, style: NumberStyle | null | undefined): 'compact' | 'full' {
  if (style === 'compact' || style === 'full') return style;
  return Math.abs(value) >= AUTO_COMPACT_FROM ? 'compact' : 'full';
}

/**
 * Formats `value` in `lang`. Compact keeps three significant digits (14,474 → 1.45万 / 14.5K);
 * below the first compact unit (万 in Chinese, K in English) it is the full number, so nothing
 * is rounded away for no unit. `decimals` fixes the fraction digits of full numbers (so a
 * counting animation keeps the final value's width); by default those of the value itself.
 */
export function formatNumber(value: number, lang: CounterLang, style: NumberStyle | null | undefined = 'auto', decimals?: number): string {
  if (!Number.isFinite(value)) return '–';
  const resolved = resolveStyle(value, style);
  const unitFrom = lang === 'zh-CN' ? 10_000 : 1_000;
  if (resolved === 'compact' && Math.abs(value) >= unitFrom) {
    return nf(lang, { notation: 'compact', maximumSignificantDigits: 3 }).format(value);
  }
  const d = decimals ?? decimalsOf(value);
  return nf(lang, { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
}

/** `2015` → 2015年 / 2015; `2019-12` → 2019年12月 / Dec 2019; `2015-07-07` → 2015年7月7日 / Jul 7, 2015. */
export function formatDate(date: string, lang: CounterLang): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!m) return date;
  const [, y, mo, d] = m;
  if (!mo) return lang === 'zh-CN' ? `${y}年` : y!;
  // Year 0 has no calendar form (Intl would print 1, meaning 1 BC): keep the text as written.
  if (Number(y) < 1) return date;
  // setUTCFullYear, not Date.UTC: the latter reads years 0–99 as 1900–1999.
  const when = new Date(0);
  when.setUTCFullYear(Number(y), Number(mo) - 1, d ? Number(d) : 1);
  // An impossible day (2019-02-30) would roll into the next month: show the text as written.
  if (when.getUTCMonth() !== Number(mo) - 1) return date;
  const opts: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: lang === 'zh-CN' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' }
    : { year: 'numeric', month: lang === 'zh-CN' ? 'long' : 'short', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(lang, opts).format(when);
}

/** Just the year of a date when that is what it is (for "since 2015"), else the formatted date. */
function sinceText(date: string, lang: CounterLang): string {
  return /^\d{4}$/.test(date.trim()) ? date.trim() : formatDate(date, lang);
}

export interface ChangeText {
  direction: 'up' | 'down' | 'same';
  /** ↑ ↓ or =, shown and hidden from assistive technology. */
  arrow: string;
  /** 83% (no sign: the arrow and the words carry it). */
  percent: string;
  /** What is shown: "↓83% since 2015" / "较2015年↓83%". */
  visual: string;
  /** What a screen reader says: "down 83% since 2015" / "较2015年下降83%". */
  spoken: string;
}

/** The change of a value against an earlier one, as a ratio (−0.827 for 84,000 → 14,500). */
export function formatChange(ratio: number, since: string, lang: CounterLang): ChangeText | undefined {
  if (!Number.isFinite(ratio)) return undefined;
  const abs = Math.abs(ratio);
  const digits = abs > 0 && abs < 0.01 ? 1 : 0;
  const percent = nf(lang, { style: 'percent', maximumFractionDigits: digits }).format(abs);
  const zero = percent === nf(lang, { style: 'percent', maximumFractionDigits: digits }).format(0);
  const direction = zero ? 'same' : ratio > 0 ? 'up' : 'down';
  const arrow = direction === 'up' ? '↑' : direction === 'down' ? '↓' : '=';
  const when = sinceText(since, lang);
  if (lang === 'zh-CN') {
    const zhWhen = /^\d{4}$/.test(when) ? `${when}年` : when;
    if (direction === 'same') return { direction, arrow, percent, visual: `与${zhWhen}持平`, spoken: `与${zhWhen}持平` };
    return {
      direction,
      arrow,
      percent,
      visual: `较${zhWhen}${arrow}${percent}`,
      spoken: `较${zhWhen}${direction === 'up' ? '增长' : '下降'}${percent}`,
    };
  }
  if (direction === 'same') return { direction, arrow, percent, visual: `unchanged since ${when}`, spoken: `unchanged since ${when}` };
  return {
    direction,
    arrow,
    percent,
    visual: `${arrow}${percent} since ${when}`,
    spoken: `${direction} ${percent} since ${when}`,
  };
}

/** The eased progress of a count-up: ease-out cubic, 0 → 1. */
export function easeOut(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return 1 - (1 - x) ** 3;
}

/** The value shown `elapsed` ms into a count-up of `duration` ms from 0 to `target`. */
export function countValue(target: number, elapsed: number, duration: number): number {
  if (duration <= 0 || elapsed >= duration) return target;
  const v = target * easeOut(elapsed / duration);
  const d = decimalsOf(target);
  const f = 10 ** d;
  return Math.round(v * f) / f || 0; // never -0 (shown as "-0" on the way to a negative value)
}

const NUMBER_PARTS = new Set(['minusSign', 'integer', 'group', 'decimal', 'fraction']);

/**
 * The count-up's text for `v` on its way to `final`, in the final text's own unit and decimals
 * (12K … 63K, 0.00万 … 1.45万), so the number never becomes wider than where it ends: compact
 * formatting of each passing value would switch units and digits (2.59K, 5.1K … 63K).
 */
export function countText(v: number, final: number, lang: CounterLang, style: NumberStyle | null | undefined): string {
  const unitFrom = lang === 'zh-CN' ? 10_000 : 1_000;
  if (resolveStyle(final, style) !== 'compact' || Math.abs(final) < unitFrom || !Number.isFinite(final)) {
    return formatNumber(v, lang, 'full', decimalsOf(final));
  }
  const shape = compactShape(final, lang);
  if (!shape) return formatNumber(v, lang, 'full', decimalsOf(final));
  const current = nf(lang, { minimumFractionDigits: shape.decimals, maximumFractionDigits: shape.decimals }).format(v / shape.unit || 0);
  return shape.text.replace(shape.number, current);
}

interface CompactShape {
  /** The final text ("63K") and its number part ("63"). */
  text: string;
  number: string;
  /** What one of the shown number is worth (1000 for K, 1e4 for 万) and its decimals. */
  unit: number;
  decimals: number;
}

/** The final value's compact text taken apart, once per value and language (every frame reads it). */
const shapes = new Map<string, CompactShape | null>();
function compactShape(final: number, lang: CounterLang): CompactShape | null {
  const key = `${lang} ${final}`;
  let shape = shapes.get(key);
  if (shape === undefined) {
    const parts = nf(lang, { notation: 'compact', maximumSignificantDigits: 3 }).formatToParts(final);
    const integer = parts
      .filter((p) => p.type === 'integer')
      .map((p) => p.value)
      .join('');
    const fraction = parts.find((p) => p.type === 'fraction')?.value ?? '';
    const shown = Number(`${integer}.${fraction || '0'}`);
    shape = shown
      ? {
          text: parts.map((p) => p.value).join(''),
          number: parts
            .filter((p) => NUMBER_PARTS.has(p.type))
            .map((p) => p.value)
            .join(''),
          unit: 10 ** Math.round(Math.log10(Math.abs(final) / shown)),
          decimals: fraction.length,
        }
      : null;
    shapes.set(key, shape);
  }
  return shape;
}
