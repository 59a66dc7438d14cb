/**
 * A strict JSON scanner for people who edit results files by hand or export them from a
 * spreadsheet: where the first syntax error is and what it is in plain terms (a trailing comma,
 * single quotes, a full-width comma typed by a Chinese input method…), and, for valid JSON, where
 * each value starts, by the validator's JSON path. JSON.parse stays the judge of validity; this
 * only explains. Iterative (no recursion), so deeply nested input cannot overflow the stack.
 */

export type JsonErrorKind =
  | 'trailing-comma' // [1, 2,] or {"a": 1,}
  | 'single-quotes' // 'text'
  | 'unquoted-key' // {score: 1}
  | 'number-as-key' // {"score": 96,5} (a decimal comma): 5 where a property name should be
  | 'missing-comma' // {"a": 1 "b": 2}
  | 'missing-colon' // {"a" 1}
  | 'missing-value' // {"score": } (an empty cell)
  | 'comment' // // … or /* … */
  | 'full-width' // ，：“”［］｛｝ and the ideographic space, typed by Chinese input methods
  | 'odd-space' // a no-break or other non-ASCII space between tokens
  | 'unclosed-text' // a text runs past its line: missing closing quote, or a raw line break
  | 'control-character' // a raw tab or other control character inside a text
  | 'bad-escape' // "C:\data" — a backslash not followed by a JSON escape
  | 'bad-number' // 007, +1, .5, 1.
  | 'not-a-value' // NaN, undefined, True, 九十六 (unquoted words)
  | 'mismatched-bracket' // [1, 2}
  | 'unexpected-end' // the file stops inside an object, array or text
  | 'extra-text' // something after the end of the data
  | 'unexpected'; // anything else

export interface JsonSyntaxError {
  kind: JsonErrorKind;
  /** Offset (UTF-16 code units) where the problem is: the stray comma, the quote, the gap where a comma belongs. */
  offset: number;
  /** The offending text as written (a character, a word, a number). */
  found?: string;
  /** Where the object, array or text the problem belongs to was opened, when that matters. */
  opened?: number;
  /** For `full-width` and `odd-space`: the ASCII character meant. */
  ascii?: string;
}

// Full-width and typographic punctuation with the ASCII character a JSON file needs instead.
const FULL_WIDTH: Record<string, string> = {
  '，': ',',
  '：': ':',
  '“': '"',
  '”': '"',
  '＂': '"',
  '‘': "'",
  '’': "'",
  '［': '[',
  '］': ']',
  '【': '[',
  '】': ']',
  '｛': '{',
  '｝': '}',
  '；': ';',
  '　': ' ',
  '－': '-',
  '．': '.',
};
const ODD_SPACE = /[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\ufeff]/;
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;
const WORD = /^[\p{L}\p{N}_$]+/u;

interface Frame {
  type: '{' | '[';
  open: number;
  path: string;
  index: number;
  key?: string;
}

// value: after a colon or at the start; item / first-item: after a comma / [ in an array.
type Expect = 'value' | 'item' | 'first-item' | 'key' | 'first-key' | 'colon' | 'next' | 'end';

interface ScanResult {
  error?: JsonSyntaxError;
  /** Offset of each value's first character, by JSON path (`assessments[0].editions[1].year`). */
  offsets: Map<string, number>;
}

function scan(text: string): ScanResult {
  const offsets = new Map<string, number>();
  const stack: Frame[] = [];
  const n = text.length;
  let i = 0;
  let expect = 'value' as Expect; // widened: afterValue() assigns it inside a closure
  let lastComma = -1;
  let valueEnd = 0; // end of the last complete value: where a missing comma belongs
  const fail = (error: JsonSyntaxError): ScanResult => ({ error, offsets });

  const childPath = (): string => {
    const top = stack[stack.length - 1];
    if (!top) return '';
    if (top.type === '[') return `${top.path}[${top.index}]`;
    return top.path ? `${top.path}.${top.key}` : top.key!;
  };
  const afterValue = (end: number) => {
    valueEnd = end;
    expect = stack.length ? 'next' : 'end';
  };

  while (true) {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    const c = text[i];
    if (c === undefined) {
      if (expect === 'end') return { offsets };
      const top = stack[stack.length - 1];
      return fail({ kind: 'unexpected-end', offset: n, ...(top ? { found: top.type, opened: top.open } : {}) });
    }
    // Mistakes that look the same wherever they happen.
    if (c === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) return fail({ kind: 'comment', offset: i, found: text.slice(i, i + 2) });
    if (FULL_WIDTH[c] !== undefined) return fail({ kind: 'full-width', offset: i, found: c, ascii: FULL_WIDTH[c] });
    if (ODD_SPACE.test(c)) return fail({ kind: 'odd-space', offset: i, found: c, ascii: ' ' });

    if (expect === 'end') return fail({ kind: 'extra-text', offset: i, found: c, opened: valueEnd });

    if (expect === 'next') {
      const top = stack[stack.length - 1]!;
      if (c === ',') {
        lastComma = i++;
        if (top.type === '[') {
          top.index++;
          expect = 'item';
        } else expect = 'key';
        continue;
      }
      if (c === ']' || c === '}') {
        if ((c === ']') !== (top.type === '[')) return fail({ kind: 'mismatched-bracket', offset: i, found: c, opened: top.open });
        stack.pop();
        afterValue(++i);
        continue;
      }
      const word = WORD.exec(text.slice(i, i + 200));
      // 96分: text glued to a value is not a missing comma.
      if (word && i === valueEnd) return fail({ kind: 'unexpected', offset: i, found: word[0] });
      if (word || /["{[\-'“]/.test(c)) return fail({ kind: 'missing-comma', offset: valueEnd });
      return fail({ kind: 'unexpected', offset: i, found: c });
    }

    if (expect === 'key' || expect === 'first-key') {
      if (c === '"') {
        const end = stringEnd(text, i);
        if (typeof end !== 'number') return fail(end);
        stack[stack.length - 1]!.key = JSON.parse(text.slice(i, end)) as string;
        i = end;
        expect = 'colon';
        continue;
      }
      if (c === '}') {
        if (expect === 'key') return fail({ kind: 'trailing-comma', offset: lastComma });
        stack.pop();
        afterValue(++i);
        continue;
      }
      if (c === "'") return fail({ kind: 'single-quotes', offset: i });
      if (/[\d-]/.test(c)) return fail({ kind: 'number-as-key', offset: i, found: /^-?[\d.]+/.exec(text.slice(i))![0] });
      const word = WORD.exec(text.slice(i, i + 200));
      if (word) return fail({ kind: 'unquoted-key', offset: i, found: word[0] });
      return fail({ kind: 'unexpected', offset: i, found: c });
    }

    if (expect === 'colon') {
      if (c === ':') {
        i++;
        expect = 'value';
        continue;
      }
      return fail({ kind: 'missing-colon', offset: i });
    }

    // A value.
    if (c === ']' || c === '}') {
      const top = stack[stack.length - 1];
      if (expect === 'value') return fail({ kind: top ? 'missing-value' : 'unexpected', offset: i, found: c });
      if (c === '}') return fail({ kind: 'mismatched-bracket', offset: i, found: c, opened: top!.open });
      if (expect === 'item') return fail({ kind: 'trailing-comma', offset: lastComma });
      stack.pop();
      afterValue(++i);
      continue;
    }
    const path = childPath();
    if (c === '{' || c === '[') {
      offsets.set(path, i);
      stack.push({ type: c, open: i, path, index: 0 });
      expect = c === '{' ? 'first-key' : 'first-item';
      i++;
      continue;
    }
    if (c === '"') {
      const end = stringEnd(text, i);
      if (typeof end !== 'number') return fail(end);
      offsets.set(path, i);
      i = end;
      afterValue(i);
      continue;
    }
    if (/[\d+\-.]/.test(c)) {
      const token = /^[\d+\-.eE]+/.exec(text.slice(i, i + 400))![0];
      if (!NUMBER.test(token)) return fail({ kind: 'bad-number', offset: i, found: token });
      offsets.set(path, i);
      i += token.length;
      afterValue(i);
      continue;
    }
    if (c === "'") return fail({ kind: 'single-quotes', offset: i });
    const word = WORD.exec(text.slice(i, i + 200));
    if (word && (word[0] === 'true' || word[0] === 'false' || word[0] === 'null')) {
      offsets.set(path, i);
      i += word[0].length;
      afterValue(i);
      continue;
    }
    if (word) return fail({ kind: 'not-a-value', offset: i, found: word[0] });
    return fail({ kind: 'unexpected', offset: i, found: c });
  }
}

/** The offset just past the string opened at `start`, or the error inside it. */
function stringEnd(text: string, start: number): number | JsonSyntaxError {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const next = text[i + 1] ?? '';
      if (next === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6)) : !'"\\/bfnrt'.includes(next) || next === '') {
        return { kind: 'bad-escape', offset: i, found: text.slice(i, i + (next === 'u' ? 6 : 2)) };
      }
      i++;
    } else if (c === 0x0a || c === 0x0d) {
      return { kind: 'unclosed-text', offset: i, opened: start };
    } else if (c < 0x20) {
      return { kind: 'control-character', offset: i, found: text[i]!, opened: start };
    }
  }
  return { kind: 'unclosed-text', offset: text.length, opened: start };
}

/** The first syntax error of `text`, named; undefined when the text is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  return scan(text).error;
}

/** Where each value of valid JSON text starts, by the validator's JSON path ('' is the root). */
export function jsonValueOffsets(text: string): Map<string, number> {
  return scan(text).offsets;
}

/** The offset of the value at `path`, else of the nearest enclosing value that exists (a missing field: its object). */
export function offsetOfPath(offsets: ReadonlyMap<string, number>, path: string): number | undefined {
  for (let p = path; ; p = p.replace(/(\.[^.[\]]*|\[\d+\])$/, '')) {
    const at = offsets.get(p === '(root)' ? '' : p);
    if (at !== undefined || !p) return at;
  }
}

/** 1-based line and column (in characters) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: [...text.slice(start, offset)].length + 1 };
}
