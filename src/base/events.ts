/**
 * The one event helper and the typed map of every event the elements fire. Events bubble and
 * cross shadow roots (composed), so a page can listen on the document.
 */
import type { GovRankErrorKind } from '../data/errors.js';
import type { Diagnostic } from '../data/validate.js';
import type { ResultRow } from '../data/model.js';

export interface LoadStartDetail {
  /** Absolute URL, or undefined for inline/bundled data. */
  url?: string;
}
export interface LoadDetail {
  url?: string;
  /** Rows left out of the file (unknown regions). */
  diagnostics: Diagnostic[];
}
export interface ErrorDetail {
  kind: GovRankErrorKind;
  message: string;
  url?: string;
  status?: number;
}
export interface LoadEndDetail {
  url?: string;
  ok: boolean;
  /** True when the load was given up (a new source replaced it, or the element left the page). */
  aborted?: boolean;
}
export interface RegionSelectDetail {
  /** GB/T 2260 code, or null when the selection was cleared. */
  code: string | null;
  /** Name in the element's language. */
  name: string | null;
  result?: ResultRow;
}

export interface GovRankEventMap {
  'gov-loadstart': CustomEvent<LoadStartDetail>;
  'gov-load': CustomEvent<LoadDetail>;
  'gov-error': CustomEvent<ErrorDetail>;
  'gov-loadend': CustomEvent<LoadEndDetail>;
  'gov-region-select': CustomEvent<RegionSelectDetail>;
}

type DetailOf<K extends keyof GovRankEventMap> = GovRankEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Dispatches a typed, bubbling, composed event. Returns false when a listener called preventDefault(). */
export function emit<K extends keyof GovRankEventMap>(
  target: EventTarget,
  name: K,
  detail: DetailOf<K>,
  opts: { cancelable?: boolean } = {},
): boolean {
  return target.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: opts.cancelable ?? false }));
}

declare global {
  // Declaration merging: the page's addEventListener learns our event types (no members of its own).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends GovRankEventMap {}
}
