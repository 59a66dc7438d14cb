// Writes src/data/bundled-results.json (results format v1, the embedded default dataset) from the
// compiled published results in ../shared/data/published-results.json and the second search's
// ../shared/data/published-additions.json.
//
//   node scripts/build-dataset.mjs                  write src/data/bundled-results.json
//   node scripts/build-dataset.mjs --out FILE       write FILE instead (tests compare the bytes)
//   node scripts/build-dataset.mjs --check          exit 1 if the committed file is out of date
//   --source FILE / --additions FILE                 read other source files
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
// - The additions are merged as the additions file says: entries of an existing assessment join its
//   edition (a row already held with the same values only adds its source URL), new assessments
//   become editions of their series. What its `unresolved` lists is left out.
// - Readers see short texts in zh-CN and en (completeness, notes); the compilers' working notes
//   (how each value was read, in the source's words) go to `compilerNotes`, which no element shows.
// - Every source is labelled by kind (official / media / aggregator) from its host: SOURCE_KINDS.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE_FILE = new URL('../../shared/data/published-results.json', import.meta.url);
const ADDITIONS_FILE = new URL('../../shared/data/published-additions.json', import.meta.url);
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

const FUDAN_PUBLISHER = {
  'zh-CN': '复旦大学数字与移动治理实验室、国家信息中心数字中国研究院',
  en: 'Digital and Mobile Governance Lab, Fudan University; Digital China Research Institute, State Information Center',
};
const FUDAN_METRIC = { name: { 'zh-CN': '中国开放数林指数', en: 'China Open Data Index' } };
// 开放数级: the published levels; no thresholds were printed in the sources read.
const FUDAN_TIERS = [
  { id: '第一等级', name: { 'zh-CN': '第一等级', en: 'Level 1' }, description: { 'zh-CN': '开放数级第一等级', en: 'Open data level 1 (开放数级)' } },
  { id: '第二等级', name: { 'zh-CN': '第二等级', en: 'Level 2' }, description: { 'zh-CN': '开放数级第二等级', en: 'Open data level 2 (开放数级)' } },
];

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
  {
    id: 'cnnic-gov-websites-province',
    name: { 'zh-CN': '分省政府网站数量(CNNIC)', en: 'Government websites by provincial unit (CNNIC)' },
    shortName: { 'zh-CN': '政府网站数量', en: 'Government websites' },
    publisher: { 'zh-CN': '中国互联网络信息中心(CNNIC)', en: 'China Internet Network Information Center (CNNIC)' },
    level: 'province',
    // A count, not an index: coloured by its own value range, shown with its unit (docs/data-format.md).
    metric: { name: { 'zh-CN': '政府网站数量', en: 'Number of government websites' }, kind: 'count', unit: { 'zh-CN': '个', en: 'websites' } },
    tiers: [],
  },
  {
    id: 'fudan-open-data-province',
    name: { 'zh-CN': '中国开放数林指数:省级', en: 'China Open Data Index: provincial level' },
    shortName: { 'zh-CN': '开放数林指数', en: 'Open Data Index' },
    publisher: FUDAN_PUBLISHER,
    level: 'province',
    metric: FUDAN_METRIC,
    tiers: FUDAN_TIERS,
  },
  {
    id: 'fudan-open-data-city',
    name: { 'zh-CN': '中国开放数林指数:地级(含副省级)城市', en: 'China Open Data Index: prefecture-level cities (including sub-provincial)' },
    shortName: { 'zh-CN': '开放数林指数', en: 'Open Data Index' },
    publisher: FUDAN_PUBLISHER,
    level: 'city',
    metric: FUDAN_METRIC,
    tiers: FUDAN_TIERS,
  },
];

// Published groupings that are not tiers: written to a result's `group`.
const GROUPS = {
  保持全国领先水平: { 'zh-CN': '保持全国领先水平', en: 'Kept a nationally leading level' },
  前三名: { 'zh-CN': '前三名', en: 'Top three' },
  第四至十名: { 'zh-CN': '第四至十名', en: '4th to 10th' },
  前三: { 'zh-CN': '前三', en: 'Top three' },
  全国第一梯队: { 'zh-CN': '全国第一梯队', en: 'National first group' },
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
  'zh-CN': `“非常高”等级来自${SEED.zh}:“评估报告显示,……的网上政务服务能力指数为‘非常高’(超过90)”。`,
  en: `The 非常高 (very high) tiers come from ${SEED.en}, which quotes the report: “…的网上政务服务能力指数为‘非常高’(超过90)”.`,
};
const SEED_COMPILER_NOTE =
  'Seed article shared/seeds/004_186af36298eb96e2.txt: the saved copy carries no URL, so it is cited in notes and not listed under sources. It supersedes the source file\'s statement that the 非常高 list was not found in any source read.';
const CSTC_THRESHOLD_NOTE = {
  'zh-CN': '各等级的分数标准为2023、2024年公布的标准;2019–2022年的标准未见公布。',
  en: 'The tier thresholds shown are those published for 2023 and 2024; the 2019–2022 thresholds were not found.',
};
const OPEN_DATA_2020H2_NOTE = {
  'zh-CN': '2020年下半年的评估。来源为山东省商务厅网站转载的大众日报报道(2021年1月21日)。',
  en: 'Second half of 2020. The source is the Shandong Department of Commerce’s site reposting a Dazhong Daily report (21 January 2021).',
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
      'zh-CN': '仅前10名:名次按新闻中的列举顺序,未公布分数;浙江、贵州、江苏为“非常高”,其余7个省份的等级未见公布。',
      en: 'Top 10 only, ranked in the order the news report lists them; no scores published. 浙江, 贵州 and 江苏 are rated 非常高 (very high); the tiers of the other seven were not published.',
    },
    notes: [
      {
        'zh-CN': '电子政务蓝皮书(2017)报道同一评估:平均指数77.70,17个省份高于平均,3个省份“非常高”(9.38%),浙江居首。',
        en: 'The 2017 e-government blue book reports the same assessment: average index 77.70; 17 provinces above the average; 3 rated 非常高 (9.38%); 浙江 first.',
      },
      {
        'zh-CN': `广东2016年全国第九名,亦见${SEED.zh}:“从2016年全国第九名跃升至2018年全国第一”。`,
        en: `广东 9th in 2016 is also stated by ${SEED.en}: “从2016年全国第九名跃升至2018年全国第一”.`,
      },
    ],
  },
  cps_prov_2018report_2017data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the online government service capability of provincial governments (2018)',
    completeness: {
      'zh-CN': '仅前10名:名次按浙江省政府英文新闻中的列举顺序;未见分数和等级。',
      en: "Top 10 only, ranked in the order listed by the Zhejiang provincial government's English news; no scores or tiers found.",
    },
  },
  cps_prov_2019report_2018data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the online government service capability of provincial governments and key cities (2019)',
    completeness: {
      'zh-CN': '5个省份有名次(广东第1、江苏第2、浙江与贵州并列第3、福建第7),未公布分数。广东、江苏、浙江、贵州、上海、安徽为“非常高”(据21世纪经济报道),其中上海、安徽只有等级。其余省份的等级未见公布。',
      en: 'Ranks for 5 provinces (广东 1, 江苏 2, 浙江 and 贵州 tied 3, 福建 7); no scores published. 广东, 江苏, 浙江, 贵州, 上海 and 安徽 are rated 非常高 (very high), per the 21st Century Business Herald; 上海 and 安徽 have a tier only. Other provinces’ tiers were not published.',
    },
    notes: [
      SEED_EDITION_NOTE,
      {
        'zh-CN': `广东2018年全国第一,亦见${SEED.zh}:“从2016年全国第九名跃升至2018年全国第一”。`,
        en: `广东 1st in 2018 is also stated by ${SEED.en}: “从2016年全国第九名跃升至2018年全国第一”.`,
      },
      {
        'zh-CN': '广东第1名亦见国务院新闻办公室新闻发布会(2019年6月4日)的英文实录。',
        en: '广东’s first place is also stated at a State Council Information Office press conference (4 June 2019).',
      },
    ],
    compilerNotes: [SEED_COMPILER_NOTE],
  },
  cps_city_2019report_2018data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the online government service capability of provincial governments and key cities (2019): key cities',
    completeness: {
      'zh-CN': '32个重点城市中3个有名次(深圳第1、福州第14、厦门第16),未公布分数。深圳、南京、杭州、广州、宁波、合肥、青岛为“非常高”(据21世纪经济报道),除深圳外只有等级。其余城市的等级未见公布。',
      en: 'Ranks for 3 of the 32 key cities (深圳 1, 福州 14, 厦门 16); no scores published. 深圳, 南京, 杭州, 广州, 宁波, 合肥 and 青岛 are rated 非常高 (very high), per the 21st Century Business Herald; all but 深圳 have a tier only. Other cities’ tiers were not published.',
    },
    notes: [SEED_EDITION_NOTE],
    compilerNotes: [SEED_COMPILER_NOTE],
  },
  cps_prov_2020report_2019data: {
    series: CPS_SERIES,
    complete: true,
    titleEn: 'Survey and assessment report on the online government service capability (government service “good/bad reviews”) of provincial governments and key cities (2020)',
    completeness: {
      'zh-CN': '全部32个省级单位均有名次;31个有分数(新疆生产建设兵团列第28名,未印分数)。',
      en: 'All 32 provincial units ranked; 31 with scores (新疆生产建设兵团 is listed at rank 28 with no score).',
    },
    notes: [
      { 'zh-CN': '名次按原文:同分并列,其后名次连续(浙江、广东并列第1,上海第2)。', en: 'Ranks as printed: ties share a rank and the next rank follows on (浙江 and 广东 both 1st, 上海 2nd).' },
      {
        'zh-CN': '等级按公布的标准由分数得出(非常高:90以上;高:80–90;其余为中),与同页公布的各等级数量(非常高8个、高15个、中9个)一致。',
        en: 'Tiers follow from the scores by the published thresholds (非常高 above 90, 高 80–90, otherwise 中) and match the tier counts printed on the same page (8 非常高, 15 高, 9 中).',
      },
    ],
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
    completeness: { 'zh-CN': '全部32个重点城市均有分数和名次。', en: 'All 32 key cities with scores and ranks.' },
    notes: [
      { 'zh-CN': '名次按原文:同分并列,其后名次连续。', en: 'Ranks as printed: ties share a rank and the next rank follows on.' },
      {
        'zh-CN': '7个城市的“非常高”见于报道(即分数在90以上的7个);“高”按公布的标准(80–90)由分数得出;80分以下的城市未标等级,因“中”与“低”的分界未见公布。',
        en: '非常高 (very high) for 7 cities is as reported (the 7 scores above 90); 高 (high) follows from scores of 80–90 by the published threshold; cities below 80 have no tier, as the boundary between 中 and 低 was not published.',
      },
    ],
  },
  cps_prov_2021report_2020data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability (government service “good/bad reviews”) of provincial governments and key cities (2021)',
    completeness: {
      'zh-CN': '仅2个省份:广东(第1名,“非常高”,未公布分数)和安徽(91.02,第4名;来源未说明等级)。',
      en: 'Only 2 provinces: 广东 (1st, 非常高, no score published) and 安徽 (91.02, 4th; its tier is not stated).',
    },
    notes: [
      { 'zh-CN': '安徽的分数超过90,但来源未说明其等级,故不标。', en: '安徽’s score is above 90, but the source does not state its tier, so none is shown.' },
      { 'zh-CN': '广东连续三年(2019、2020、2021年报告)排名第一。', en: '广东 ranked first for the third year running (2019, 2020 and 2021 reports).' },
      { 'zh-CN': '安徽“已连续四年位居全国第一方阵”。', en: '安徽 has been in the national first group for four years running (“已连续四年位居全国第一方阵”).' },
      {
        'zh-CN': '未收录:一则湖北新闻称湖北88.04分、第7名,但所称报告年份与2020年报告的表格(87.91分、第8名)矛盾。',
        en: 'Left out: a Hubei news item gives 湖北 88.04 and 7th, but the report year it names conflicts with the 2020-report table (87.91, 8th).',
      },
    ],
  },
  cps_city_2021report_2020data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability (government service “good/bad reviews”) of provincial governments and key cities (2021): key cities',
    completeness: { 'zh-CN': '仅深圳(第1名;在32个重点城市中连续三年居首)。', en: '深圳 only (1st; first among the 32 key cities for three years running).' },
  },
  cps_prov_2022report_2021data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability of provincial governments and key cities (2022)',
    completeness: {
      'zh-CN': '仅有名单:6个省份被列为“保持全国领先水平”,山东为“非常高”;未公布分数和名次。公布的等级数量:非常高16个、高12个、中4个。',
      en: 'Lists only: 6 provinces named as keeping a nationally leading level, and 山东 rated 非常高 (very high); no scores or ranks published. Published tier counts: 16 非常高, 12 高, 4 中.',
    },
    notes: [
      {
        'zh-CN': '“保持全国领先水平”是报告摘要的提法,按行政区划排序,不是名次,也不是正式等级;名单以“等”结尾,可能不全。',
        en: '“Kept a nationally leading level” is the report summary’s wording; it lists regions in administrative order, not by rank, and is not a formal tier. The list ends with 等 (etc.), so it may be longer.',
      },
      { 'zh-CN': '山东的“非常高”据人民论坛网(2023年6月7日)。', en: '山东’s 非常高 (very high) is from 人民论坛网 (7 June 2023).' },
    ],
  },
  cps_city_2022report_2021data: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability of provincial governments and key cities (2022): key cities',
    completeness: {
      'zh-CN': '仅有名单:列出4个城市,以“等”结尾;未公布分数、名次和等级。',
      en: 'A list only: 4 cities named, ending with 等 (etc.); no scores, ranks or tiers published.',
    },
    notes: [
      {
        'zh-CN': '“保持全国领先水平”按行政区划排序,不是正式等级。来源页面文字错乱,城市名可辨,宜审慎看待。',
        en: '“Kept a nationally leading level” lists cities in administrative order and is not a formal tier. The source page is garbled; the city names are legible, but treat it with caution.',
      },
    ],
  },
  cps_city_2023report: {
    series: CPS_SERIES,
    titleEn: 'Survey and assessment report on the integrated government service capability of provincial governments and key cities (2023): key cities',
    completeness: {
      'zh-CN': '32个重点城市中列出4个:福州为“非常高”;广州、杭州、深圳只见于“全国第一梯队”(名单以“等”结尾)。未公布分数和名次。',
      en: '4 of the 32 key cities: 福州 rated 非常高 (very high); 广州, 杭州 and 深圳 only as members of the national first group (the list ends with 等, etc.). No scores or ranks published.',
    },
    notes: [
      { 'zh-CN': '“全国第一梯队”是报道的提法,不是正式等级。', en: '“National first group” is the news report’s wording, not a formal tier.' },
      { 'zh-CN': '本报告所评数据的年份在所读来源中未见。', en: 'The data year this report rates is not stated in the source read.' },
    ],
  },
  cstc_dgsc_prov_2019: {
    series: CSTC_DG_SERIES,
    titleEn: '2019 China digital government service capability assessment: provincial governments',
    completeness: {
      'zh-CN': '按所读文字:优秀级7个、良好级8个,没有省份达到卓越级;其余17个省级单位(发展级或准备级)只在图片表格中,未收录。',
      en: 'As read in the text: 7 provinces 优秀级 (excellent), 8 良好级 (good), none 卓越级 (outstanding); the other 17 provincial units (发展级 or 准备级) appear only in table images and are not included.',
    },
    notes: [
      CSTC_THRESHOLD_NOTE,
      { 'zh-CN': '来源用“卓越阶段/优秀阶段/良好阶段”,此处记为卓越级/优秀级/良好级。', en: 'The source says 卓越阶段/优秀阶段/良好阶段 (stages); shown here as the tiers 卓越级/优秀级/良好级.' },
    ],
  },
  cstc_dgsc_city_2019: {
    series: CSTC_DG_SERIES,
    titleEn: '2019 China digital government service capability assessment: key cities (cities specifically designated in the state plan, sub-provincial cities, provincial capitals)',
    completeness: {
      'zh-CN': '部分名单:优秀级8个(以“等城市”结尾,可能不全),良好级4个(以“等等”结尾,不全);没有城市达到卓越级。',
      en: 'Partial: 8 cities 优秀级 (excellent; the list ends with 等城市, so it may be longer), 4 良好级 (good; ends with 等等, so incomplete); no city reached 卓越级 (outstanding).',
    },
    notes: [CSTC_THRESHOLD_NOTE],
  },
  cstc_dgsc_2020: {
    series: CSTC_DG_SERIES,
    titleEn: '2020 digital government service capability assessment (CSTC): results reported for Fujian',
    completeness: {
      'zh-CN': '仅福建发布的3条:福建(省级)优秀级,福州、厦门(重点城市)优秀级。',
      en: 'Only the 3 results Fujian published: 福建 (province) 优秀级 (excellent); 福州 and 厦门 (key cities) 优秀级.',
    },
    notes: [CSTC_THRESHOLD_NOTE, { 'zh-CN': '福建的原文表述:“福建省位列优秀档次”。', en: 'Fujian’s wording: “福建省位列优秀档次” (in the excellent band).' }],
    splitNote: {
      province: { 'zh-CN': '本版只含其中的省级结果(福建)。', en: 'This edition holds the provincial entry (福建) only.' },
      city: { 'zh-CN': '本版只含其中的重点城市结果(福州、厦门)。', en: 'This edition holds the key-city entries (福州, 厦门) only.' },
    },
  },
  cstc_dgsc_2023: {
    series: CSTC_DG_SERIES,
    titleEn: '2023 digital government service capability assessment results',
    completeness: {
      'zh-CN': '没有逐个地区的结果:官方页面的结果表是图片。只知阈值和汇总数(良好级及以上49个)。',
      en: 'No per-region results: the result tables on the official page are images. Only the thresholds and the total (49 at 良好级 or above) are known.',
    },
    notes: [{ 'zh-CN': '同一等级内按行政区划顺序排列,不是名次。', en: 'Within a tier, regions are listed in administrative order, not by rank.' }],
  },
  cstc_web_prov_2018: {
    series: { province: 'cstc-website-province' },
    titleEn: '17th (2018) China government website performance assessment: provincial government websites',
    completeness: {
      'zh-CN': '前14个网站:前3名有名次;其余11个只知属于“第四至十名”一组(有并列,故未给具体名次)。',
      en: 'Top 14 sites: ranks for the first 3; the other 11 only as members of the 4th–10th group (with ties, so no exact rank).',
    },
    notes: [
      {
        'zh-CN': '“第四至十名”的原文:“四至十名是湖北省和福建省、广西壮族自治区和江西省、江苏省和广东省、贵州省、安徽省、山东省、浙江省和海南省”。',
        en: 'The 4th–10th group as printed: “四至十名是湖北省和福建省、广西壮族自治区和江西省、江苏省和广东省、贵州省、安徽省、山东省、浙江省和海南省”.',
      },
    ],
  },
  cstc_web_prov_2019: {
    series: { province: 'cstc-website-province' },
    titleEn: '18th (2019) government website performance assessment: provincial government portals',
    completeness: { 'zh-CN': '按所读文字,前8个网站(第1至6名,含并列)。', en: 'The top 8 sites (ranks 1–6, with ties), as read.' },
    notes: [{ 'zh-CN': '名次按原文:四川、福建并列第二,其后贵州第三。', en: 'Ranks as printed: 四川 and 福建 tied 2nd, then 贵州 3rd.' }],
  },
  cstc_web_capital_2019: {
    series: { city: 'cstc-website-capital' },
    titleEn: '18th (2019) government website performance assessment: provincial capital portals',
    completeness: { 'zh-CN': '按所读文字,前5个省会城市网站。', en: 'The top 5 provincial-capital sites, as read.' },
  },
  cstc_web_2020_fujian: {
    // Three ranks printed within three categories: one assessment per category.
    seriesByRegion: { 福建: 'cstc-website-province-region', 厦门: 'cstc-website-sub-provincial', 福州: 'cstc-website-capital' },
    titleEn: '19th (2020) government website performance assessment: rankings reported for Fujian',
    completeness: {
      'zh-CN': '3条,各名次属于不同类别:福建为省/自治区门户网站第2名;厦门为副省级城市第3名;福州为省会城市第6名。',
      en: '3 results, each ranked within a different category: 福建 2nd among provinces and autonomous regions; 厦门 3rd among sub-provincial cities; 福州 6th among provincial capitals.',
    },
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
    completeness: {
      'zh-CN': '前15名省/自治区(直辖市单独排名:北京第1、上海第2、重庆第3,未收录);分数只在图片中。',
      en: 'Top 15 provinces and autonomous regions (municipalities are ranked separately — 北京 1, 上海 2, 重庆 3 — and not included); scores appear only in images.',
    },
    notes: [
      { 'zh-CN': '名次按原文,并列后跳号:广东、贵州并列第一,四川、海南并列第三。', en: 'Ranks as printed; a tie skips the next rank: 广东 and 贵州 tied 1st, 四川 and 海南 tied 3rd.' },
      {
        'zh-CN': '发布方为清华大学国家治理研究院中国政府网站绩效评估课题组,不是中国软件评测中心。',
        en: 'Published by the Tsinghua University team (清华大学国家治理研究院), not by the China Software Testing Center.',
      },
    ],
  },
  // ─── From the second search (../shared/data/published-additions.json) ─────────────────────
  cnnic_govweb_prov_2019_12: {
    series: { province: 'cnnic-gov-websites-province' },
    complete: true,
    titleEn: "45th Statistical Report on China's Internet Development (CNNIC): government websites by provincial unit, December 2019",
    completeness: {
      'zh-CN': '全部32个省级单位(含新疆生产建设兵团)均有网站数和同比降幅;32个数相加为13562,与报告印出的省级及以下政府网站总数一致。',
      en: 'All 32 provincial units (including 新疆生产建设兵团) with their count and the printed year-on-year decline; the 32 counts add up to 13,562, the printed total of websites of provincial and lower units.',
    },
    notes: [
      { 'zh-CN': '截至2019年12月。报告未给名次。', en: 'As of December 2019. The report gives no ranks.' },
      {
        'zh-CN': '同比变化取自原表“同比下降(%)”一栏,下降记为负数(四川下降14.7%记为 −14.7%);西藏一栏印为 −30.3,即增长30.3%。',
        en: 'The year-on-year change is the table’s “同比下降(%)” (decline, %) column with a decline written as negative (四川’s decline of 14.7% reads −14.7%); 西藏 is printed as −30.3, a rise of 30.3%.',
      },
      {
        'zh-CN': '同页正文给出的前四位数字与表格不同;此处用表格,因其合计等于报告印出的总数13562。',
        en: 'The same page’s running text gives other figures for the top four; the table is used because it adds up to the printed total of 13,562.',
      },
      { 'zh-CN': '来源为CNNIC报告该章的转载页面;未能获取CNNIC的原文PDF。', en: 'The source is a mirror of the CNNIC report’s chapter; the original CNNIC PDF was not reachable.' },
    ],
  },
  fudan_opendata_prov_2019: {
    series: { province: 'fudan-open-data-province' },
    titleEn: '2019 China Local Government Open Data Report / China Open Data Index: provincial ranking',
    completeness: {
      'zh-CN': '仅前三:上海第1;浙江、贵州位列前三(名次未分)。',
      en: 'Top three only: 上海 1st; 浙江 and 贵州 in the top three (their order not given).',
    },
    notes: [{ 'zh-CN': '来源为中国新闻网报道(2019年5月25日)的繁体转载页。', en: 'The source is a Traditional-Chinese repost of a China News Service report (25 May 2019).' }],
  },
  fudan_opendata_city_2019: {
    series: { city: 'fudan-open-data-city' },
    titleEn: '2019 China Local Government Open Data Report / China Open Data Index: prefecture-level (including sub-provincial) ranking',
    completeness: { 'zh-CN': '仅贵阳(地级含副省级城市排名第1)。', en: '贵阳 only (1st among prefecture-level and sub-provincial cities).' },
    notes: [{ 'zh-CN': '来源为中国新闻网报道(2019年5月25日)的繁体转载页。', en: 'The source is a Traditional-Chinese repost of a China News Service report (25 May 2019).' }],
  },
  fudan_opendata_prov_2020h2: {
    series: { province: 'fudan-open-data-province' },
    titleEn: 'China Local Government Open Data Report / China Open Data Index (second half of 2020): provincial level',
    completeness: {
      'zh-CN': '4个省份:浙江、上海为第一等级;山东(59.77,第3名)、贵州为第二等级。其余省份只以“其次是广东、福建、北京、天津、四川等地方”提及,未标等级。',
      en: '4 provinces: 浙江 and 上海 at level 1; 山东 (59.77, 3rd) and 贵州 at level 2. Others are only mentioned (“其次是广东、福建、北京、天津、四川等地方”) with no level.',
    },
    notes: [OPEN_DATA_2020H2_NOTE],
  },
  fudan_opendata_city_2020h2: {
    series: { city: 'fudan-open-data-city' },
    titleEn: 'China Local Government Open Data Report / China Open Data Index (second half of 2020): prefecture level (including sub-provincial)',
    completeness: {
      'zh-CN': '山东来源只列出山东的城市:青岛为第一等级,济南、威海为第二等级。威海不是本数据包收录的重点城市,未列入。',
      en: 'The Shandong source names Shandong cities only: 青岛 at level 1; 济南 and 威海 at level 2. 威海 is not one of the key cities this package holds, so it is not listed.',
    },
    notes: [OPEN_DATA_2020H2_NOTE],
    // A prefecture city outside the package's region table (the 32 key cities): left out, said in completeness.
    leaveOut: ['威海'],
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

// ─── Sources: labelled by kind so a reader can weigh them ──────────────────────────────────
// By host (a host's subdomains too). official: a government's or the publisher's own site;
// media: a news organisation; aggregator: a site reposting or mirroring others' text.
const SOURCE_KINDS = {
  official: [
    'gov.cn', // every *.gov.cn site: SCIO, CAC, provincial and city governments
    'ecas.cas.cn', // Chinese Academy of Sciences e-affairs site, publishing the CSTC results
    'ccidegov.cn', // CCID (赛迪) digital government assessment site: the publisher
    'fddi.fudan.edu.cn', // Fudan University's institute: the open-data index publisher
    'ssapchina.com', // Social Sciences Academic Press: publisher of the e-government blue book
    'hrbdsj.org.cn', // Harbin's big-data centre, a government body
    'selectshandong.com', // Shandong Department of Commerce's site
  ],
  media: [
    'ifeng.com', 'chinadaily.com.cn', 'taihainet.com', 'fznews.com.cn', 'fjsen.com', 'sina.com.cn', 'rmlt.com.cn', 'hxnews.com',
    'gmw.cn', 'sdchina.com', 'chinataiwan.cn', 'e-gov.org.cn',
  ],
  aggregator: [
    'kuaihz.com', 'jinchengblades.com', 'bbbdzs.com', 'customkitchencountertop.com', 'nsh-em.com', 'morningdispatcher.com', 'ifg.cc',
    'caijingnews.net', 'tjtaiding.com', 'fxbaogao.com', 'scbzxw.com', 'youvedi.com', 'sxjhsd.com', 'paobohui.com', 'wwwleb.com',
    'noyes88.com', 'huaon.com', 'bjrbrm.cn', 'neamco.com', 'cr24g.com', 'lfxinmaifeng.com', '0514f.cn', 'fensifuwu.com', 'ipoipo.cn',
    '196s.com', 'fqdaily.com', 'scxinxi.com', 'whzykj.cn', 'perfectpromresource.com', 'tellerreport.com', 'reportify.ai',
    'shi-fen.com', 'baogaosu.com', 'dxbei.com', 'blocking.net',
  ],
};

export function sourceKind(url) {
  const host = new URL(url).hostname;
  for (const [kind, hosts] of Object.entries(SOURCE_KINDS)) {
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) return kind;
  }
  return fail(`no source kind for ${host}: add it to SOURCE_KINDS`);
}

/** A format v1 source: its URL, an optional note, and its kind. */
const sourceEntry = (url, note) => ({ url, ...(note ? { note } : {}), kind: sourceKind(url) });

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
  // Printed as a decline in percent ("同比下降(%)"): the format's change is signed, a decline negative.
  if (typeof entry.yoy_decline_pct_as_printed === 'number') r.change = { percent: -entry.yoy_decline_pct_as_printed };
  if (extraNote) r.note = extraNote;
  return r;
}

/** Source notes a reader can use as they are (with a Chinese rendering); the rest are working notes. */
const readerNote = (text) => (NOTE_ZH[text] ? { 'zh-CN': NOTE_ZH[text], en: text } : undefined);

/** Reader notes (short, zh-CN and en) and the compilers' working notes (as written in the source). */
function editionNotes(src, cfg, series) {
  const notes = [];
  const compiler = [`Metric in this edition: ${src.metric} (scale ${src.scale})`];
  if (src.publisher && src.publisher !== series.publisher['zh-CN']) compiler.push(`Publisher as named in the source: ${src.publisher}`);
  if (src.completeness) compiler.push(`Completeness: ${src.completeness}`);
  if (src.completeness_change) compiler.push(`Completeness: ${src.completeness_change}`);
  if (src.rank_basis) compiler.push(`Rank basis: ${src.rank_basis}`);
  if (src.grade_basis) compiler.push(`Tier basis: ${src.grade_basis}`);
  if (src.grade_definition_note) compiler.push(`Tier thresholds: ${src.grade_definition_note}`);
  if (src.data_year_note) compiler.push(`Data year: ${src.data_year_note}`);
  for (const [grade, def] of Object.entries(src.grade_definitions ?? {})) {
    compiler.push(GROUPS[grade] ? `Group “${grade}”: ${def}` : `Tier definitions (${grade}): ${def}`);
  }
  for (const n of src.notes ?? []) {
    const reader = readerNote(n);
    if (reader) notes.push(reader);
    else compiler.push(n);
  }
  // Each entry's quote stays in the shared source file (the tests check values against it): it
  // would double the bundled file, which the CDN script inlines.
  for (const n of cfg.notes ?? []) notes.push(n);
  for (const n of cfg.compilerNotes ?? []) compiler.push(n);
  return { notes, compilerNotes: compiler };
}

function editionSources(src, series) {
  const out = [];
  const seen = new Set();
  for (const url of src.source ?? []) {
    if (seen.has(url)) continue;
    seen.add(url);
    out.push(sourceEntry(url));
  }
  // Where the tier thresholds were read (these pages are not the source of this edition's rows).
  if (series.tiers.length) {
    for (const url of src.grade_definition_sources ?? []) {
      if (seen.has(url)) continue;
      seen.add(url);
      out.push(sourceEntry(url, { 'zh-CN': '等级阈值的出处', en: 'Where the tier thresholds were read' }));
    }
  }
  if (!out.length) fail(`${src.id}: no source URL`);
  return out;
}

// ─── The second search (published-additions.json) ───────────────────────────────────────────
/**
 * The source assessments with the additions merged in: an extension's URLs and entries join the
 * assessment of the same id (an entry that repeats a held row's values only adds its URL); a new
 * assessment is appended.
 */
export function mergeAssessments(held, additions) {
  const out = held.map((a) => ({ ...a, source: [...a.source], entries: [...a.entries] }));
  for (const add of additions) {
    if (!add.extends_existing) {
      if (out.some((a) => a.id === add.id)) fail(`addition ${add.id} is not marked extends_existing but the id is held`);
      out.push(add);
      continue;
    }
    const a = out.find((x) => x.id === add.id) ?? fail(`addition ${add.id} extends nothing`);
    for (const url of add.source) if (!a.source.includes(url)) a.source.push(url);
    for (const e of add.entries) {
      const held = a.entries.find((x) => x.region === e.region);
      if (!held) a.entries.push(e);
      else if (held.score !== e.score || held.rank !== e.rank || (e.grade != null && held.grade !== e.grade)) {
        fail(`addition ${add.id}: ${e.region} differs from the held entry`);
      }
    }
    a.completeness_change = add.completeness_change;
  }
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
      if (cfg.leaveOut?.includes(e.region)) continue; // said in the edition's completeness
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

      const { notes, compilerNotes } = editionNotes(src, cfg, series);
      const split = cfg.splitNote?.[seriesId] ?? cfg.splitNote?.[series.level];
      if (split) notes.unshift(split);
      if (!cfg.completeness['zh-CN'] || !cfg.completeness.en) fail(`${src.id}: completeness needs zh-CN and en`);

      const edition = {
        year: src.year,
        ...(src.data_year != null && src.data_year !== src.year ? { dataYear: src.data_year } : {}),
        title: { 'zh-CN': cfg.title ?? src.name, en: cfg.titleEn },
        sources: editionSources(src, series),
        complete: cfg.complete === true,
        completeness: cfg.completeness,
        notes,
        compilerNotes,
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

// ─── Statistics of the second search ─────────────────────────────────────────────────────────
const U2 = {
  hundredMillion: { 'zh-CN': '亿', en: '× 100 million users' },
  percent: { 'zh-CN': '%', en: '%' },
  place: { 'zh-CN': '位', en: 'place' },
};
const NATIONAL_REPORT_DATE = { 'zh-CN': '日期为报告所覆盖的截止年份(2014–2024年报告),具体日期未印出', en: 'Dated by the end of the period the 2014–2024 report covers; no exact date printed' };

/** Left out, as the additions' `unresolved` says: the date of this count is disputed (2019-03 or 2019-04). */
const LEFT_OUT_STATS = new Set(['opendata_2019_04', 'opendata_2019_04_breakdown']);

/**
 * Config of the additions' statistics, as STATS. A breakdown (a value per category) becomes one
 * statistic per category: `parts` maps the category as printed to its id and English label.
 */
const ADDED_STATS = {
  cnnic43_online_gov_users_2018_12: { id: 'online-gov-service-users-cnnic-2018-12', en: 'Online government service users (CNNIC 43rd report)', unit: U2.hundredMillion },
  cnnic43_online_gov_users_share_2018_12: { id: 'online-gov-service-users-share-cnnic-2018-12', en: 'Online government service users as a share of all internet users (CNNIC 43rd report)', unit: U2.percent },
  cnnic45_online_gov_users_2020_03: { id: 'online-gov-service-users-cnnic-2020-03', en: 'Online government service users (CNNIC 45th report)', unit: U2.hundredMillion },
  cnnic45_online_gov_users_share_2020_03: { id: 'online-gov-service-users-share-cnnic-2020-03', en: 'Online government service users as a share of all internet users (CNNIC 45th report)', unit: U2.percent },
  prov_platforms_registered_users_2019_12: { id: 'province-platform-registered-users-2019-12', en: 'Registered individual users of the 32 provincial online government service platforms', unit: U2.hundredMillion },
  prov_platforms_realname_users_2019_12: { id: 'province-platform-real-name-users-2019-12', en: 'Real-name registered individual users of the 32 provincial online government service platforms', unit: U2.hundredMillion },
  natplatform_connected_regions_2019_11: { id: 'national-platform-regions-2019-11', en: 'Regions connected to the national government service platform', unit: { 'zh-CN': '个', en: 'regions' } },
  natplatform_connected_departments_2019_11: { id: 'national-platform-departments-2019-11', en: 'State Council departments connected to the national government service platform', unit: { 'zh-CN': '个', en: 'departments' } },
  natplatform_dept_services_2019_11: { id: 'national-platform-department-services-2019-11', en: 'Online services of State Council departments on the national government service platform', unit: { 'zh-CN': '项', en: 'services' } },
  natplatform_local_services_2019_11: { id: 'national-platform-local-services-2019-11', en: 'Online services of local governments on the national government service platform', unit: { 'zh-CN': '万项', en: '× 10,000 services' } },
  natplatform_realname_2020_06: { id: 'national-platform-real-name-users-2020-06', en: 'Real-name registered users of the national government service platform', unit: { 'zh-CN': '亿人', en: '× 100 million users' } },
  natplatform_visitors_2020_06: { id: 'national-platform-visitors-2020-06', en: 'Total visitors of the national government service platform', unit: { 'zh-CN': '亿人', en: '× 100 million visitors' } },
  natplatform_pageviews_2020_06: { id: 'national-platform-page-views-2020-06', en: 'Total page views of the national government service platform', unit: { 'zh-CN': '亿次', en: '× 100 million page views' } },
  cnnic47_online_gov_users_2020_12: { id: 'internet-gov-service-users-cnnic-2020-12', en: 'Internet government service users (CNNIC 47th report)', unit: U2.hundredMillion },
  integrated_platform_realname_2020_12: { id: 'integrated-platform-real-name-users-2020-12', en: 'Real-name users of the national integrated government service platform', unit: U2.hundredMillion },
  // An index from 0 to 1 has no unit to show.
  un_egdi_china_2020: { id: 'un-egdi-china-2020', en: 'UN E-Government Development Index (EGDI): China' },
  un_egdi_china_rank_2020: { id: 'un-egdi-china-rank-2020', en: "UN E-Government Survey: China's rank", unit: U2.place },
  un_egdi_china_rank_2018: { id: 'un-egdi-china-rank-2018', en: "UN E-Government Survey: China's rank", unit: U2.place },
  un_egdi_china_2018: { id: 'un-egdi-china-2018', en: 'UN E-Government Development Index (EGDI): China' },
  un_osi_china_2020: { id: 'un-osi-china-2020', en: 'UN Online Service Index (OSI): China' },
  un_osi_china_rank_2020: { id: 'un-osi-china-rank-2020', en: "UN Online Service Index (OSI): China's rank", unit: U2.place },
  un_egdi_china_rank_2014: { id: 'un-egdi-china-rank-2014', en: "UN E-Government Survey: China's rank", unit: U2.place },
  un_egdi_china_rank_2024: { id: 'un-egdi-china-rank-2024', en: "UN E-Government Survey: China's rank", unit: U2.place },
  integrated_platform_realname_egovreport_2024: {
    id: 'integrated-platform-real-name-users-2024',
    en: 'Real-name registered users of the national integrated government service platform (National E-Government Development Report 2014–2024)',
    unit: { 'zh-CN': '亿人', en: '× 100 million users' },
    approximate: true,
    unitNote: { 'zh-CN': '下限:原文为“超10.8亿人”', en: 'A lower bound: the source says “超10.8亿人” (more than 1.08 billion)' },
    dateNote: NATIONAL_REPORT_DATE,
  },
  prov_permits_online_share_egovreport_2024: { id: 'province-permits-online-share-2024', en: 'Provincial administrative permits accepted online and needing at most one visit', unit: U2.percent, dateNote: NATIONAL_REPORT_DATE },
  esocial_card_holders_egovreport_2024: { id: 'electronic-social-security-card-holders-2024', en: 'Holders of the electronic social security card', unit: { 'zh-CN': '亿', en: '× 100 million holders' }, dateNote: NATIONAL_REPORT_DATE },
  data_hub_resources_egovreport_2024: { id: 'data-sharing-hub-resources-2024', en: 'Kinds of data resources published on the national government data-sharing hub', unit: { 'zh-CN': '万类', en: '× 10,000 kinds' }, dateNote: NATIONAL_REPORT_DATE },
  data_hub_calls_egovreport_2024: { id: 'data-sharing-hub-calls-2024', en: 'Data-sharing calls served by the national government data-sharing hub', unit: { 'zh-CN': '亿次', en: '× 100 million calls' }, dateNote: NATIONAL_REPORT_DATE },
  township_egov_network_egovreport_2024: { id: 'egov-network-township-connection-2024', en: 'Townships connected to the e-government extranet', unit: U2.percent, dateNote: NATIONAL_REPORT_DATE },
  opendata_2018h1_breakdown: {
    unit: U.platforms,
    dateNote: { 'zh-CN': '截至2018年上半年', en: 'As of the first half of 2018' },
    parts: {
      省级: { id: 'open-data-platforms-2018-h1-province', en: 'Open government data platforms, first half of 2018: of which provincial' },
      地市级: { id: 'open-data-platforms-2018-h1-city', en: 'Open government data platforms, first half of 2018: of which prefecture-level city' },
    },
  },
  opendata_2020_04_breakdown: {
    unit: U.platforms,
    parts: {
      省级: { id: 'open-data-platforms-2020-04-province', en: 'Open government data platforms, April 2020: of which provincial' },
      副省级和地级: { id: 'open-data-platforms-2020-04-city', en: 'Open government data platforms, April 2020: of which sub-provincial and prefecture-level' },
    },
  },
  opendata_2020_04_coverage: {
    unit: U2.percent,
    parts: {
      省级行政区: { id: 'open-data-platform-coverage-2020-04-province', en: 'Share with an open government data platform, April 2020: provincial units (excluding Hong Kong, Macao and Taiwan)' },
      副省级: { id: 'open-data-platform-coverage-2020-04-sub-provincial', en: 'Share with an open government data platform, April 2020: sub-provincial cities' },
      地级行政区: { id: 'open-data-platform-coverage-2020-04-prefecture', en: 'Share with an open government data platform, April 2020: prefecture-level units' },
    },
  },
  opendata_2020_10_new: {
    unit: U.platforms,
    parts: {
      省级: { id: 'open-data-platforms-new-2020-10-province', en: 'New open government data platforms since the second half of 2019 (October 2020): provincial' },
      '地级(含副省级)': { id: 'open-data-platforms-new-2020-10-city', en: 'New open government data platforms since the second half of 2019 (October 2020): prefecture-level (including sub-provincial)' },
    },
  },
  opendata_2021_04_breakdown: {
    unit: U.platforms,
    parts: {
      省级: { id: 'open-data-platforms-2021-04-province', en: 'Local open government data platforms, April 2021: of which provincial' },
      城市: { id: 'open-data-platforms-2021-04-city', en: 'Local open government data platforms, April 2021: of which city' },
    },
  },
  opendata_2022_10_breakdown: {
    unit: U.platforms,
    parts: {
      省级: { id: 'open-data-platforms-2022-10-province', en: 'Local open government data platforms, October 2022: of which provincial' },
      城市: { id: 'open-data-platforms-2022-10-city', en: 'Local open government data platforms, October 2022: of which city' },
    },
  },
  opendata_2022_10_coverage: {
    unit: U2.percent,
    parts: {
      '省级(不含直辖市)': { id: 'open-data-platform-coverage-2022-10-province', en: 'Share with an open government data platform, October 2022: provincial units (excluding municipalities)' },
      城市: { id: 'open-data-platform-coverage-2022-10-city', en: 'Share with an open government data platform, October 2022: cities' },
    },
  },
  opendata_2025_07: { id: 'open-data-platforms-2025-07', en: 'Provincial and city local open government data platforms', unit: U.platforms },
  opendata_2025_07_breakdown: {
    unit: U.platforms,
    parts: {
      省级: { id: 'open-data-platforms-2025-07-province', en: 'Local open government data platforms, July 2025: of which provincial' },
      城市: { id: 'open-data-platforms-2025-07-city', en: 'Local open government data platforms, July 2025: of which city' },
    },
  },
  govweb_2019_12_columns: { id: 'gov-website-sections-2019-12', en: 'Sections (columns) opened on government websites at all levels', unit: { 'zh-CN': '万个', en: '× 10,000 sections' } },
  govweb_2006_ownership: {
    id: 'gov-website-ownership-2006',
    en: 'Average share of governments at all levels with a website',
    unit: U2.percent,
    dateNote: { 'zh-CN': '截至2006年底', en: 'As of the end of 2006' },
  },
  cstc_2024_scope: { id: 'cstc-regions-assessed-2024', en: 'Local governments assessed by CSTC in 2024 (provincial governments, provincial capitals and cities specifically designated in the state plan)', unit: { 'zh-CN': '个地方政府', en: 'local governments' } },
};

/**
 * The additions' statistics in the held statistics' shape (one per category of a breakdown),
 * their configs, and the extra URLs the additions give for held statistics.
 */
export function additionStatistics(additions) {
  const stats = [];
  const config = {};
  for (const s of additions.stats) {
    if (LEFT_OUT_STATS.has(s.id)) continue;
    const cfg = ADDED_STATS[s.id] ?? fail(`no statistic config for addition ${s.id}`);
    // Raw notes of the additions are working notes: a reader note comes from the config only.
    const base = { year: s.year, as_of: s.as_of, source: s.source };
    if (typeof s.value === 'number') {
      stats.push({ ...base, id: s.id, label: s.label, value: s.value });
      config[s.id] = cfg;
      continue;
    }
    const label = s.label.split(' — ')[0];
    for (const [part, value] of Object.entries(s.value)) {
      const p = cfg.parts?.[part] ?? fail(`addition ${s.id}: no config for the part ${part}`);
      const id = `${s.id}:${part}`;
      stats.push({ ...base, id, label: `${label}:其中${part}`, value });
      config[id] = { ...cfg, ...p, parts: undefined };
    }
  }
  for (const id of Object.keys(ADDED_STATS)) {
    if (!additions.stats.some((s) => s.id === id)) fail(`statistic config ${id} matches nothing in the additions`);
  }
  const extraSources = {};
  for (const x of additions.additional_sources_for_held_stats ?? []) (extraSources[x.held_id] ??= []).push(x.source);
  return { stats, config, extraSources };
}

function statDate(s) {
  if (typeof s.as_of === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(s.as_of)) return s.as_of;
  return String(s.year);
}

function statNote(s, cfg) {
  const parts = [];
  if (cfg.dateNote) parts.push(cfg.dateNote);
  if (cfg.unitNote) parts.push(cfg.unitNote);
  if (s.note) parts.push({ 'zh-CN': s.note, en: s.note });
  if (cfg.note) parts.push(cfg.note);
  if (!parts.length) return undefined;
  if (parts.length === 1 && !cfg.dateNote && !cfg.unitNote && !cfg.note) return s.note; // as written
  return { 'zh-CN': parts.map((p) => p['zh-CN']).join(';'), en: parts.map((p) => p.en).join('; ') };
}

function buildStatistics(source, added) {
  const STAT_CONFIG = { ...STATS, ...added.config };
  const all = [...source.stats, ...added.stats];
  const byId = new Map(all.map((s) => [s.id, s]));
  const sourcesOf = (s) => [...s.source, ...(added.extraSources[s.id] ?? [])].map((url) => sourceEntry(url));
  const out = [];
  for (const h of HEADLINES) {
    const cur = byId.get(h.from) ?? fail(`headline ${h.id}: no statistic ${h.from}`);
    const old = byId.get(h.earlier) ?? fail(`headline ${h.id}: no statistic ${h.earlier}`);
    const curCfg = STAT_CONFIG[cur.id];
    const oldCfg = STAT_CONFIG[old.id];
    if (curCfg.unit !== oldCfg.unit && curCfg.unit['zh-CN'] !== oldCfg.unit['zh-CN']) fail(`headline ${h.id}: units differ`);
    out.push({
      id: h.id,
      label: h.label,
      value: cur.value,
      unit: curCfg.unit,
      date: statDate(cur),
      ...(curCfg.approximate ? { approximate: true } : {}),
      sources: sourcesOf(cur),
      earlier: {
        value: old.value,
        date: statDate(old),
        ...(oldCfg.approximate ? { approximate: true } : {}),
        sources: sourcesOf(old),
      },
      note: h.note,
    });
  }
  const seen = new Set(out.map((s) => s.id));
  for (const s of all) {
    const cfg = STAT_CONFIG[s.id] ?? fail(`no statistic config for ${s.id}`);
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
      sources: sourcesOf(s),
      ...(note === undefined ? {} : { note }),
    });
  }
  for (const id of Object.keys(STATS)) if (!byId.has(id)) fail(`statistic config ${id} matches nothing in the source`);
  for (const id of Object.keys(added.extraSources)) if (!byId.has(id)) fail(`additional sources for ${id}: no such statistic`);
  return out;
}

// ─── File-level notes ────────────────────────────────────────────────────────────────────────
const GENERATED_NOTE = {
  'zh-CN': '仅根据读到的公开页面汇编,未插补任何数值。部分等级按公布的标准由印出的分数得出,并与公布的各等级数量核对过,各版的说明中有交代。',
  en: 'Compiled only from the public pages read; nothing is interpolated. Where a tier follows from a printed score by the published thresholds (checked against the published tier counts), the edition says so.',
};

const UNRESOLVED_ZH = {
  '湖北 88.04, rank 7 (+1)': '湖北88.04,第7名(+1):来源称属2020年报告,但与2020年报告表格(87.91,第8名)冲突,可能属于2021年报告。未采用。',
  'CSTC 2021, 2022 provincial/city tiers': '中国软件评测中心2021、2022年省级/城市等级:只找到叙述性文字,未找到文字形式的等级表。',
};
const SUPERSEDED = '2019 report (2018 data) 非常高 list 广东、江苏、浙江、贵州、上海、安徽';

function fileNotes(source) {
  const notes = [GENERATED_NOTE];
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
    'zh-CN': '有意未收录:清华大学2021年评估中单独排名的直辖市(北京1、上海2、重庆3,来源数据未列为结果)。',
    en: 'Left out on purpose: the municipalities ranked separately in the Tsinghua 2021 assessment (北京 1, 上海 2, 重庆 3; not listed as results in the source data).',
  });
  notes.push(ADDITIONS_NOTE);
  return notes;
}

// What the second search left unresolved, and so was left out (shared/README.md).
const ADDITIONS_NOTE = {
  'zh-CN': '第二次检索中未收录:CNNIC第45次报告转载页正文中与表格不同的前四位网站数(采用合计等于13562的表格);日期相差一个月的“82个地方政府数据开放平台”(2019年3月或4月)及其分项;文字错乱或改写的页面(2018年报告前十名、2022年报告江苏与南京、2023年56个重点城市体验式评价、年份被改写的CNNIC第43次报告数字);福州在2022年报告中的等级(原文未指明年份);威海(不是本数据包收录的重点城市)。',
  en: 'Left out from the second search: the top-four website counts in the running text of the CNNIC 45th-report mirror, which differ from its table (the table, which adds up to 13,562, is used); the 82 local open data platforms dated one month apart (March or April 2019), with their breakdown; garbled or rewritten pages (the 2018-report top ten, 江苏 and 南京 in the 2022 report, the 2023 survey of 56 key cities, CNNIC 43rd-report figures with rewritten years); 福州’s tier in the 2022 report (the year is not named); 威海 (not one of the key cities this package holds).',
};

// ─── The whole file ──────────────────────────────────────────────────────────────────────────
/** Pure: the parsed source and additions in, the format v1 object out. */
export function buildDataset(held, additions) {
  const source = { ...held, assessments: mergeAssessments(held.assessments, additions.assessments) };
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
    statistics: buildStatistics(source, additionStatistics(additions)),
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

export function buildDatasetText(sourceText, additionsText) {
  return `${formatJson(buildDataset(JSON.parse(sourceText), JSON.parse(additionsText)))}\n`;
}

// ─── Command line ────────────────────────────────────────────────────────────────────────────
function main(argv) {
  const args = argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sourcePath = opt('--source') ?? fileURLToPath(SOURCE_FILE);
  const additionsPath = opt('--additions') ?? fileURLToPath(ADDITIONS_FILE);
  const outPath = opt('--out') ?? fileURLToPath(OUT_FILE);
  const text = buildDatasetText(readFileSync(sourcePath, 'utf8'), readFileSync(additionsPath, 'utf8'));
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
