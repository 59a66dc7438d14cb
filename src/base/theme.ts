/**
 * `theme` as an inherited setting: the element's own `theme`, else the nearest ancestor's (a page
 * puts `theme="dark"` on a wrapper), decides; `auto` (the default) follows the page's colour
 * scheme. A forced scheme is exposed as the custom state `theme-light` / `theme-dark`, which the
 * shared styles (tokens.ts) turn into `color-scheme` on the host. The element's own attribute
 * also works through CSS alone, before this runs and where custom states are missing.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nearestAttribute, onAttributeChange } from './inherited-attribute.js';

export type Theme = 'light' | 'dark' | 'auto';

export function normalizeTheme(value: string | null | undefined): Theme | null {
  const t = value?.trim().toLowerCase();
  return t === 'light' || t === 'dark' || t === 'auto' ? t : null;
}

/** The theme that applies to `el`: the nearest known `theme` value, `auto` when none. */
export function inheritedTheme(el: Element): Theme {
  return normalizeTheme(nearestAttribute(el, 'theme', (v) => normalizeTheme(v) !== null)) ?? 'auto';
}

export class ThemeController implements ReactiveController {
  private readonly states?: { add(s: string): void; delete(s: string): boolean };
  private stop?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    try {
      this.states = host.attachInternals().states;
    } catch {
      // No ElementInternals here: the element's own theme attribute still applies through CSS.
    }
    host.addController(this);
  }

  hostConnected(): void {
    this.stop = onAttributeChange(this.host, 'theme', () => this.sync());
    this.sync();
  }

  hostDisconnected(): void {
    this.stop?.();
  }

  private sync(): void {
    const theme = inheritedTheme(this.host);
    for (const scheme of ['light', 'dark']) {
      try {
        if (scheme === theme) this.states?.add(`theme-${scheme}`);
        else this.states?.delete(`theme-${scheme}`);
      } catch {
        // Browsers before `:state()` accept dashed names only; the own attribute still works.
      }
    }
  }
}
