/** Typed errors of the data layer; each message is written for a page author and names the URL. */
import type { SchemaIssue } from './schema-kit.js';

export type GovRankErrorKind =
  /** The request failed before an answer: offline, DNS, CORS, refused. */
  | 'network'
  /** No answer within the timeout. */
  | 'timeout'
  /** The server answered with an error status (404, 500, …). */
  | 'http'
  /** The answer is not JSON (an HTML error page, truncated text). */
  | 'not-json'
  /** JSON, but not a results file of format v1. */
  | 'schema'
  /** The file loaded, but holds nothing for what the element asks (region, year, statistic). */
  | 'no-data'
  /** A `geometry` file that could not be used. */
  | 'geometry'
  /** The data loaded, but showing it failed (an exception while selecting or rendering the view). */
  | 'render';

/**
 * Where data came from when it was not fetched from a URL. Messages name it; `url` stays undefined.
 */
export type DataOrigin = 'inline' | 'property' | 'bundled';

const ORIGIN_NAMES: Record<DataOrigin, string> = {
  inline: 'The inline <script type="application/json">',
  property: 'The data property',
  bundled: 'The bundled results',
};

export class GovRankError extends Error {
  override name = 'GovRankError';
  declare readonly kind: GovRankErrorKind;
  declare readonly url?: string;
  /** Set instead of `url` for data given inline, as a property, or bundled. */
  declare readonly origin?: DataOrigin;
  declare readonly status?: number;
  declare readonly issues: readonly SchemaIssue[];
  /** Finer cause, for messages in other languages: `html`, `syntax`, `invalid-url`, `cut-off`. */
  declare readonly reason?: string;
  /** Timeout in milliseconds (kind `timeout`). */
  declare readonly timeout?: number;

  constructor(
    kind: GovRankErrorKind,
    message: string,
    opts: {
      url?: string;
      origin?: DataOrigin;
      status?: number;
      issues?: readonly SchemaIssue[];
      cause?: unknown;
      reason?: string;
      timeout?: number;
    } = {},
  ) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    const { url, origin, status, issues = [], reason, timeout } = opts;
    Object.assign(this, { kind, url, origin, status, issues, reason, timeout });
  }

  static schema(issues: readonly SchemaIssue[], url?: string, origin?: DataOrigin): GovRankError {
    const first = issues
      .slice(0, 3)
      .map((i) => i.message)
      .join('; ');
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    return new GovRankError('schema', `${from(url, origin)}is not a gov-rank results file: ${first}${more}`, { url, origin, issues });
  }
}

/** How an English message names the data: its URL, else where it came from. */
export function from(url?: string, origin?: DataOrigin): string {
  return url ? `${url} ` : `${origin ? ORIGIN_NAMES[origin] : 'The data'} `;
}

/** A timeout as messages say it: milliseconds below a second, else seconds to one decimal. */
export function timeoutSpan(ms: number): { value: number; unit: 'ms' | 's' } {
  return ms < 1000 ? { value: Math.round(ms), unit: 'ms' } : { value: Math.round(ms / 100) / 10, unit: 's' };
}

export function isGovRankError(e: unknown): e is GovRankError {
  return e instanceof Error && (e as { name?: string }).name === 'GovRankError' && 'kind' in e;
}
