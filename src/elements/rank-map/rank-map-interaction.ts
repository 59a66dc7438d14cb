/**
 * The map's hover / tap / focus tooltip (TooltipController, kept inside the map) and its one
 * roving tab stop among the regions (RovingFocusController: arrow keys go to the nearest region
 * that way, nav.ts). Part of the chunk loaded after the map's first frame or at the first
 * interaction (rank-map-later.ts); rank-map-input.ts binds the events, works out which region
 * each one is on, and hands over what happened before the chunk arrived.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { arrowDirection, nearestInDirection } from './nav.js';
import { pointInBox } from './rank-map-targets.js';
import type { Target } from './rank-map-view.js';
import type { MapGeometry } from './geometry.js';
import { tooltipTemplate } from './rank-map-tooltip.js';
import { addLaterStyles } from './rank-map-later-styles.js';

/** What the wiring reads from the map (closures: the element's own members stay private). */
export interface MapAccess {
  /** The targets drawn now. */
  targets: () => readonly Target[];
  /** The width of the map's fixed space (undefined before the geometry is in). */
  geoWidth: () => number | undefined;
  /** The region a node belongs to, if any (rank-map-input.ts). */
  codeAt: (node: EventTarget | null) => string | undefined;
}

export class MapInteraction implements ReactiveController {
  /** Hover, tap and focus tooltip (a touch shows it first, a second tap selects). */
  readonly tooltip: TooltipController;
  /** One tab stop among the regions; arrow keys go to the nearest region that way (nav.ts). */
  readonly roving: RovingFocusController<string>;
  private readonly host: ReactiveElement;
  private readonly map: MapAccess;
  /** The svg's size when the tooltip shows (measured before the render, not in it). */
  private svgBox?: { width: number; height: number };

  constructor(host: ReactiveElement, map: MapAccess) {
    this.host = host;
    this.map = map;
    // The tooltip's rules come with it (sheets added to the map's own).
    const root = host.renderRoot as ShadowRoot;
    addLaterStyles(root);
    this.tooltip = new TooltipController(host, {
      // Shifted when it would stick out of the map (a narrow map, a long name) or hang over the
      // legend below it (a phone-width map is shorter than a tooltip's reach).
      keepInside: () => ({
        tip: root.querySelector<HTMLElement>('[part="tooltip"]'),
        box: root.querySelector<HTMLElement>('.map'),
        vertical: true,
      }),
    });
    this.roving = new RovingFocusController<string>(host, {
      items: () => map.targets().map((x) => x.code),
      itemOf: map.codeAt,
      step: (from, key) => {
        const dir = arrowDirection(key);
        return dir ? nearestInDirection(from, new Map(map.targets().map((y) => [y.code, y.centroid] as const)), dir) : undefined;
      },
      element: (code) => root.querySelector<SVGGElement>(`.region[data-code="${CSS.escape(code)}"]`),
    });
    host.addController(this);
  }

  hostUpdate(): void {
    // Where the tooltip goes depends on the svg's size on screen: measured here, not in render().
    const svgEl = this.tooltip.state.kind === 'shown' ? this.host.renderRoot.querySelector('svg') : null;
    this.svgBox = svgEl ? { width: svgEl.clientWidth, height: svgEl.clientHeight } : undefined;
  }

  /** The region with keyboard focus, if any. */
  get focusCode(): string | null {
    return this.roving.focused ? (this.roving.active ?? null) : null;
  }

  /** The tooltip's template (nothing while it is hidden). */
  template(targets: readonly Target[], geo: MapGeometry): unknown {
    return tooltipTemplate(this.tooltip.state, targets, geo, this.svgBox);
  }

  private target(code: string | undefined): Target | undefined {
    return code ? this.map.targets().find((x) => x.code === code) : undefined;
  }

  /** A mouse or pen moved to `e`, over the region `code` (undefined: over none). */
  move(e: PointerEvent, code: string | undefined): void {
    this.tooltip.pointerMove(
      code ?? null,
      () => {
        const svgEl = this.host.renderRoot.querySelector('svg');
        const w = this.map.geoWidth();
        return svgEl && w !== undefined ? pointInBox(svgEl.getBoundingClientRect(), w, e) : [0, 0];
      },
      this.focusCode,
    );
  }

  leave(): void {
    this.tooltip.pointerLeave(this.focusCode);
  }

  down(e: PointerEvent, code: string | undefined): void {
    const x = this.target(code);
    this.tooltip.pointerDown(e.pointerType, x?.code ?? null, x?.centroid);
  }

  focusIn(e: FocusEvent): void {
    this.roving.onFocusIn(e);
    const x = this.target(this.map.codeAt(e.target));
    if (x) this.tooltip.show(x.code, x.centroid[0], x.centroid[1]);
  }

  focusOut(e: FocusEvent): void {
    this.roving.onFocusOut(e);
    if (!this.roving.focused) this.tooltip.focusOut();
  }
}
