/**
 * The hover / tap / focus tooltip of a widget of regions (the map): which region the pointer is
 * over, where the tooltip shows, and the touch rule — a first tap on a region shows its tooltip
 * and the click that follows does not select; a second tap selects. State is typed (no codes
 * with a "pending:" prefix); every change updates the host. Focus is the roving controller's: the
 * element passes the focused region in where a rule depends on it.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

/** Where the tooltip shows, in the widget's own coordinates. */
export type TooltipState = { kind: 'hidden' } | { kind: 'shown'; code: string; x: number; y: number };

/** A touch (or pen) on a region: its first tap showed the tooltip, so its click must not select. */
export type TapState = { kind: 'none' } | { kind: 'first-tap'; code: string };

const HIDDEN: TooltipState = { kind: 'hidden' };

export class TooltipController implements ReactiveController {
  /** The tooltip. */
  state: TooltipState = HIDDEN;
  /** The region under a mouse pointer, if any. */
  hover: string | null = null;
  /** The touch rule's state. */
  tap: TapState = { kind: 'none' };
  private readonly host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // Listeners are bound in the host's template; nothing to start.
  }

  /** The region whose tooltip shows, if any. */
  get code(): string | null {
    return this.state.kind === 'shown' ? this.state.code : null;
  }

  show(code: string, x: number, y: number): void {
    this.set({ kind: 'shown', code, x, y });
  }

  hide(): void {
    if (this.state.kind !== 'hidden') this.set(HIDDEN);
  }

  /** A mouse or pen moved over `code` at (x, y), or off every region (`code` null). */
  pointerMove(code: string | null, at: () => [number, number], focus: string | null): void {
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
  pointerLeave(focus: string | null): void {
    this.setHover(null);
    this.hideUnless(focus);
  }

  /**
   * A pointer went down on `code` (null: off every region) whose anchor is `at`. A mouse resets
   * the touch rule; a touch or pen shows the tooltip, and arms the rule unless this is the second
   * tap on a region already showing its tooltip.
   */
  pointerDown(pointerType: string, code: string | null, at: readonly [number, number] | undefined): void {
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
  swallowClick(code: string): boolean {
    if (this.tap.kind !== 'first-tap' || this.tap.code !== code) return false;
    this.tap = { kind: 'none' };
    return true;
  }

  /** Keyboard focus left the regions: the tooltip stays only for the region under the pointer. */
  focusOut(): void {
    this.hideUnless(this.hover);
  }

  private hideUnless(code: string | null): void {
    if (this.state.kind === 'shown' && this.state.code !== code) this.set(HIDDEN);
  }

  private setHover(code: string | null): void {
    if (this.hover === code) return;
    this.hover = code;
    this.host.requestUpdate();
  }

  private set(state: TooltipState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
