/**
 * A tiny SVG string writer for the static pictures. Every text and attribute value is escaped;
 * what may be written is limited on purpose: no script or foreign content, no event attribute,
 * no reference outside the picture (`href` only `#…`, `url()` only `url(#…)`) — whatever the
 * data says. A breach is a bug of ours and throws.
 */

/** Markup already written by `el` (text children are escaped, markup is not). */
export class Markup {
  constructor(readonly s: string) {}
  toString(): string {
    return this.s;
  }
}

export type Child = Markup | string | number | null | undefined | false | readonly Child[];
export type Attrs = Record<string, string | number | null | undefined | false>;

const TAGS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'line',
  'polyline',
  'text',
  'tspan',
  'title',
  'desc',
  'defs',
  'pattern',
  'clipPath',
  'use',
]);
const NAME = /^[a-zA-Z][a-zA-Z0-9:-]*$/;

/** Text as XML character data or attribute value (quotes too; control characters dropped). */
export function esc(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
  );
}

function checkAttr(name: string, value: string): void {
  if (!NAME.test(name) || /^on/i.test(name)) throw new Error(`svg: attribute "${name}" is not allowed`);
  if (/href$/i.test(name) && !/^#[\w-]+$/.test(value)) throw new Error(`svg: ${name} must point inside the picture`);
  const urls = value.match(/url\([^)]*\)?/gi) ?? [];
  if (urls.some((u) => !/^url\(#[\w-]+\)$/.test(u))) throw new Error(`svg: ${name} may only use url(#…)`);
}

/** A number for an attribute: rounded to `d` decimals, no float noise, no "-0". */
export function num(v: number, d = 1): string {
  const k = 10 ** d;
  const r = Math.round(v * k) / k;
  return String(Object.is(r, -0) ? 0 : r);
}

function write(child: Child): string {
  if (child === null || child === undefined || child === false) return '';
  if (child instanceof Markup) return child.s;
  if (Array.isArray(child)) return (child as readonly Child[]).map(write).join('');
  return esc(String(child));
}

/** `<tag attrs>children</tag>`; attributes that are null, undefined or false are left out. */
export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): Markup {
  if (!TAGS.has(tag)) throw new Error(`svg: <${tag}> is not allowed`);
  let s = `<${tag}`;
  for (const [name, raw] of Object.entries(attrs)) {
    if (raw === null || raw === undefined || raw === false) continue;
    const value = typeof raw === 'number' ? num(raw, 2) : raw;
    checkAttr(name, value);
    s += ` ${name}="${esc(value)}"`;
  }
  const inner = write(children);
  return new Markup(inner ? `${s}>${inner}</${tag}>` : `${s}/>`);
}

/** The root `<svg>` of a picture: its size, `role="img"`, and a `<title>` and `<desc>` first. */
export function svgDocument(
  size: { width: number; height: number },
  title: string,
  desc: string,
  attrs: Attrs,
  ...children: Child[]
): string {
  const root = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: num(size.width, 0),
      height: num(size.height, 0),
      viewBox: `0 0 ${num(size.width, 0)} ${num(size.height, 0)}`,
      role: 'img',
      'aria-labelledby': 't',
      ...attrs,
    },
    el('title', { id: 't' }, title),
    desc ? el('desc', {}, desc) : null,
    ...children,
  );
  return root.s;
}
