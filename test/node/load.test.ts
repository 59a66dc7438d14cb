/** The shared loader, DOM-free, with an injected fetch: sharing, abort, retry, timeout, errors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadResults, clearLoadCache } from '../../src/data/node'; // the loader as Node loads it (local files installed)
import { GovRankError } from '../../src/data/errors';
import fixture from '../fixtures/results.json';

const ok = () => new Response(JSON.stringify(fixture), { status: 200, headers: { 'content-type': 'application/json' } });

/** A fetch that never answers until aborted, recording each call's signal. */
function hangingFetch(signals: AbortSignal[]): typeof fetch {
  return ((_url: string, init?: RequestInit) => {
    const signal = init!.signal!;
    signals.push(signal);
    return new Promise<Response>((_, reject) => signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
  }) as typeof fetch;
}

test('one request for many callers of the same URL', async () => {
  clearLoadCache();
  let calls = 0;
  const f = (async () => {
    calls++;
    return ok();
  }) as typeof fetch;
  const url = 'https://example.org/shared.json';
  const models = await Promise.all(Array.from({ length: 50 }, () => loadResults(url, { fetch: f })));
  assert.equal(calls, 1);
  assert.ok(models.every((m) => m === models[0]));
});

test('the request is aborted only when the last caller leaves', async () => {
  clearLoadCache();
  const signals: AbortSignal[] = [];
  const a = new AbortController();
  const b = new AbortController();
  const url = 'https://example.org/abort.json';
  const pa = loadResults(url, { fetch: hangingFetch(signals), signal: a.signal });
  const pb = loadResults(url, { fetch: hangingFetch(signals), signal: b.signal });
  pa.catch(() => {});
  pb.catch(() => {});
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(signals.length, 1);
  a.abort();
  await assert.rejects(pa, { name: 'AbortError' });
  assert.equal(signals[0]!.aborted, false, 'still wanted by b');
  b.abort();
  await assert.rejects(pb, { name: 'AbortError' });
  assert.equal(signals[0]!.aborted, true);
});

test('one retry on a 5xx, none on a 404', async () => {
  clearLoadCache();
  let calls = 0;
  const flaky = (async () => (++calls === 1 ? new Response('busy', { status: 503 }) : ok())) as typeof fetch;
  await loadResults('https://example.org/flaky.json', { fetch: flaky });
  assert.equal(calls, 2);
  calls = 0;
  const missing = (async () => {
    calls++;
    return new Response('no', { status: 404, statusText: 'Not Found' });
  }) as typeof fetch;
  await assert.rejects(
    loadResults('https://example.org/missing.json', { fetch: missing }),
    (e: GovRankError) => e.kind === 'http' && e.status === 404 && /HTTP 404 Not Found — check the src URL/.test(e.message),
  );
  assert.equal(calls, 1);
});

test('a network failure is retried once, then reported with kind "network"', async () => {
  clearLoadCache();
  let calls = 0;
  const down = (async () => {
    calls++;
    throw new TypeError('Failed to fetch');
  }) as typeof fetch;
  await assert.rejects(
    loadResults('https://example.org/down.json', { fetch: down }),
    (e: GovRankError) => e.kind === 'network' && e.url === 'https://example.org/down.json',
  );
  assert.equal(calls, 2);
});

test('a hung server times out with kind "timeout"', async () => {
  clearLoadCache();
  const signals: AbortSignal[] = [];
  await assert.rejects(
    loadResults('https://example.org/hang.json', { fetch: hangingFetch(signals), timeout: 50 }),
    (e: GovRankError) => e.kind === 'timeout' && /did not answer within 50 ms/.test(e.message),
  );
});

test('a failed load is forgotten: asking again tries again', async () => {
  clearLoadCache();
  let calls = 0;
  const f = (async () => (++calls <= 2 ? new Response('x', { status: 500 }) : ok())) as typeof fetch;
  const url = 'https://example.org/again.json';
  await assert.rejects(loadResults(url, { fetch: f }));
  const model = await loadResults(url, { fetch: f });
  assert.equal(model.assessments.length, 1);
  assert.equal(calls, 3);
});

// Since issue 10, a relative URL in Node (no document, no base) is a path under the working
// directory, read from disk (test/node/validator-clerk.test.ts); it was "not a valid URL".
test('relative URLs resolve against base outside a browser; without one, a path under the working directory', async () => {
  clearLoadCache();
  await assert.rejects(
    loadResults('results.json'),
    (e: GovRankError) => e.kind === 'network' && /\/results\.json could not be read \(ENOENT/.test(e.message),
  );
  let seen = '';
  const f = (async (u: string) => {
    seen = u;
    return ok();
  }) as unknown as typeof fetch;
  await loadResults('data/results.json', { fetch: f, base: 'https://news.example/2020/article.html' });
  assert.equal(seen, 'https://news.example/2020/data/results.json');
});
