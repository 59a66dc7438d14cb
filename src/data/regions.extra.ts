// The hand-kept part of the region registry: what GB/T 2260 does not carry and what rarely
// changes. Keyed by GB/T 2260 code; test/node/regions.test.ts checks every key and name against
// the generated table (regions.generated.ts), so a typo here fails the tests.
//
// `aliases` are extra forms accepted by resolveRegion: a secondary one-character abbreviation,
// common alternative English spellings, ISO 3166-2 subdivision names, traditional characters.
// The suffix forms (广西自治区, Guangdong Province, Shenzhen City…) are derived, not listed.

export interface ProvinceExtra {
  /** Short Chinese name, as used in rankings: 广西, 内蒙古. */
  readonly short: string;
  readonly en: string;
  /** Current ISO 3166-2 code (letter form, since the 2017 change). */
  readonly iso: string;
  /** Official primary one-character abbreviation (简称). */
  readonly abbr: string;
  readonly aliases?: readonly string[];
}

export interface CityExtra {
  readonly short: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

export interface CorpsExtra {
  readonly code: string;
  readonly name: string;
  readonly short: string;
  readonly en: string;
  readonly aliases?: readonly string[];
}

export const PROVINCE_EXTRA: Readonly<Record<string, ProvinceExtra>> = {
  '110000': { short: '北京', en: 'Beijing', iso: 'CN-BJ', abbr: '京' },
  '120000': { short: '天津', en: 'Tianjin', iso: 'CN-TJ', abbr: '津' },
  '130000': { short: '河北', en: 'Hebei', iso: 'CN-HE', abbr: '冀' },
  '140000': { short: '山西', en: 'Shanxi', iso: 'CN-SX', abbr: '晋' },
  '150000': {
    short: '内蒙古',
    en: 'Inner Mongolia',
    iso: 'CN-NM',
    abbr: '蒙',
    aliases: ['Nei Mongol', 'Nei Menggu', 'Neimenggu', 'Inner Mongolia Autonomous Region'],
  },
  '210000': { short: '辽宁', en: 'Liaoning', iso: 'CN-LN', abbr: '辽' },
  '220000': { short: '吉林', en: 'Jilin', iso: 'CN-JL', abbr: '吉' },
  '230000': { short: '黑龙江', en: 'Heilongjiang', iso: 'CN-HL', abbr: '黑' },
  '310000': { short: '上海', en: 'Shanghai', iso: 'CN-SH', abbr: '沪' },
  '320000': { short: '江苏', en: 'Jiangsu', iso: 'CN-JS', abbr: '苏' },
  '330000': { short: '浙江', en: 'Zhejiang', iso: 'CN-ZJ', abbr: '浙' },
  '340000': { short: '安徽', en: 'Anhui', iso: 'CN-AH', abbr: '皖' },
  '350000': { short: '福建', en: 'Fujian', iso: 'CN-FJ', abbr: '闽' },
  '360000': { short: '江西', en: 'Jiangxi', iso: 'CN-JX', abbr: '赣' },
  '370000': { short: '山东', en: 'Shandong', iso: 'CN-SD', abbr: '鲁' },
  '410000': { short: '河南', en: 'Henan', iso: 'CN-HA', abbr: '豫' },
  '420000': { short: '湖北', en: 'Hubei', iso: 'CN-HB', abbr: '鄂' },
  '430000': { short: '湖南', en: 'Hunan', iso: 'CN-HN', abbr: '湘' },
  '440000': { short: '广东', en: 'Guangdong', iso: 'CN-GD', abbr: '粤' },
  '450000': {
    short: '广西',
    en: 'Guangxi',
    iso: 'CN-GX',
    abbr: '桂',
    aliases: ['Guangxi Zhuang Autonomous Region'],
  },
  '460000': { short: '海南', en: 'Hainan', iso: 'CN-HI', abbr: '琼' },
  '500000': { short: '重庆', en: 'Chongqing', iso: 'CN-CQ', abbr: '渝' },
  '510000': { short: '四川', en: 'Sichuan', iso: 'CN-SC', abbr: '川', aliases: ['蜀'] },
  '520000': { short: '贵州', en: 'Guizhou', iso: 'CN-GZ', abbr: '贵', aliases: ['黔'] },
  '530000': { short: '云南', en: 'Yunnan', iso: 'CN-YN', abbr: '云', aliases: ['滇'] },
  // English: the ISO 3166-2 name and the form used in official Chinese English publications
  // (the assessments' own language); "Tibet" stays accepted.
  '540000': {
    short: '西藏',
    en: 'Xizang',
    iso: 'CN-XZ',
    abbr: '藏',
    aliases: ['Tibet', 'Tibet Autonomous Region', 'Xizang Autonomous Region'],
  },
  '610000': { short: '陕西', en: 'Shaanxi', iso: 'CN-SN', abbr: '陕', aliases: ['秦'] },
  '620000': { short: '甘肃', en: 'Gansu', iso: 'CN-GS', abbr: '甘', aliases: ['陇'] },
  '630000': { short: '青海', en: 'Qinghai', iso: 'CN-QH', abbr: '青' },
  '640000': {
    short: '宁夏',
    en: 'Ningxia',
    iso: 'CN-NX',
    abbr: '宁',
    aliases: ['Ningxia Hui Autonomous Region'],
  },
  '650000': {
    short: '新疆',
    en: 'Xinjiang',
    iso: 'CN-XJ',
    abbr: '新',
    aliases: ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region'],
  },
  '710000': {
    short: '台湾',
    en: 'Taiwan',
    iso: 'CN-TW',
    abbr: '台',
    aliases: ['中国台湾', '台湾地区', '台灣', '臺灣'],
  },
  // Before ISO 3166-2:CN switched to letters, Hong Kong and Macao were CN-91 and CN-92, not the
  // GB/T 2260 prefixes 81 and 82 (every other old numeric code equals the prefix).
  '810000': {
    short: '香港',
    en: 'Hong Kong',
    iso: 'CN-HK',
    abbr: '港',
    aliases: ['CN-91', 'Xianggang', '中国香港', '香港特別行政區'],
  },
  '820000': {
    short: '澳门',
    en: 'Macau',
    iso: 'CN-MO',
    abbr: '澳',
    aliases: ['CN-92', 'Macao', 'Aomen', '中国澳门', '澳門', '澳門特別行政區'],
  },
};

// City centres (for the map's dots) are in src/geo/city-centres.ts: only the geometry build reads them.
export const CITY_EXTRA: Readonly<Record<string, CityExtra>> = {
  // 5 cities specifically designated in the state plan (计划单列市)
  '210200': { short: '大连', en: 'Dalian' },
  '370200': { short: '青岛', en: 'Qingdao' },
  '330200': { short: '宁波', en: 'Ningbo' },
  '350200': { short: '厦门', en: 'Xiamen' },
  '440300': { short: '深圳', en: 'Shenzhen' },
  // 27 provincial capitals
  '130100': { short: '石家庄', en: 'Shijiazhuang' },
  '140100': { short: '太原', en: 'Taiyuan' },
  '150100': {
    short: '呼和浩特',
    en: 'Hohhot',
    aliases: ['Huhehaote', 'Huhhot'],
  },
  '210100': { short: '沈阳', en: 'Shenyang' },
  '220100': { short: '长春', en: 'Changchun' },
  '230100': {
    short: '哈尔滨',
    en: 'Harbin',
    aliases: ['Haerbin'],
  },
  '320100': { short: '南京', en: 'Nanjing' },
  '330100': { short: '杭州', en: 'Hangzhou' },
  '340100': { short: '合肥', en: 'Hefei' },
  '350100': { short: '福州', en: 'Fuzhou' },
  '360100': { short: '南昌', en: 'Nanchang' },
  '370100': { short: '济南', en: 'Jinan' },
  '410100': { short: '郑州', en: 'Zhengzhou' },
  '420100': { short: '武汉', en: 'Wuhan' },
  '430100': { short: '长沙', en: 'Changsha' },
  '440100': { short: '广州', en: 'Guangzhou' },
  '450100': { short: '南宁', en: 'Nanning' },
  '460100': { short: '海口', en: 'Haikou' },
  '510100': { short: '成都', en: 'Chengdu' },
  '520100': { short: '贵阳', en: 'Guiyang' },
  '530100': { short: '昆明', en: 'Kunming' },
  '540100': {
    short: '拉萨',
    en: 'Lhasa',
    aliases: ['Lasa'],
  },
  // "Xi'an" with or without the apostrophe: the normaliser drops apostrophes.
  '610100': { short: '西安', en: "Xi'an" },
  '620100': { short: '兰州', en: 'Lanzhou' },
  '630100': { short: '西宁', en: 'Xining' },
  '640100': { short: '银川', en: 'Yinchuan' },
  '650100': {
    short: '乌鲁木齐',
    en: 'Urumqi',
    aliases: ['Ürümqi', 'Wulumuqi'],
  },
};

// 新疆生产建设兵团 is assessed beside the provinces but is not a GB/T 2260 unit, so the package
// has no code for it. 660000 is this project's convention (the 66 prefix is unassigned in
// GB/T 2260 and sorts next to Xinjiang's 65); results files may use it or any name form below.
// It is the only code in the registry that is not checked against the package.
export const CORPS_EXTRA: CorpsExtra = {
  code: '660000',
  name: '新疆生产建设兵团',
  short: '兵团',
  en: 'Xinjiang Production and Construction Corps',
  aliases: ['新疆兵团', 'XPCC', 'Bingtuan'],
};
