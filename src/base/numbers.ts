/**
 * Numbers that arrive as attributes or as framework properties (React 19 and Vue set a prop the
 * element has as a property, often as a string): `''`, booleans and anything not a finite number
 * count as "not set", so the element falls back to its documented default.
 */
export function finiteOrNull(value: unknown): number | null {
  if (value == null || typeof value === 'boolean' || (typeof value === 'string' && value.trim() === '')) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/**
 * Lit converter for an optional number attribute: `year=""` or `year="abc"` is unset. Written out
 * in each `static properties` entry (`{ converter: optionalNumber, reflect: true }`) so the
 * custom-elements manifest analyzer can read it.
 */
export const optionalNumber = {
  fromAttribute: (value: string | null) => finiteOrNull(value),
  toAttribute: (value: unknown) => (value == null ? null : String(value)),
};
