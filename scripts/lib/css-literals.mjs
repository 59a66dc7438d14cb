// @ts-check
// The text of css`…` templates in our sources, minified at build time (the Vite plugin in
// vite.config.ts, scripts/build-ssr.mjs, `npm run size -- --src`). ${…} expressions are copied
// unchanged; each run of text between them is minified on its own:
//  - comments go;
//  - whitespace goes where CSS never needs it: after `{ } ; , ( > :`, before `{ } ; , ) > !`, at the
//    template's ends. Elsewhere a run becomes one space: the descendant combinator (`.a .b`),
//    `calc(a + b)`, `) and (`, `0 2px 8px` need it (one space gzips smaller than a line break).
//    A run next to an expression keeps a separator unless the text side allows none.
//  - `;` before `}` goes.
// Quoted strings are copied as they are. test/node/css-literals.test.mjs checks, in Chromium, that
// every template in src/ parses to the same rules minified and not.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/**
 * For esbuild (scripts/build-ssr.mjs, `npm run size -- --src`): our src/ TypeScript with its css`…`
 * templates minified, the source map inline (esbuild chains it into its own).
 * @type {import('esbuild').Plugin}
 */
export const cssLiteralsPlugin = {
  name: 'css-literals',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('css`')) return { contents: text, loader: 'ts' };
      const { code, map } = withCssMinified(text, basename(args.path));
      const inline = Buffer.from(JSON.stringify(map)).toString('base64');
      return { contents: `${code}\n//# sourceMappingURL=data:application/json;base64,${inline}\n`, loader: 'ts' };
    });
  },
};

/**
 * Where each css`…` template's text runs are in `code`: one entry per template, its runs in order
 * (`[start, end)`, the text between `css\`` or `}` and `${` or the closing backtick).
 * @param {string} code
 * @returns {{ runs: [number, number][]; exprs: string[] }[]}
 */
export function cssTemplates(code) {
  const templates = [];
  const opener = /\bcss`/g;
  for (let m = opener.exec(code); m; m = opener.exec(code)) {
    /** @type {[number, number][]} */
    const runs = [];
    const exprs = [];
    let i = m.index + m[0].length;
    let start = i;
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') i += 2;
      else if (code[i] === '$' && code[i + 1] === '{') {
        runs.push([start, i]);
        let depth = 1;
        let j = i + 2;
        for (; j < code.length && depth; j++) depth += code[j] === '{' ? 1 : code[j] === '}' ? -1 : 0;
        exprs.push(code.slice(i, j));
        start = i = j;
      } else i++;
    }
    runs.push([start, i]);
    templates.push({ runs, exprs });
    opener.lastIndex = i + 1;
  }
  return templates;
}

/**
 * The edits that minify every css`…` template in `code`: `[start, end, text]`, in order.
 * @param {string} code
 * @returns {[number, number, string][]}
 */
export function cssEdits(code) {
  /** @type {[number, number, string][]} */
  const edits = [];
  for (const { runs } of cssTemplates(code)) {
    runs.forEach(([start, end], k) => {
      const text = minifyCssText(code.slice(start, end), { first: k === 0, last: k === runs.length - 1 });
      if (text !== code.slice(start, end)) edits.push([start, end, text]);
    });
  }
  return edits;
}

/** `code` with every css`…` template's text minified. @param {string} code */
export function minifyCssLiterals(code) {
  return withCssMinified(code, '').code;
}

/**
 * `code` with every css`…` template's text minified, and a v3 source map back to `code` (named
 * `source`): the templates' line breaks go, so the lines after one move. A segment at each token of
 * the code left as it is, and one at each minified run (its text maps to the run's start).
 * @param {string} code
 * @param {string} source
 */
export function withCssMinified(code, source) {
  let out = '';
  /** [output offset, source offset] */
  const points = /** @type {[number, number][]} */ ([]);
  const keep = (/** @type {number} */ from, /** @type {number} */ to) => {
    for (const m of code.slice(from, to).matchAll(/[\w$]+|[^\s\w$]/g)) points.push([out.length + m.index, from + m.index]);
    out += code.slice(from, to);
  };
  let from = 0;
  for (const [start, end, text] of cssEdits(code)) {
    keep(from, start);
    points.push([out.length, start]);
    out += text;
    from = end;
  }
  keep(from, code.length);
  return { code: out, map: { version: 3, sources: [source], sourcesContent: [code], names: [], mappings: mappings(out, code, points) } };
}

/** v3 `mappings` for [output offset, source offset] points (sorted, both increasing). */
function mappings(out, code, points) {
  const outLines = lineStarts(out);
  const srcLines = lineStarts(code);
  let text = '';
  let outLine = 0;
  let srcLine = 0;
  const prev = { col: 0, line: 0, srcCol: 0 };
  for (const [o, s] of points) {
    while (outLines[outLine + 1] !== undefined && outLines[outLine + 1] <= o) {
      outLine++;
      text += ';';
      prev.col = 0;
    }
    while (srcLines[srcLine + 1] !== undefined && srcLines[srcLine + 1] <= s) srcLine++;
    const col = o - outLines[outLine];
    const srcCol = s - srcLines[srcLine];
    if (text && !text.endsWith(';')) text += ',';
    text += vlq(col - prev.col) + vlq(0) + vlq(srcLine - prev.line) + vlq(srcCol - prev.srcCol);
    Object.assign(prev, { col, line: srcLine, srcCol });
  }
  return text;
}

/** @param {string} text */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** One source-map VLQ number. @param {number} n */
function vlq(n) {
  let v = n < 0 ? (-n << 1) | 1 : n << 1;
  let s = '';
  do {
    const digit = v & 31;
    v >>>= 5;
    s += B64[v ? digit | 32 : digit];
  } while (v);
  return s;
}

const NONE_AFTER = new Set('{};,(>:');
const NONE_BEFORE = new Set('{};,)>!');

/**
 * One run of a template's text (as written in the source: escapes stay escapes). `first`/`last`:
 * the run starts/ends the template (else an expression is on that side).
 * @param {string} css
 * @param {{ first: boolean; last: boolean }} where
 */
export function minifyCssText(css, { first, last }) {
  let out = '';
  /** The last character written that is not whitespace ('' at the run's start). */
  let prev = '';
  /** Whether whitespace (or a comment) came since. */
  let gap = false;
  const flushGap = (/** @type {string} */ next) => {
    if (!gap) return;
    const atEdge = (prev === '' && first) || (next === '' && last);
    const none = atEdge || NONE_AFTER.has(prev) || NONE_BEFORE.has(next);
    if (!none) out += ' ';
    gap = false;
  };
  for (let i = 0; i < css.length;) {
    const c = css[i];
    if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      gap = true;
      i = end < 0 ? css.length : end + 2;
    } else if (/\s/.test(c)) {
      gap = true;
      i++;
    } else {
      let token = c;
      if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
        token = css.slice(i, j + 1);
      } else if (c === '\\') token = css.slice(i, i + 2);
      flushGap(c);
      // `;}`: the last declaration needs no `;`.
      if (c === '}' && prev === ';') out = out.slice(0, out.lastIndexOf(';')) + out.slice(out.lastIndexOf(';') + 1);
      out += token;
      prev = token.length > 1 ? 'a' : c;
      i += token.length;
    }
  }
  flushGap('');
  return out;
}
