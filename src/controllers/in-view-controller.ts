/**
 * Whether the host has come into view, with one IntersectionObserver that watches while the host
 * is in the page and stops once it has been seen: `loading="lazy"` (the base waits until an
 * element is near the viewport) and the counter's count-up (it starts when half of it shows).
 * `inView` turns true once and stays true; `onInView` is called then. Where IntersectionObserver
 * does not exist, the host counts as in view as soon as it watches.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export interface InViewOptions {
  /** Grows the viewport for the test (IntersectionObserver's `rootMargin`), e.g. `200px`. */
  rootMargin?: string;
  /** The part of the host that must show (0: any part, the default). */
  ratio?: number;
  /**
   * A part that stays in view this long (ms) counts too, short of `ratio`: a clipping box or a
   * host taller than the viewport may never show that much of it. Default: never.
   */
  partlyAfter?: number;
  /** Whether to watch when the host joins the page (default: always). */
  when?: () => boolean;
  /** Called once the host is in view. */
  onInView?: () => void;
}

export class InViewController implements ReactiveController {
  /** The host has been in view (it stays true). */
  inView = false;
  private readonly host: ReactiveElement;
  private readonly options: InViewOptions;
  private observer?: IntersectionObserver;
  private partlyTimer?: ReturnType<typeof setTimeout>;

  constructor(host: ReactiveElement, options: InViewOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.options.when?.() ?? true) this.watch();
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Starts watching (when the host is in the page, not yet seen and not already watched). */
  watch(): void {
    if (this.inView || this.observer || !this.host.isConnected) return;
    if (typeof IntersectionObserver === 'undefined') {
      this.enter();
      return;
    }
    const ratio = this.options.ratio ?? 0;
    const thresholds = ratio > 0 ? [0, ratio] : [0];
    this.observer = new IntersectionObserver(
      (entries) => {
        // With a ratio the latest entry decides; without one, any entry that intersects.
        const e = (ratio > 0 ? undefined : entries.find((x) => x.isIntersecting)) ?? entries[entries.length - 1]!;
        if (e.isIntersecting && e.intersectionRatio >= ratio) this.enter();
        else if (e.isIntersecting && this.options.partlyAfter !== undefined)
          this.partlyTimer ??= setTimeout(() => this.enter(), this.options.partlyAfter);
        else this.clearTimer();
      },
      { rootMargin: this.options.rootMargin, threshold: thresholds },
    );
    this.observer.observe(this.host);
  }

  private enter(): void {
    this.stop();
    this.inView = true;
    this.options.onInView?.();
  }

  private stop(): void {
    this.clearTimer();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private clearTimer(): void {
    clearTimeout(this.partlyTimer);
    this.partlyTimer = undefined;
  }
}
