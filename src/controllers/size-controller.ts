/**
 * Watches the size of the host, or of boxes inside it, with one ResizeObserver that starts when
 * the host joins the page and stops when it leaves. The element measures what it needs in
 * `callback` (a width, a min-height, whether a box overflows) and keeps it as its own state.
 * Model: Lit's ResizeController (@lit-labs/observers), Shoelace's controllers.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export interface SizeOptions {
  /**
   * The elements to watch; without it, the host. Read again after every update: a box that
   * appears once the data is in, or is replaced, is watched from then on (the first one decides).
   */
  targets?: () => readonly (Element | null | undefined)[];
  /** Called with each batch of resize entries (also once when watching starts) and the elements watched. */
  callback: (entries: readonly ResizeObserverEntry[], targets: readonly Element[]) => void;
}

export class SizeController implements ReactiveController {
  private readonly host: ReactiveElement;
  private readonly options: SizeOptions;
  private observer?: ResizeObserver;
  /** The first target watched (the host, or the first of `targets()`). */
  private observed?: Element;

  constructor(host: ReactiveElement, options: SizeOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.options.targets) this.watch([this.host]);
    // Put back in the page (moved to another box): watch the boxes again after the next update.
    else if (this.host.hasUpdated) this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.options.targets) return;
    const targets = this.options.targets().filter((t): t is Element => !!t);
    if (targets[0] !== this.observed) this.watch(targets);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
  }

  private watch(targets: readonly Element[]): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer?.disconnect();
    this.observed = targets[0];
    if (!targets.length) {
      this.observer = undefined;
      return;
    }
    this.observer = new ResizeObserver((entries) => this.options.callback(entries, targets));
    for (const t of targets) this.observer.observe(t);
  }
}
