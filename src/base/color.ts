/** Colour arithmetic for contrast: WCAG relative luminance and contrast ratio of hex colours. */

export function parseHex(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex.trim());
  if (!m) return undefined;
  let h = m[1]!;
  if (h.length === 3)
    h = h
      .split('')
      .map((c) => c + c)
      .join('');
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

/** An sRGB channel (0–255) as linear light (0–1). */
export function linearChannel(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function luminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * linearChannel(r) + 0.7152 * linearChannel(g) + 0.0722 * linearChannel(b);
}

export type Rgb = [number, number, number];

/** The WCAG contrast ratio of two parsed colours; 1 when either is missing. */
export function ratio(ca: Rgb | undefined, cb: Rgb | undefined): number {
  if (!ca || !cb) return 1;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export const DARK_TEXT = '#111827';
export const LIGHT_TEXT = '#ffffff';

/**
 * The text colour (near-black or white) with the higher contrast on `background`, a hex colour
 * (every caller has one: the tokens, a file's colour checked with parseHex, the picture's resolved
 * colours), so the elements do not carry parseColor's computed-style forms (css-color.ts).
 */
export function textOn(background: string): string {
  const bg = parseHex(background);
  return ratio(bg, parseHex(DARK_TEXT)) >= ratio(bg, parseHex(LIGHT_TEXT)) ? DARK_TEXT : LIGHT_TEXT;
}
