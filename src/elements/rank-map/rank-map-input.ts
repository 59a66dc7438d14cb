/**
 * The map's pointer, touch and keyboard handlers, bound by the figure. Selecting is here, so a
 * click, Enter or Escape works from the first frame; the tooltip and the arrow keys' roving tab
 * stop (rank-map-interaction.ts) come in the chunk loaded at idle time or at the first hover,
 * tap, focus or key (rank-map-later-load.ts). What happens before it arrives is kept and handed
 * over then: the region still under the pointer, a tap, the focused region, arrow keys (their
 * default action, scrolling the page, is prevented at once). Without the chunk (it failed to
 * load) the map still draws, and clicks and Enter still select.
 */
import type { ReactiveElement } from 'lit';
import { rovingKey } from '../../controllers/roving-keys.js';
import type { MapInteraction } from './rank-map-interaction.js';
import { loadLater } from './rank-map-later-load.js';
import type { Target } from './rank-map-view.js';
import type { MapGeometry } from './geometry.js';
import type { FigureHandlers } from './rank-map-figure.js';

/** What the handlers read from the map, and the selection they ask for (closures: the element's own members stay private). */
export interface MapInputAccess {
  /** The targets drawn now. */
  targets: () => readonly Target[];
  /** The selected region's code, if it is drawn. */
  selectedCode: () => string | null;
  /** Whether `selected` is set, drawn or not (Escape clears it). */
  hasSelection: () => boolean;
  /** The width of the map's fixed space (undefined before the geometry is in). */
  geoWidth: () => number | undefined;
  /** Selects a region, or clears the selection (null). */
  select: (code: string | null) => void;
}

type Pending<E> = [E, string | undefined];

export class MapInput {
  private readonly host: ReactiveElement;
  private readonly map: MapInputAccess;
  /** The tooltip and roving focus, once their chunk is in. */
  private real?: MapInteraction;
  private loading = false;
  private failed = false;
  /** Before the chunk: the pointer's last move over a region or off them (undefined: it left the map). */
  private hover?: Pending<PointerEvent>;
  /** Before the chunk: the last touch or pen down (a first tap: its click does not select). */
  private tap?: Pending<PointerEvent>;
  /** Before the chunk: arrow, Home and End keys, acted on when it arrives. */
  private keys: KeyboardEvent[] = [];

  constructor(host: ReactiveElement, map: MapInputAccess) {
    this.host = host;
    this.map = map;
  }

  /** Loads the tooltip and roving focus (a no-op once loaded or loading). */
  load(): void {
    if (this.real || this.loading) return;
    this.loading = true;
    loadLater().then(
      (m) => {
        const r = (this.real = new m.MapInteraction(this.host, { ...this.map, codeAt: (n) => this.codeAt(n) }));
        // The focused region (its tab stop and tooltip), through the handler a real focusin takes;
        // not composed: the page hears no second focusin.
        (this.host.renderRoot as ShadowRoot).activeElement?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        if (this.hover) r.move(...this.hover);
        if (this.tap) r.down(...this.tap);
        for (const e of this.keys) r.roving.handleKey(e, r.roving.active);
        this.keys = [];
        this.hover = this.tap = undefined;
        this.host.requestUpdate();
      },
      () => {
        // Selection keeps working; a later interaction or update tries again.
        this.loading = false;
        this.failed = true;
        this.keys = [];
      },
    );
  }

  /** The region with keyboard focus, if any. */
  get focusCode(): string | null {
    return this.real?.focusCode ?? null;
  }

  /** The region with a hover ring: the focused one, else the one under the pointer. */
  get active(): string | null {
    return this.focusCode ?? this.real?.tooltip.hover ?? null;
  }

  /** The tooltip's template (nothing while none shows). */
  tooltip(targets: readonly Target[], geo: MapGeometry): unknown {
    return this.real?.template(targets, geo);
  }

  /** The region a node belongs to (it or an ancestor is a region of this map), if any. */
  private codeAt(node: EventTarget | null): string | undefined {
    const code = (node as Element | null)?.closest?.('.region[data-code]')?.getAttribute('data-code');
    return code && this.map.targets().some((x) => x.code === code) ? code : undefined;
  }

  /** Enter or Space, and a click: selects the region, or clears the selection when it is the selected one. */
  private toggle(code: string): void {
    this.map.select(code === this.map.selectedCode() ? null : code);
  }

  readonly handlers: Omit<FigureHandlers, 'onTableToggle'> = {
    onPointerMove: (e) => {
      if (e.pointerType === 'touch') return;
      const code = this.codeAt(e.target);
      if (this.real) return this.real.move(e, code);
      this.hover = [e, code];
      if (!this.failed) this.load();
    },
    onPointerLeave: () => {
      this.hover = undefined;
      this.real?.leave();
    },
    onPointerDown: (e) => {
      const code = this.codeAt(e.target);
      if (this.real) return this.real.down(e, code);
      this.tap = e.pointerType === 'touch' || e.pointerType === 'pen' ? [e, code] : undefined;
      this.load();
    },
    onClick: (e) => {
      const code = this.codeAt(e.target);
      if (!code) return;
      // A first tap shows the tooltip and does not select: before the chunk, once it is in.
      if (this.real ? this.real.tooltip.swallowClick(code) : !this.failed && this.tap?.[1] === code) return;
      this.toggle(code);
    },
    onKeyDown: (e) => {
      const code = this.codeAt(e.target);
      if (!code) return;
      if (rovingKey(e.key)) {
        if (this.real) return void this.real.roving.handleKey(e, code);
        e.preventDefault();
        this.keys.push(e);
      } else if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.toggle(code);
      } else if (e.key === 'Escape') {
        this.real?.tooltip.hide();
        if (this.map.hasSelection()) {
          e.preventDefault();
          this.map.select(null);
        }
      }
      this.load();
    },
    onFocusIn: (e) => {
      this.real?.focusIn(e);
      this.load();
    },
    onFocusOut: (e) => {
      this.real?.focusOut(e);
    },
  };
}
