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
  /** City centre (seat of the city government), degrees, 2 decimals. */
  readonly lon: number;
  readonly lat: number;
  /** GB/T 2260 code of the province the city belongs to. */
  readonly province: string;
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
    short: '内蒙古', en: 'Inner Mongolia', iso: 'CN-NM', abbr: '蒙',
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
    short: '广西', en: 'Guangxi', iso: 'CN-GX', abbr: '桂',
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
    short: '西藏', en: 'Xizang', iso: 'CN-XZ', abbr: '藏',
    aliases: ['Tibet', 'Tibet Autonomous Region', 'Xizang Autonomous Region'],
  },
  '610000': { short: '陕西', en: 'Shaanxi', iso: 'CN-SN', abbr: '陕', aliases: ['秦'] },
  '620000': { short: '甘肃', en: 'Gansu', iso: 'CN-GS', abbr: '甘', aliases: ['陇'] },
  '630000': { short: '青海', en: 'Qinghai', iso: 'CN-QH', abbr: '青' },
  '640000': {
    short: '宁夏', en: 'Ningxia', iso: 'CN-NX', abbr: '宁',
    aliases: ['Ningxia Hui Autonomous Region'],
  },
  '650000': {
    short: '新疆', en: 'Xinjiang', iso: 'CN-XJ', abbr: '新',
    aliases: ['Xinjiang Uygur Autonomous Region', 'Xinjiang Uyghur Autonomous Region'],
  },
  '710000': {
    short: '台湾', en: 'Taiwan', iso: 'CN-TW', abbr: '台',
    aliases: ['中国台湾', '台湾地区', '台灣', '臺灣'],
  },
  // Before ISO 3166-2:CN switched to letters, Hong Kong and Macao were CN-91 and CN-92, not the
  // GB/T 2260 prefixes 81 and 82 (every other old numeric code equals the prefix).
  '810000': {
    short: '香港', en: 'Hong Kong', iso: 'CN-HK', abbr: '港',
    aliases: ['CN-91', 'Xianggang', '中国香港', '香港特別行政區'],
  },
  '820000': {
    short: '澳门', en: 'Macau', iso: 'CN-MO', abbr: '澳',
    aliases: ['CN-92', 'Macao', 'Aomen', '中国澳门', '澳門', '澳門特別行政區'],
  },
};

// Coordinates: city centres as published by AutoNavi (the `cp` points of the common ECharts city
// maps), rounded to 2 decimals — precise enough for a dot on a national map.
export const CITY_EXTRA: Readonly<Record<string, CityExtra>> = {
  // 5 cities specifically designated in the state plan (计划单列市)
  '210200': { short: '大连', en: 'Dalian', lon: 121.62, lat: 38.91, province: '210000' },
  '370200': { short: '青岛', en: 'Qingdao', lon: 120.36, lat: 36.08, province: '370000' },
  '330200': { short: '宁波', en: 'Ningbo', lon: 121.55, lat: 29.87, province: '330000' },
  '350200': { short: '厦门', en: 'Xiamen', lon: 118.11, lat: 24.49, province: '350000' },
  '440300': { short: '深圳', en: 'Shenzhen', lon: 114.09, lat: 22.55, province: '440000' },
  // 27 provincial capitals
  '130100': { short: '石家庄', en: 'Shijiazhuang', lon: 114.5, lat: 38.05, province: '130000' },
  '140100': { short: '太原', en: 'Taiyuan', lon: 112.55, lat: 37.86, province: '140000' },
  '150100': {
    short: '呼和浩特', en: 'Hohhot', lon: 111.67, lat: 40.82, province: '150000',
    aliases: ['Huhehaote', 'Huhhot'],
  },
  '210100': { short: '沈阳', en: 'Shenyang', lon: 123.43, lat: 41.8, province: '210000' },
  '220100': { short: '长春', en: 'Changchun', lon: 125.32, lat: 43.89, province: '220000' },
  '230100': {
    short: '哈尔滨', en: 'Harbin', lon: 126.64, lat: 45.76, province: '230000',
    aliases: ['Haerbin'],
  },
  '320100': { short: '南京', en: 'Nanjing', lon: 118.77, lat: 32.04, province: '320000' },
  '330100': { short: '杭州', en: 'Hangzhou', lon: 120.15, lat: 30.29, province: '330000' },
  '340100': { short: '合肥', en: 'Hefei', lon: 117.28, lat: 31.86, province: '340000' },
  '350100': { short: '福州', en: 'Fuzhou', lon: 119.31, lat: 26.08, province: '350000' },
  '360100': { short: '南昌', en: 'Nanchang', lon: 115.89, lat: 28.68, province: '360000' },
  '370100': { short: '济南', en: 'Jinan', lon: 117.0, lat: 36.68, province: '370000' },
  '410100': { short: '郑州', en: 'Zhengzhou', lon: 113.67, lat: 34.76, province: '410000' },
  '420100': { short: '武汉', en: 'Wuhan', lon: 114.3, lat: 30.58, province: '420000' },
  '430100': { short: '长沙', en: 'Changsha', lon: 112.98, lat: 28.19, province: '430000' },
  '440100': { short: '广州', en: 'Guangzhou', lon: 113.28, lat: 23.13, province: '440000' },
  '450100': { short: '南宁', en: 'Nanning', lon: 108.32, lat: 22.82, province: '450000' },
  '460100': { short: '海口', en: 'Haikou', lon: 110.33, lat: 20.03, province: '460000' },
  '510100': { short: '成都', en: 'Chengdu', lon: 104.07, lat: 30.66, province: '510000' },
  '520100': { short: '贵阳', en: 'Guiyang', lon: 106.71, lat: 26.58, province: '520000' },
  '530100': { short: '昆明', en: 'Kunming', lon: 102.71, lat: 25.04, province: '530000' },
  '540100': {
    short: '拉萨', en: 'Lhasa', lon: 91.13, lat: 29.66, province: '540000',
    aliases: ['Lasa'],
  },
  // "Xi'an" with or without the apostrophe: the normaliser drops apostrophes.
  '610100': { short: '西安', en: "Xi'an", lon: 108.95, lat: 34.26, province: '610000' },
  '620100': { short: '兰州', en: 'Lanzhou', lon: 103.82, lat: 36.06, province: '620000' },
  '630100': { short: '西宁', en: 'Xining', lon: 101.78, lat: 36.62, province: '630000' },
  '640100': { short: '银川', en: 'Yinchuan', lon: 106.28, lat: 38.47, province: '640000' },
  '650100': {
    short: '乌鲁木齐', en: 'Urumqi', lon: 87.62, lat: 43.79, province: '650000',
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
