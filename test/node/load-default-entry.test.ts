/**
 * gov-rank/data's `default` entry in Node (a bundler that did not apply the `node` condition):
 * local files are not read there, and the error says why instead of "not a valid URL" or CORS.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { loadResults, clearLoadCache, absoluteUrl } from '../../src/data/index'; // not node.ts
import type { GovRankError } from '../../src/data/errors';

const fixture = pathToFileURL('test/fixtures/results.json').href;

for (const path of ['test/fixtures/results.json', 'C:\\data\\results.json', fixture]) {
  test(`${path}: refused, naming the \`node\` condition`, async () => {
    clearLoadCache();
    await assert.rejects(
      loadResults(path),
      (e: GovRankError) =>
        e.kind === 'network' &&
        e.reason === 'file' &&
        e.message.startsWith(`${path} is a local file`) &&
        /`node` export condition/.test(e.message),
    );
  });
}

test('a URL of another scheme is left to fetch', async () => {
  clearLoadCache();
  assert.equal(absoluteUrl('https://example.org/r.json'), 'https://example.org/r.json');
  const f = (async () => new Response('{}', { status: 404 })) as typeof fetch;
  await assert.rejects(loadResults('https://example.org/r.json', { fetch: f }), (e: GovRankError) => e.kind === 'http');
});
