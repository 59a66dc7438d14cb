/**
 * The design tokens: one table of values, light and dark. Every element reads a token through an
 * internal custom property declared on its :host,
 *
 *   --_gr-<name>: var(--gov-rank-<name>, light-dark(<light>, <dark>));
 *
 * and never declares the public `--gov-rank-<name>` itself, so a page's value set on the element
 * or on any ancestor (`:root`, `body`, a wrapper) wins. `light-dark()` resolves against the
 * element's colour scheme, which it inherits from the page (`color-scheme`) unless `theme` says
 * otherwise (theme.ts): the OS preference only matters where the page allows dark.
 */
import { css, unsafeCSS } from 'lit';
import { DARK_TEXT, luminance, parseHex, textOn } from './color.js';

export type Scheme = 'light' | 'dark';

/** Tier colours, best tier first (up to 6 tiers). Chosen to stay apart for common colour-vision deficiencies. */
export const TIER_COLORS: Record<Scheme, readonly string[]> = {
  light: ['#0c2c84', '#225ea8', '#1d91c0', '#41b6c4', '#a1dab4', '#d9f0a3'],
  dark: ['#7fe0d0', '#41b6c4', '#2c8fc9', '#2d62b4', '#3d4a9a', '#4b4f6e'],
};

/** Sequential ramp for scores and ranks, low → high. */
export const SEQ_COLORS: Record<Scheme, readonly string[]> = {
  light: ['#d9f0a3', '#a1dab4', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
  dark: ['#3d4a9a', '#2d62b4', '#2c8fc9', '#41b6c4', '#6fd3c3', '#b4f0d9'],
};

export const BASE: Record<Scheme, Record<string, string>> = {
  light: {
    text: '#1f2328',
    muted: '#59636e',
    bg: '#ffffff',
    surface: '#f6f8fa',
    border: '#d1d9e0',
    accent: '#0969da',
    'focus-ring': '#0969da',
    error: '#b42318',
    'error-bg': '#fef3f2',
    'no-data': '#eceef1',
    'no-data-stripe': '#b8bfc7',
    highlight: '#d4380d',
    selected: '#111827',
    skeleton: '#eaeef2',
  },
  dark: {
    text: '#e6edf3',
    muted: '#9198a1',
    bg: '#0d1117',
    surface: '#151b23',
    border: '#3d444d',
    accent: '#4493f8',
    'focus-ring': '#4493f8',
    error: '#ff9492',
    'error-bg': '#2d1214',
    'no-data': '#262c36',
    'no-data-stripe': '#4d5562',
    highlight: '#ffa657',
    selected: '#ffffff',
    skeleton: '#21262d',
  },
};

/** The elements' font list (--gov-rank-font's fallback); the pictures (src/picture) name it too. */
export const FONT = "system-ui,-apple-system,'PingFang SC','Hiragino Sans GB','Microsoft YaHei','Noto Sans CJK SC',sans-serif";

/**
 * Text colour for a background given in CSS (a token, a page's value, a file's colour): near-black
 * or white, whichever has the higher WCAG contrast, as textOn() picks it, computed by the browser
 * from the colour in effect (relative colour syntax), so a page that sets only a tier colour keeps
 * readable text on it. `s` is 1 when the background's luminance is below the point where both
 * texts contrast equally.
 */
export function readableOn(background: string): string {
  const dark = parseHex(DARK_TEXT)!.map((v) => v / 255);
  const threshold = Math.sqrt(1.05 * (luminance(parseHex(DARK_TEXT)!) + 0.05)) - 0.05;
  // Written without the spaces CSS does not need (those around + and - it does).
  const lin = (c: string) => `pow(max(0,(${c} + 0.055)/1.055),2.4)`;
  const y = `(0.2126*${lin('r')} + 0.7152*${lin('g')} + 0.0722*${lin('b')})`;
  const s = `clamp(0,(${threshold.toFixed(5)} - ${y})*100000,1)`;
  const channel = (d: number) => `calc(${d.toFixed(5)} + ${(1 - d).toFixed(5)}*${s})`;
  return `color(from ${background} srgb ${channel(dark[0]!)} ${channel(dark[1]!)} ${channel(dark[2]!)}/1)`;
}

/** `--_gr-<name>:var(--gov-rank-<name>,<fallback>);` (no spaces: this text ships in every entry) */
const internal = (name: string, fallback: string) => `--_gr-${name}:var(--gov-rank-${name},${fallback});`;
const pair = (light: string, dark: string) => (light === dark ? light : `light-dark(${light},${dark})`);

/** Every token's name and our fallback (a light/dark pair, or one value for both schemes). */
function tokenFallbacks(): [name: string, fallback: string][] {
  const tokens: [string, string][] = Object.keys(BASE.light).map((k) => [k, pair(BASE.light[k]!, BASE.dark[k]!)]);
  TIER_COLORS.light.forEach((c, i) => {
    tokens.push([`tier-${i + 1}`, pair(c, TIER_COLORS.dark[i]!)], [`tier-${i + 1}-text`, readableOn(`var(--_gr-tier-${i + 1})`)]);
  });
  SEQ_COLORS.light.forEach((c, i) => tokens.push([`seq-${i + 1}`, pair(c, SEQ_COLORS.dark[i]!)]));
  tokens.push(['font', FONT], ['radius', '4px'], ['transition', '250ms'], ['font-size', '16px']);
  return tokens;
}

/** Every token as an internal custom property with the public one (or our light/dark pair) as its value. */
export function tokenDeclarations(): string {
  return tokenFallbacks()
    .map(([name, fallback]) => internal(name, fallback))
    .join('');
}

/**
 * Inside the shadow root the public names read the value in effect too (`var(--gov-rank-text)`
 * works like `var(--_gr-text)`), declared once on the top elements: no cycle, since the top
 * element inherits the host's already-resolved `--_gr-*`.
 */
export function publicAliases(): string {
  return tokenFallbacks()
    .map(([name]) => `--gov-rank-${name}:var(--_gr-${name});`)
    .join('');
}

/** A tier's colour token (the page's value, else ours for the element's scheme). */
export function tierVar(index: number): string {
  return `var(--_gr-tier-${Math.min(index, TIER_COLORS.light.length - 1) + 1})`;
}
export function tierTextVar(index: number): string {
  return `var(--_gr-tier-${Math.min(index, TIER_COLORS.light.length - 1) + 1}-text)`;
}
/**
 * Background and text colour of a tier: the file's own colour (text chosen for contrast) when it
 * gives one, else the theme's token pair.
 */
export function tierColors(index: number, fileColor?: string): { bg: string; fg: string } {
  if (fileColor) return { bg: fileColor, fg: parseHex(fileColor) ? textOn(fileColor) : readableOn(fileColor) };
  const last = TIER_COLORS.light.length - 1;
  if (index <= last) return { bg: tierVar(index), fg: tierTextVar(index) };
  // Tiers beyond the sixth (a file that gives them no colour): the last tier's colour, a step
  // further towards the background each, so every tier stays distinct; text readable on the mix.
  const toward = Math.min(80, 20 * (index - last));
  const bg = `color-mix(in oklab, ${tierVar(last)}, var(--_gr-bg) ${toward}%)`;
  return { bg, fg: readableOn(bg) };
}

export function seqVar(index: number): string {
  return `var(--_gr-seq-${Math.max(0, Math.min(index, SEQ_COLORS.light.length - 1)) + 1})`;
}

/**
 * Inherited typography a host page may pass down (`p { text-indent: 2em; text-align: justify }`,
 * `td { white-space: nowrap }`, `dir="rtl"`, bold or italic runs): reset on the host and again on
 * the shadow root's top elements, which page rules never reach (a page's universal `*` rule does
 * reach the host). Not reset: line-height, letter-spacing and word-spacing, which a reader's own
 * text-spacing override (WCAG 1.4.12) sets on every element, the host included — the host declares
 * them, so an ancestor's values stop there, but a rule on the host itself still applies.
 * Every text is Chinese or English: left to right whatever the page's direction.
 */
const TYPOGRAPHY_RESET = css`
  direction: ltr;
  writing-mode: horizontal-tb;
  text-indent: 0;
  text-align: start;
  text-align-last: auto;
  text-transform: none;
  text-shadow: none;
  text-emphasis: none;
  white-space: normal;
  word-break: normal;
  overflow-wrap: normal;
  hyphens: manual;
  font-style: normal;
  font-weight: 400;
  font-variant: normal;
  font-stretch: normal;
  font-feature-settings: normal;
  font-family: var(--_gr-font);
  color: var(--_gr-text);
`;

/**
 * :host tokens and base rules shared by every element. Page CSS does not reach in: only custom
 * properties, inherited properties and ::part() cross.
 */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(tokenDeclarations())}
    ${TYPOGRAPHY_RESET}
    /* The text size comes from --gov-rank-font-size (default 16px, times the element's scale),
       never from the page's root or surrounding font size: a rule on the host loses to it. */
    font-size: calc(var(--_gr-font-size) * var(--_gr-scale, 1)) !important;
    direction: ltr !important;
    text-indent: 0 !important;
    text-align: start !important;
    line-height: normal;
    letter-spacing: normal;
    word-spacing: normal;
    box-sizing: border-box;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  :host > * {
    ${TYPOGRAPHY_RESET}
    ${unsafeCSS(publicAliases())}
  }
  /* No color-scheme of its own: the element inherits the page's. theme="light|dark" on the element
     (attribute) or on its nearest ancestor (custom state, theme.ts) forces one; "auto" follows the page. */
  :host(:state(theme-light)) {
    color-scheme: light;
  }
  :host(:state(theme-dark)) {
    color-scheme: dark;
  }
  :host([theme='light' i]) {
    color-scheme: light;
  }
  :host([theme='dark' i]) {
    color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_gr-transition: 0ms;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Our own box model, not the page's: a page's * { box-sizing: content-box } reaches the host only. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Quirks mode (no doctype): tables do not inherit font size or colour. */
  table {
    font: inherit;
    color: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_gr-focus-ring);
    outline-offset: 2px;
  }
  /* Printing drops backgrounds unless told: tier colours, swatches and chips carry meaning.
     Interaction chrome (tooltips, the map's table and download buttons) is of no use on paper. */
  @media print {
    :host {
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    [part~='tooltip'],
    [part~='table-toggle'],
    [part~='download'] {
      display: none !important;
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
