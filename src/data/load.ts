/**
 * The one loader: one request per absolute URL per page, however many elements ask for it.
 *
 * - The cache lives on `globalThis` under a versioned symbol, so two copies of the library on a
 *   page (a CDN script loaded twice, or CDN + npm) still share one request.
 * - Each caller passes its own AbortSignal; the request is aborted only when every caller has
 *   gone. A failed load is forgotten, so asking again tries again.
 * - The browser's HTTP cache is respected (default fetch cache mode).
 * - One retry on a network failure or a 5xx; a timeout per attempt (15 s by default).
 */
import { GovRankError, from, isGovRankError, timeoutSpan, type DataOrigin } from './errors.js';
import { parseResults, type ResultsModel } from './model.js';
import { VERSION } from '../version.js';

export interface LoadOptions {
  signal?: AbortSignal;
  /** Milliseconds per attempt before the request is given up. Default 15000. */
  timeout?: number;
  /** Base for relative URLs. Default: the document's base URI. */
  base?: string;
  /** Injected fetch, for Node or tests. Default: globalThis.fetch. */
  fetch?: typeof fetch;
  /** The attribute the URL came from, named in hints ("check the geometry URL"). Default `src`. */
  attribute?: string;
}

export const DEFAULT_TIMEOUT = 15_000;

/** A timeout in ms as given, unless it is not a positive finite number: then the default. */
export function usableTimeout(ms: number | null | undefined): number {
  return typeof ms === 'number' && Number.isFinite(ms) && ms > 0 ? ms : DEFAULT_TIMEOUT;
}
const RETRY_DELAY = 300;

interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  users: number;
  settled: boolean;
}

const CACHE_KEY = Symbol.for(`gov-rank.load-cache@${VERSION}`);
function cache(): Map<string, Entry> {
  const g = globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>;
  return (g[CACHE_KEY] ??= new Map());
}

/**
 * Node's local files, installed by src/data/node.ts (the package's Node entries load it): there a
 * plain path resolves against the working directory and a file: URL is read from disk. Browser
 * bundles never load that module, so they carry none of it.
 */
export interface NodeFiles {
  /** `url` as a URL relative to the working directory (C:\… as /C:/…), and that directory as a file: URL. */
  local(url: string): [url: string, cwd: string] | undefined;
  /** A local file's text: its problems as a GovRankError that names the file. */
  read(url: string): Promise<string>;
}
let nodeFiles: NodeFiles | undefined;

/** @internal Called by src/data/node.ts in Node. */
export function useNodeFiles(files: NodeFiles): void {
  nodeFiles = files;
}

/**
 * Resolves `url` against `base`, else the document (in a browser), else, in Node, the working
 * directory: there a plain path (results.json, C:\data\results.json) is a local file.
 */
export function absoluteUrl(url: string, base?: string): string {
  // A server's shimmed document (gov-rank under the `node`/`worker` conditions) has no baseURI.
  const docBase = typeof document !== 'undefined' ? document.baseURI : undefined;
  const local = base || docBase ? undefined : nodeFiles?.local(url);
  if (local) url = local[0];
  const b = base ?? docBase ?? local?.[1];
  return b ? new URL(url, b).href : new URL(url).href;
}

/** Loads, parses and validates a results file; shared by every caller of the same URL. */
export function loadResults(url: string, opts: LoadOptions = {}): Promise<ResultsModel> {
  return loadShared('results', url, opts, (text, abs) => parseResults(parseJson(text, abs), abs));
}

/** Loads and parses any JSON file (a map's geometry) with the same sharing, timeout, retry and abort. */
export function loadJson(url: string, opts: LoadOptions = {}): Promise<unknown> {
  return loadShared('json', url, opts, (text, abs) => parseJson(text, abs));
}

function loadShared<T>(kind: string, url: string, opts: LoadOptions, parse: (text: string, abs: string) => T): Promise<T> {
  let abs: string;
  try {
    abs = absoluteUrl(url, opts.base);
  } catch (e) {
    // A GovRankError is the Node files' own word on the path (src/data/index.ts).
    return Promise.reject(
      isGovRankError(e) ? e : new GovRankError('network', `"${url}" is not a valid URL`, { url, reason: 'invalid-url' }),
    );
  }
  const key = `${kind} ${abs}`;
  const map = cache();
  let entry = map.get(key);
  if (!entry) {
    const controller = new AbortController();
    const created: Entry = {
      controller,
      users: 0,
      settled: false,
      promise: fetchText(abs, controller.signal, opts)
        .then((text) => parse(text, abs))
        .then(
          (model) => {
            created.settled = true;
            return model;
          },
          (err: unknown) => {
            created.settled = true;
            if (map.get(key) === created) map.delete(key);
            throw err;
          },
        ),
    };
    // Callers may all leave before it settles: avoid an unhandled rejection on the shared promise.
    created.promise.catch(() => {});
    map.set(key, created);
    entry = created;
  }
  return join<T>(entry, key, abs, opts.signal);
}

/** Attaches one caller to a shared entry; its abort detaches it (and aborts the request if it was the last). */
function join<T>(entry: Entry, key: string, abs: string, signal?: AbortSignal): Promise<T> {
  const promise = entry.promise as Promise<T>; // the entry under `key` was made by the same parser
  if (!signal) {
    entry.users++;
    return promise;
  }
  if (signal.aborted) return Promise.reject(abortError(abs));
  entry.users++;
  const leave = () => {
    entry.users--;
    if (entry.users <= 0 && !entry.settled) {
      entry.controller.abort();
      if (cache().get(key) === entry) cache().delete(key);
    }
  };
  signal.addEventListener('abort', leave, { once: true });
  return untilAborted(promise, signal).then(
    (v) => {
      signal.removeEventListener('abort', leave);
      return v;
    },
    (e: unknown) => {
      signal.removeEventListener('abort', leave);
      throw signal.aborted ? abortError(abs) : e;
    },
  );
}

function abortError(url: string): DOMException {
  return new DOMException(`Loading ${url} was aborted`, 'AbortError');
}

export function isAbortError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as { name?: string }).name === 'AbortError';
}

async function fetchText(url: string, signal: AbortSignal, opts: LoadOptions): Promise<string> {
  // Node's fetch cannot read file: URLs (it failed as a "network error … CORS").
  if (!opts.fetch && url.startsWith('file:') && nodeFiles?.local(url)) return nodeFiles.read(url);
  try {
    return await attempt(url, signal, opts);
  } catch (err) {
    const retryable = isGovRankError(err) && (err.kind === 'network' || (err.kind === 'http' && (err.status ?? 0) >= 500));
    if (!retryable || signal.aborted) throw err;
    await new Promise((r) => setTimeout(r, RETRY_DELAY));
    if (signal.aborted) throw abortError(url);
    return attempt(url, signal, opts);
  }
}

async function attempt(url: string, signal: AbortSignal, opts: LoadOptions): Promise<string> {
  const timeout = usableTimeout(opts.timeout);
  const timer = new AbortController();
  const id = setTimeout(() => timer.abort(), timeout);
  const both = AbortSignal.any([signal, timer.signal]);
  const doFetch = opts.fetch ?? globalThis.fetch;
  // Why a request or its body failed: the caller left, the timeout, else the network.
  const failed = (cause: unknown, what: string, reason?: string): Error =>
    signal.aborted
      ? abortError(url)
      : timer.signal.aborted
        ? timeoutError(url, timeout)
        : new GovRankError('network', `${from(url)}${what}`, { url, cause, reason });
  try {
    let response: Response;
    try {
      response = await untilAborted(doFetch(url, { signal: both, headers: { accept: 'application/json' } }), both);
    } catch (cause) {
      throw failed(cause, 'could not be loaded (network error: offline, blocked, or not allowed by CORS)');
    }
    if (!response.ok) {
      const attr = opts.attribute ?? 'src';
      const hint =
        response.status === 404 ? ` — check the ${attr} URL` : response.status >= 500 ? ' — the server failed, try again later' : '';
      throw new GovRankError(
        'http',
        `${from(url)}answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${hint}`,
        {
          url,
          status: response.status,
          reason: opts.attribute || undefined,
        },
      );
    }
    try {
      return await untilAborted(response.text(), both);
    } catch (cause) {
      throw failed(cause, 'was cut off while loading', 'cut-off');
    }
  } finally {
    clearTimeout(id);
  }
}

function timeoutError(url: string, timeout: number): GovRankError {
  const span = timeoutSpan(timeout);
  return new GovRankError('timeout', `${from(url)}did not answer within ${span.value} ${span.unit}`, { url, timeout });
}

/** `promise`, or a rejection as soon as `signal` aborts: an injected fetch may ignore the signal. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

/** JSON.parse with a message that tells an HTML error page from broken JSON. */
export function parseJson(text: string, url?: string, origin?: DataOrigin): unknown {
  // A byte-order mark (files saved as "UTF-8" by Windows Notepad): fetch's text() drops it, files
  // read from disk and inline text keep it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) {
    throw new GovRankError('not-json', `${from(url, origin)}is empty`, { url, origin, reason: 'empty' });
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const html = text.trimStart().startsWith('<'); // <!doctype html>, <html>, or any markup
    const msg = html
      ? `${from(url, origin)}is an HTML page, not JSON (often a login or error page served instead of the file)`
      : `${from(url, origin)}is not valid JSON (${(cause as Error).message})`;
    throw new GovRankError('not-json', msg, { url, origin, cause, reason: html ? 'html' : 'syntax' });
  }
}

/** Parses inline JSON text (a `<script type="application/json">` child). */
export function parseInline(text: string): ResultsModel {
  return parseResults(parseJson(text, undefined, 'inline'), undefined, 'inline');
}

// Models already warned about. Every element reading one URL gets the same cached model, so
// its unknown regions are said once per file, not once per element.
const warned = new WeakSet<ResultsModel>();

/** Writes the model's diagnostics with console.warn, once per model (= once per loaded file). */
export function warnDiagnosticsOnce(model: ResultsModel, label: string): void {
  if (!model.diagnostics.length || warned.has(model)) return;
  warned.add(model);
  console.warn(`gov-rank: ${label}: ${model.diagnostics.map((d) => d.message).join('; ')}`);
}

/** Forgets every cached load (tests, or a page that wants fresh data). */
export function clearLoadCache(): void {
  cache().clear();
}
