// The hand-kept part of the region registry: what GB/T 2260 does not carry and what rarely
// changes. Keyed by GB/T 2260 code; test/node/regions.test.ts checks every key and name against
// the generated table (regions.generated.ts), so a typo here fails the tests.
//
// Written as one line per region, fields separated by `|` (every map entry carries this table:
// the dense text gzips to less than object literals), decoded into the records below on import.
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

/** A table's lines, each split into its fields. */
const rows = (table: string): string[][] => table.split('\n').map((line) => line.split('|'));
const withAliases = (aliases: string[]) => (aliases.length ? { aliases } : {});

// code prefix (the code is it and 0000) | short | English | ISO 3166-2 (after CN-) | 简称 | aliases…
// English: Xizang is the ISO 3166-2 name and the form used in official Chinese English publications
// (the assessments' own language); "Tibet" stays accepted. Before ISO 3166-2:CN switched to
// letters, Hong Kong and Macao were CN-91 and CN-92, not the GB/T 2260 prefixes 81 and 82 (every
// other old numeric code equals the prefix and is derived).
const PROVINCES = `11|北京|Beijing|BJ|京
12|天津|Tianjin|TJ|津
13|河北|Hebei|HE|冀
14|山西|Shanxi|SX|晋
15|内蒙古|Inner Mongolia|NM|蒙|Nei Mongol|Nei Menggu|Neimenggu|Inner Mongolia Autonomous Region
21|辽宁|Liaoning|LN|辽
22|吉林|Jilin|JL|吉
23|黑龙江|Heilongjiang|HL|黑
31|上海|Shanghai|SH|沪
32|江苏|Jiangsu|JS|苏
33|浙江|Zhejiang|ZJ|浙
34|安徽|Anhui|AH|皖
35|福建|Fujian|FJ|闽
36|江西|Jiangxi|JX|赣
37|山东|Shandong|SD|鲁
41|河南|Henan|HA|豫
42|湖北|Hubei|HB|鄂
43|湖南|Hunan|HN|湘
44|广东|Guangdong|GD|粤
45|广西|Guangxi|GX|桂|Guangxi Zhuang Autonomous Region
46|海南|Hainan|HI|琼
50|重庆|Chongqing|CQ|渝
51|四川|Sichuan|SC|川|蜀
52|贵州|Guizhou|GZ|贵|黔
53|云南|Yunnan|YN|云|滇
54|西藏|Xizang|XZ|藏|Tibet|Tibet Autonomous Region|Xizang Autonomous Region
61|陕西|Shaanxi|SN|陕|秦
62|甘肃|Gansu|GS|甘|陇
63|青海|Qinghai|QH|青
64|宁夏|Ningxia|NX|宁|Ningxia Hui Autonomous Region
65|新疆|Xinjiang|XJ|新|Xinjiang Uygur Autonomous Region|Xinjiang Uyghur Autonomous Region
71|台湾|Taiwan|TW|台|中国台湾|台湾地区|台灣|臺灣
81|香港|Hong Kong|HK|港|CN-91|Xianggang|中国香港|香港特別行政區
82|澳门|Macau|MO|澳|CN-92|Macao|Aomen|中国澳门|澳門|澳門特別行政區`;

export const PROVINCE_EXTRA: Readonly<Record<string, ProvinceExtra>> = Object.fromEntries(
  rows(PROVINCES).map(([prefix, short = '', en = '', iso, abbr = '', ...aliases]) => [
    `${prefix}0000`,
    { short, en, iso: `CN-${iso}`, abbr, ...withAliases(aliases) },
  ]),
);

// code prefix (the code is it and 00) | short | English | aliases…: the 5 cities specifically
// designated in the state plan (计划单列市) and the 27 provincial capitals, in code order.
// "Xi'an" with or without the apostrophe: the normaliser drops apostrophes.
// City centres (for the map's dots) are in src/geo/city-centres.ts: only the geometry build reads them.
const CITIES = `1301|石家庄|Shijiazhuang
1401|太原|Taiyuan
1501|呼和浩特|Hohhot|Huhehaote|Huhhot
2101|沈阳|Shenyang
2102|大连|Dalian
2201|长春|Changchun
2301|哈尔滨|Harbin|Haerbin
3201|南京|Nanjing
3301|杭州|Hangzhou
3302|宁波|Ningbo
3401|合肥|Hefei
3501|福州|Fuzhou
3502|厦门|Xiamen
3601|南昌|Nanchang
3701|济南|Jinan
3702|青岛|Qingdao
4101|郑州|Zhengzhou
4201|武汉|Wuhan
4301|长沙|Changsha
4401|广州|Guangzhou
4403|深圳|Shenzhen
4501|南宁|Nanning
4601|海口|Haikou
5101|成都|Chengdu
5201|贵阳|Guiyang
5301|昆明|Kunming
5401|拉萨|Lhasa|Lasa
6101|西安|Xi'an
6201|兰州|Lanzhou
6301|西宁|Xining
6401|银川|Yinchuan
6501|乌鲁木齐|Urumqi|Ürümqi|Wulumuqi`;

export const CITY_EXTRA: Readonly<Record<string, CityExtra>> = Object.fromEntries(
  rows(CITIES).map(([prefix, short = '', en = '', ...aliases]) => [`${prefix}00`, { short, en, ...withAliases(aliases) }]),
);

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
