/**
 * Messages in zh-CN and en. Each element declares its own table with `messages()`; the strings
 * every element shares (loading, errors, sources, no data) live here once.
 */
import { timeoutSpan, type DataOrigin, type GovRankError, type GovRankErrorKind } from '../data/errors.js';
import type { Lang } from './lang.js';
import type { Source } from '../data/format.js';

type Table = Record<string, string | ((...args: never[]) => string)>;

/** Declares a message table whose zh-CN and en entries must have the same keys. */
export function messages<T extends Table>(tables: { 'zh-CN': T; en: { [K in keyof T]: T[K] } }) {
  return (lang: Lang): T => tables[lang];
}

const errorTitles: Record<GovRankErrorKind, [string, string]> = {
  network: ['数据无法加载', 'The data could not be loaded'],
  timeout: ['数据加载超时', 'The data took too long to load'],
  http: ['数据文件无法获取', 'The data file could not be fetched'],
  'not-json': ['数据文件格式错误', 'The data file is not JSON'],
  schema: ['数据文件内容有误', 'The data file is not a valid results file'],
  'no-data': ['没有可显示的数据', 'Nothing to show'],
  geometry: ['地图数据无法使用', 'The map geometry could not be used'],
  render: ['无法显示数据', 'The data could not be shown'],
};

type SourceKind = NonNullable<Source['kind']>;

/** A source's kind for a reader, to weigh it (a kind not listed here reads as nothing). */
const sourceKinds: Record<SourceKind, [string, string]> = {
  official: ['官方网站', 'official site'],
  media: ['媒体', 'media'],
  aggregator: ['转载/聚合网站', 'aggregator'],
};

export const common = messages({
  'zh-CN': {
    loading: '正在加载数据…',
    noData: '无数据',
    source: '来源',
    sources: '来源',
    incomplete: '部分名单',
    complete: '完整名单',
    errorTitle: (kind: GovRankErrorKind) => errorTitles[kind][0],
    leftOut: (n: number) => `${n} 行数据未能识别地区，已略去`,
    reportYear: (y: number) => `${y}年报告`,
    dataYear: (y: number) => `${y}年数据`,
    rank: (r: number) => `第${r}名`,
    tied: '并列',
    score: '得分',
    tier: '等级',
    year: (y: number) => `${y}年`,
    region: '地区',
    unknownRegion: (r: string) => `未知地区“${r}”`,
    noEdition: (y: number) => `没有${y}年的评估结果`,
    noResults: (y: number, why?: string) => `${y}年的评估没有可列出的结果${why ? `：${why}` : ''}`,
    noAssessment: (id: string) => `数据中没有评估“${id}”`,
    noLevel: (level?: 'province' | 'city' | null) => (level ? `数据中没有${level === 'city' ? '城市' : '省级'}评估` : '数据中没有评估结果'),
    noRegionResult: (r: string, y: number) => `${y}年的评估结果中没有${r}`,
    noStatistic: (id: string) => `数据中没有统计项“${id}”`,
    noRegionAttr: '请设置 region 属性',
    noStatAttr: '请设置 stat 属性',
    colon: '：',
    listSep: '、',
    fullStop: '。',
    /** A rank as a reader reads it: "第1名", tied "并列第1名". */
    rankText: (r: number, tied: boolean) => `${tied ? '并列' : ''}第${r}名`,
    /** A text with a note in brackets: "2020年报告（2019年数据）". */
    withNote: (text: string, note: string) => `${text}（${note}）`,
    /** The heading of a count's value (a score's is `score`). */
    count: '数量',
    /** A published change against the year before, given as "−14.7%". */
    change: (n: string) => `同比 ${n}`,
    sourceKind: (kind: SourceKind) => sourceKinds[kind]?.[0] ?? '',
  },
  en: {
    loading: 'Loading data…',
    noData: 'No data',
    source: 'Source',
    sources: 'Sources',
    incomplete: 'Partial list',
    complete: 'Complete list',
    errorTitle: (kind: GovRankErrorKind) => errorTitles[kind][1],
    leftOut: (n: number) => `${n} row${n === 1 ? '' : 's'} with an unknown region left out`,
    reportYear: (y: number) => `${y} report`,
    dataYear: (y: number) => `${y} data`,
    rank: (r: number) => `No. ${r}`,
    tied: 'tied',
    score: 'Score',
    tier: 'Tier',
    year: (y: number) => `${y}`,
    region: 'Region',
    unknownRegion: (r: string) => `Unknown region “${r}”`,
    noEdition: (y: number) => `No results for ${y}`,
    noResults: (y: number, why?: string) => `The ${y} edition lists no results${why ? `: ${why}` : ''}`,
    noAssessment: (id: string) => `The data has no assessment “${id}”`,
    noLevel: (level?: 'province' | 'city' | null) =>
      level ? `The data has no ${level === 'city' ? 'city' : 'province-level'} assessment` : 'The data has no assessments',
    noRegionResult: (r: string, y: number) => `${r} is not in the ${y} results`,
    noStatistic: (id: string) => `The data has no statistic “${id}”`,
    noRegionAttr: 'Set the region attribute',
    noStatAttr: 'Set the stat attribute',
    colon: ': ',
    listSep: ', ',
    fullStop: '.',
    rankText: (r: number, tied: boolean) => `No. ${r}${tied ? ' (tied)' : ''}`,
    withNote: (text: string, note: string) => `${text} (${note})`,
    count: 'Count',
    change: (n: string) => `${n} on the year before`,
    sourceKind: (kind: SourceKind) => sourceKinds[kind]?.[1] ?? '',
  },
});

const ORIGIN_ZH: Record<DataOrigin, string> = {
  inline: '内嵌的 JSON 数据',
  property: 'data 属性中的数据',
  bundled: '内置数据',
};

/**
 * What went wrong, for the element's own box, in its language. The loader's messages are English
 * (they also go to the console and the gov-error event); a Chinese page gets them in Chinese.
 */
export function errorText(e: GovRankError, lang: Lang): string {
  if (lang !== 'zh-CN') return e.message;
  const where = e.url ? `${e.url} ` : e.origin ? ORIGIN_ZH[e.origin] : '数据';
  switch (e.kind) {
    case 'network':
      if (e.reason === 'invalid-url') return `“${e.url ?? ''}”不是有效的地址`;
      if (e.reason === 'cut-off') return `${where}在加载途中中断`;
      return `${where}无法加载（网络中断、被拦截，或服务器不允许跨域访问）`;
    case 'timeout': {
      const span = timeoutSpan(e.timeout ?? 0);
      return `${where}在 ${span.value} ${span.unit === 'ms' ? '毫秒' : '秒'}内没有响应`;
    }
    case 'http': {
      const attr = e.reason === 'geometry' ? 'geometry' : 'src';
      const hint = e.status === 404 ? `，请检查 ${attr} 地址` : (e.status ?? 0) >= 500 ? '，服务器出错，请稍后再试' : '';
      return `${where}返回 HTTP ${e.status ?? ''}${hint}`;
    }
    case 'not-json':
      if (e.reason === 'empty') return `${where}是空的`;
      return e.reason === 'html' ? `${where}是一个 HTML 网页而不是 JSON（常见于登录页或错误页）` : `${where}不是有效的 JSON`;
    case 'schema': {
      const first = e.issues
        .slice(0, 3)
        .map((i) => i.message)
        .join('\n');
      const more = e.issues.length > 3 ? `\n……另有 ${e.issues.length - 3} 处` : '';
      return `${where}不是 gov-rank 结果文件（格式 v1）：\n${first}${more}`;
    }
    case 'render':
      return `显示时出错：${e.message}`;
    default:
      return e.message;
  }
}
