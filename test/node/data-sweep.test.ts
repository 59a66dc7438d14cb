/** A sweep of what a data team hits: the CLI on odd files, the loader on odd answers, hostile JSON, odd region inputs. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadResults, clearLoadCache, parseJson, parseResults, validateResults, resolveRegion, GovRankError } from '../../src/data/index';

const FIXTURE = 'test/fixtures/results.json';
const fixtureText = readFileSync(FIXTURE, 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'gov-rank-sweep-'));
const write = (name: string, text: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, text);
  return p;
};
// In English whatever the machine's locale (the validator follows LC_ALL / LC_MESSAGES / LANG).
const run = (...args: string[]) =>
  spawnSync('node', ['bin/gov-rank-validate.mjs', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C' },
  });

describe('gov-rank-validate CLI', () => {
  // Was: a UTF-8 BOM (Windows Notepad "UTF-8") makes a valid file fail:
  // "✖ <file> is not valid JSON (Unexpected token '﻿', ...)", exit 1. parseJson (src/data/load.ts) does not strip \uFEFF.
  it('accepts a file saved with a UTF-8 BOM', () => {
    const p = write('bom.json', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(fixtureText)]));
    const r = run(p);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /valid gov-rank results file/);
  });

  it('accepts CRLF line endings', () => {
    const r = run(write('crlf.json', fixtureText.replace(/\n/g, '\r\n')));
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /✔ .*crlf\.json: valid gov-rank results file \(format v1\)/);
  });

  // Exit 2 since issue 10: a file that cannot be read is not an invalid file (exit 1).
  it('a missing path fails with exit 2 and names the path', () => {
    const p = join(tmp, 'nope.json');
    const r = run(p);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /✖ .*nope\.json: cannot be read: no such file \(ENOENT\)/);
    assert.ok(r.stderr.includes(p));
  });

  it('a directory fails with exit 2', () => {
    const d = join(tmp, 'dir');
    mkdirSync(d, { recursive: true });
    const r = run(d);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /✖ .*dir: cannot be read: this is a folder, not a file \(EISDIR\)/);
  });

  // Was: for a directory the message is "✖ EISDIR: illegal operation on a directory, read" — the
  // file is not named (readFileSync's EISDIR error carries no path). bin/gov-rank-validate.mjs catch block.
  it('a directory error names the path', () => {
    const d = join(tmp, 'dir2');
    mkdirSync(d, { recursive: true });
    assert.ok(run(d).stderr.includes(d));
  });

  it('no arguments: usage on stderr and exit 2', () => {
    const r = run();
    assert.equal(r.status, 2);
    assert.match(r.stderr, /usage: gov-rank-validate <results\.json>/);
  });

  it('--help: usage and exit 0', () => {
    const r = run('--help');
    assert.equal(r.status, 0);
    assert.match(r.stdout, /usage:/);
  });

  it('several files, one bad, one missing: each reported, exit 2 (the worst)', () => {
    const bad = write('bad.json', '{"format": "gov-rank-results", "version": 1, "assessments": 3}');
    const r = run(FIXTURE, bad, 'test/fixtures/bad-score.json', join(tmp, 'missing.json'));
    assert.equal(r.status, 2);
    assert.match(r.stdout, /✔ test\/fixtures\/results\.json: valid/);
    assert.match(r.stderr, /bad\.json: 1 problem\n {2}assessments: expected an array, got 3/);
    assert.match(r.stderr, /bad-score\.json: 1 problem/);
    assert.match(r.stderr, /ENOENT/);
  });

  it('a 10 MB file validates', () => {
    const big = JSON.parse(fixtureText);
    big.notes = Array.from({ length: 10_500 }, () => 'x'.repeat(1000));
    const p = write('big.json', JSON.stringify(big));
    const r = run(p);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /big\.json: valid/);
  });

  it('duplicate keys: the last one wins (JSON.parse), silently', () => {
    const text = JSON.stringify(JSON.parse(fixtureText)).replace('"format":', '"format":"nonsense","format":');
    const r = run(write('dup.json', text));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '');
  });

  // Not checked (noted): a duplicated key ({"score": 12, "score": 96.73}) is resolved by JSON.parse
  // (the last wins) before the validator sees the object; finding it needs a scan of the raw text.
});

describe('loadResults with an injected fetch', () => {
  const url = (name: string) => `https://example.org/sweep/${name}.json`;
  const load = (name: string, f: unknown, timeout?: number) => {
    clearLoadCache();
    return loadResults(url(name), { fetch: f as typeof fetch, ...(timeout ? { timeout } : {}) });
  };

  it('a BOM-prefixed body loads (Response.text() strips it)', async () => {
    const m = await load('bom', async () => new Response('\uFEFF' + fixtureText, { status: 200 }));
    assert.equal(m.assessments.length, 1);
  });

  // Was: same root cause as the CLI: parseJson does not strip a BOM, so a response-like object (or any
  // caller passing text) fails with kind 'not-json': "is not valid JSON (Unexpected token '﻿' …)".
  it('parseJson accepts a BOM', () => {
    assert.deepEqual(parseJson('\uFEFF{"a":1}'), { a: 1 });
  });

  it('JSON served as text/html still loads (content-type is not checked)', async () => {
    const m = await load('html-ct', async () => new Response(fixtureText, { status: 200, headers: { 'content-type': 'text/html' } }));
    assert.equal(m.assessments[0]!.id, 'test-index-province');
  });

  it('an HTML page is reported as such', async () => {
    await assert.rejects(
      load('html', async () => new Response('<!doctype html><p>login', { status: 200, headers: { 'content-type': 'text/html' } })),
      (e: GovRankError) => e.kind === 'not-json' && e.reason === 'html' && /is an HTML page, not JSON/.test(e.message),
    );
  });

  it('a 200 with an empty body is not-json, and says the file is empty', async () => {
    await assert.rejects(
      load('empty', async () => new Response('', { status: 200 })),
      (e: GovRankError) => e.kind === 'not-json' && e.reason === 'empty' && /empty\.json is empty$/.test(e.message),
    );
  });

  it('a 204 is not-json', async () => {
    await assert.rejects(
      load('204', async () => new Response(null, { status: 204 })),
      (e: GovRankError) => e.kind === 'not-json',
    );
  });

  it('a redirect-like response is an http error', async () => {
    await assert.rejects(
      load('redirect', async () => ({ ok: false, status: 302, statusText: 'Found', type: 'opaqueredirect', text: async () => '' })),
      (e: GovRankError) => e.kind === 'http' && e.status === 302 && /answered HTTP 302 Found$/.test(e.message),
    );
    await assert.rejects(
      load('redirect2', async () => Response.redirect('https://example.org/elsewhere', 302)),
      (e: GovRankError) => e.kind === 'http' && e.status === 302,
    );
  });

  it('a fetch that throws a string is a network error (retried once)', async () => {
    let calls = 0;
    await assert.rejects(
      load('throws', async () => {
        calls++;
        throw 'boom';
      }),
      (e: GovRankError) => e instanceof GovRankError && e.kind === 'network' && e.cause === 'boom' && /could not be loaded/.test(e.message),
    );
    assert.equal(calls, 2);
  });

  it('a fetch that throws synchronously is a network error', async () => {
    await assert.rejects(
      load('throws-sync', () => {
        throw 'boom';
      }),
      (e: GovRankError) => e.kind === 'network',
    );
  });

  it('a hanging fetch that honours the signal times out', async () => {
    const hang = (_u: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    await assert.rejects(
      load('hang-signal', hang, 200),
      (e: GovRankError) => e.kind === 'timeout' && e.timeout === 200 && /did not answer within 200 ms/.test(e.message),
    );
  });

  // Was: a fetch that never settles and ignores the signal (an older polyfill, a custom wrapper) makes
  // loadResults hang forever despite timeout: 50 — attempt() in src/data/load.ts only aborts the signal
  // and then awaits doFetch(); the timeout never rejects on its own.
  it('a fetch that never resolves is given up after the timeout', async () => {
    const guard = new Promise((resolve) => setTimeout(() => resolve('still pending after 2 s'), 2000).unref());
    const p = load('hang', () => new Promise(() => {}), 50);
    p.catch(() => {});
    const first = await Promise.race([
      p.then(
        () => 'resolved',
        (e: GovRankError) => e.kind,
      ),
      guard,
    ]);
    assert.equal(first, 'timeout');
  });

  // Was: the timeout in the message is rounded to 0.1 s: 50 ms reads "within 0.1 s", 40 ms "within 0 s".
  // timeoutError in src/data/load.ts: Math.round(timeout / 100) / 10.
  it('a sub-100 ms timeout is not reported as 0 s', async () => {
    const hang = (_u: string, init: RequestInit) =>
      new Promise((_, reject) => init.signal!.addEventListener('abort', () => reject(init.signal!.reason)));
    await assert.rejects(load('hang-40', hang, 40), (e: GovRankError) => e.kind === 'timeout' && !/within 0 s/.test(e.message));
  });
});

describe('validateResults on hostile input', () => {
  it('"__proto__" keys do not pollute Object.prototype', () => {
    const text = fixtureText
      .replace('"title": {', '"__proto__": {"polluted": 1, "format": "x"}, "title": {')
      .replace('"metric": {', '"metric": { "__proto__": {"max": 5}, ');
    const json = JSON.parse(text);
    const report = validateResults(json);
    assert.equal(report.ok, true, JSON.stringify(report.issues));
    const model = parseResults(json);
    assert.equal(model.assessments[0]!.metric.max, 100);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(({} as Record<string, unknown>).max, undefined);
  });

  it('"__proto__" as a language key is a bad key, nothing polluted', () => {
    const json = JSON.parse(
      fixtureText.replace('"title": { "zh-CN": "测试数据", "en": "Test data" }', '"title": { "__proto__": {"x": 1}, "en": "T" }'),
    );
    const report = validateResults(json);
    assert.equal(report.ok, false);
    assert.match(report.issues[0]!.message, /^title\.__proto__: expected a key matching/);
    assert.equal(({} as Record<string, unknown>).x, undefined);
  });

  it('depth 10,000 junk does not overflow the stack', () => {
    const deep: Record<string, unknown> = {};
    let cur = deep;
    for (let i = 0; i < 10_000; i++) cur = (cur.a = {}) as Record<string, unknown>;
    assert.equal(validateResults(deep).ok, false);
    let arr: unknown[] = [];
    const root = arr;
    for (let i = 0; i < 10_000; i++) {
      const n: unknown[] = [];
      arr.push(n);
      arr = n;
    }
    assert.deepEqual(
      validateResults(root).issues.map((i) => i.message),
      ['(root): expected an object, got an array of 1'],
    );
    const inFile = JSON.parse(fixtureText);
    inFile.title = deep;
    inFile.assessments[0].editions[0].results[0].note = root;
    const r = validateResults(inFile);
    assert.equal(r.ok, false);
    assert.ok(r.issues.some((i) => i.path === 'assessments[0].editions[0].results[0].note'));
    // and through the JSON text, as the CLI sees it
    assert.equal(validateResults(JSON.parse('['.repeat(10_000) + ']'.repeat(10_000))).ok, false);
  });

  it('numbers as strings are each reported, not coerced', () => {
    const json = JSON.parse(fixtureText, (_k, v) => (typeof v === 'number' ? String(v) : v));
    const r = validateResults(json);
    assert.equal(r.ok, false);
    assert.equal(r.issues[0]!.message, 'version: expected 1, got "1"');
    assert.ok(r.issues.some((i) => i.message === 'assessments[0].metric.min: expected a number, got "0"'));
    assert.ok(r.issues.length > 10);
  });
});

describe('resolveRegion with odd inputs', () => {
  const r = resolveRegion as (x: unknown) => ReturnType<typeof resolveRegion>;
  it('non-strings and blanks are undefined, never a throw', () => {
    for (const x of [null, undefined, {}, [], [440000], true, NaN, -1, 1.5, '', '   ', '\t\n', '🇨🇳', '0', 0])
      assert.equal(r(x), undefined, String(x));
  });
  it('the country is not a region', () => {
    for (const x of ['CN', 'cn', '中国', '全国', 'china', 'China']) assert.equal(r(x), undefined, x);
  });
  it('prototype names are not regions', () => {
    for (const x of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'Object']) assert.equal(r(x), undefined, x);
  });
  it('the usual forms resolve', () => {
    for (const x of [440000, '440000', ' 广东 ', 'guangdong', '440000000000', 440000000000, '４４００００', 'CN-44', 'cn-gd', '粤'])
      assert.equal(r(x)?.code, '440000', String(x));
    assert.equal(r('兵团')?.code, '660000');
    assert.equal(r('香港')?.code, '810000');
  });
});

describe('parseResults', () => {
  it('does not mutate its input, twice over', () => {
    const json = JSON.parse(fixtureText);
    const before = structuredClone(json);
    const a = parseResults(json);
    const b = parseResults(json);
    assert.deepStrictEqual(json, before);
    assert.notEqual(a, b);
    assert.deepStrictEqual(a.diagnostics, b.diagnostics);
    assert.equal(a.assessments[0]!.editions[0]!.year, 2020);
  });
});
