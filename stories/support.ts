/** What the stories share: a URL that never answers, for the loading states. */

/** The loading stories ask for this URL; it is never answered, so the skeleton stays. */
export const PENDING = '/__stories__/pending-results.json';

/** Makes `PENDING` hang (once per page; every other request goes to the real fetch). */
export function installPendingFetch(): void {
  const g = globalThis as { __govRankPending?: boolean };
  if (g.__govRankPending) return;
  g.__govRankPending = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).includes(PENDING) ? new Promise<Response>(() => {}) : realFetch(input, init);
}
