/**
 * The design tokens: one table of values, written out as CSS custom properties on every
 * element's :host, with dark values under `prefers-color-scheme: dark` and `theme="dark"`.
 * A page overrides any of them from outside: `gov-rank-map { --gov-rank-tier-1: #0a5; }`.
 */
import { css, unsafeCSS } from 'lit';
import { textOn } from './color.js';

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

/** Every token of a scheme, as `--gov-rank-name: value` declarations. */
export function tokenDeclarations(scheme: Scheme): string {
  const lines = Object.entries(BASE[scheme]).map(([k, v]) => `--gov-rank-${k}: ${v};`);
  TIER_COLORS[scheme].forEach((c, i) => {
    lines.push(`--gov-rank-tier-${i + 1}: ${c};`, `--gov-rank-tier-${i + 1}-text: ${textOn(c)};`);
  });
  SEQ_COLORS[scheme].forEach((c, i) => lines.push(`--gov-rank-seq-${i + 1}: ${c};`));
  return lines.join('\n');
}

/** Reads a token from outside-in: the page's value wins over ours. */
export function tierVar(index: number): string {
  return `var(--gov-rank-tier-${Math.min(index, TIER_COLORS.light.length - 1) + 1})`;
}
export function tierTextVar(index: number): string {
  return `var(--gov-rank-tier-${Math.min(index, TIER_COLORS.light.length - 1) + 1}-text)`;
}
/**
 * Background and text colour of a tier: the file's own colour (text chosen for contrast) when it
 * gives one, else the theme's token pair.
 */
export function tierColors(index: number, fileColor?: string): { bg: string; fg: string } {
  if (fileColor) return { bg: fileColor, fg: textOn(fileColor) };
  const last = TIER_COLORS.light.length - 1;
  if (index <= last) return { bg: tierVar(index), fg: tierTextVar(index) };
  // Tiers beyond the sixth (a file that gives them no colour): the last tier's colour, a step
  // further towards the background each, so every tier stays distinct; moving away from the
  // text colour keeps the last tier's text readable on it.
  const toward = Math.min(80, 20 * (index - last));
  return { bg: `color-mix(in oklab, ${tierVar(last)}, var(--gov-rank-bg) ${toward}%)`, fg: tierTextVar(last) };
}

export function seqVar(index: number): string {
  return `var(--gov-rank-seq-${Math.max(0, Math.min(index, SEQ_COLORS.light.length - 1)) + 1})`;
}

/**
 * :host tokens and base rules shared by every element. Custom properties are not inherited into
 * the page, and page CSS does not reach in: only these variables and ::part() cross.
 */
export const tokenStyles = css`
  :host {
    ${unsafeCSS(tokenDeclarations('light'))}
    --gov-rank-font: system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    --gov-rank-radius: 4px;
    --gov-rank-transition: 250ms;
    color-scheme: light;
    font-family: var(--gov-rank-font);
    color: var(--gov-rank-text);
    box-sizing: border-box;
    -webkit-text-size-adjust: 100%;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${unsafeCSS(tokenDeclarations('dark'))}
      color-scheme: dark;
    }
  }
  :host([theme='dark']) {
    ${unsafeCSS(tokenDeclarations('dark'))}
    color-scheme: dark;
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --gov-rank-transition: 0ms;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--gov-rank-focus-ring);
    outline-offset: 2px;
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
