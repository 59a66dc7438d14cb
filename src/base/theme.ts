/**
 * `theme` as an inherited setting: the element's own `theme`, else the nearest ancestor's (a page
 * puts `theme="dark"` on a wrapper), decides; `auto` (the default) follows the page's colour
 * scheme. A forced scheme is exposed as the custom state `theme-light` / `theme-dark`, which the
 * shared styles (tokens.ts) turn into `color-scheme` on the host. The element's own attribute
 * also works through CSS alone, before this runs and where custom states are missing.
 */
import type { ReactiveControllerHost } from 'lit';
import { nearestAttribute, watchInherited } from './inherited-attribute.js';

export type Theme = 'light' | 'dark' | 'auto';

export function normalizeTheme(value: string | null | undefined): Theme | null {
  const t = value?.trim().toLowerCase();
  return t === 'light' || t === 'dark' || t === 'auto' ? t : null;
}

/** The theme that applies to `el`: the nearest known `theme` value, `auto` when none. */
export function inheritedTheme(el: Element): Theme {
  return normalizeTheme(nearestAttribute(el, 'theme', (v) => normalizeTheme(v) !== null)) ?? 'auto';
}

/** Keeps `host`'s custom states `theme-light` / `theme-dark` to the theme it inherits. */
export function watchTheme(host: ReactiveControllerHost & HTMLElement): void {
  let states: { add(s: string): void; delete(s: string): boolean } | undefined;
  try {
    states = host.attachInternals().states;
  } catch {
    // No ElementInternals here: the element's own theme attribute still applies through CSS.
  }
  watchInherited(host, 'theme', () => {
    const theme = inheritedTheme(host);
    for (const scheme of ['light', 'dark']) {
      try {
        if (scheme === theme) states?.add(`theme-${scheme}`);
        else states?.delete(`theme-${scheme}`);
      } catch {
        // Browsers before `:state()` accept dashed names only; the own attribute still works.
      }
    }
  });
}
