/**
 * Messages in zh-CN and en. Each element declares its own table with `messages()`; the strings
 * every element shares (loading, errors, sources, no data) live here once.
 */
import { timeoutSpan, type GovRankError, type GovRankErrorKind } from '../data/errors.js';
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

let zhErrorText: typeof import('./error-text.js').errorTextZh | undefined;
let zhErrorTextLoad: Promise<void> | undefined;

/**
 * What went wrong, for the element's own box, in its language. The loader's messages are English
 * (they also go to the console and the gov-error event); a Chinese page gets them in Chinese, from
 * a chunk loaded with the first error box (only error paths pay for its text): undefined until
 * `loadErrorText()` has settled.
 */
export function errorText(e: GovRankError, lang: Lang): string | undefined {
  return errorTextWith(e, lang, zhErrorText);
}

/** `errorText` with the Chinese texts given (the command line imports error-text.ts at once). */
export function errorTextWith(e: GovRankError, lang: Lang, zh: typeof zhErrorText): string | undefined {
  // A no-data message is already in the element's language; a geometry problem is shown as given.
  if (lang !== 'zh-CN' || e.kind === 'no-data' || e.kind === 'geometry') return e.message;
  return zh?.(e, timeoutSpan(e.timeout ?? 0));
}

/** Loads the Chinese error texts (once per page). */
export function loadErrorText(): Promise<void> {
  // A chunk that fails to load (offline, a blocked CDN) leaves the English message.
  return (zhErrorTextLoad ??= import('./error-text.js').then(
    (m) => void (zhErrorText = m.errorTextZh),
    () => void (zhErrorText = (e) => e.message),
  ));
}
