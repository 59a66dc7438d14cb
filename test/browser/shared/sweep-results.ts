/**
 * The results file of the badge's and the counter's sweeps: a provincial assessment whose rows each
 * hold a different subset of score / tier / rank / group (ties included), an older edition, and a
 * city assessment.
 */
import { assessment, edition, resultsFile } from './results-builder.js';

type Json = any;

const PROV = 'sweep-province';
const CITY = 'sweep-city';

export function sweepResults(): Json {
  return resultsFile({
    assessments: [
      assessment({
        id: PROV,
        name: { 'zh-CN': '测试省级评估', en: 'Test provincial assessment' },
        shortName: { 'zh-CN': '测试指数', en: 'Test index' },
        publisher: 'Test publisher',
        tiers: [
          { id: 'A', name: { 'zh-CN': '甲', en: 'Alpha' } },
          { id: 'B', name: { 'zh-CN': '乙', en: 'Beta' } },
        ],
        editions: [
          edition(
            2021,
            [
              { region: '广东', score: 95.5, tier: 'A', rank: 1 },
              { region: '浙江', score: 95.5, tier: 'A', rank: 1 },
              { region: '江苏', group: { 'zh-CN': '第一梯队', en: 'First group' } },
              { region: '上海', rank: 3 },
              { region: '北京', score: 88.25 },
              { region: '四川', tier: 'B' },
              { region: '湖北', tier: 'B', rank: 4 },
            ],
            { dataYear: 2020, sources: [{ url: 'https://example.org/2021' }, { url: 'https://www.example.com/b' }] },
          ),
          edition(2019, [{ region: '广东', score: 80, tier: 'B', rank: 3 }], { sources: [{ url: 'https://example.org/2019' }] }),
        ],
      }),
      assessment({
        id: CITY,
        name: { 'zh-CN': '测试城市评估', en: 'Test city assessment' },
        shortName: { 'zh-CN': '城市指数', en: 'City index' },
        publisher: 'Test publisher',
        level: 'city',
        tiers: [{ id: 'A', name: { 'zh-CN': '甲', en: 'Alpha' } }],
        editions: [
          edition(2021, [{ region: '深圳', score: 97.34, tier: 'A', rank: 1 }], { sources: [{ url: 'https://example.org/city' }] }),
        ],
      }),
    ],
    statistics: [],
  });
}
