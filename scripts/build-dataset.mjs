// Writes src/data/bundled-results.json (results format v1, the embedded default dataset) from the
// compiled published results in ../shared/data/published-results.json.
//
//   node scripts/build-dataset.mjs                  write src/data/bundled-results.json
//   node scripts/build-dataset.mjs --out FILE       write FILE instead (tests compare the bytes)
//   node scripts/build-dataset.mjs --check          exit 1 if the committed file is out of date
//
// Deterministic: no dates, no environment; the same source gives the identical file.
//
// Rules (see docs/data-format.md and the report of the change that added this script):
// - Only values present in the source are written; null stays absent. No rank is derived, no
//   score interpolated, no tier computed here. (Tiers the source itself marks as DERIVED from a
//   printed score are kept, with the source's grade_basis as an edition note.)
// - The source's per-report assessments are grouped into series (one publisher + metric + level),
//   with one edition per REPORT year and `dataYear` where the data year differs.
// - Assessments that mix provinces and cities are split by each region's level; ranks printed
//   within different categories go to different assessments, never into one ranking.
// - The only additions are the 2019-report 非常高 grades from the seed article
//   seeds/004_186af36298eb96e2.txt (21世纪经济报道, reprinted by 界面新闻), as asked by
//   shared/README.md. The saved copy of that article carries no URL, so it is cited in notes
//   (a source entry of format v1 needs a URL).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE_FILE = new URL('../../shared/data/published-results.json', import.meta.url);
const OUT_FILE = new URL('../src/data/bundled-results.json', import.meta.url);

export const SCHEMA_URL = 'https://unpkg.com/gov-rank/schema/results.schema.json';

function fail(message) {
  throw new Error(`build-dataset: ${message}`);
}

// ─── Region levels ───────────────────────────────────────────────────────────────────────────
// Short names as the source writes them. Used only to split the source's "province+city"
// assessments and to refuse a region of the wrong level; the package's own resolver
// (src/data/regions.ts) checks the result again when the tests validate the file.
const PROVINCES = new Set([
  '北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽',
  '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州',
  '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆', '台湾', '香港', '澳门',
  // The corps is assessed with the provincial governments.
  '新疆生产建设兵团',
]);
// 5 cities specifically designated in the state plan (计划单列市) and the 27 provincial capitals.
const KEY_CITIES = new Set([
  '大连', '青岛', '宁波', '厦门', '深圳',
  '石家庄', '太原', '呼和浩特', '沈阳', '长春', '哈尔滨', '南京', '杭州', '合肥', '福州', '南昌',
  '济南', '郑州', '武汉', '长沙', '广州', '南宁', '海口', '成都', '贵阳', '昆明', '拉萨', '西安',
  '兰州', '西宁', '银川', '乌鲁木齐',
]);

function levelOf(region) {
  if (PROVINCES.has(region)) return 'province';
  if (KEY_CITIES.has(region)) return 'city';
  return fail(`region ${JSON.stringify(region)} is neither a provincial unit nor a key city`);
}

// ─── Series (format v1 assessments) ──────────────────────────────────────────────────────────
const CPS_PUBLISHER = {
  'zh-CN': '中央党校(国家行政学院)电子政务研究中心',
  en: 'E-Government Research Center, Party School of the CPC Central Committee (National Academy of Governance)',
};
const CSTC_PUBLISHER = { 'zh-CN': '中国软件评测中心', en: 'China Software Testing Center (CSTC)' };
const TSINGHUA_PUBLISHER = {
  'zh-CN': '清华大学国家治理研究院 中国政府网站绩效评估课题组',
  en: 'Institute for National Governance, Tsinghua University — China Government Website Performance Assessment team',
};

const CPS_TIERS = [
  {
    id: '非常高',
    name: { 'zh-CN': '非常高', en: 'Very high' },
    min: 90,
    description: { 'zh-CN': '指数超过90(公布的表述:“非常高(超过90)”)', en: "Index above 90 (published wording: '非常高(超过90)')" },
  },
  {
    id: '高',
    name: { 'zh-CN': '高', en: 'High' },
    min: 80,
    description: { 'zh-CN': '指数在90-80之间(公布的表述:“高(90-80之间)”)', en: "Index between 80 and 90 (published wording: '高(90-80之间)')" },
  },
  {
    id: '中',
    name: { 'zh-CN': '中', en: 'Medium' },
    description: { 'zh-CN': '低于80;下限在已读来源中未找到', en: 'Below 80; the lower bound was not found in any source read' },
  },
  {
    id: '低',
    name: { 'zh-CN': '低', en: 'Low' },
    description: { 'zh-CN': '报告系列定义了此等级,但在已读来源中未找到其阈值', en: 'Defined by the report series; no threshold was found in any source read' },
  },
];

const CSTC_CAVEAT = {
  'zh-CN': '此阈值为2023年(ccidegov.cn)和2024年公布的标准(表述相同);2019–2022年的阈值在已读来源中未找到。',
  en: 'Threshold as published for 2023 (ccidegov.cn) and 2024 (same wording); the 2019–2022 thresholds were not found in any source read.',
};
const cstcTier = (id, en, min, zhRule, enRule) => ({
  id,
  name: { 'zh-CN': id, en },
  ...(min === undefined ? {} : { min }),
  description: { 'zh-CN': `${zhRule}。${CSTC_CAVEAT['zh-CN']}`, en: `${enRule}. ${CSTC_CAVEAT.en}` },
});
const CSTC_TIERS = [
  cstcTier('卓越级', 'Outstanding', 95, '不低于95分(满分110)', 'Score of 95 or more (out of 110)'),
  cstcTier('优秀级', 'Excellent', 85, '不低于85分', 'Score of 85 or more'),
  cstcTier('良好级', 'Good', 75, '不低于75分', 'Score of 75 or more'),
  cstcTier('发展级', 'Developing', 60, '不低于60分', 'Score of 60 or more'),
  cstcTier('准备级', 'Preparing', undefined, '低于60分', 'Score below 60'),
];

const CPS_METRIC = {
  name: { 'zh-CN': '网上政务服务能力(一体化政务服务能力)总体指数', en: 'Online (integrated) government service capability index' },
  min: 0,
  max: 100,
};
const CSTC_METRIC = { name: { 'zh-CN': '数字政府服务能力', en: 'Digital government service capability' }, min: 0, max: 110 };
const WEB_METRIC = { name: { 'zh-CN': '政府网站绩效评估排名', en: 'Government website performance rank' } };
const WEB_SHORT = { 'zh-CN': '政府网站绩效', en: 'Government websites' };

/** In output order. */
const SERIES = [
  {
    id: 'cps-online-service-province',
    name: { 'zh-CN': '省级政府网上政务服务能力调查评估', en: 'Online government service capability assessment: provincial governments' },
    shortName: { 'zh-CN': '网上政务服务能力', en: 'Online government services' },
    publisher: CPS_PUBLISHER,
    level: 'province',
    metric: CPS_METRIC,
    tiers: CPS_TIERS,
  },
  {
    id: 'cps-online-service-city',
    name: { 'zh-CN': '重点城市网上政务服务能力调查评估', en: 'Online government service capability assessment: key cities' },
    shortName: { 'zh-CN': '网上政务服务能力', en: 'Online government services' },
    publisher: CPS_PUBLISHER,
    level: 'city',
    metric: CPS_METRIC,
    tiers: CPS_TIERS,
  },
  {
    id: 'cstc-digital-government-province',
    name: { 'zh-CN': '数字政府服务能力评估:省级政府', en: 'Digital government service capability assessment: provincial governments' },
    shortName: { 'zh-CN': '数字政府服务能力', en: 'Digital government services' },
    publisher: CSTC_PUBLISHER,
    level: 'province',
    metric: CSTC_METRIC,
    tiers: CSTC_TIERS,
  },
  {
    id: 'cstc-digital-government-city',
    name: {
      'zh-CN': '数字政府服务能力评估:重点城市(计划单列市、副省级城市、省会城市)',
      en: 'Digital government service capability assessment: key cities (cities specifically designated in the state plan, sub-provincial cities, provincial capitals)',
    },
    shortName: { 'zh-CN': '数字政府服务能力', en: 'Digital government services' },
    publisher: CSTC_PUBLISHER,
    level: 'city',
    metric: CSTC_METRIC,
    tiers: CSTC_TIERS,
  },
  {
    id: 'cstc-website-province',
    name: { 'zh-CN': '政府网站绩效评估:省级政府网站', en: 'Government website performance assessment: provincial government websites' },
    shortName: WEB_SHORT,
    publisher: CSTC_PUBLISHER,
    level: 'province',
    metric: WEB_METRIC,
    tiers: [],
  },
  {
    id: 'cstc-website-province-region',
    name: {
      'zh-CN': '政府网站绩效评估:省/自治区政府门户网站',
      en: 'Government website performance assessment: portals of provinces and autonomous regions (省/自治区, the category as printed)',
    },
    shortName: WEB_SHORT,
    publisher: CSTC_PUBLISHER,
    level: 'province',
    metric: WEB_METRIC,
    tiers: [],
  },
  {
    id: 'cstc-website-capital',
    name: { 'zh-CN': '政府网站绩效评估:省会城市政府门户网站', en: 'Government website performance assessment: provincial capital portals' },
    shortName: WEB_SHORT,
    publisher: CSTC_PUBLISHER,
    level: 'city',
    metric: WEB_METRIC,
    tiers: [],
  },
  {
    id: 'cstc-website-sub-provincial',
    name: { 'zh-CN': '政府网站绩效评估:副省级城市政府门户网站', en: 'Government website performance assessment: sub-provincial city portals' },
    shortName: WEB_SHORT,
    publisher: CSTC_PUBLISHER,
    level: 'city',
    metric: WEB_METRIC,
    tiers: [],
  },
  {
    id: 'tsinghua-website-province',
    name: {
      'zh-CN': '中国政府网站绩效评估:省(自治区)政府门户网站',
      en: 'China government website performance assessment: portals of provinces and autonomous regions',
    },
    shortName: WEB_SHORT,
    publisher: TSINGHUA_PUBLISHER,
    level: 'province',
    metric: WEB_METRIC,
    tiers: [],
  },
];

// Published groupings that are not tiers: written to a result's `group`.
const GROUPS = {
  保持全国领先水平: { 'zh-CN': '保持全国领先水平', en: 'Kept a nationally leading level' },
  前三名: { 'zh-CN': '前三名', en: 'Top three' },
  第四至十名: { 'zh-CN': '第四至十名', en: '4th to 10th' },
};

// ─── The seed article (the only values not in the source file) ──────────────────────────────
const SEED = {
  zh: '21世纪经济报道(李振):《“数字政府”改革,广东凭什么又拿下全国第一?》(界面新闻转载)',
  en: '21st Century Business Herald (李振): “数字政府”改革,广东凭什么又拿下全国第一? (reprinted by Jiemian)',
};
// Short forms for the rows (tooltips); the edition note carries the full citation.
const SEED_TIER_NOTE = { 'zh-CN': '等级来源:21世纪经济报道', en: 'Tier source: 21st Century Business Herald' };
const SEED_ONLY_NOTE = {
  'zh-CN': '仅有等级(来源:21世纪经济报道);未公布排名和分数',
  en: 'Tier only (source: 21st Century Business Herald); no rank or score published',
};
const SEED_EDITION_NOTE = {
  'zh-CN': `“非常高”等级来自${SEED.zh}:“评估报告显示,……的网上政务服务能力指数为‘非常高’(超过90)”。所存文章副本未载网址,故在此注明出处,未列入来源网址。`,
  en: `The 非常高 (very high) tiers come from ${SEED.en}, which quotes the report: “…的网上政务服务能力指数为‘非常高’(超过90)”. The saved copy of the article carries no URL, so it is cited here and not listed under sources.`,
};
/** source assessment id → the 非常高 list of the seed article, in its order. */
const SEED_VERY_HIGH = {
  cps_prov_2019report_2018data: ['广东', '江苏', '浙江', '贵州', '上海', '安徽'],
  cps_city_2019report_2018data: ['深圳', '南京', '杭州', '广州', '宁波', '合肥', '青岛'],
};

// ─── Per source assessment: target series, English title, completeness, extra notes ─────────
const CPS_SERIES = { province: 'cps-online-service-province', city: 'cps-online-service-city' };
const CSTC_DG_SERIES = { province: 'cstc-digital-government-province', city: 'cstc-digital-government-city' };

const EDITIONS = {
  cps_prov_2017report_2016data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the online government service capability of provincial governments (2017)',
    completeness: {
      'zh-CN': '仅前10名省份,排名即新闻文字中的列举顺序(所读文字未公布分数);读到3个省份(浙江、贵州、江苏)的等级“非常高”;第4至10名的等级在所读文字中未公布。',
    },
    notes: [
      {
        'zh-CN': `广东2016年全国第九名,亦见${SEED.zh}:“从2016年全国第九名跃升至2018年全国第一”。`,
        en: `广东 9th in 2016 is also stated by ${SEED.en}: “从2016年全国第九名跃升至2018年全国第一”.`,
      },
    ],
  },
  cps_prov_2018report_2017data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the online government service capability of provincial governments (2018)',
    completeness: { 'zh-CN': '仅前10名省份,排名即列举顺序(浙江省政府英文新闻);未找到分数和等级。' },
  },
  cps_prov_2019report_2018data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the online government service capability of provincial governments and key cities (2019)',
    completeness: {
      'zh-CN': `只有5个省份有排名(广东第1、江苏第2、浙江与贵州并列第3、福建第7);无分数。6个省份(广东、江苏、浙江、贵州、上海、安徽)的等级“非常高”取自${SEED.zh};原数据文件称该名单在所读来源中未找到,这一说明现已被该文章取代。上海、安徽只有等级,没有排名和分数;其余省份的等级未公布。`,
      en: `Only 5 provinces with ranks (1 广东, 2 江苏, 3 浙江 and 贵州 tied, 7 福建); no scores. Tier 非常高 for 6 provinces (广东、江苏、浙江、贵州、上海、安徽) from ${SEED.en}; this supersedes the source file's statement that the 非常高 list was not found in any source read. 上海 and 安徽 have a tier only (no rank, no score); the other provinces' tiers are not published.`,
    },
    notes: [
      SEED_EDITION_NOTE,
      {
        'zh-CN': `广东2018年全国第一,亦见${SEED.zh}:“从2016年全国第九名跃升至2018年全国第一”。`,
        en: `广东 1st in 2018 is also stated by ${SEED.en}: “从2016年全国第九名跃升至2018年全国第一”.`,
      },
    ],
  },
  cps_city_2019report_2018data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the online government service capability of provincial governments and key cities (2019): key cities',
    completeness: {
      'zh-CN': `32个重点城市中只有3个有排名(深圳第1、福州第14、厦门第16);无分数。7个重点城市(深圳、南京、杭州、广州、宁波、合肥、青岛)的等级“非常高”取自${SEED.zh};原数据文件中本版没有等级。南京、杭州、广州、宁波、合肥、青岛只有等级,没有排名和分数;其余城市的等级未公布。`,
      en: `Only 3 of 32 key cities with ranks (深圳 1, 福州 14, 厦门 16); no scores. Tier 非常高 for 7 key cities (深圳、南京、杭州、广州、宁波、合肥、青岛) from ${SEED.en}; the source file gave no tiers for this edition. 南京、杭州、广州、宁波、合肥、青岛 have a tier only (no rank, no score); the other cities' tiers are not published.`,
    },
    notes: [SEED_EDITION_NOTE],
  },
  cps_prov_2020report_2019data: {
    series: CPS_SERIES,
    complete: true,
    titleEn: 'Survey and assessment report on the online government service capability (government service “good/bad reviews”) of provincial governments and key cities (2020)',
    completeness: { 'zh-CN': '全部32个省级单位均有排名;31个有分数(新疆生产建设兵团列第28名,无分数)。' },
    resultNotes: {
      新疆生产建设兵团: {
        'zh-CN': '列第28名,未印分数;等级“中”仅由同页公布的各等级数量推知',
        en: 'Listed at rank 28 with no score; 中 only by the tier counts published on the same page',
      },
    },
  },
  cps_city_2020report_2019data: {
    series: CPS_SERIES,
    complete: true,
    titleEn: 'Survey and assessment report on the online government service capability (government service “good/bad reviews”) of provincial governments and key cities (2020): key cities',
    completeness: { 'zh-CN': '全部32个重点城市均有分数和排名。' },
  },
  cps_prov_2021report_2020data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability (government service “good/bad reviews”) of provincial governments and key cities (2021)',
    completeness: { 'zh-CN': '仅2个省份:广东(第1名,读到等级“非常高”,无分数)和安徽(91.02,第4名;来源未说明等级)。' },
  },
  cps_city_2021report_2020data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability (government service “good/bad reviews”) of provincial governments and key cities (2021): key cities',
    completeness: { 'zh-CN': '仅深圳(第1名;在32个重点城市中“连续三年”居首)。' },
  },
  cps_prov_2022report_2021data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability of provincial governments and key cities (2022)',
    completeness: {
      'zh-CN': '仅名单:6个省份被列为“保持全国领先水平”;无分数、排名或正式等级。公布的等级数量:非常高16个(50.00%)、高12个(37.50%)、中4个(12.50%),见统计数据。',
    },
  },
  cps_city_2022report_2021data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability of provincial governments and key cities (2022): key cities',
    completeness: { 'zh-CN': '仅名单(列出4个城市,以“等”结尾);无分数、排名或等级。' },
  },
  cstc_dgsc_prov_2019: {
    series: CSTC_DG_SERIES,
    titleEn: '2019 China digital government service capability assessment: provincial governments',
    completeness: { 'zh-CN': '按所读文字:优秀级7个、良好级8个;没有省份达到卓越级;其余17个省级单位(发展级/准备级)在文字中未列出(表格为图片)。' },
  },
  cstc_dgsc_city_2019: {
    series: CSTC_DG_SERIES,
    titleEn: '2019 China digital government service capability assessment: key cities (cities specifically designated in the state plan, sub-provincial cities, provincial capitals)',
    completeness: { 'zh-CN': '部分:优秀级名单8个,以“等城市”结尾(可能不全);良好级名单4个,以“等等”结尾(肯定不全);没有城市达到卓越级。' },
  },
  cstc_dgsc_2020: {
    series: CSTC_DG_SERIES,
    titleEn: '2020 digital government service capability assessment (CSTC): results reported for Fujian',
    completeness: { 'zh-CN': '仅3条(福建的新闻稿):福建(省级)优秀,福州和厦门(重点城市)优秀级。' },
    splitNote: {
      province: { 'zh-CN': '本版只含其中的省级结果(福建)。', en: 'This edition holds the provincial entry (福建) only.' },
      city: { 'zh-CN': '本版只含其中的重点城市结果(福州、厦门)。', en: 'This edition holds the key-city entries (福州, 厦门) only.' },
    },
  },
  cstc_dgsc_2023: {
    series: CSTC_DG_SERIES,
    titleEn: '2023 digital government service capability assessment results',
    completeness: {
      'zh-CN': '无结果:官方页面上的结果表为图片(只有“同档内按照行政区划序列排序”的说明是文字)。只读到阈值和汇总数(良好级及以上49个)。',
    },
  },
  cstc_web_prov_2018: {
    series: { province: 'cstc-website-province' },
    titleEn: '17th (2018) China government website performance assessment: provincial government websites',
    completeness: { 'zh-CN': '前14个网站:前3名有名次;其余11个只知属于“四至十名”一组(有并列,故不给出具体名次)。' },
  },
  cstc_web_prov_2019: {
    series: { province: 'cstc-website-province' },
    titleEn: '18th (2019) government website performance assessment: provincial government portals',
    completeness: { 'zh-CN': '按所读文字,前8个网站(第1至6名,含并列)。' },
  },
  cstc_web_capital_2019: {
    series: { city: 'cstc-website-capital' },
    titleEn: '18th (2019) government website performance assessment: provincial capital portals',
    completeness: { 'zh-CN': '按所读文字,前5个省会城市网站。' },
  },
  cstc_web_2020_fujian: {
    // Three ranks printed within three categories: one assessment per category.
    seriesByRegion: { 福建: 'cstc-website-province-region', 厦门: 'cstc-website-sub-provincial', 福州: 'cstc-website-capital' },
    titleEn: '19th (2020) government website performance assessment: rankings reported for Fujian',
    completeness: { 'zh-CN': '3条;注意各名次属于不同类别:福建为省/自治区门户网站第2名;厦门为副省级城市第3名;福州为省会城市第6名。' },
    splitNote: {
      'cstc-website-province-region': { 'zh-CN': '本版只含省/自治区类别的名次(福建第2名)。', en: 'This edition holds the 省/自治区 (provinces and autonomous regions) category only: 福建 2nd.' },
      'cstc-website-sub-provincial': { 'zh-CN': '本版只含副省级城市类别的名次(厦门第3名)。', en: 'This edition holds the 副省级城市 (sub-provincial cities) category only: 厦门 3rd.' },
      'cstc-website-capital': { 'zh-CN': '本版只含省会城市类别的名次(福州第6名)。', en: 'This edition holds the 省会城市 (provincial capitals) category only: 福州 6th.' },
    },
  },
  tsinghua_web_prov_2021: {
    series: { province: 'tsinghua-website-province' },
    title: '2021年中国政府网站绩效评估报告 — 省(自治区)政府门户网站',
    titleEn: '2021 China government website performance assessment report: portals of provinces and autonomous regions',
    completeness: { 'zh-CN': '前15名省/自治区(直辖市单独排名:北京1、上海2、重庆3,本版未收录);分数在图片中。' },
    notes: [
      {
        'zh-CN': '发布方为清华大学国家治理研究院中国政府网站绩效评估课题组,不是中国软件评测中心(来源数据中的名称注有“[清华大学, NOT 中国软件评测中心]”)。',
        en: 'Published by Tsinghua University (清华大学), NOT by 中国软件评测中心 (the source data marks the name “[清华大学, NOT 中国软件评测中心]”).',
      },
    ],
  },
};

/** Chinese renderings of the source's English notes; a note without one stays a plain string. */
const NOTE_ZH = {
  'Anomaly as printed: 福建 91.11 is ranked 6, below 安徽 90.82 (rank 5) — one of the two values is probably a typo on the page; kept as printed.':
    '原文如此:福建91.11排第6名,低于安徽90.82(第5名)——两者之一可能是页面笔误;按原文保留。',
  'Anomaly as printed: 南京 96.46 shares rank 2 with 广州 96.45 and 杭州 96.45 — probably a typo (96.45) on the aggregator page; kept as printed.':
    '原文如此:南京96.46与广州96.45、杭州96.45并列第2名——可能是聚合页面的笔误(应为96.45);按原文保留。',
  'Secondary source (kuaihz.com aggregator) — the official PDF was not reachable.': '二手来源(kuaihz.com 聚合页面)——未能获取官方PDF。',
  'Headline on page: 非常高 provinces rose from 3 (2016) to 8 (2019).': '页面标题信息:“非常高”省份从3个(2016年)增至8个(2019年)。',
  'First year that 32 key cities were added (台海网).': '首次将32个重点城市纳入评估(台海网)。',
  '高 or above: 22 provinces in 2018 vs 12 in 2016 (台海网).': '“高”及以上:2018年22个省份,2016年12个(台海网)。',
  'China Daily (via ifg.cc) confirms 深圳 first among 32 cities.': '中国日报(经 ifg.cc)证实深圳在32个城市中居首。',
};

// ─── Results ─────────────────────────────────────────────────────────────────────────────────
function toResult(entry, series, extraNote) {
  const r = { region: entry.region };
  if (entry.score !== null && entry.score !== undefined) r.score = entry.score;
  const grade = entry.grade ?? null;
  if (grade !== null) {
    if (series.tiers.some((t) => t.id === grade)) r.tier = grade;
    else if (GROUPS[grade]) r.group = GROUPS[grade];
    else fail(`${series.id}: grade ${JSON.stringify(grade)} of ${entry.region} is neither a tier nor a known group`);
  }
  if (entry.rank !== null && entry.rank !== undefined) r.rank = entry.rank;
  if (extraNote) r.note = extraNote;
  return r;
}

const localizedNote = (text) => (NOTE_ZH[text] ? { 'zh-CN': NOTE_ZH[text], en: text } : text);

function editionNotes(src, cfg, series) {
  const notes = [];
  notes.push({ 'zh-CN': `本版指标:${src.metric}(${src.scale})`, en: `Metric in this edition: ${src.metric} (scale ${src.scale})` });
  if (src.publisher !== series.publisher['zh-CN']) {
    notes.push({ 'zh-CN': `来源所列发布机构:${src.publisher}`, en: `Publisher as named in the source: ${src.publisher}` });
  }
  if (src.rank_basis) notes.push({ 'zh-CN': `排名依据:${src.rank_basis}`, en: `Rank basis: ${src.rank_basis}` });
  if (src.grade_basis) notes.push({ 'zh-CN': `等级依据:${src.grade_basis}`, en: `Tier basis: ${src.grade_basis}` });
  if (src.grade_definition_note) {
    notes.push({ 'zh-CN': `等级阈值:${src.grade_definition_note}`, en: `Tier thresholds: ${src.grade_definition_note}` });
  }
  for (const [grade, def] of Object.entries(src.grade_definitions ?? {})) {
    if (GROUPS[grade]) notes.push({ 'zh-CN': `分组“${grade}”:${def}`, en: `Group “${grade}”: ${def}` });
  }
  for (const n of src.notes ?? []) notes.push(localizedNote(n));
  for (const n of cfg.notes ?? []) notes.push(n);
  return notes;
}

function editionSources(src, series) {
  const out = [];
  const seen = new Set();
  for (const url of src.source ?? []) {
    if (seen.has(url)) continue;
    seen.add(url);
    out.push({ url });
  }
  // Where the tier thresholds were read (these pages are not the source of this edition's rows).
  if (series.tiers.length) {
    for (const url of src.grade_definition_sources ?? []) {
      if (seen.has(url)) continue;
      seen.add(url);
      out.push({ url, note: { 'zh-CN': '等级阈值的出处', en: 'Where the tier thresholds were read' } });
    }
  }
  if (!out.length) fail(`${src.id}: no source URL`);
  return out;
}

function buildAssessments(source) {
  const seriesById = new Map(SERIES.map((s) => [s.id, { ...s, editions: [] }]));
  for (const src of source.assessments) {
    const cfg = EDITIONS[src.id] ?? fail(`no edition config for source assessment ${src.id}`);
    const levels = src.level === 'province+city' ? ['province', 'city'] : [src.level];
    if (!levels.every((l) => l === 'province' || l === 'city')) fail(`${src.id}: unknown level ${src.level}`);

    // Target series of each entry.
    const groups = new Map(); // series id → entries
    const targetOf = (region) => {
      if (cfg.seriesByRegion) return cfg.seriesByRegion[region] ?? fail(`${src.id}: no series for ${region}`);
      const level = levelOf(region);
      if (!levels.includes(level)) fail(`${src.id}: ${region} is a ${level}, the source says ${src.level}`);
      return cfg.series[level] ?? fail(`${src.id}: no ${level} series`);
    };
    if (!cfg.seriesByRegion) for (const l of levels) groups.set(cfg.series[l] ?? fail(`${src.id}: no ${l} series`), []);
    for (const e of src.entries) {
      const id = targetOf(e.region);
      if (!groups.has(id)) groups.set(id, []);
      groups.get(id).push(e);
    }

    for (const [seriesId, entries] of groups) {
      const series = seriesById.get(seriesId) ?? fail(`unknown series ${seriesId}`);
      for (const e of entries) {
        const l = levelOf(e.region);
        if (l !== series.level) fail(`${src.id}: ${e.region} (${l}) in the ${series.level} series ${seriesId}`);
      }
      if (series.editions.some((ed) => ed.year === src.year)) fail(`${seriesId}: two editions for ${src.year}`);

      const results = entries.map((e) => toResult(e, series, cfg.resultNotes?.[e.region]));
      applySeed(src.id, series, results);

      const notes = editionNotes(src, cfg, series);
      const split = cfg.splitNote?.[seriesId] ?? cfg.splitNote?.[series.level];
      if (split) notes.unshift(split);

      const edition = {
        year: src.year,
        ...(src.data_year !== src.year ? { dataYear: src.data_year } : {}),
        title: { 'zh-CN': cfg.title ?? src.name, en: cfg.titleEn },
        sources: editionSources(src, series),
        complete: cfg.complete === true,
        completeness: { 'zh-CN': cfg.completeness['zh-CN'], en: cfg.completeness.en ?? src.completeness },
        notes,
        results,
      };
      series.editions.push(edition);
    }
  }
  const out = [];
  for (const s of seriesById.values()) {
    if (!s.editions.length) fail(`series ${s.id} has no edition`);
    s.editions.sort((a, b) => a.year - b.year);
    out.push({
      id: s.id,
      name: s.name,
      shortName: s.shortName,
      publisher: s.publisher,
      level: s.level,
      metric: s.metric,
      tiers: s.tiers,
      editions: s.editions,
    });
  }
  return out;
}

/** The seed article's 非常高 grades: a tier on listed regions, new tier-only rows for the others. */
function applySeed(srcId, series, results) {
  const list = SEED_VERY_HIGH[srcId];
  if (!list) return;
  for (const region of list) {
    const row = results.find((r) => r.region === region);
    if (row) {
      if (row.tier && row.tier !== '非常高') fail(`${srcId}: ${region} already has tier ${row.tier}`);
      row.tier = '非常高';
      row.note = SEED_TIER_NOTE;
      // Keep the key order of other rows: region, score, tier, rank, note.
      const { region: reg, score, tier, rank, note } = row;
      for (const k of Object.keys(row)) delete row[k];
      Object.assign(row, { region: reg }, score === undefined ? {} : { score }, { tier }, rank === undefined ? {} : { rank }, { note });
    } else {
      results.push({ region, tier: '非常高', note: SEED_ONLY_NOTE });
    }
  }
}

// ─── Statistics ──────────────────────────────────────────────────────────────────────────────
const U = {
  websites: { 'zh-CN': '个', en: 'websites' },
  platforms: { 'zh-CN': '个', en: 'platforms' },
  datasets: { 'zh-CN': '个', en: 'datasets' },
  provinces: { 'zh-CN': '个', en: 'provincial governments' },
  regions: { 'zh-CN': '个', en: 'provincial governments and key cities' },
  cities: { 'zh-CN': '个', en: 'key cities' },
};

/**
 * source id → kebab-case id, English label (a faithful translation of the Chinese label), unit,
 * and `approximate` where the source says 约 / about / nearly / less than.
 */
const STATS = {
  govweb_census_2015_0707: { id: 'gov-websites-census-2015-07-07', en: 'Government websites reported nationwide (first national government website census, initial count)', unit: U.websites },
  govweb_census_2015_local: { id: 'gov-websites-census-2015-local', en: 'Of which reported by local governments', unit: U.websites },
  govweb_census_2015_prov: { id: 'gov-websites-census-2015-province', en: 'Local: provincial government websites', unit: U.websites },
  govweb_census_2015_city: { id: 'gov-websites-census-2015-city', en: 'Local: city-level government websites (including bureaus directly under the province)', unit: U.websites },
  govweb_census_2015_county: { id: 'gov-websites-census-2015-county', en: 'Local: county-level government websites (including townships and sub-districts)', unit: U.websites },
  govweb_census_2015_central: { id: 'gov-websites-census-2015-central', en: 'Reported by State Council departments', unit: U.websites },
  govweb_census_2015_0727: { id: 'gov-websites-census-2015-07-27', en: 'Government websites at all levels nationwide (reported through the information reporting system)', unit: U.websites },
  govweb_census_2015_closed: { id: 'gov-websites-closed-2015-07-27', en: 'Government websites shut down, suspended, merged or transferred', unit: U.websites },
  govweb_2015_approx: { id: 'gov-websites-2015-early', en: 'Government websites nationwide (early 2015, approximate)', unit: U.websites, approximate: true },
  govweb_2019_approx: { id: 'gov-websites-2019-12', en: 'Government websites nationwide (December 2019, approximate)', unit: U.websites, approximate: true },
  govweb_2018_06: { id: 'gov-websites-2018-06', en: 'Government websites in operation nationwide (including www.gov.cn)', unit: U.websites },
  govweb_2018_06_dept: { id: 'gov-websites-2018-06-central', en: 'Websites of State Council departments and their internal and vertically managed bodies', unit: U.websites },
  govweb_2018_06_provportal: { id: 'gov-websites-2018-06-province-portals', en: 'Provincial government portals', unit: U.websites },
  govweb_2018_06_provdept: { id: 'gov-websites-2018-06-province-departments', en: 'Provincial government department websites', unit: U.websites },
  govweb_2018_06_cityportal: { id: 'gov-websites-2018-06-city-portals', en: 'City government portals', unit: U.websites },
  govweb_2018_06_citydept: { id: 'gov-websites-2018-06-city-departments', en: 'City government department websites', unit: U.websites },
  govweb_2018_06_countyportal: { id: 'gov-websites-2018-06-county-portals', en: 'County government portals', unit: U.websites },
  govweb_2018_06_subcounty: { id: 'gov-websites-2018-06-below-county', en: 'Government websites below county level', unit: U.websites },
  govweb_2018_12: { id: 'gov-websites-cnnic-2018-12', en: 'Total government websites (CNNIC, 43rd report)', unit: U.websites },
  govweb_2018_12_central: { id: 'gov-websites-cnnic-2018-12-central', en: 'Government websites of ministry-level administrative units', unit: U.websites },
  govweb_2018_12_local: { id: 'gov-websites-cnnic-2018-12-local', en: 'Government websites of provincial and lower administrative units', unit: U.websites },
  govweb_2019_12: { id: 'gov-websites-cnnic-2019-12', en: 'Total government websites (CNNIC, 45th report)', unit: U.websites },
  govweb_2019_12_central: { id: 'gov-websites-cnnic-2019-12-central', en: 'Websites of State Council departments and their internal and vertically managed bodies', unit: U.websites },
  govweb_2019_12_local: { id: 'gov-websites-cnnic-2019-12-local', en: 'Government websites of provincial and lower administrative units', unit: U.websites },
  opendata_2018h1: {
    id: 'open-data-platforms-2018-h1',
    en: 'Open government data platforms of provinces and prefecture-level cities',
    unit: U.platforms,
    dateNote: { 'zh-CN': '截至2018年上半年', en: 'As of the first half of 2018' },
  },
  opendata_fudan_2017: { id: 'open-data-platforms-fudan-2017', en: 'Open government data platforms at prefecture level and above', unit: U.platforms },
  opendata_fudan_2018: { id: 'open-data-platforms-fudan-2018', en: 'Open government data platforms at prefecture level and above', unit: U.platforms },
  opendata_fudan_2019: { id: 'open-data-platforms-fudan-2019', en: 'Open government data platforms at prefecture level and above', unit: U.platforms },
  opendata_fudan_2020_04: { id: 'open-data-platforms-fudan-2020-04', en: 'Open government data platforms of provinces, sub-provincial and prefecture-level cities', unit: U.platforms },
  opendata_fudan_2020_10: { id: 'open-data-platforms-fudan-2020-10', en: 'Open government data platforms of provinces, sub-provincial and prefecture-level cities', unit: U.platforms },
  opendata_fudan_2021_04: { id: 'open-data-platforms-fudan-2021-04', en: 'Local open government data platforms of provinces and cities', unit: U.platforms },
  opendata_fudan_2021_10: { id: 'open-data-platforms-fudan-2021-10', en: 'Local open government data platforms of provinces and cities', unit: U.platforms },
  opendata_fudan_2022_10: { id: 'open-data-platforms-fudan-2022-10', en: 'Local open government data platforms of provinces and cities', unit: U.platforms },
  opendata_cd_2019_03: { id: 'open-data-platforms-china-daily-2019-03', en: 'Local open government data platforms (China Daily on the 2019 China Open Data Index)', unit: U.platforms },
  opendata_datasets_2017: {
    id: 'open-datasets-2017',
    en: 'Downloadable datasets',
    unit: U.datasets,
    approximate: true,
    unitNote: { 'zh-CN': "上限:原文为 'less than 8,400'(少于8400个)", en: "Upper bound: the source says 'less than 8,400'" },
  },
  opendata_datasets_2019_03: {
    id: 'open-datasets-2019-03',
    en: 'Downloadable datasets',
    unit: U.datasets,
    approximate: true,
    unitNote: { 'zh-CN': "约数:原文为 'nearly 63,000'(近6.3万个)", en: "Round figure: the source says 'nearly 63,000'" },
  },
  opendata_records_2019_03: {
    id: 'open-data-records-2019-03',
    en: 'Total volume of open data records',
    unit: { 'zh-CN': '亿条', en: '× 100 million records' },
    unitNote: { 'zh-CN': '来源所记单位:“亿条 (billion entries)”', en: 'Unit as recorded in the source: “亿条 (billion entries)”; 1 亿 = 100 million' },
  },
  cps_2016_avg: { id: 'cps-province-index-average-2016', en: 'Average online government service capability index of provincial governments', unit: { 'zh-CN': '指数', en: 'index points' } },
  cps_2016_above_avg: { id: 'cps-provinces-above-average-2016', en: 'Provincial governments with an index above the average', unit: U.provinces },
  cps_2016_vh: { id: 'cps-provinces-very-high-2016', en: 'Provincial governments rated 非常高 (very high, above 90)', unit: U.provinces },
  cps_2016_high_plus: { id: 'cps-provinces-high-or-above-2016', en: "Provincial governments rated '高' (high) or above", unit: U.provinces },
  cps_2018_high_plus: { id: 'cps-provinces-high-or-above-2018', en: "Provincial governments rated '高' (high) or above", unit: U.provinces },
  cps_2018_integrated_platforms: {
    id: 'cps-provinces-integrated-platforms-2018',
    en: 'Provincial governments with an integrated online government service platform covering at least the province, city and county levels',
    unit: U.provinces,
  },
  cps_2018_agencies: { id: 'cps-provinces-service-agencies-2018', en: 'Provinces that have set up a provincial government service or data management agency', unit: { 'zh-CN': '个', en: 'provinces' } },
  cps_2018_realname: { id: 'cps-real-name-users-2018', en: 'Real-name users of provincial government service platforms', unit: { 'zh-CN': '亿', en: '× 100 million users' } },
  cps_2018_feedback: { id: 'cps-user-feedback-2018', en: 'User experience feedback and questionnaires used in the assessment', unit: { 'zh-CN': '万条', en: '× 10,000 responses' } },
  cps_2019_vh: { id: 'cps-provinces-very-high-2019', en: 'Provincial governments rated 非常高 (very high)', unit: U.provinces },
  cps_2019_h: { id: 'cps-provinces-high-2019', en: 'Provincial governments rated 高 (high)', unit: U.provinces },
  cps_2019_m: { id: 'cps-provinces-medium-2019', en: 'Provincial governments rated 中 (medium)', unit: U.provinces },
  cps_2019_vh_city: { id: 'cps-cities-very-high-2019', en: 'Key cities rated 非常高 (very high)', unit: U.cities },
  cps_2021_vh: { id: 'cps-provinces-very-high-2021', en: 'Provincial governments rated 非常高 (very high, above 90)', unit: U.provinces },
  cps_2021_h: { id: 'cps-provinces-high-2021', en: 'Provincial governments rated 高 (high, 90–80)', unit: U.provinces },
  cps_2021_m: { id: 'cps-provinces-medium-2021', en: 'Provincial governments rated 中 (medium)', unit: U.provinces },
  cstc_2019_dg_plans: { id: 'cstc-provinces-digital-government-plans-2019-11', en: 'Provincial governments (of 32) that have published a digital government plan', unit: U.provinces },
  cstc_2022_assessed: { id: 'cstc-regions-assessed-2022', en: 'Provincial governments and key cities assessed', unit: U.regions },
  cstc_2023_good_plus: { id: 'cstc-regions-good-or-above-2023', en: 'Provincial governments and key cities rated 良好级 (good) or above', unit: U.regions },
};

/**
 * Headline statistics: the latest published value of a series with an earlier published value of
 * the same series to compare with. Each names the source statistics it takes its values from.
 */
const HEADLINES = [
  {
    id: 'gov-websites',
    label: { 'zh-CN': '全国政府网站数量', en: 'Government websites in China' },
    from: 'govweb_2019_approx',
    earlier: 'govweb_2015_approx',
    note: {
      'zh-CN': '中国软件评测中心2019年发布:全国政府网站从2015年初约8.4万个减少到2019年12月约1.45万个(两数同出一源)。CNNIC统计2019年12月为14474个,见 gov-websites-cnnic。',
      en: "CSTC 2019 release (English summary): 'reduced from 84,000 in early 2015 to 14,500 by December 2019' (both values from one source). CNNIC counted 14,474 for December 2019: see gov-websites-cnnic.",
    },
  },
  {
    id: 'gov-websites-cnnic',
    label: { 'zh-CN': '政府网站总数(CNNIC)', en: 'Government websites (CNNIC count)' },
    from: 'govweb_2019_12',
    earlier: 'govweb_2018_12',
    note: {
      'zh-CN': 'CNNIC第45次报告(2019年12月)与第43次报告(2018年12月)。',
      en: 'CNNIC 45th report (December 2019) against the 43rd report (December 2018).',
    },
  },
  {
    id: 'open-data-platforms',
    label: { 'zh-CN': '地方政府数据开放平台', en: 'Local open government data platforms' },
    from: 'opendata_fudan_2022_10',
    earlier: 'opendata_fudan_2017',
    note: {
      'zh-CN': '口径不同:2022年10月为“省级和城市地方政府数据开放平台”(21个省级 + 187个城市),2017年为“地级以上政府数据开放平台”。两数属来源数据中同一(复旦)系列。',
      en: "Different cut-offs: 2022-10 counts 'provincial and city local platforms' (21 provincial + 187 city); 2017 counts 'platforms at prefecture level and above'. Both belong to the same (Fudan) series in the source data.",
    },
  },
  {
    id: 'open-datasets',
    label: { 'zh-CN': '可下载数据集', en: 'Downloadable open government datasets' },
    from: 'opendata_datasets_2019_03',
    earlier: 'opendata_datasets_2017',
    note: {
      'zh-CN': "两数同出一篇报道(中国日报,2019年中国开放数林指数):2019年3月近6.3万个('nearly 63,000'),2017年少于8400个('less than 8,400')。",
      en: "Both values from one China Daily article on the 2019 China Open Data Index: 'nearly 63,000' (March 2019) against 'less than 8,400' (2017).",
    },
  },
  {
    id: 'cps-provinces-very-high',
    label: { 'zh-CN': '网上政务服务能力“非常高”的省级政府', en: 'Provincial governments rated 非常高 (very high) for online government services' },
    from: 'cps_2021_vh',
    earlier: 'cps_2016_vh',
    note: {
      'zh-CN': '日期为数据年份:2021年数据(2022年报告)对比2016年数据(2017年报告)。2019年数据为8个。',
      en: 'Dates are data years: 2021 data (2022 report) against 2016 data (2017 report). The 2019 data had 8.',
    },
  },
  {
    id: 'cps-provinces-high-or-above',
    label: { 'zh-CN': '网上政务服务能力“高”及以上的省级政府', en: "Provincial governments rated '高' (high) or above for online government services" },
    from: 'cps_2018_high_plus',
    earlier: 'cps_2016_high_plus',
    note: {
      'zh-CN': '两数同出一篇报道(台海网);日期为数据年份(2019年报告、2017年报告)。',
      en: 'Both values from one article (台海网); dates are data years (2019 report, 2017 report).',
    },
  },
];

function statDate(s) {
  if (typeof s.as_of === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(s.as_of)) return s.as_of;
  return String(s.year);
}

function statNote(s, cfg) {
  const parts = [];
  if (cfg.dateNote) parts.push(cfg.dateNote);
  if (cfg.unitNote) parts.push(cfg.unitNote);
  if (s.note) parts.push({ 'zh-CN': s.note, en: s.note });
  if (!parts.length) return undefined;
  if (parts.length === 1 && !cfg.dateNote && !cfg.unitNote) return s.note; // as written
  return { 'zh-CN': parts.map((p) => p['zh-CN']).join(';'), en: parts.map((p) => p.en).join('; ') };
}

function buildStatistics(source) {
  const byId = new Map(source.stats.map((s) => [s.id, s]));
  const out = [];
  for (const h of HEADLINES) {
    const cur = byId.get(h.from) ?? fail(`headline ${h.id}: no statistic ${h.from}`);
    const old = byId.get(h.earlier) ?? fail(`headline ${h.id}: no statistic ${h.earlier}`);
    const curCfg = STATS[cur.id];
    const oldCfg = STATS[old.id];
    if (curCfg.unit !== oldCfg.unit && curCfg.unit['zh-CN'] !== oldCfg.unit['zh-CN']) fail(`headline ${h.id}: units differ`);
    out.push({
      id: h.id,
      label: h.label,
      value: cur.value,
      unit: curCfg.unit,
      date: statDate(cur),
      ...(curCfg.approximate ? { approximate: true } : {}),
      sources: cur.source.map((url) => ({ url })),
      earlier: {
        value: old.value,
        date: statDate(old),
        ...(oldCfg.approximate ? { approximate: true } : {}),
        sources: old.source.map((url) => ({ url })),
      },
      note: h.note,
    });
  }
  const seen = new Set(out.map((s) => s.id));
  for (const s of source.stats) {
    const cfg = STATS[s.id] ?? fail(`no statistic config for ${s.id}`);
    if (seen.has(cfg.id)) fail(`duplicate statistic id ${cfg.id}`);
    seen.add(cfg.id);
    const note = statNote(s, cfg);
    out.push({
      id: cfg.id,
      label: { 'zh-CN': s.label, en: cfg.en },
      value: s.value,
      unit: cfg.unit,
      date: statDate(s),
      ...(cfg.approximate ? { approximate: true } : {}),
      sources: s.source.map((url) => ({ url })),
      ...(note === undefined ? {} : { note }),
    });
  }
  for (const id of Object.keys(STATS)) if (!byId.has(id)) fail(`statistic config ${id} matches nothing in the source`);
  return out;
}

// ─── File-level notes ────────────────────────────────────────────────────────────────────────
const GENERATED_NOTE_ZH =
  '仅根据经离线检索语料读到的页面(页面摘录)汇编,未插补任何数值。等级依据注明 DERIVED 之处,等级是用公布的阈值从印出的分数算出的,并与公布的各等级数量核对过。';

const UNRESOLVED_ZH = {
  '湖北 88.04, rank 7 (+1)': '湖北88.04,第7名(+1):来源称属2020年报告,但与2020年报告表格(87.91,第8名)冲突,可能属于2021年报告。未采用。',
  'CSTC 2021, 2022 provincial/city tiers': '中国软件评测中心2021、2022年省级/城市等级:只找到叙述性文字,未找到文字形式的等级表。',
};
const SUPERSEDED = '2019 report (2018 data) 非常高 list 广东、江苏、浙江、贵州、上海、安徽';

function fileNotes(source) {
  const notes = [{ 'zh-CN': GENERATED_NOTE_ZH, en: source.generated_note }];
  for (const u of source.unresolved ?? []) {
    const urls = u.source == null ? [] : Array.isArray(u.source) ? u.source : [u.source];
    const where = urls.length ? ` (${urls.join(', ')})` : '';
    const whereZh = urls.length ? `(${urls.join(', ')})` : '';
    if (u.item === SUPERSEDED) {
      notes.push({
        'zh-CN': `已解决:2019年报告(2018年数据)的“非常高”名单(广东、江苏、浙江、贵州、上海、安徽)。原数据文件称在所读来源中未找到;现取自${SEED.zh},省级名单及重点城市名单(深圳、南京、杭州、广州、宁波、合肥、青岛)已加入2019年版。`,
        en: `Resolved: the 2019-report (2018 data) 非常高 list (广东、江苏、浙江、贵州、上海、安徽). The source file says it was not found in any source read; it now comes from ${SEED.en}, and both it and the key-city list (深圳、南京、杭州、广州、宁波、合肥、青岛) are in the 2019 editions.`,
      });
      continue;
    }
    const zh = UNRESOLVED_ZH[u.item] ?? fail(`no Chinese text for unresolved item ${JSON.stringify(u.item)}`);
    notes.push({ 'zh-CN': `未解决${whereZh}:${zh}`, en: `Unresolved: ${u.item}${where}. ${u.issue}` });
  }
  notes.push({
    'zh-CN': '有意未收录:清华大学2021年评估中单独排名的直辖市(北京1、上海2、重庆3,来源数据未列为结果);CNNIC第45次报告镜像页中与其正文矛盾的分省表格。',
    en: 'Left out on purpose: the municipalities ranked separately in the Tsinghua 2021 assessment (北京 1, 上海 2, 重庆 3; not listed as results in the source data); the per-province table of the CNNIC 45th-report mirror page, which contradicts its own text.',
  });
  return notes;
}

// ─── The whole file ──────────────────────────────────────────────────────────────────────────
/** Pure: the parsed source in, the format v1 object out. */
export function buildDataset(source) {
  return {
    $schema: SCHEMA_URL,
    format: 'gov-rank-results',
    version: 1,
    title: {
      'zh-CN': '中国省级政府和重点城市政务服务评估结果(据公开发布资料汇编)',
      en: "China's provincial and key-city government service assessments (compiled from published results)",
    },
    notes: fileNotes(source),
    assessments: buildAssessments(source),
    statistics: buildStatistics(source),
  };
}

/**
 * JSON with 2-space indentation, where an object or array whose one-line form fits in the line
 * (and holds no array) is written on one line: one result per line, one source per line.
 */
export function formatJson(value, indent = '', width = 120) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const isArray = Array.isArray(value);
  const entries = isArray ? value.map((v) => [null, v]) : Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length) return isArray ? '[]' : '{}';
  const flat = oneLine(value);
  const nestedArray = entries.some(([, v]) => Array.isArray(v));
  if (!isArray && !nestedArray && indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  const body = entries.map(([k, v]) => `${inner}${k === null ? '' : `${JSON.stringify(k)}: `}${formatJson(v, inner, width)}`);
  return isArray ? `[\n${body.join(',\n')}\n${indent}]` : `{\n${body.join(',\n')}\n${indent}}`;
}

function oneLine(value) {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const parts = Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
  return `{ ${parts.join(', ')} }`;
}

export function buildDatasetText(sourceText) {
  return `${formatJson(buildDataset(JSON.parse(sourceText)))}\n`;
}

// ─── Command line ────────────────────────────────────────────────────────────────────────────
function main(argv) {
  const args = argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sourcePath = opt('--source') ?? fileURLToPath(SOURCE_FILE);
  const outPath = opt('--out') ?? fileURLToPath(OUT_FILE);
  const text = buildDatasetText(readFileSync(sourcePath, 'utf8'));
  if (args.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(outPath, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`${outPath} is out of date: run node scripts/build-dataset.mjs`);
      process.exit(1);
    }
    console.log(`${outPath} is up to date`);
    return;
  }
  writeFileSync(outPath, text);
  const data = JSON.parse(text);
  const editions = data.assessments.reduce((n, a) => n + a.editions.length, 0);
  const results = data.assessments.reduce((n, a) => n + a.editions.reduce((m, e) => m + e.results.length, 0), 0);
  console.log(
    `wrote ${outPath}: ${data.assessments.length} assessments, ${editions} editions, ${results} results, ${data.statistics.length} statistics`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv);
