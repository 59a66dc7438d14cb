// The dataset transform (scripts/dataset/transform.ts): its pure steps on small inputs, the data
// files it reads (scripts/dataset/*.json), and the whole run against the committed bundled file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  additionStatistics,
  applySeed,
  buildDatasetText,
  DATASET_FILES,
  fileNotes,
  formatJson,
  levelOf,
  mergeAssessments,
  named,
  resolveEditions,
  resolveSeries,
  sourceKind,
  statDate,
  statNote,
  toResult,
} from '../../scripts/dataset/transform';
import type { DatasetFiles, EditionsFile, NotesFile, OutResult, SourceAssessment, StatisticsFile } from '../../scripts/dataset/types';

// Same depth from test/node/ (source) and .test-build/node/ (bundled): both reach the repo root.
const root = new URL('../../', import.meta.url);
const DATASET_DIR = new URL('scripts/dataset/', root);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));
const files = Object.fromEntries(
  Object.entries(DATASET_FILES).map(([k, name]) => [k, readJson(new URL(name, DATASET_DIR))]),
) as unknown as DatasetFiles;

const zhEn = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const series = (tiers: string[] = ['非常高', '高']) => ({
  id: 's',
  name: zhEn('系列', 'Series'),
  shortName: zhEn('系列', 'Series'),
  publisher: zhEn('发布方', 'Publisher'),
  level: 'province' as const,
  metric: { name: zhEn('指数', 'Index') },
  tiers: tiers.map((id) => ({ id, name: zhEn(id, id) })),
});
const assessment = (over: Partial<SourceAssessment>): SourceAssessment => ({
  id: 'a',
  name: 'A',
  year: 2020,
  level: 'province',
  source: ['https://www.gov.cn/a'],
  entries: [],
  ...over,
});

describe('formatJson', () => {
  it('writes an object that fits and holds no array on one line, arrays one item a line', () => {
    assert.equal(formatJson({ a: 1, b: 'x' }), '{ "a": 1, "b": "x" }');
    assert.equal(formatJson([1, 2]), '[\n  1,\n  2\n]');
    assert.equal(formatJson({ a: [1] }), '{\n  "a": [\n    1\n  ]\n}');
    assert.equal(formatJson({ a: [] }), '{\n  "a": []\n}');
  });

  it('breaks an object wider than the line and leaves out undefined values', () => {
    assert.equal(formatJson({ a: 'x'.repeat(10), b: undefined }, '', 20), '{\n  "a": "xxxxxxxxxx"\n}');
    assert.equal(formatJson({ a: { b: 1 } }, '', 14), '{\n  "a": { "b": 1 }\n}');
    assert.equal(formatJson({}), '{}');
    assert.equal(formatJson(null), 'null');
  });
});

describe('sourceKind', () => {
  const kinds = { official: ['gov.cn'], media: ['chinadaily.com.cn'], aggregator: ['kuaihz.com'] };

  it('labels a host and its subdomains, not a host that only ends with the same letters', () => {
    assert.equal(sourceKind(kinds, 'https://gov.cn/x'), 'official');
    assert.equal(sourceKind(kinds, 'https://www.zj.gov.cn/x'), 'official');
    assert.equal(sourceKind(kinds, 'http://www.chinadaily.com.cn/a?b=1'), 'media');
    assert.equal(sourceKind(kinds, 'https://kuaihz.com/'), 'aggregator');
    assert.throws(
      () => sourceKind(kinds, 'https://notgov.cn/'),
      /no source kind for notgov\.cn: add it to scripts\/dataset\/source-kinds\.json/,
    );
  });
});

describe('names in the data files', () => {
  it('named: an entry of a map, or a failure saying who asked for what', () => {
    assert.equal(named({ a: 1 }, 'a', 'x'), 1);
    assert.throws(() => named({ a: 1 }, 'b', 'series s publisher'), /series s publisher: no entry "b"/);
    assert.throws(() => named({}, 'toString', 'x'), /no entry "toString"/);
  });

  it('resolveSeries: publisher, metric and tiers by name', () => {
    const file = {
      publishers: { p: zhEn('发布方', 'Publisher') },
      metrics: { m: { name: zhEn('指数', 'Index'), max: 110 } },
      tiers: { t: [{ id: '高', name: zhEn('高', 'High'), min: 80 }], none: [] },
      groups: {},
      series: [
        {
          id: 's',
          name: zhEn('名', 'Name'),
          shortName: zhEn('短', 'Short'),
          publisher: 'p',
          level: 'city' as const,
          metric: 'm',
          tiers: 't',
        },
      ],
    };
    const [s] = resolveSeries(file);
    assert.deepEqual(s, {
      id: 's',
      name: zhEn('名', 'Name'),
      shortName: zhEn('短', 'Short'),
      publisher: file.publishers.p,
      level: 'city',
      metric: file.metrics.m,
      tiers: file.tiers.t,
    });
    assert.throws(() => resolveSeries({ ...file, series: [{ ...file.series[0]!, tiers: 'cps' }] }), /series s tiers: no entry "cps"/);
  });

  it('resolveEditions: a note given as a string is the shared note of that name', () => {
    const shared = zhEn('共用', 'Shared');
    const own = zhEn('自有', 'Own');
    const file: EditionsFile = {
      seed: { veryHigh: {}, tierNote: own, onlyNote: own },
      sharedNotes: { common: shared },
      editions: {
        e: { series: { province: 's' }, titleEn: 'E', completeness: own, notes: ['common', own] },
        f: { titleEn: 'F', completeness: own },
      },
    };
    const out = resolveEditions(file);
    assert.deepEqual(out.e?.notes, [shared, own]);
    assert.equal(out.f?.notes, undefined);
    assert.throws(
      () => resolveEditions({ ...file, editions: { e: { titleEn: 'E', completeness: own, notes: ['nope'] } } }),
      /edition e note: no entry "nope"/,
    );
  });

  it('levelOf: a provincial unit, a key city, or a failure', () => {
    assert.equal(levelOf(files.regions, '新疆生产建设兵团'), 'province');
    assert.equal(levelOf(files.regions, '深圳'), 'city');
    assert.throws(() => levelOf(files.regions, '威海'), /"威海" is neither a provincial unit nor a key city/);
  });
});

describe('results', () => {
  it('toResult: only printed values; a grade is a tier or a known group; a decline is negative', () => {
    const groups = { 前三: zhEn('前三', 'Top three') };
    assert.deepEqual(toResult({ region: '广东', score: null, grade: null, rank: null }, series(), groups), { region: '广东' });
    assert.deepEqual(toResult({ region: '广东', score: 96.73, grade: '非常高', rank: 1 }, series(), groups), {
      region: '广东',
      score: 96.73,
      tier: '非常高',
      rank: 1,
    });
    assert.deepEqual(toResult({ region: '浙江', grade: '前三' }, series(), groups), { region: '浙江', group: groups.前三 });
    assert.deepEqual(toResult({ region: '四川', yoy_decline_pct_as_printed: 14.7 }, series([]), groups, zhEn('注', 'Note')), {
      region: '四川',
      change: { percent: -14.7 },
      note: zhEn('注', 'Note'),
    });
    assert.throws(
      () => toResult({ region: '广东', grade: '优' }, series(), groups),
      /s: grade "优" of 广东 is neither a tier nor a known group/,
    );
  });

  it('applySeed: 非常高 on listed rows (keys in the usual order), tier-only rows for the others', () => {
    const seed = { veryHigh: { a: ['广东', '上海'] }, tierNote: zhEn('等级来源', 'Tier source'), onlyNote: zhEn('仅有等级', 'Tier only') };
    const results: OutResult[] = [
      { region: '广东', rank: 1 },
      { region: '江苏', rank: 2 },
    ];
    applySeed(seed, 'a', results);
    assert.deepEqual(results, [
      { region: '广东', tier: '非常高', rank: 1, note: seed.tierNote },
      { region: '江苏', rank: 2 },
      { region: '上海', tier: '非常高', note: seed.onlyNote },
    ]);
    assert.deepEqual(Object.keys(results[0]!), ['region', 'tier', 'rank', 'note']);
    const untouched: OutResult[] = [{ region: '广东' }];
    applySeed(seed, 'b', untouched);
    assert.deepEqual(untouched, [{ region: '广东' }]);
    assert.throws(() => applySeed(seed, 'a', [{ region: '广东', tier: '高' }]), /a: 广东 already has tier 高/);
  });
});

describe('mergeAssessments', () => {
  const held = [assessment({ id: 'a', source: ['https://a/'], entries: [{ region: '广东', score: 90, grade: null, rank: 1 }] })];

  it('joins an extension: new URLs and rows; a repeated row only adds its URL; the held input is not changed', () => {
    const add = assessment({
      id: 'a',
      extends_existing: true,
      completeness_change: 'more',
      source: ['https://a/', 'https://b/'],
      entries: [
        { region: '广东', score: 90, grade: null, rank: 1 },
        { region: '江苏', rank: 2 },
      ],
    });
    const [a] = mergeAssessments(held, [add]);
    assert.deepEqual(a?.source, ['https://a/', 'https://b/']);
    assert.deepEqual(
      a?.entries.map((e) => e.region),
      ['广东', '江苏'],
    );
    assert.equal(a?.completeness_change, 'more');
    assert.equal(held[0]!.entries.length, 1);
    assert.deepEqual(held[0]!.source, ['https://a/']);
  });

  it('appends a new assessment; refuses a row that differs, an extension of nothing, a clash of ids', () => {
    assert.deepEqual(
      mergeAssessments(held, [assessment({ id: 'b' })]).map((a) => a.id),
      ['a', 'b'],
    );
    assert.throws(
      () => mergeAssessments(held, [assessment({ id: 'a', extends_existing: true, entries: [{ region: '广东', score: 91, rank: 1 }] })]),
      /addition a: 广东 differs from the held entry/,
    );
    assert.throws(() => mergeAssessments(held, [assessment({ id: 'c', extends_existing: true })]), /addition c extends nothing/);
    assert.throws(() => mergeAssessments(held, [assessment({ id: 'a' })]), /addition a is not marked extends_existing but the id is held/);
  });
});

describe('statistics', () => {
  it('statDate: as_of when it is a date, else the year', () => {
    assert.equal(statDate({ year: 2019, as_of: '2019-12' }), '2019-12');
    assert.equal(statDate({ year: 2019, as_of: '2019-12-31' }), '2019-12-31');
    assert.equal(statDate({ year: 2019, as_of: 'end of 2019' }), '2019');
    assert.equal(statDate({ year: 2019, as_of: null }), '2019');
  });

  it("statNote: the source's note as written when alone, else date, unit, source and config notes joined", () => {
    assert.equal(statNote({ note: null }, {}), undefined);
    assert.equal(statNote({ note: 'as printed' }, {}), 'as printed');
    assert.deepEqual(statNote({ note: 'src' }, { dateNote: zhEn('截至', 'As of') }), zhEn('截至;src', 'As of; src'));
    assert.deepEqual(statNote({}, { dateNote: zhEn('甲', 'a'), unitNote: zhEn('乙', 'b') }), zhEn('甲;乙', 'a; b'));
  });

  it('additionStatistics: a breakdown becomes one statistic a category; named units resolve; left-out ids are skipped', () => {
    const file: StatisticsFile = {
      units: { platforms: zhEn('个', 'platforms') },
      dateNotes: { h1: zhEn('上半年', 'First half') },
      headlines: [],
      held: {},
      additions: {
        one: { id: 'one-stat', en: 'One', unit: zhEn('%', '%') },
        split: { unit: 'platforms', dateNote: 'h1', parts: { 省级: { id: 'split-province', en: 'Split: provincial' } } },
      },
      leftOut: ['gone'],
    };
    const stat = (id: string, value: number | Record<string, number>) => ({
      id,
      label: `标签 — ${id}`,
      value,
      year: 2020,
      as_of: '2020-04',
      source: ['https://www.gov.cn/s'],
    });
    const out = additionStatistics(
      {
        assessments: [],
        stats: [stat('one', 5), stat('split', { 省级: 3 }), stat('gone', 1)],
        additional_sources_for_held_stats: [{ held_id: 'h', source: 'https://x/' }],
      },
      file,
    );
    assert.deepEqual(
      out.stats.map((s) => [s.id, s.label, s.value]),
      [
        ['one', '标签 — one', 5],
        ['split:省级', '标签:其中省级', 3],
      ],
    );
    assert.deepEqual(out.config['split:省级'], {
      id: 'split-province',
      en: 'Split: provincial',
      unit: file.units.platforms,
      dateNote: file.dateNotes.h1,
    });
    assert.deepEqual(out.extraSources, { h: ['https://x/'] });
    assert.throws(() => additionStatistics({ assessments: [], stats: [stat('new', 1)] }, file), /no statistic config for addition new/);
    assert.throws(
      () => additionStatistics({ assessments: [], stats: [stat('one', 5)] }, file),
      /statistic config split matches nothing in the additions/,
    );
  });
});

describe('fileNotes', () => {
  const texts: NotesFile = {
    title: zhEn('标题', 'Title'),
    first: [zhEn('首', 'First')],
    unresolvedZh: { 'X conflicts': 'X 冲突' },
    resolved: { item: 'Y missing', note: zhEn('已解决', 'Resolved') },
    last: [zhEn('尾', 'Last')],
    readerNotesZh: {},
    thresholdSource: zhEn('阈值', 'Thresholds'),
  };

  it('first, then each unresolved item (with its URLs) or the resolved note, then last', () => {
    const notes = fileNotes(
      {
        unresolved: [
          { item: 'X conflicts', issue: 'Why.', source: ['https://a/', 'https://b/'] },
          { item: 'Y missing', issue: '' },
        ],
      },
      texts,
    );
    assert.deepEqual(notes, [
      texts.first[0],
      zhEn('未解决(https://a/, https://b/):X 冲突', 'Unresolved: X conflicts (https://a/, https://b/). Why.'),
      texts.resolved.note,
      texts.last[0],
    ]);
    assert.throws(() => fileNotes({ unresolved: [{ item: 'Z', issue: '' }] }, texts), /no Chinese text for unresolved item "Z"/);
  });
});

describe('the data files (scripts/dataset)', () => {
  it('each says what it holds, and its names resolve', () => {
    for (const name of Object.values(DATASET_FILES)) {
      const file = readJson(new URL(name, DATASET_DIR)) as { $comment?: unknown };
      assert.ok(Array.isArray(file.$comment) && file.$comment.length, `${name} has a $comment`);
    }
    const readme = readFileSync(new URL('README.md', DATASET_DIR), 'utf8');
    for (const name of Object.values(DATASET_FILES)) assert.ok(readme.includes(name), `README.md describes ${name}`);
    assert.equal(resolveSeries(files.series).length, files.series.series.length);
    assert.equal(Object.keys(resolveEditions(files.editions)).length, Object.keys(files.editions.editions).length);
  });

  it('give every reader text in zh-CN and en', () => {
    const texts = [
      ...Object.values(resolveEditions(files.editions)).flatMap((e) => [
        e.completeness,
        ...(e.notes ?? []),
        ...Object.values(e.resultNotes ?? {}),
        ...Object.values(e.splitNote ?? {}),
      ]),
      ...files.statistics.headlines.flatMap((h) => [h.label, h.note]),
      files.notes.title,
      ...files.notes.first,
      ...files.notes.last,
      files.notes.resolved.note,
    ];
    for (const t of texts) assert.ok(t['zh-CN'] && t.en, JSON.stringify(t));
  });
});

// ../shared sits beside the repository on every developer machine and CI run (shared/README.md).
const SHARED = new URL('../shared/data/', root);
const NO_SHARED = existsSync(SHARED) ? false : 'no ../shared/data beside the repository';

describe('the whole run', () => {
  it('gives src/data/bundled-results.json byte for byte', { skip: NO_SHARED }, () => {
    const text = buildDatasetText(
      readFileSync(new URL('published-results.json', SHARED), 'utf8'),
      readFileSync(new URL('published-additions.json', SHARED), 'utf8'),
      files,
    );
    assert.ok(
      text === readFileSync(new URL('src/data/bundled-results.json', root), 'utf8'),
      'src/data/bundled-results.json is out of date: run node scripts/build-dataset.mjs',
    );
  });
});
