/**
 * Whether a character takes a full em in the fonts pages use for Chinese: CJK ideographs, kana,
 * Hangul, full-width forms, and the curly quotes and ellipsis that CJK fonts draw full-width. The
 * one classifier behind every width estimated without a font (the sparkline's label room, the
 * pictures' text).
 */
const WIDE =
  /[\u2018-\u201f\u2026\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}
