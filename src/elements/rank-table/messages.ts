/** The table's own words, in zh-CN and English (shared ones are in base/i18n.ts `common`). */
import { messages } from '../../base/i18n.js';
import type { TrendMetric } from '../trend-sparkline/trend-series.js';
import type { SortDir } from './rank-table-sort.js';

export const tableMessages = messages({
  'zh-CN': {
    rank: '排名',
    trend: (m: TrendMetric): string => (m === 'score' ? '得分趋势' : '排名趋势'),
    group: '分组',
    tiedRank: (r: number) => `${r}，并列`,
    /** A tie's visible mark before the rank (read out as `tiedRank`), else after it (`tiedMark`). */
    tiedSign: '',
    tiedMark: '（并列）',
    highlighted: '（突出显示）',
    partialNote: (why: string) => (why ? `这是部分名单：${why}` : '这是部分名单。'),
    shown: (n: number, total: number) => `显示排名前 ${n} 个，共 ${total} 个。`,
    sorted: (col: string, dir: SortDir) => `按${col}${dir === 'ascending' ? '升序' : '降序'}排列`,
    sortHint: (col: string) => `按${col}排序`,
  },
  en: {
    rank: 'Rank',
    trend: (m: TrendMetric) => (m === 'score' ? 'Score trend' : 'Rank trend'),
    group: 'Group',
    tiedRank: (r: number) => `${r}, tied`,
    tiedSign: '=',
    tiedMark: '',
    highlighted: ' (highlighted)',
    partialNote: (why: string) => (why ? `This is a partial list: ${why}` : 'This is a partial list.'),
    shown: (n: number, total: number) => `Showing the top ${n} of ${total}.`,
    sorted: (col: string, dir: SortDir) => `Sorted by ${col.toLowerCase()}, ${dir}`,
    sortHint: (col: string) => `Sort by ${col.toLowerCase()}`,
  },
});
