/**
 * Sorting the ranking table: pure, DOM-free, tested in Node. Missing values always sort last,
 * whichever the direction; rows that compare equal keep the ranking order (stable).
 */
import { cmpMissingLast } from '../../data/query.js';

export type SortKey = 'rank' | 'region' | 'score' | 'tier';
export type SortDir = 'ascending' | 'descending';

export interface SortableRow {
  rank?: number;
  score?: number;
  /** Position of the tier in the assessment's tiers, 0 = best. */
  tierIndex?: number;
  /** Region name as shown (sorted with the language's collation: pinyin for Chinese). */
  name: string;
  /** Position in the ranking order (the tie-breaker). */
  order: number;
}

/**
 * The direction a column starts in when its header is first pressed: rank, region and tier
 * ascending (1 first, A–Z / pinyin order, best tier first); score descending (highest first).
 */
export function firstDir(key: SortKey): SortDir {
  return key === 'score' ? 'descending' : 'ascending';
}

/** The order shown: the one asked for, or rank order when the data lacks its column (no scores, no tiers). */
export function shownSort(key: SortKey, dir: SortDir, columns: { score: boolean; tier: boolean }): { key: SortKey; dir: SortDir } {
  const gone = (key === 'score' && !columns.score) || (key === 'tier' && !columns.tier);
  return gone ? { key: 'rank', dir: 'ascending' } : { key, dir };
}

const collators = new Map<string, Intl.Collator>();
function collator(lang: string): Intl.Collator {
  const tag = /^en\b/i.test(lang) ? 'en' : 'zh-CN-u-co-pinyin';
  let c = collators.get(tag);
  if (!c) collators.set(tag, (c = new Intl.Collator(tag, { sensitivity: 'base', numeric: true })));
  return c;
}

/**
 * A sorted copy. "Ascending" is rank 1 first, names in collation order, scores low to high and
 * tiers in the assessment's order (best first); "descending" reverses the present values only.
 */
export function sortRows<T extends SortableRow>(rows: readonly T[], key: SortKey, dir: SortDir, lang: string): T[] {
  const sign = dir === 'descending' ? -1 : 1;
  const byNum = (x: number, y: number) => sign * (x - y);
  const cmp = (a: T, b: T): number => {
    switch (key) {
      case 'region': {
        const na = a.name || undefined;
        const nb = b.name || undefined;
        if (!na || !nb) return na ? -1 : nb ? 1 : 0;
        return sign * collator(lang).compare(na, nb);
      }
      case 'score':
        return cmpMissingLast(a.score, b.score, byNum);
      case 'tier':
        return cmpMissingLast(a.tierIndex, b.tierIndex, byNum);
      default:
        return cmpMissingLast(a.rank, b.rank, byNum);
    }
  };
  return [...rows].sort((a, b) => cmp(a, b) || a.order - b.order);
}
