/**
 * "Did you mean": the regions nearest to a name the registry cannot place (河南剩 → 河南,
 * Guandong → Guangdong, 广洲 → 广州), by edit distance over every name form of every region.
 * Used by the command-line validator; not imported by the elements (it would cost them bytes
 * for a message only page authors read).
 */
import { REGIONS, normalizeRegionInput, regionNameForms, type Region, type RegionLevel } from './regions.js';

// Administrative suffixes, any of them, stripped from the input before comparing: resolveRegion
// accepts only a region's own suffix (吉林市 is not 吉林省), but a wrong one (广东市, 内蒙古省,
// Guangdong Shi) is a typo worth a suggestion.
const SUFFIX =
  /(?:特别行政区|特区|(?:壮族|回族|维吾尔)?自治区|省|市|\s+(?:province|sheng|city|shi|municipality|sar|special administrative region|autonomous region|zizhiqu))$/iu;

export interface SuggestOptions {
  /** The assessment's level: regions of another level are not suggested (the corps always is). */
  level?: RegionLevel;
  /** Codes already listed in the same edition: suggested only when nothing else is as near. */
  listed?: ReadonlySet<string>;
  /** At most this many suggestions (default 3). */
  limit?: number;
}

/** The nearest regions to `input`, nearest first; empty when nothing is near (火星) or the input is a code. */
export function suggestRegions(input: unknown, opts: SuggestOptions = {}): Region[] {
  if (typeof input !== 'string') return [];
  const whole = normalizeRegionInput(input);
  // A mistyped code is one digit off several real codes: no guess is better than a wrong one.
  if (!whole || /^\d+$/.test(whole)) return [];
  const forms = [...new Set([whole, normalizeRegionInput(input.trim().replace(SUFFIX, ''))])].filter(Boolean);
  const limit = allowed(whole);
  const scored: [Region, number][] = [];
  for (const r of REGIONS) {
    if (opts.level && r.level !== opts.level && r.level !== 'corps') continue;
    let best = Infinity;
    for (const name of regionNameForms(r)) {
      const key = normalizeRegionInput(name);
      // One-character abbreviations (粤) are one edit from any one-character input.
      if (key.length < 2) continue;
      for (const f of forms) best = Math.min(best, editDistance(f, key, limit));
    }
    if (best <= limit) scored.push([r, best]);
  }
  // Only the nearest: Guandong is one edit from Guangdong and two from Shandong.
  const nearest = Math.min(...scored.map(([, d]) => d));
  const listed = (r: Region) => (opts.listed?.has(r.code) ? 1 : 0);
  // Stable sort: otherwise registry order (provinces, corps, cities).
  return scored
    .filter(([, d]) => d === nearest)
    .map(([r]) => r)
    .sort((a, b) => listed(a) - listed(b))
    .slice(0, opts.limit ?? 3);
}

/** How a suggestion is written back to the author: in the script they wrote in. */
export function suggestionName(region: Region, input: string): string {
  return /\p{Script=Han}/u.test(input) ? region.short : region.en;
}

// Edits tolerated: one in a short name (广洲, 河南剩), about one in three in a longer one (Guandong).
function allowed(s: string): number {
  return Math.min(3, Math.max(1, Math.floor(s.length / 3)));
}

/**
 * Optimal-string-alignment distance (insert, delete, substitute, swap two neighbours), by code
 * point; gives up early (returns max + 1) once every path exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  const s = [...a];
  const t = [...b];
  if (Math.abs(s.length - t.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = t.map((_, j) => j + 1);
  prev.unshift(0);
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[t.length]!;
}
