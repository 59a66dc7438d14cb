// The bundled default dataset (src/data/bundled-results.json): valid, faithful to the shared
// source (../shared/data/published-results.json), up to date with scripts/build-dataset.mjs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findStatistic, isGovRankError, parseResults, resolveRegion, validateResults } from '../../src/data/index';
import bundled from '../../src/data/bundled-results.json';

// Same depth from test/node/ (source) and .test-build/node/ (bundled): both reach the repo root.
const root = new URL('../../', import.meta.url);
const SHARED_SOURCE = new URL('../shared/data/published-results.json', root);
const BUNDLED_FILE = new URL('src/data/bundled-results.json', root);
const SCRIPT = new URL('scripts/build-dataset.mjs', root);

// ─── Loose views of the two JSON files (the test checks them, it does not trust them) ────────
interface Source { url: string; note?: unknown }
interface Result { region: string; score?: number; tier?: string; rank?: number; group?: Record<string, string>; note?: unknown }
interface Edition { year: number; dataYear?: number; sources: Source[]; complete: boolean; completeness?: unknown; notes?: unknown[]; results: Result[] }
interface Assessment { id: string; level: string; tiers: { id: string; min?: number }[]; editions: Edition[] }
interface Stat { id: string; value: number; date: string; approximate?: boolean; sources: Source[]; earlier?: { value: number; date: string; sources?: Source[] } }
interface DataFile { assessments: Assessment[]; statistics: Stat[]; notes: unknown[] }

interface SrcEntry { region: string; score: number | null; grade: string | null; rank: number | null }
interface SrcAssessment { id: string; year: number; data_year: number; source: string[]; grade_definition_sources?: string[]; entries: SrcEntry[] }
interface SrcStat { id: string; value: number; source: string[] }
interface SrcFile { assessments: SrcAssessment[]; stats: SrcStat[] }

const data = bundled as unknown as DataFile;
// ../shared sits beside the repository on every developer machine and CI run (shared/README.md).
// A bare clone elsewhere has no source to compare with: those tests say so and skip.
const NO_SHARED = existsSync(SHARED_SOURCE) ? false : `no ${fileURLToPath(SHARED_SOURCE)} beside the repository`;
const shared = (NO_SHARED ? { assessments: [], stats: [] } : JSON.parse(readFileSync(SHARED_SOURCE, 'utf8'))) as SrcFile;

function assessment(id: string): Assessment {
  const a = data.assessments.find((x) => x.id === id);
  assert.ok(a, `assessment ${id}`);
  return a;
}
function edition(id: string, year: number): Edition {
  const e = assessment(id).editions.find((x) => x.year === year);
  assert.ok(e, `${id} edition ${year}`);
  return e;
}
const allEditions = () => data.assessments.flatMap((a) => a.editions.map((e) => ({ a, e })));

// ─── The complete tables, copied from the shared source (2020 report, 2019 data) ─────────────
// [region, score (null: none printed), rank], in printed order.
const PROVINCES_2020: [string, number | null, number][] = [
  ['浙江', 96.73, 1], ['广东', 96.73, 1], ['上海', 93.93, 2], ['江苏', 91.9, 3], ['贵州', 91.9, 3],
  ['北京', 91.33, 4], ['安徽', 90.82, 5], ['福建', 91.11, 6], ['四川', 88.31, 7], ['湖北', 87.91, 8],
  ['河南', 87.0, 9], ['河北', 86.62, 10], ['湖南', 83.66, 11], ['江西', 83.32, 12], ['重庆', 83.14, 13],
  ['宁夏', 82.83, 14], ['广西', 82.66, 15], ['云南', 81.57, 16], ['天津', 81.49, 17], ['海南', 81.02, 18],
  ['辽宁', 80.88, 19], ['山西', 80.34, 20], ['内蒙古', 80.29, 21], ['山东', 79.04, 22], ['黑龙江', 77.93, 23],
  ['陕西', 77.22, 24], ['吉林', 76.56, 25], ['西藏', 76.28, 26], ['青海', 75.95, 27],
  ['新疆生产建设兵团', null, 28], ['甘肃', 75.28, 29], ['新疆', 74.07, 30],
];
const CITIES_2020: [string, number, number][] = [
  ['深圳', 97.34, 1], ['广州', 96.45, 2], ['南京', 96.46, 2], ['杭州', 96.45, 2], ['宁波', 95.28, 3],
  ['合肥', 90.5, 4], ['青岛', 90.13, 5], ['哈尔滨', 88.76, 6], ['武汉', 88.45, 7], ['南昌', 87.07, 8],
  ['福州', 86.73, 9], ['长沙', 85.45, 10], ['成都', 84.72, 11], ['贵阳', 84.49, 12], ['厦门', 84.36, 13],
  ['银川', 83.0, 14], ['沈阳', 82.76, 15], ['郑州', 82.71, 16], ['昆明', 80.68, 17], ['西安', 80.31, 18],
  ['南宁', 80.25, 19], ['济南', 79.44, 20], ['呼和浩特', 78.64, 21], ['大连', 78.38, 22], ['长春', 76.88, 23],
  ['海口', 76.49, 24], ['太原', 75.61, 25], ['拉萨', 73.1, 26], ['石家庄', 72.32, 27], ['兰州', 72.15, 28],
  ['乌鲁木齐', 72.07, 29], ['西宁', 65.76, 30],
];

// Where each source assessment went: [series id, report year]. Every bundled edition is listed.
const MAPPING: Record<string, [string, number][]> = {
  cps_prov_2017report_2016data: [['cps-online-service-province', 2017]],
  cps_prov_2018report_2017data: [['cps-online-service-province', 2018]],
  cps_prov_2019report_2018data: [['cps-online-service-province', 2019]],
  cps_city_2019report_2018data: [['cps-online-service-city', 2019]],
  cps_prov_2020report_2019data: [['cps-online-service-province', 2020]],
  cps_city_2020report_2019data: [['cps-online-service-city', 2020]],
  cps_prov_2021report_2020data: [['cps-online-service-province', 2021]],
  cps_city_2021report_2020data: [['cps-online-service-city', 2021]],
  cps_prov_2022report_2021data: [['cps-online-service-province', 2022]],
  cps_city_2022report_2021data: [['cps-online-service-city', 2022]],
  cstc_dgsc_prov_2019: [['cstc-digital-government-province', 2019]],
  cstc_dgsc_city_2019: [['cstc-digital-government-city', 2019]],
  cstc_dgsc_2020: [['cstc-digital-government-province', 2020], ['cstc-digital-government-city', 2020]],
  cstc_dgsc_2023: [['cstc-digital-government-province', 2023], ['cstc-digital-government-city', 2023]],
  cstc_web_prov_2018: [['cstc-website-province', 2018]],
  cstc_web_prov_2019: [['cstc-website-province', 2019]],
  cstc_web_capital_2019: [['cstc-website-capital', 2019]],
  cstc_web_2020_fujian: [['cstc-website-province-region', 2020], ['cstc-website-sub-provincial', 2020], ['cstc-website-capital', 2020]],
  tsinghua_web_prov_2021: [['tsinghua-website-province', 2021]],
};

// The only values not in the shared source: the seed article's 非常高 grades (shared/README.md).
const SEED: Record<string, string[]> = {
  cps_prov_2019report_2018data: ['广东', '江苏', '浙江', '贵州', '上海', '安徽'],
  cps_city_2019report_2018data: ['深圳', '南京', '杭州', '广州', '宁波', '合肥', '青岛'],
};

describe('bundled dataset', () => {
  it('validates with no issues and no diagnostics', () => {
    const report = validateResults(bundled);
    assert.deepEqual(report.issues, []);
    assert.deepEqual(report.diagnostics, []);
    assert.equal(report.ok, true);
    const model = parseResults(bundled, 'bundled');
    assert.equal(model.assessments.length, data.assessments.length);
  });

  it('holds the 2020-report provincial table exactly as published (32 units)', () => {
    const e = edition('cps-online-service-province', 2020);
    assert.equal(e.dataYear, 2019);
    assert.equal(e.complete, true);
    assert.equal(e.results.length, 32);
    assert.deepEqual(
      e.results.map((r) => [r.region, r.score ?? null, r.rank ?? null]),
      PROVINCES_2020,
    );
    const corps = e.results.find((r) => r.region === '新疆生产建设兵团');
    assert.ok(corps && !('score' in corps), 'the corps has no score');
    assert.equal(resolveRegion('新疆生产建设兵团')?.code, '660000');
    // 32 distinct units once resolved.
    assert.equal(new Set(e.results.map((r) => resolveRegion(r.region)?.code)).size, 32);
  });

  it('holds the 2020-report key-city table exactly as published (32 cities)', () => {
    const e = edition('cps-online-service-city', 2020);
    assert.equal(e.dataYear, 2019);
    assert.equal(e.complete, true);
    assert.deepEqual(
      e.results.map((r) => [r.region, r.score ?? null, r.rank ?? null]),
      CITIES_2020,
    );
    assert.equal(new Set(e.results.map((r) => resolveRegion(r.region)?.code)).size, 32);
  });

  it('marks only the two 2020-report tables complete', () => {
    const complete = allEditions().filter(({ e }) => e.complete).map(({ a, e }) => `${a.id}@${e.year}`);
    assert.deepEqual(complete.sort(), ['cps-online-service-city@2020', 'cps-online-service-province@2020']);
  });

  it('gives every edition at least one source URL and a completeness text', () => {
    for (const { a, e } of allEditions()) {
      assert.ok(e.sources.length >= 1, `${a.id}@${e.year} has no source`);
      for (const s of e.sources) assert.match(s.url, /^https?:\/\/\S+$/, `${a.id}@${e.year}`);
      assert.ok(e.completeness, `${a.id}@${e.year} has no completeness`);
    }
  });

  it('is what scripts/build-dataset.mjs writes (up to date)', { skip: NO_SHARED }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gov-rank-dataset-'));
    try {
      const out = join(dir, 'bundled-results.json');
      const r = spawnSync(process.execPath, [fileURLToPath(SCRIPT), '--out', out], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const fresh = readFileSync(out);
      const committed = readFileSync(BUNDLED_FILE);
      assert.ok(fresh.equals(committed), 'src/data/bundled-results.json is out of date: run node scripts/build-dataset.mjs');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('has the seed article additions in the 2019-report editions', () => {
    const prov = edition('cps-online-service-province', 2019);
    assert.equal(prov.dataYear, 2018);
    for (const region of SEED.cps_prov_2019report_2018data!) {
      assert.equal(prov.results.find((r) => r.region === region)?.tier, '非常高', region);
    }
    for (const region of ['上海', '安徽']) {
      const row = prov.results.find((r) => r.region === region);
      assert.deepEqual([row?.score, row?.rank], [undefined, undefined], `${region}: tier only`);
    }
    // Existing ranks kept.
    assert.deepEqual(
      prov.results.filter((r) => r.rank !== undefined).map((r) => [r.region, r.rank]),
      [['广东', 1], ['江苏', 2], ['浙江', 3], ['贵州', 3], ['福建', 7]],
    );
    assert.equal(prov.results.find((r) => r.region === '福建')?.tier, undefined);

    const city = edition('cps-online-service-city', 2019);
    for (const region of SEED.cps_city_2019report_2018data!) {
      assert.equal(city.results.find((r) => r.region === region)?.tier, '非常高', region);
    }
    assert.equal(city.results.find((r) => r.region === '深圳')?.rank, 1);

    // 广东 9th in 2016 (2017 report), 1st in 2018 (2019 report).
    assert.equal(edition('cps-online-service-province', 2017).results.find((r) => r.region === '广东')?.rank, 9);
    assert.equal(prov.results.find((r) => r.region === '广东')?.rank, 1);
  });

  it('holds no value that is not in the shared source (except the seed additions)', { skip: NO_SHARED }, () => {
    const covered = new Set<string>();
    let total = 0;
    for (const src of shared.assessments) {
      const targets = MAPPING[src.id];
      assert.ok(targets, `source assessment ${src.id} is mapped`);
      const rows: Result[] = [];
      for (const [id, year] of targets) {
        const e = edition(id, year);
        assert.equal(e.dataYear ?? e.year, src.data_year, `${id}@${year} data year`);
        covered.add(`${id}@${year}`);
        rows.push(...e.results);
        // Sources: the source's own URLs, and where the tier thresholds were read.
        const allowed = new Set([...src.source, ...(src.grade_definition_sources ?? [])]);
        for (const s of e.sources) assert.ok(allowed.has(s.url), `${id}@${year}: ${s.url} not in ${src.id}`);
        for (const url of src.source) assert.ok(e.sources.some((s) => s.url === url), `${id}@${year} lost ${url}`);
      }
      const seed = SEED[src.id] ?? [];
      const added = seed.filter((region) => !src.entries.some((x) => x.region === region));
      assert.equal(rows.length, src.entries.length + added.length, `${src.id}: result count`);
      total += rows.length;
      for (const r of rows) {
        const entry = src.entries.find((x) => x.region === r.region);
        if (!entry) {
          assert.ok(added.includes(r.region), `${src.id}: ${r.region} is not in the source`);
          assert.deepEqual({ ...r, note: undefined }, { region: r.region, tier: '非常高', note: undefined });
          continue;
        }
        assert.equal(r.score ?? null, entry.score, `${src.id} ${r.region} score`);
        assert.equal(r.rank ?? null, entry.rank, `${src.id} ${r.region} rank`);
        const grade = r.tier ?? r.group?.['zh-CN'] ?? null;
        if (entry.grade === null && seed.includes(r.region)) assert.equal(grade, '非常高');
        else assert.equal(grade, entry.grade, `${src.id} ${r.region} grade`);
      }
    }
    assert.deepEqual(allEditions().map(({ a, e }) => `${a.id}@${e.year}`).filter((k) => !covered.has(k)), []);
    assert.equal(total, allEditions().reduce((n, { e }) => n + e.results.length, 0));
  });

  it('converts every source statistic, and every value comes from one', { skip: NO_SHARED }, () => {
    const byValueAndUrl = (value: number, sources: Source[] | undefined) =>
      shared.stats.some((s) => s.value === value && (sources ?? []).every((x) => s.source.includes(x.url)));
    for (const s of data.statistics) {
      assert.match(s.id, /^[a-z0-9][a-z0-9-]*$/);
      assert.ok(byValueAndUrl(s.value, s.sources), `${s.id}: ${s.value} is not in the source`);
      if (s.earlier) assert.ok(byValueAndUrl(s.earlier.value, s.earlier.sources), `${s.id}: earlier ${s.earlier.value}`);
    }
    const plain = data.statistics.filter((s) => !s.earlier);
    assert.equal(plain.length, shared.stats.length);
    for (const src of shared.stats) {
      assert.ok(
        plain.some((s) => s.value === src.value && s.sources.map((x) => x.url).join() === src.source.join()),
        `source statistic ${src.id} is converted`,
      );
    }
  });

  it('has the documented gov-websites statistic: 14,500 against 84,000', () => {
    const model = parseResults(bundled);
    const view = findStatistic(model, 'gov-websites');
    assert.ok(view);
    assert.equal(view.stat.value, 14500);
    assert.equal(view.stat.date, '2019-12');
    assert.equal(view.stat.approximate, true);
    assert.equal(view.stat.earlier?.value, 84000);
    assert.equal(view.change?.absolute, 14500 - 84000);
    const withEarlier = data.statistics.filter((s) => s.earlier).map((s) => s.id);
    assert.ok(withEarlier.includes('open-data-platforms'));
  });

  it('keeps the two printed anomalies as printed, with their notes', () => {
    const prov = edition('cps-online-service-province', 2020);
    assert.equal(prov.results.find((r) => r.region === '福建')?.score, 91.11);
    assert.equal(prov.results.find((r) => r.region === '福建')?.rank, 6);
    assert.ok(JSON.stringify(prov.notes).includes('福建 91.11'));
    const city = edition('cps-online-service-city', 2020);
    assert.equal(city.results.find((r) => r.region === '南京')?.score, 96.46);
    assert.equal(city.results.find((r) => r.region === '南京')?.rank, 2);
    assert.ok(JSON.stringify(city.notes).includes('南京 96.46'));
  });
});

// ─── The validator on files with mistakes ────────────────────────────────────────────────────
function smallFile(results: unknown[]): unknown {
  return {
    format: 'gov-rank-results',
    version: 1,
    assessments: [
      {
        id: 'test',
        name: '测试',
        publisher: '测试',
        level: 'province',
        metric: { name: '指数' },
        tiers: [{ id: '非常高', name: '非常高', min: 90 }],
        editions: [{ year: 2020, sources: [{ url: 'https://example.org/' }], complete: false, results }],
      },
    ],
  };
}

describe('validator messages', () => {
  it('rejects a score written in words, naming the exact field', () => {
    const file = smallFile([{ region: '广东', score: '九十' }]);
    const report = validateResults(file);
    assert.equal(report.ok, false);
    assert.deepEqual(report.issues.map((i) => i.message), ['assessments[0].editions[0].results[0].score: expected a number, got "九十"']);
    assert.equal(report.issues[0]?.path, 'assessments[0].editions[0].results[0].score');
    assert.throws(
      () => parseResults(file, 'results.json'),
      (e: unknown) => isGovRankError(e) && e.kind === 'schema' && e.message.includes('results[0].score: expected a number, got "九十"'),
    );
  });

  it('rejects a score outside the scale', () => {
    const report = validateResults(smallFile([{ region: '广东', score: 120 }]));
    assert.deepEqual(report.issues.map((i) => i.message), ['assessments[0].editions[0].results[0].score: expected a number from 0 to 100, got 120']);
  });

  it('parses a file with an unknown region, with a diagnostic naming it', () => {
    const file = smallFile([{ region: '广东', score: 96.73 }, { region: '火星', score: 50 }]);
    const report = validateResults(file);
    assert.equal(report.ok, true);
    assert.deepEqual(report.issues, []);
    assert.equal(report.diagnostics.length, 1);
    assert.equal(report.diagnostics[0]?.value, '火星');
    assert.equal(report.diagnostics[0]?.path, 'assessments[0].editions[0].results[1].region');
    assert.equal(report.diagnostics[0]?.message, 'assessments[0].editions[0].results[1].region: unknown region "火星"; this row is left out');
    const model = parseResults(file);
    assert.deepEqual(model.assessments[0]?.editions[0]?.results.map((r) => r.region.code), ['440000']);
    assert.equal(model.diagnostics.length, 1);
  });
});

describe('docs/data-format.md', () => {
  it('has a complete example that validates with no issues and no diagnostics', () => {
    const doc = readFileSync(new URL('docs/data-format.md', root), 'utf8');
    const block = /<!-- example:start -->\s*```json\n([\s\S]*?)\n```\s*<!-- example:end -->/.exec(doc);
    assert.ok(block, 'example block between <!-- example:start --> and <!-- example:end -->');
    const example = JSON.parse(block[1]!) as DataFile;
    const report = validateResults(example);
    assert.deepEqual(report.issues, []);
    assert.deepEqual(report.diagnostics, []);
    assert.equal(example.assessments.length, 2);
    assert.equal(example.statistics.length, 1);
  });

  it('quotes the validator messages exactly', () => {
    const doc = readFileSync(new URL('docs/data-format.md', root), 'utf8');
    const messages = [
      ...validateResults(smallFile([{ region: '广东', score: '九十' }])).issues.map((i) => i.message),
      ...validateResults(smallFile([{ region: '广東X' }])).diagnostics.map((d) => d.message),
    ].map((m) => m.replace('results[0]', 'results[1]'));
    for (const m of messages) assert.ok(doc.includes(m), `docs quote: ${m}`);
  });
});
