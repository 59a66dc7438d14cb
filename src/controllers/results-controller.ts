/**
 * The results an element shows, and where they come from: `src`, else a child
 * `<script type="application/json">`, else the `data` property, else the bundled published
 * results. Nothing is chosen while the element is out of the page, while the host holds the load
 * back (`loading="lazy"` and not yet near the viewport), or while the HTML parser may still be on
 * its way to the inline JSON. Each load fires gov-loadstart, then gov-load or gov-error, then
 * gov-loadend (`aborted: true` when it is given up). A LoadController: aborted when the element
 * leaves the page, run again when it comes back.
 */
import { initialState, TaskStatus } from '@lit/task';
import { loadResults, parseInline, isAbortError, absoluteUrl, warnDiagnosticsOnce } from '../data/load.js';
import { loadBundled } from '../data/bundled.js';
import { parseResults, type ResultsModel } from '../data/model.js';
import { GovRankError, isGovRankError } from '../data/errors.js';
import { emit } from '../base/events.js';
import { inlineJson } from '../base/inline-json.js';
import { afterParsed, beingParsed } from '../base/parsed.js';
import { LoadController, type LoadHost } from './load-controller.js';

/** Where the results come from, and its URL, inline text or object. */
export type Source =
  | { kind: 'url'; value: string }
  | { kind: 'inline'; value: string }
  | { kind: 'object'; value: unknown }
  | { kind: 'bundled' | 'deferred'; value?: undefined };

/** An element that shows results: `src` and `data` as in GovElement. */
export type ResultsHost = LoadHost & { src: string | null; data: unknown };

type Args = [Source['kind'], unknown, number | null | undefined];

export interface ResultsOptions {
  /** The host holds the load back for now (`loading="lazy"` and not yet near the viewport). */
  held?: () => boolean;
}

export class ResultsController extends LoadController<Args, ResultsModel> {
  declare protected readonly host: ResultsHost;
  /** The text of the inline JSON child, or null without one. */
  private inlineText: string | null = null;
  /** The HTML parser has created the host but may not have reached its children yet. */
  private awaitingParser = false;
  private stopAwaitingParser?: () => void;
  private childObserver?: MutationObserver;
  private readonly held: () => boolean;
  /** Results given synchronously (`give()`), shown until the task has an outcome of its own. */
  private given?: ResultsModel;

  constructor(host: ResultsHost, options: ResultsOptions = {}) {
    // Args are the source that decides (its kind and its URL, text or object) and the timeout: a
    // `data` set while a `src` loads does not restart the request.
    super(host, {
      args: () => {
        const s = this.source();
        return [s.kind, s.value ?? null, host.timeout];
      },
      load: (_args, signal) => this.load(signal),
    });
    this.held = options.held ?? (() => false);
  }

  /**
   * The results to show: the task's once it completed; before that (not run yet, or running), the
   * results given with `give()`; none after a failed load.
   */
  get value(): ResultsModel | undefined {
    const status = this.task.status;
    if (status === TaskStatus.COMPLETE) return this.task.value;
    return status === TaskStatus.ERROR ? undefined : this.given;
  }

  /**
   * Results given synchronously, for when no task can run first: server rendering (Lit SSR calls
   * no `hostConnected` or `hostUpdate`), and hydrating a server-rendered element, whose first
   * client render must be the server's (src/hydrate.ts loads the data, then hydrates). The host
   * shows them as loaded data at once; the next load of the current source returns them instead
   * of loading again, with the usual events. They must be what the current source holds.
   */
  give(model: ResultsModel): void {
    this.given = model;
    this.host.requestUpdate();
  }

  override hostConnected(): void {
    this.readInline();
    this.childObserver = new MutationObserver(() => this.readInline());
    // `type` too: jQuery inserts a script with its type masked and restores it afterwards.
    this.childObserver.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['type'],
    });
    this.stopAwaitingParser?.();
    this.setAwaitingParser(beingParsed(this.host));
    if (this.awaitingParser) this.stopAwaitingParser = afterParsed(this.host, () => this.setAwaitingParser(false));
    // Put back in the page: load what was given up, or what was never loaded because the element
    // left before its first update.
    if (!this.resume() && this.host.hasUpdated) this.host.requestUpdate();
  }

  override hostDisconnected(): void {
    this.childObserver?.disconnect();
    this.stopAwaitingParser?.();
    this.stopAwaitingParser = undefined;
    super.hostDisconnected();
  }

  /** The source that decides now. */
  source(): Source {
    // Inline JSON may still be on its way: choose nothing yet, so nothing else is shown or announced.
    return !this.host.isConnected || this.held() || (!this.host.src && this.awaitingParser) ? { kind: 'deferred' } : this.chosen();
  }

  /** The source the host's src, inline JSON and data choose, ready or not. */
  private chosen(): Exclude<Source, { kind: 'deferred' }> {
    if (this.host.src) return { kind: 'url', value: this.host.src };
    if (this.inlineText != null) return { kind: 'inline', value: this.inlineText };
    if (this.host.data != null) return { kind: 'object', value: this.host.data };
    return { kind: 'bundled' };
  }

  /**
   * Hydration (src/hydrate.ts): loads the results the host's source holds now, outside the task —
   * the server-rendered host waits, not yet connected, for them — and gives them (`give()`), so
   * its first render is the server's. No events: the task's run on connecting fires them.
   */
  async preload(): Promise<void> {
    this.inlineText = inlineJson(this.host);
    this.give(await this.parse(this.chosen(), new AbortController().signal));
  }

  private readInline(): void {
    const text = inlineJson(this.host);
    if (text === this.inlineText) return;
    this.inlineText = text;
    this.host.requestUpdate();
  }

  private setAwaitingParser(value: boolean): void {
    if (value === this.awaitingParser) return;
    this.awaitingParser = value;
    this.host.requestUpdate();
  }

  private async load(signal: AbortSignal): Promise<ResultsModel | typeof initialState> {
    const host = this.host;
    const source = this.source();
    if (source.kind === 'deferred') return initialState;
    const given = this.given;
    this.given = undefined;
    const url = source.kind === 'url' ? safeAbsolute(source.value) : undefined;
    emit(host, 'gov-loadstart', { url });
    try {
      const model = given ?? (await this.parse(source, signal));
      // Superseded while parsing (inline, property or bundled data ignore the signal): no events.
      if (signal.aborted) throw new DOMException('superseded', 'AbortError');
      warnDiagnosticsOnce(model, url ?? 'data');
      emit(host, 'gov-load', { url, diagnostics: model.diagnostics });
      emit(host, 'gov-loadend', { url, ok: true });
      return model;
    } catch (err) {
      if (isAbortError(err) || signal.aborted) {
        // Every gov-loadstart gets its gov-loadend, as with <img>: a page counting loads in flight
        // returns to zero when a load is superseded or the element leaves the page.
        emit(host, 'gov-loadend', { url, ok: false, aborted: true });
        throw err;
      }
      const e = isGovRankError(err) ? err : new GovRankError('network', String((err as Error)?.message ?? err), { url, cause: err });
      emit(host, 'gov-error', { kind: e.kind, message: e.message, url: e.url ?? url, status: e.status });
      emit(host, 'gov-loadend', { url, ok: false });
      throw e;
    }
  }

  private async parse(source: Source, signal: AbortSignal): Promise<ResultsModel> {
    switch (source.kind) {
      case 'url':
        return loadResults(source.value, { signal, timeout: this.timeout });
      case 'inline':
        return parseInline(source.value);
      case 'object':
        return parseResults(source.value, undefined, 'property');
      default:
        return loadBundled();
    }
  }
}

/** `url` made absolute against the page, or as given when it cannot be. */
export function safeAbsolute(url: string): string {
  try {
    return absoluteUrl(url);
  } catch {
    return url;
  }
}
