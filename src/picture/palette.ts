/**
 * The elements' colours as plain sRGB hex for a picture, resolved from the token tables
 * (src/base/tokens.ts) for one scheme: what `var(--_gr-…)`, the tier text colours and the mixes
 * of tiers beyond the sixth come to in a browser with no page styles. A file's colour passes when
 * it parses; anything else falls back to the no-data colour (never copied into the picture).
 */
import { BASE, SEQ_COLORS, TIER_COLORS, type Scheme } from '../base/tokens.js';
import { linearChannel, textOn } from '../base/color.js';
import { parseColor } from '../base/css-color.js';

export type { Scheme };

const hex = (rgb: readonly number[]) =>
  `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

// sRGB ↔ OKLab (Björn Ottosson's matrices), for color-mix(in oklab, …).
const fromLinear = (c: number) => 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
function toOklab(rgb: readonly number[]): [number, number, number] {
  const [r, g, b] = rgb.map(linearChannel) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}
function fromOklab([L, A, B]: readonly number[]): number[] {
  const l = (L! + 0.3963377774 * A! + 0.2158037573 * B!) ** 3;
  const m = (L! - 0.1055613458 * A! - 0.0638541728 * B!) ** 3;
  const s = (L! - 0.0894841775 * A! - 1.291485548 * B!) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map(fromLinear);
}

/** A resolver of the elements' CSS colour values for one scheme. */
export function palette(scheme: Scheme) {
  const token = (name: string): string | undefined => {
    const tier = /^tier-(\d)(-text)?$/.exec(name);
    if (tier) {
      const bg = TIER_COLORS[scheme][Number(tier[1]) - 1];
      return bg && tier[2] ? textOn(bg) : bg;
    }
    const seq = /^seq-(\d)$/.exec(name);
    if (seq) return SEQ_COLORS[scheme][Number(seq[1]) - 1];
    return BASE[scheme][name];
  };
  const resolve = (css: string): string => {
    const v = css.trim();
    const rgb = parseColor(v);
    if (rgb) return hex(rgb);
    const tok = /^var\(--_gr-([a-z0-9-]+)\)$/.exec(v);
    if (tok) return token(tok[1]!) ?? base['no-data']!;
    // tierColors() beyond the sixth tier: color-mix(in oklab, <tier>, <bg> P%).
    const mix = /^color-mix\(in oklab, (var\([^)]+\)), (var\([^)]+\)) (\d+)%\)$/.exec(v);
    if (mix) {
      const a = toOklab(parseColor(resolve(mix[1]!))!);
      const b = toOklab(parseColor(resolve(mix[2]!))!);
      const p = Number(mix[3]) / 100;
      return hex(fromOklab(a.map((x, i) => x * (1 - p) + b[i]! * p)));
    }
    // readableOn(bg): the text colour with the higher contrast on it.
    const from = /^color\(from (.+) srgb /.exec(v);
    if (from) return textOn(resolve(from[1]!));
    return base['no-data']!;
  };
  const base = BASE[scheme];
  return {
    scheme,
    /** A CSS colour value of ours, or a file's colour, as #rrggbb. */
    color: resolve,
    /** A base token (`text`, `muted`, `bg`, `border`…) as #rrggbb. */
    base: (name: string): string => base[name] ?? base.text!,
  };
}

export type Palette = ReturnType<typeof palette>;
