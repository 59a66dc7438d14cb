/** Escaping for the host's opening tag and the inline JSON the server writes around Lit's output. */

/** Text made safe inside a double-quoted attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute name as HTML allows it, or undefined (no quotes, spaces, `=`, `/`, `>`). */
export function safeAttributeName(name: string): string | undefined {
  return /^[a-zA-Z_:][-a-zA-Z0-9_:.]*$/.test(name) ? name.toLowerCase() : undefined;
}

/**
 * A `<script type="application/json">` holding `data`: `<`, U+2028 and U+2029 escaped, so no
 * text in the data can close the script or open a comment.
 */
export function jsonScript(data: unknown): string {
  const text = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
  return `<script type="application/json">${text}</script>`;
}
