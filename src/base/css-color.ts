/**
 * Colours as a browser gives them back (computed styles, relative colours resolved) and the
 * contrast between two: the download picture and the tests need these, the elements do not, so
 * they are apart from color.ts, which every element loads.
 */
import { parseHex, ratio, type Rgb } from './color.js';

/**
 * Parses `#rgb`, `#rrggbb`, `rgb(r, g, b)` / `rgb(r g b)` or `color(srgb r g b)` (what
 * getComputedStyle returns; relative colours such as the tier text colour come back as `color(srgb …)`).
 */
export function parseColor(value: string): Rgb | undefined {
  const hex = parseHex(value);
  if (hex) return hex;
  const srgb = /^color\(\s*srgb\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)/i.exec(value.trim());
  if (srgb) return [1, 2, 3].map((i) => Math.round(Math.min(1, Math.max(0, Number(srgb[i]))) * 255)) as Rgb;
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(value.trim());
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** The WCAG contrast ratio of two colours in any form parseColor reads; 1 when either is not one. */
export function contrast(a: string, b: string): number {
  return ratio(parseColor(a), parseColor(b));
}
