/**
 * The hover / tap / focus tooltip of a widget of items (the map's regions, the sparkline's
 * points): which item the pointer is over, where the tooltip shows, and the touch rule — a first
 * tap on a region shows its tooltip and the click that follows does not select; a second tap
 * selects. State is typed (no codes with a "pending:" prefix); every change updates the host.
 * Focus is the roving controller's: the element passes the focused item in where a rule depends
 * on it. After each update the tooltip is kept inside its box (`keepInside`).
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { keepInside } from '../base/keep-inside.js';

/** Where the tooltip shows, in the widget's own coordinates. */
export type TooltipState<K = string> = { kind: 'hidden' } | { kind: 'shown'; code: K; x: number; y: number };

/** A touch (or pen) on a region: its first tap showed the tooltip, so its click must not select. */
export type TapState<K = string> = { kind: 'none' } | { kind: 'first-tap'; code: K };

export interface TooltipOptions {
  /**
   * The tooltip element (null while none shows) and the box it must stay inside, read after each
   * update; `vertical`: kept inside up and down too (see base/keep-inside.ts).
   */
  keepInside?: () => { tip: HTMLElement | null; box: HTMLElement | null; vertical?: boolean };
}

const HIDDEN = { kind: 'hidden' } as const;

export class TooltipController<K = string> implements ReactiveController {
  /** The tooltip. */
  state: TooltipState<K> = HIDDEN;
  /** The item under a mouse pointer, if any. */
  hover: K | null = null;
  /** The touch rule's state. */
  tap: TapState<K> = { kind: 'none' };
  private readonly host: ReactiveElement;
  private readonly options: TooltipOptions;

  constructor(host: ReactiveElement, options: TooltipOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdated(): void {
    const place = this.options.keepInside?.();
    if (place?.tip && place.box) keepInside(place.tip, place.box, place.vertical);
  }

  /** The region whose tooltip shows, if any. */
  get code(): K | null {
    return this.state.kind === 'shown' ? this.state.code : null;
  }

  show(code: K, x: number, y: number): void {
    this.set({ kind: 'shown', code, x, y });
  }

  hide(): void {
    if (this.state.kind !== 'hidden') this.set(HIDDEN);
  }

  /** A mouse or pen moved over `code` at (x, y), or off every region (`code` null). */
  pointerMove(code: K | null, at: () => [number, number], focus: K | null): void {
    if (!code) {
      this.setHover(null);
      this.hideUnless(focus);
      return;
    }
    this.setHover(code);
    const [x, y] = at();
    this.show(code, x, y);
  }

  /** The pointer left the widget: the tooltip stays only for the focused region. */
  pointerLeave(focus: K | null): void {
    this.setHover(null);
    this.hideUnless(focus);
  }

  /**
   * A pointer went down on `code` (null: off every region) whose anchor is `at`. A mouse resets
   * the touch rule; a touch or pen shows the tooltip, and arms the rule unless this is the second
   * tap on a region already showing its tooltip.
   */
  pointerDown(pointerType: string, code: K | null, at: readonly [number, number] | undefined): void {
    if (pointerType !== 'touch' && pointerType !== 'pen') {
      this.tap = { kind: 'none' };
      return;
    }
    if (!code || !at) {
      this.hide();
      return;
    }
    this.tap = this.code === code ? { kind: 'none' } : { kind: 'first-tap', code };
    this.show(code, at[0], at[1]);
  }

  /** A click on `code`: true when it is a first tap's click, which shows and must not select. */
  swallowClick(code: K): boolean {
    if (this.tap.kind !== 'first-tap' || this.tap.code !== code) return false;
    this.tap = { kind: 'none' };
    return true;
  }

  /** Keyboard focus left the regions: the tooltip stays only for the region under the pointer. */
  focusOut(): void {
    this.hideUnless(this.hover);
  }

  private hideUnless(code: K | null): void {
    if (this.state.kind === 'shown' && this.state.code !== code) this.set(HIDDEN);
  }

  /** The pointer is over `code` now (null: over none); the tooltip itself is the element's to show. */
  setHover(code: K | null): void {
    if (this.hover === code) return;
    this.hover = code;
    this.host.requestUpdate();
  }

  private set(state: TooltipState<K>): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
