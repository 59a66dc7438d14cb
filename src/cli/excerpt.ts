/**
 * The offending line of a file with a caret under the column, as compilers print it. Wide
 * characters (Chinese, full-width punctuation) take two terminal columns, so the caret is padded
 * by display width; a long line (a minified file is one line) is cut to a window around the column.
 */

const WINDOW = 60;

/** Terminal columns a character takes: 2 for East Asian wide and full-width characters. */
export function displayWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  const wide =
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x20000 && c <= 0x3fffd);
  return wide ? 2 : 1;
}

/**
 * Lines to print under a message: the line before (context), the line itself and the caret line,
 * each prefixed by its number (`  12 | …`). `column` is 1-based, in characters.
 */
export function caretExcerpt(text: string, line: number, column: number): string[] {
  const lines = text.split(/\r?\n|\r/);
  const width = String(line).length;
  const gutter = (n: number | '') => `${String(n).padStart(width)} | `;
  const show = (s: string) => [...s].map((ch) => (ch === '\t' ? ' ' : ch < ' ' ? '·' : ch)).join('');
  const chars = [...(lines[line - 1] ?? '')];
  let from = 0;
  if (chars.length > WINDOW * 2) from = Math.max(0, Math.min(column - 1 - WINDOW / 2, chars.length - WINDOW));
  const to = chars.length > WINDOW * 2 ? from + WINDOW : chars.length;
  const head = from > 0 ? '…' : '';
  const shown = head + show(chars.slice(from, to).join('')) + (to < chars.length ? '…' : '');
  const pad = [...(head + chars.slice(from, column - 1).join(''))].reduce((n, ch) => n + displayWidth(ch), 0);
  const out: string[] = [];
  const before = lines[line - 2];
  if (before !== undefined && before.trim() && chars.length <= WINDOW * 2 && before.length <= WINDOW * 2)
    out.push(gutter(line - 1) + show(before));
  out.push(gutter(line) + shown, gutter('') + ' '.repeat(pad) + '^');
  return out;
}
