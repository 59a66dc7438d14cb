/**
 * The map's pointer, touch and keyboard wiring: the hover / tap / focus tooltip
 * (TooltipController, kept inside the map), the one roving tab stop among the regions
 * (RovingFocusController: arrow keys go to the nearest region that way, nav.ts) and the handlers
 * the figure binds. Selecting is the element's: it sets `selected` and fires gov-region-select.
 */
import type { ReactiveElement } from 'lit';
import { TooltipController } from '../../controllers/tooltip-controller.js';
import { RovingFocusController } from '../../controllers/roving-focus-controller.js';
import { arrowDirection, nearestInDirection } from './nav.js';
import { pointInBox } from './rank-map-targets.js';
import type { Target } from './rank-map-view.js';
import type { FigureHandlers } from './rank-map-figure.js';

/** What the wiring reads from the map, and the selection it asks for (closures: the element's own members stay private). */
export interface MapAccess {
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

export type MapHandlers = Omit<FigureHandlers, 'onTableToggle'>;

export class MapInteraction {
  /** Hover, tap and focus tooltip (a touch shows it first, a second tap selects). */
  readonly tooltip: TooltipController;
  /** One tab stop among the regions; arrow keys go to the nearest region that way (nav.ts). */
  readonly roving: RovingFocusController<string>;
  private readonly host: ReactiveElement;
  private readonly map: MapAccess;

  constructor(host: ReactiveElement, map: MapAccess) {
    this.host = host;
    this.map = map;
    this.tooltip = new TooltipController(host, {
      // Shifted when it would stick out of the map (a narrow map, a long name) or hang over the
      // legend below it (a phone-width map is shorter than a tooltip's reach).
      keepInside: () => ({
        tip: host.renderRoot.querySelector<HTMLElement>('[part="tooltip"]'),
        box: host.renderRoot.querySelector<HTMLElement>('.map'),
        vertical: true,
      }),
    });
    this.roving = new RovingFocusController<string>(host, {
      items: () => map.targets().map((x) => x.code),
      itemOf: (target) => this.codeAt(target),
      step: (from, key) => {
        const dir = arrowDirection(key);
        return dir ? nearestInDirection(from, new Map(map.targets().map((y) => [y.code, y.centroid] as const)), dir) : undefined;
      },
      element: (code) => host.renderRoot.querySelector<SVGGElement>(`.region[data-code="${CSS.escape(code)}"]`),
    });
  }

  /** The region with keyboard focus, if any. */
  get focusCode(): string | null {
    return this.roving.focused ? (this.roving.active ?? null) : null;
  }

  /** The region a node belongs to (it or an ancestor is a region of this map), if any. */
  private codeAt(node: EventTarget | null): string | undefined {
    const el = (node as Element | null)?.closest?.('.region[data-code]');
    const code = el?.getAttribute('data-code');
    return code && this.map.targets().some((x) => x.code === code) ? code : undefined;
  }

  private targetOf(e: Event): Target | undefined {
    const code = this.codeAt(e.target);
    return code ? this.map.targets().find((x) => x.code === code) : undefined;
  }

  private pointIn(e: PointerEvent | MouseEvent): [number, number] {
    const svgEl = this.host.renderRoot.querySelector('svg');
    const w = this.map.geoWidth();
    return svgEl && w !== undefined ? pointInBox(svgEl.getBoundingClientRect(), w, e) : [0, 0];
  }

  /** Enter or Space, and a click: selects the region, or clears the selection when it is the selected one. */
  private toggle(x: Target): void {
    this.map.select(x.code === this.map.selectedCode() ? null : x.code);
  }

  readonly handlers: MapHandlers = {
    onPointerMove: (e) => {
      if (e.pointerType === 'touch') return;
      this.tooltip.pointerMove(this.targetOf(e)?.code ?? null, () => this.pointIn(e), this.focusCode);
    },
    onPointerLeave: () => this.tooltip.pointerLeave(this.focusCode),
    onPointerDown: (e) => {
      const x = this.targetOf(e);
      this.tooltip.pointerDown(e.pointerType, x?.code ?? null, x?.centroid);
    },
    onClick: (e) => {
      const x = this.targetOf(e);
      if (!x || this.tooltip.swallowClick(x.code)) return;
      this.toggle(x);
    },
    onKeyDown: (e) => {
      const x = this.targetOf(e);
      if (!x || this.roving.handleKey(e, x.code)) return;
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.toggle(x);
        return;
      }
      if (e.key === 'Escape') {
        this.tooltip.hide();
        if (this.map.hasSelection()) {
          e.preventDefault();
          this.map.select(null);
        }
      }
    },
    onFocusIn: (e) => {
      this.roving.onFocusIn(e);
      const x = this.targetOf(e);
      if (x) this.tooltip.show(x.code, x.centroid[0], x.centroid[1]);
    },
    onFocusOut: (e) => {
      this.roving.onFocusOut(e);
      if (!this.roving.focused) this.tooltip.focusOut();
    },
  };
}
