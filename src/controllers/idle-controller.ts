/**
 * Work put off until the browser is idle (or `timeout` ms have passed): e.g. the map's table
 * alternative, as much text as the rest of the map, laid out after the map is on screen.
 * `done` turns true once, and the host updates. Cancelled when the host leaves the page before
 * it ran; scheduled again by the next update after it comes back.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

export interface IdleOptions {
  /** requestIdleCallback's timeout (ms). */
  timeout?: number;
  /** Where requestIdleCallback does not exist: a plain delay (ms). */
  fallbackDelay?: number;
}

export class IdleController implements ReactiveController {
  /** The idle time has come: the host may now render what waited for it. */
  done = false;
  private readonly host: ReactiveElement;
  private readonly timeout: number;
  private readonly fallbackDelay: number;
  private scheduled = false;
  private handle?: number;

  constructor(host: ReactiveElement, options: IdleOptions = {}) {
    this.host = host;
    this.timeout = options.timeout ?? 300;
    this.fallbackDelay = options.fallbackDelay ?? 50;
    host.addController(this);
  }

  /** Asks for idle time once (a no-op once asked for or done). */
  schedule(): void {
    if (this.done || this.scheduled) return;
    this.scheduled = true;
    const ready = (): void => {
      this.handle = undefined;
      this.done = true;
      this.host.requestUpdate();
    };
    if (typeof requestIdleCallback === 'function') this.handle = requestIdleCallback(ready, { timeout: this.timeout });
    else setTimeout(ready, this.fallbackDelay);
  }

  hostConnected(): void {
    // Cancelled when the host left the page: the next update schedules it again.
    if (this.host.hasUpdated && !this.done) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    if (this.handle === undefined) return;
    cancelIdleCallback(this.handle);
    this.handle = undefined;
    this.scheduled = false;
  }
}
