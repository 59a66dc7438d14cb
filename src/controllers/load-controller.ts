/**
 * Loads a resource for an element (the results file, the map's own geometry) as every gov-rank
 * load behaves: a @lit/task that runs again when its arguments change, JSON files through the
 * shared loader (src/data/load.ts: one request per URL per page, retry, typed errors) with the
 * host's `timeout`, and a load given up when the element leaves the page — the shared request is
 * aborted once no element wants it — and started again when the element comes back.
 * Model: Shoelace's controllers, material-web `menu/internal/controllers/`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { Task, TaskStatus, type initialState } from '@lit/task';
import { loadJson } from '../data/load.js';
import { finiteOrNull } from '../base/numbers.js';

/** An element that loads: its `timeout` attribute (ms per request) applies. */
export type LoadHost = ReactiveElement & { timeout?: number | null };

export interface LoadOptions<A extends readonly unknown[], T> {
  /** What the load depends on: a change runs it again (aborting the one in flight). */
  args: () => A;
  /** Loads for `args`; resolves to `initialState` when there is nothing to load yet. */
  load: (args: A, signal: AbortSignal) => Promise<T | typeof initialState>;
}

export class LoadController<A extends readonly unknown[], T> implements ReactiveController {
  readonly task: Task<A, T>;
  protected readonly host: LoadHost;
  /** The load in flight was given up when the host left the page: run it again when it returns. */
  private abortedOnDisconnect = false;

  constructor(host: LoadHost, options: LoadOptions<A, T>) {
    this.host = host;
    this.task = new Task<A, T>(host, { args: options.args, task: (args, { signal }) => options.load(args, signal) });
    host.addController(this);
  }

  /** The host's `timeout` in ms, or undefined for the loader's default. */
  get timeout(): number | undefined {
    return finiteOrNull(this.host.timeout) ?? undefined;
  }

  /** A JSON file through the shared loader, with the host's timeout; `attribute` names the URL's attribute in hints. */
  json(url: string, signal: AbortSignal, attribute?: string): Promise<unknown> {
    return loadJson(url, { signal, timeout: this.timeout, attribute: attribute || undefined });
  }

  hostConnected(): void {
    this.resume();
  }

  /**
   * Put back in the page (moved by a framework, or re-attached): runs the load that was given up.
   * Returns whether it did.
   */
  protected resume(): boolean {
    if (!this.abortedOnDisconnect) return false;
    this.abortedOnDisconnect = false;
    void this.task.run();
    return true;
  }

  hostDisconnected(): void {
    // An element that left the page no longer wants its load. Checked after the current task, so
    // a move (removed and put back at once) keeps its request.
    if (this.task.status !== TaskStatus.PENDING) return;
    queueMicrotask(() => {
      if (this.host.isConnected || this.task.status !== TaskStatus.PENDING) return;
      this.abortedOnDisconnect = true;
      this.task.abort();
    });
  }
}
