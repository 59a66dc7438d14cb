/**
 * How wide a line of text will be, estimated without a font: CJK and full-width characters 1 em,
 * anything else about 0.55 em (the picture is drawn where no font can be measured: Node, or a
 * canvas before its fonts load). Layout keeps a margin; a badge also fixes its text's length.
 */
import { isWide } from '../base/wide-char.js';

export function textWidth(text: string, fontPx: number): number {
  let em = 0;
  for (const ch of text) em += isWide(ch) ? 1 : ch === ' ' ? 0.3 : 0.55;
  return em * fontPx;
}

/** Words (Latin) or characters (CJK) of `text` in lines no wider than `maxPx`. */
export function wrapText(text: string, fontPx: number, maxPx: number): string[] {
  const pieces = text.match(/[\u0021-\u024f]+\s*|\s+|[^]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    if (line && textWidth((line + piece).trimEnd(), fontPx) > maxPx) {
      lines.push(line.trimEnd());
      line = piece.trimStart();
    } else line += piece;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
