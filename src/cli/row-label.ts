/**
 * Names a JSON path the way the person who typed the file knows it: by position counted from 1
 * and by what the row is about — `assessments[0].editions[1].results[4].score` becomes
 * "assessment 1 (cps-…) › edition 2 (2020) › result 5 (广东) › score" (第 5 条结果（广东）…).
 */
import type { Lang } from './lang.js';

/** The segments of a validator path: keys and 0-based indexes. */
export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(m[1] !== undefined ? Number(m[1]) : m[2]!);
  return out;
}

/** The value at a validator path, or undefined where the path leaves the data. */
export function valueAt(json: unknown, path: string): unknown {
  let v = json;
  for (const s of pathSegments(path)) v = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
  return v;
}

// Arrays whose items a clerk thinks of as rows, and the field that tells one row from another.
const ROWS: Record<string, { key?: string; en: string; zh: (n: number) => string }> = {
  assessments: { key: 'id', en: 'assessment', zh: (n) => `评估 ${n}` },
  editions: { key: 'year', en: 'edition', zh: (n) => `第 ${n} 期` },
  results: { key: 'region', en: 'result', zh: (n) => `第 ${n} 条结果` },
  tiers: { key: 'id', en: 'tier', zh: (n) => `第 ${n} 个等级` },
  statistics: { key: 'id', en: 'statistic', zh: (n) => `统计数据 ${n}` },
  sources: { en: 'source', zh: (n) => `来源 ${n}` },
  notes: { en: 'note', zh: (n) => `注释 ${n}` },
};

/** "assessment 1 (x) › edition 2 (2020) › result 5 (广东) › score"; the whole file when the path is the root. */
export function rowLabel(path: string, json: unknown, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const parts: string[] = [];
  let fields: string[] = [];
  let v = json;
  let key = '';
  for (const s of pathSegments(path === '(root)' ? '' : path)) {
    const next = v !== null && typeof v === 'object' ? (v as Record<string | number, unknown>)[s] : undefined;
    if (typeof s === 'number') {
      const row = ROWS[key];
      const name = fields.pop() ?? key;
      if (fields.length) parts.push(fields.join('.'));
      fields = [];
      const n = s + 1;
      const id = row?.key ? shortValue((next as Record<string, unknown> | undefined)?.[row.key]) : '';
      const base = row ? (zh ? row.zh(n) : `${row.en} ${n}`) : zh ? `${name} 第 ${n} 项` : `${name} ${n}`;
      parts.push(id ? (zh ? `${base}（${id}）` : `${base} (${id})`) : base);
    } else {
      fields.push(s);
      key = s;
    }
    v = next;
  }
  if (fields.length) parts.push(fields.join('.'));
  return parts.length ? parts.join(' › ') : zh ? '整个文件' : 'the file';
}

/** A row's telling value as written, short; '' when it is not a plain value. */
function shortValue(v: unknown): string {
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || !v.trim()) return '';
  const t = v.trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}
