// @ts-check
// The text of css`…` templates in our sources, minified at build time (Vite plugin in
// vite.config.ts): comments dropped, each line's indentation and trailing spaces dropped. Line
// breaks stay, so line numbers (source maps, stack traces) do not move. ${…} expressions are
// copied unchanged. A CSS string cannot span a line, so no quoted text is touched; a comment
// opener inside a quoted CSS string is the one thing this would get wrong (the sources have none).

/** `code` with every css`…` template's text minified. */
export function minifyCssLiterals(code) {
  let out = '';
  let from = 0;
  const opener = /\bcss`/g;
  for (let m = opener.exec(code); m; m = opener.exec(code)) {
    let i = m.index + m[0].length;
    out += code.slice(from, i);
    let text = '';
    while (i < code.length && code[i] !== '`') {
      if (code[i] === '\\') {
        text += code.slice(i, i + 2);
        i += 2;
      } else if (code[i] === '$' && code[i + 1] === '{') {
        let depth = 1;
        let j = i + 2;
        for (; j < code.length && depth; j++) depth += code[j] === '{' ? 1 : code[j] === '}' ? -1 : 0;
        out += squeeze(text) + code.slice(i, j);
        text = '';
        i = j;
      } else text += code[i++];
    }
    out += squeeze(text);
    from = i;
    opener.lastIndex = i + 1;
  }
  return out + code.slice(from);
}

/** @param {string} css */
function squeeze(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, '')).replace(/[ \t]*\n[ \t]*/g, '\n');
}
