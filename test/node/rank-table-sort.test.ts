// Sorting the ranking table: each column both ways, missing values always last, stable ties,
// pinyin order for Chinese names.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { firstDir, shownSort, sortRows, type SortableRow } from '../../src/elements/rank-table/rank-table-sort';

const rows: (SortableRow & { id: string })[] = [
  { id: 'zj', name: '浙江', rank: 1, score: 96.73, tierIndex: 0, order: 0 },
  { id: 'gd', name: '广东', rank: 1, score: 96.73, tierIndex: 0, order: 1 },
  { id: 'sh', name: '上海', rank: 2, score: 93.93, tierIndex: 0, order: 2 },
  { id: 'sc', name: '四川', rank: 7, score: 88.31, tierIndex: 1, order: 3 },
  { id: 'bt', name: '新疆生产建设兵团', rank: 28, tierIndex: 2, order: 4 },
  { id: 'ah', name: '安徽', score: 91.02, order: 5 },
];
const ids = (r: { id: string }[]) => r.map((x) => x.id).join(' ');

describe('sortRows', () => {
  it('rank: ascending 1 first with ties in ranking order; descending keeps the unranked last', () => {
    assert.equal(ids(sortRows(rows, 'rank', 'ascending', 'zh-CN')), 'zj gd sh sc bt ah');
    assert.equal(ids(sortRows(rows, 'rank', 'descending', 'zh-CN')), 'bt sc sh zj gd ah');
  });

  it('score: missing last in both directions', () => {
    assert.equal(ids(sortRows(rows, 'score', 'descending', 'zh-CN')), 'zj gd sh ah sc bt');
    assert.equal(ids(sortRows(rows, 'score', 'ascending', 'zh-CN')), 'sc ah sh zj gd bt');
  });

  it('tier: best first ascending, missing last in both directions', () => {
    assert.equal(ids(sortRows(rows, 'tier', 'ascending', 'zh-CN')), 'zj gd sh sc bt ah');
    assert.equal(ids(sortRows(rows, 'tier', 'descending', 'zh-CN')), 'bt sc zj gd sh ah');
  });

  it('region: pinyin order in Chinese, alphabetical in English', () => {
    assert.equal(ids(sortRows(rows, 'region', 'ascending', 'zh-CN')), 'ah gd sh sc bt zj');
    assert.equal(ids(sortRows(rows, 'region', 'descending', 'zh-CN')), 'zj bt sc sh gd ah');
    const en = rows.map((r) => ({
      ...r,
      name: {
        zj: 'Zhejiang',
        gd: 'Guangdong',
        sh: 'Shanghai',
        sc: 'Sichuan',
        bt: 'Xinjiang Production and Construction Corps',
        ah: 'Anhui',
      }[r.id]!,
    }));
    assert.equal(ids(sortRows(en, 'region', 'ascending', 'en')), 'ah gd sh sc bt zj');
  });

  it('does not change its input and starts score descending, the others ascending', () => {
    const before = ids(rows);
    sortRows(rows, 'score', 'ascending', 'en');
    assert.equal(ids(rows), before);
    assert.deepEqual((['rank', 'region', 'score', 'tier'] as const).map(firstDir), ['ascending', 'ascending', 'descending', 'ascending']);
  });
});

describe('shownSort', () => {
  it('keeps the order asked for while its column is there, else rank ascending', () => {
    const all = { score: true, tier: true };
    assert.deepEqual(shownSort('score', 'descending', all), { key: 'score', dir: 'descending' });
    assert.deepEqual(shownSort('region', 'descending', { score: false, tier: false }), { key: 'region', dir: 'descending' });
    assert.deepEqual(shownSort('score', 'descending', { score: false, tier: true }), { key: 'rank', dir: 'ascending' });
    assert.deepEqual(shownSort('tier', 'descending', { score: true, tier: false }), { key: 'rank', dir: 'ascending' });
    assert.deepEqual(shownSort('rank', 'descending', { score: false, tier: false }), { key: 'rank', dir: 'descending' });
  });
});
