/** Strings of <gov-rank-map>. */
import { messages } from '../../base/i18n.js';
import type { ColorBy } from './scale.js';

const byZh: Record<ColorBy, string> = { tier: '按等级着色', score: '按得分着色', rank: '按排名着色' };
const byEn: Record<ColorBy, string> = { tier: 'coloured by tier', score: 'coloured by score', rank: 'coloured by rank' };

export const mapMessages = messages({
  'zh-CN': {
    map: '地图',
    table: '表格',
    coloredBy: (c: ColorBy) => byZh[c],
    legendTitle: (c: ColorBy) => ({ tier: '等级', score: '得分', rank: '排名' })[c],
    rankRange: (a: number, b: number) => (a === b ? `第${a}名` : `第${a}–${b}名`),
    regions: (n: number) => `${n}个`,
    illustrative: '示意图，非标准地图',
    approval: (n: string) => `审图号：${n}`,
    southChinaSea: '南海诸岛',
    insetNote: '右下角为南海诸岛插图。',
    offMap: '未在地图上显示',
    offMapCount: (n: number) => `${n}个地区未在地图上显示`,
    unmatchedFeatures: (n: number) => `地图上${n}个区域没有对应的结果`,
    geometryProblems: '地图文件提示',
    announce: (title: string, year: string, by: string) => `${title}，${year}，${by}`,
    tableCaption: (title: string, year: string) => `${title}，${year}`,
    summary: (items: string) => `${items}。`,
    noDataCount: (n: number) => `无数据：${n}个`,
    noValue: (c: ColorBy) => ({ tier: '无等级', score: '无得分', rank: '无排名' })[c],
    sep: '；',
  },
  en: {
    map: 'map',
    table: 'Table',
    coloredBy: (c: ColorBy) => byEn[c],
    legendTitle: (c: ColorBy) => ({ tier: 'Tier', score: 'Score', rank: 'Rank' })[c],
    rankRange: (a: number, b: number) => (a === b ? `No. ${a}` : `No. ${a}–${b}`),
    regions: (n: number) => `${n}`,
    illustrative: 'Illustrative map, not the standard map',
    approval: (n: string) => `Map approval number: ${n}`,
    southChinaSea: 'South China Sea Islands',
    insetNote: 'The South China Sea Islands are shown in an inset at the lower right.',
    offMap: 'Not on the map',
    offMapCount: (n: number) => `${n} not on the map`,
    unmatchedFeatures: (n: number) => `${n} area${n === 1 ? '' : 's'} of the map have no result`,
    geometryProblems: 'Notes on the map file',
    announce: (title: string, year: string, by: string) => `${title}, ${year}, ${by}`,
    tableCaption: (title: string, year: string) => `${title}, ${year}`,
    summary: (items: string) => `${items}.`,
    noDataCount: (n: number) => `No data: ${n}`,
    noValue: (c: ColorBy) => ({ tier: 'No tier', score: 'No score', rank: 'No rank' })[c],
    sep: '; ',
  },
});
