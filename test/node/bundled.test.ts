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
const SHARED_ADDITIONS = new URL('../shared/data/published-additions.json', root);
const BUNDLED_FILE = new URL('src/data/bundled-results.json', root);
const SCRIPT = new URL('scripts/build-dataset.mjs', root);

// ─── Loose views of the two JSON files (the test checks them, it does not trust them) ────────
interface Source {
  url: string;
  note?: unknown;
  kind?: string;
}
interface Result {
  region: string;
  score?: number;
  tier?: string;
  rank?: number;
  group?: Record<string, string>;
  note?: unknown;
  change?: { percent: number };
}
interface Edition {
  year: number;
  dataYear?: number;
  sources: Source[];
  complete: boolean;
  completeness?: unknown;
  notes?: unknown[];
  compilerNotes?: string[];
  results: Result[];
}
interface Assessment {
  id: string;
  level: string;
  metric: { kind?: string; unit?: unknown };
  tiers: { id: string; min?: number }[];
  editions: Edition[];
}
interface Stat {
  id: string;
  label: unknown;
  value: number;
  date: string;
  approximate?: boolean;
  sources: Source[];
  earlier?: { value: number; date: string; sources?: Source[] };
}
interface DataFile {
  assessments: Assessment[];
  statistics: Stat[];
  notes: unknown[];
}

interface SrcEntry {
  region: string;
  score: number | null;
  grade: string | null;
  rank: number | null;
  quote?: string;
  yoy_decline_pct_as_printed?: number;
}
interface SrcAssessment {
  id: string;
  year: number;
  data_year: number | null;
  source: string[];
  grade_definition_sources?: string[];
  entries: SrcEntry[];
  extends_existing?: boolean;
}
interface SrcStat {
  id: string;
  value: number | Record<string, number>;
  source: string[];
  quote?: string;
  label?: string;
}
interface SrcFile {
  assessments: SrcAssessment[];
  stats: SrcStat[];
}
interface AddFile extends SrcFile {
  additional_sources_for_held_stats: { held_id: string; source: string }[];
}

const data = bundled as unknown as DataFile;
// ../shared sits beside the repository on every developer machine and CI run (shared/README.md).
// A bare clone elsewhere has no source to compare with: those tests say so and skip.
const NO_SHARED = existsSync(SHARED_SOURCE) ? false : `no ${fileURLToPath(SHARED_SOURCE)} beside the repository`;
const shared = (NO_SHARED ? { assessments: [], stats: [] } : JSON.parse(readFileSync(SHARED_SOURCE, 'utf8'))) as SrcFile;
const additions = (
  NO_SHARED ? { assessments: [], stats: [], additional_sources_for_held_stats: [] } : JSON.parse(readFileSync(SHARED_ADDITIONS, 'utf8'))
) as AddFile;
// Left out on purpose: a city outside the region table, and the statistics whose date `unresolved` disputes.
const LEFT_OUT_ROWS: Record<string, string[]> = { fudan_opendata_city_2020h2: ['威海'] };
const LEFT_OUT_STATS = ['opendata_2019_04', 'opendata_2019_04_breakdown'];

/** The held source assessments with the additions merged in (read here, not trusted from the script). */
function mergedSource(): SrcAssessment[] {
  const out = shared.assessments.map((a) => ({ ...a, source: [...a.source], entries: [...a.entries] }));
  for (const add of additions.assessments) {
    const held = out.find((a) => a.id === add.id);
    if (!add.extends_existing || !held) {
      out.push({ ...add, entries: add.entries.filter((e) => !(LEFT_OUT_ROWS[add.id] ?? []).includes(e.region)) });
      continue;
    }
    held.source.push(...add.source.filter((u) => !held.source.includes(u)));
    held.entries.push(...add.entries.filter((e) => !held.entries.some((x) => x.region === e.region)));
  }
  return out;
}

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
  ['浙江', 96.73, 1],
  ['广东', 96.73, 1],
  ['上海', 93.93, 2],
  ['江苏', 91.9, 3],
  ['贵州', 91.9, 3],
  ['北京', 91.33, 4],
  ['安徽', 90.82, 5],
  ['福建', 91.11, 6],
  ['四川', 88.31, 7],
  ['湖北', 87.91, 8],
  ['河南', 87.0, 9],
  ['河北', 86.62, 10],
  ['湖南', 83.66, 11],
  ['江西', 83.32, 12],
  ['重庆', 83.14, 13],
  ['宁夏', 82.83, 14],
  ['广西', 82.66, 15],
  ['云南', 81.57, 16],
  ['天津', 81.49, 17],
  ['海南', 81.02, 18],
  ['辽宁', 80.88, 19],
  ['山西', 80.34, 20],
  ['内蒙古', 80.29, 21],
  ['山东', 79.04, 22],
  ['黑龙江', 77.93, 23],
  ['陕西', 77.22, 24],
  ['吉林', 76.56, 25],
  ['西藏', 76.28, 26],
  ['青海', 75.95, 27],
  ['新疆生产建设兵团', null, 28],
  ['甘肃', 75.28, 29],
  ['新疆', 74.07, 30],
];
const CITIES_2020: [string, number, number][] = [
  ['深圳', 97.34, 1],
  ['广州', 96.45, 2],
  ['南京', 96.46, 2],
  ['杭州', 96.45, 2],
  ['宁波', 95.28, 3],
  ['合肥', 90.5, 4],
  ['青岛', 90.13, 5],
  ['哈尔滨', 88.76, 6],
  ['武汉', 88.45, 7],
  ['南昌', 87.07, 8],
  ['福州', 86.73, 9],
  ['长沙', 85.45, 10],
  ['成都', 84.72, 11],
  ['贵阳', 84.49, 12],
  ['厦门', 84.36, 13],
  ['银川', 83.0, 14],
  ['沈阳', 82.76, 15],
  ['郑州', 82.71, 16],
  ['昆明', 80.68, 17],
  ['西安', 80.31, 18],
  ['南宁', 80.25, 19],
  ['济南', 79.44, 20],
  ['呼和浩特', 78.64, 21],
  ['大连', 78.38, 22],
  ['长春', 76.88, 23],
  ['海口', 76.49, 24],
  ['太原', 75.61, 25],
  ['拉萨', 73.1, 26],
  ['石家庄', 72.32, 27],
  ['兰州', 72.15, 28],
  ['乌鲁木齐', 72.07, 29],
  ['西宁', 65.76, 30],
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
  cstc_dgsc_2020: [
    ['cstc-digital-government-province', 2020],
    ['cstc-digital-government-city', 2020],
  ],
  cstc_dgsc_2023: [
    ['cstc-digital-government-province', 2023],
    ['cstc-digital-government-city', 2023],
  ],
  cstc_web_prov_2018: [['cstc-website-province', 2018]],
  cstc_web_prov_2019: [['cstc-website-province', 2019]],
  cstc_web_capital_2019: [['cstc-website-capital', 2019]],
  cstc_web_2020_fujian: [
    ['cstc-website-province-region', 2020],
    ['cstc-website-sub-provincial', 2020],
    ['cstc-website-capital', 2020],
  ],
  tsinghua_web_prov_2021: [['tsinghua-website-province', 2021]],
  // The second search (published-additions.json).
  cps_city_2023report: [['cps-online-service-city', 2023]],
  cnnic_govweb_prov_2019_12: [['cnnic-gov-websites-province', 2020]],
  fudan_opendata_prov_2019: [['fudan-open-data-province', 2019]],
  fudan_opendata_city_2019: [['fudan-open-data-city', 2019]],
  fudan_opendata_prov_2020h2: [['fudan-open-data-province', 2021]],
  fudan_opendata_city_2020h2: [['fudan-open-data-city', 2021]],
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

  it('marks only the two 2020-report tables and the CNNIC count complete', () => {
    const complete = allEditions()
      .filter(({ e }) => e.complete)
      .map(({ a, e }) => `${a.id}@${e.year}`);
    assert.deepEqual(complete.sort(), [
      'cnnic-gov-websites-province@2020',
      'cps-online-service-city@2020',
      'cps-online-service-province@2020',
    ]);
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
      [
        ['广东', 1],
        ['江苏', 2],
        ['浙江', 3],
        ['贵州', 3],
        ['福建', 7],
      ],
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
    for (const src of mergedSource()) {
      const targets = MAPPING[src.id];
      assert.ok(targets, `source assessment ${src.id} is mapped`);
      const rows: Result[] = [];
      for (const [id, year] of targets) {
        const e = edition(id, year);
        assert.equal(
          e.dataYear ?? null,
          src.data_year === null || src.data_year === src.year ? null : src.data_year,
          `${id}@${year} data year`,
        );
        covered.add(`${id}@${year}`);
        rows.push(...e.results);
        // Sources: the source's own URLs, and where the tier thresholds were read.
        const allowed = new Set([...src.source, ...(src.grade_definition_sources ?? [])]);
        for (const s of e.sources) assert.ok(allowed.has(s.url), `${id}@${year}: ${s.url} not in ${src.id}`);
        for (const url of src.source)
          assert.ok(
            e.sources.some((s) => s.url === url),
            `${id}@${year} lost ${url}`,
          );
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
    assert.deepEqual(
      allEditions()
        .map(({ a, e }) => `${a.id}@${e.year}`)
        .filter((k) => !covered.has(k)),
      [],
    );
    assert.equal(
      total,
      allEditions().reduce((n, { e }) => n + e.results.length, 0),
    );
  });

  it('converts every source statistic, and every value comes from one', { skip: NO_SHARED }, () => {
    const extra = (id: string) => additions.additional_sources_for_held_stats.filter((x) => x.held_id === id).map((x) => x.source);
    const flat = [...shared.stats, ...additions.stats.filter((s) => !LEFT_OUT_STATS.includes(s.id))]
      .flatMap((s) => (typeof s.value === 'number' ? [{ ...s, value: s.value }] : Object.values(s.value).map((value) => ({ ...s, value }))))
      .map((s) => ({ ...s, source: [...s.source, ...extra(s.id)] }));
    const byValueAndUrl = (value: number, sources: Source[] | undefined) =>
      flat.some((s) => s.value === value && (sources ?? []).every((x) => s.source.includes(x.url)));
    for (const s of data.statistics) {
      assert.match(s.id, /^[a-z0-9][a-z0-9-]*$/);
      assert.ok(byValueAndUrl(s.value, s.sources), `${s.id}: ${s.value} is not in the source`);
      if (s.earlier) assert.ok(byValueAndUrl(s.earlier.value, s.earlier.sources), `${s.id}: earlier ${s.earlier.value}`);
    }
    const plain = data.statistics.filter((s) => !s.earlier);
    assert.equal(plain.length, flat.length);
    for (const src of flat) {
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

// ─── The second search: the CNNIC count of government websites, statistics, sources, notes ───
// [region, websites, printed year-on-year decline in %], as the table prints them (Dec 2019).
const CNNIC_2019_12: [string, number, number][] = [
  ['四川', 909, 14.7],
  ['山东', 864, 22.9],
  ['河南', 841, 20.2],
  ['安徽', 810, 10.9],
  ['湖北', 707, 17],
  ['江苏', 645, 19.4],
  ['陕西', 627, 16.6],
  ['广东', 617, 28.8],
  ['湖南', 576, 22.8],
  ['广西', 573, 24.4],
  ['浙江', 558, 19],
  ['辽宁', 543, 18.5],
  ['内蒙古', 537, 13.1],
  ['江西', 533, 14.7],
  ['甘肃', 520, 15.6],
  ['河北', 499, 12.9],
  ['福建', 433, 12.5],
  ['贵州', 413, 8.2],
  ['山西', 398, 5.7],
  ['吉林', 302, 19],
  ['云南', 302, 23.4],
  ['西藏', 215, -30.3],
  ['黑龙江', 207, 53.9],
  ['新疆', 161, 3.6],
  ['青海', 134, 26],
  ['宁夏', 126, 20.3],
  ['重庆', 113, 67],
  ['海南', 108, 15],
  ['天津', 105, 21.1],
  ['北京', 72, 10],
  ['上海', 63, 28.4],
  ['新疆生产建设兵团', 51, 65.3],
];
const CNNIC_URL = 'https://m.wwwleb.com/free/it/202005/0519493G12020.html';

describe('bundled dataset: the second search', () => {
  it('holds the CNNIC count of government websites for all 32 provincial units, as printed, summing to 13,562', () => {
    const a = assessment('cnnic-gov-websites-province');
    assert.deepEqual(a.metric.kind, 'count');
    assert.deepEqual(a.metric.unit, { 'zh-CN': '个', en: 'websites' });
    const e = edition('cnnic-gov-websites-province', 2020);
    assert.equal(e.dataYear, 2019);
    assert.equal(e.complete, true);
    // A decline as printed is a negative change.
    assert.deepEqual(
      e.results.map((r) => [r.region, r.score, -(r.change?.percent ?? NaN)]),
      CNNIC_2019_12.map(([region, n, decline]) => [region, n, decline]),
    );
    assert.ok(
      e.results.every((r) => r.rank === undefined && r.tier === undefined),
      'no rank or tier was printed',
    );
    assert.equal(
      e.results.reduce((n, r) => n + r.score!, 0),
      13562,
    );
    assert.equal(new Set(e.results.map((r) => resolveRegion(r.region)?.code)).size, 32);
    assert.deepEqual(
      e.sources.map((s) => s.url),
      [CNNIC_URL],
    );
  });

  it('matches each CNNIC row to its quoted table row', { skip: NO_SHARED }, () => {
    const src = additions.assessments.find((a) => a.id === 'cnnic_govweb_prov_2019_12');
    assert.ok(src);
    for (const [region, n, decline] of CNNIC_2019_12) {
      const entry: SrcEntry | undefined = src.entries.find((x) => x.region === region);
      assert.equal(entry?.quote, `| ${region} | ${n} | ${decline} |`, region);
    }
  });

  it('gives every converted statistic of the additions a value its quote prints', { skip: NO_SHARED }, () => {
    let n = 0;
    for (const src of additions.stats) {
      if (LEFT_OUT_STATS.includes(src.id)) {
        assert.ok(
          !data.statistics.some((s) => s.sources.some((x) => src.source.includes(x.url)) && s.value === src.value),
          `${src.id} is left out`,
        );
        continue;
      }
      const values = typeof src.value === 'number' ? [src.value] : Object.values(src.value);
      for (const value of values) {
        assert.ok(src.quote?.includes(String(value)), `${src.id}: ${value} is in its quote`);
        const stat = data.statistics.find(
          (s) => !s.earlier && s.value === value && s.sources.map((x) => x.url).join() === src.source.join(),
        );
        assert.ok(stat, `${src.id}: ${value} is converted`);
        n++;
      }
    }
    assert.equal(n, 50);
  });

  it('adds the new cells: 山东 非常高 in the 2022 report, the 2023 key cities, the open data index', () => {
    assert.equal(edition('cps-online-service-province', 2022).results.find((r) => r.region === '山东')?.tier, '非常高');
    const city2023 = edition('cps-online-service-city', 2023);
    assert.equal(city2023.dataYear, undefined, 'the data year is not printed');
    assert.deepEqual(
      city2023.results.map((r) => [r.region, r.tier ?? r.group?.['zh-CN']]),
      [
        ['福州', '非常高'],
        ['广州', '全国第一梯队'],
        ['杭州', '全国第一梯队'],
        ['深圳', '全国第一梯队'],
      ],
    );
    const od = edition('fudan-open-data-province', 2021);
    assert.deepEqual(
      od.results.find((r) => r.region === '山东'),
      { region: '山东', score: 59.77, tier: '第二等级', rank: 3 },
    );
    assert.ok(edition('cps-online-service-province', 2019).sources.some((s) => s.url.includes('scio.gov.cn')));
  });

  it('labels every source by its kind', () => {
    const all = [
      ...allEditions().flatMap(({ e }) => e.sources),
      ...data.statistics.flatMap((s) => [...s.sources, ...(s.earlier?.sources ?? [])]),
    ];
    for (const s of all) assert.ok(['official', 'media', 'aggregator'].includes(s.kind ?? ''), `${s.url}: kind ${s.kind}`);
    const kindOf = (host: string) => all.find((s) => s.url.includes(host))?.kind;
    assert.equal(kindOf('kuaihz.com'), 'aggregator');
    assert.equal(kindOf('english.zj.gov.cn'), 'official');
    assert.equal(kindOf('chinadaily.com.cn'), 'media');
  });

  it('gives readers short notes in zh-CN and en; working notes only in compilerNotes', () => {
    const working = /DERIVED|READ for|not read per|\bnull\b|Rank basis|Tier basis|rank basis|grade_basis/;
    for (const { a, e } of allEditions()) {
      const where = `${a.id}@${e.year}`;
      for (const text of [e.completeness, ...(e.notes ?? [])]) {
        assert.ok(text && typeof text === 'object', `${where}: reader text is localised`);
        const t = text as Record<string, string>;
        assert.ok(t['zh-CN'] && t.en, `${where}: zh-CN and en`);
        assert.doesNotMatch(`${t['zh-CN']} ${t.en}`, working, where);
        assert.doesNotMatch(t['zh-CN'], /[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/, `${where}: no English sentence in Chinese`);
      }
      assert.ok((e.compilerNotes ?? []).length > 0, `${where}: compilerNotes keep the working notes`);
    }
    assert.ok(edition('cps-online-service-province', 2020).compilerNotes!.some((n) => n.includes('DERIVED')));
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
    assert.deepEqual(
      report.issues.map((i) => i.message),
      ['assessments[0].editions[0].results[0].score: expected a number, got "九十"'],
    );
    assert.equal(report.issues[0]?.path, 'assessments[0].editions[0].results[0].score');
    assert.throws(
      () => parseResults(file, 'results.json'),
      (e: unknown) => isGovRankError(e) && e.kind === 'schema' && e.message.includes('results[0].score: expected a number, got "九十"'),
    );
  });

  it('rejects a score outside the scale', () => {
    const report = validateResults(smallFile([{ region: '广东', score: 120 }]));
    assert.deepEqual(
      report.issues.map((i) => i.message),
      ['assessments[0].editions[0].results[0].score: expected a number from 0 to 100, got 120'],
    );
  });

  it('parses a file with an unknown region, with a diagnostic naming it', () => {
    const file = smallFile([
      { region: '广东', score: 96.73 },
      { region: '火星', score: 50 },
    ]);
    const report = validateResults(file);
    assert.equal(report.ok, true);
    assert.deepEqual(report.issues, []);
    assert.equal(report.diagnostics.length, 1);
    assert.equal(report.diagnostics[0]?.value, '火星');
    assert.equal(report.diagnostics[0]?.path, 'assessments[0].editions[0].results[1].region');
    assert.equal(
      report.diagnostics[0]?.message,
      'assessments[0].editions[0].results[1].region: unknown region "火星"; this row is left out',
    );
    const model = parseResults(file);
    assert.deepEqual(
      model.assessments[0]?.editions[0]?.results.map((r) => r.region.code),
      ['440000'],
    );
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
