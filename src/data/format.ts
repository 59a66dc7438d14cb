/**
 * Results format v1: the one declaration that gives the types, the validator and
 * `schema/results.schema.json`. Field names are pinned in docs/data-format.md.
 */
import { anyOf, array, boolean, literal, number, object, optional, record, string, type Infer } from './schema-kit.js';
import { jsonSchema } from './json-schema.js';

export const FORMAT_ID = 'gov-rank-results';
export const FORMAT_VERSION = 1;

const LANG_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Localised text: a plain string, or `{ "zh-CN": "…", "en": "…" }` (any BCP 47 tags). */
export const localizedSchema = anyOf(
  string({ minLength: 1 }),
  record(string({ minLength: 1 }), { minProperties: 1, keyPattern: LANG_TAG }),
  'a non-empty string or an object of language → text such as {"zh-CN": "…", "en": "…"}',
);

const isoDate = string({
  pattern: /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
  patternText: 'a date as YYYY, YYYY-MM or YYYY-MM-DD',
});

export const sourceSchema = object({
  url: string({ pattern: /^https?:\/\/\S+$/, patternText: 'an http(s) URL', format: 'uri' }),
  title: optional(localizedSchema),
  /** How the value was read from the source, e.g. "secondary source (aggregator)". */
  note: optional(localizedSchema),
  /** What kind of site it is, so a reader can weigh it: the publisher's or a government's own site, a news medium, or an aggregator / mirror. */
  kind: optional(literal('official', 'media', 'aggregator')),
});

// Hex or rgb() only: the elements compute text contrast from it, and nothing else (no `;`, no
// url()) can ride along into a style.
const colour = string({
  pattern: /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|rgb\(\s*\d{1,3}(\s*,\s*|\s+)\d{1,3}(\s*,\s*|\s+)\d{1,3}\s*\))$/,
  patternText: 'a colour as #rgb, #rrggbb or rgb(r g b)',
});

export const tierSchema = object({
  /** Stable id used by results, e.g. "very-high" or "卓越级". */
  id: string({ minLength: 1 }),
  name: localizedSchema,
  /** Lowest score in this tier, when the publisher states it. */
  min: optional(number()),
  /** Overrides the design token colour for this tier. */
  color: optional(colour),
  description: optional(localizedSchema),
});

export const resultSchema = object({
  /** GB/T 2260 code or any known name form: 广东 / 广东省 / Guangdong / CN-GD / 粤 / 440000. */
  region: anyOf(string({ minLength: 1 }), number({ integer: true }), 'a region name or GB/T 2260 code'),
  score: optional(number()),
  /** Id of one of the assessment's tiers. */
  tier: optional(string({ minLength: 1 })),
  /** Rank as published (ties share a rank). */
  rank: optional(number({ integer: true, min: 1, max: 1000 })),
  /** A published grouping that is not a tier (e.g. "保持全国领先水平", "第四至十名"). */
  group: optional(localizedSchema),
  note: optional(localizedSchema),
  /** The published change against the year before, in percent, signed (a decline is negative). */
  change: optional(object({ percent: number() })),
});

export const editionSchema = object({
  /** Report year: the year the assessment was published (the 2020 report). */
  year: number({ integer: true, min: 1990, max: 2100 }),
  /** The year the data describes, when it differs (the 2020 report rates 2019). */
  dataYear: optional(number({ integer: true, min: 1990, max: 2100 })),
  title: optional(localizedSchema),
  /** Date the results were published. */
  published: optional(isoDate),
  sources: array(sourceSchema, { minItems: 1 }),
  /** True only when every assessed region is listed. */
  complete: boolean(),
  /** What is and is not in this edition, in words. */
  completeness: optional(localizedSchema),
  notes: optional(array(localizedSchema)),
  /** Working notes of whoever compiled the file (how values were read). Elements never show them. */
  compilerNotes: optional(array(string({ minLength: 1 }))),
  results: array(resultSchema),
});

export const assessmentSchema = object({
  id: string({ pattern: /^[a-z0-9][a-z0-9-]*$/, patternText: 'an id of lowercase letters, digits and hyphens' }),
  name: localizedSchema,
  /** Short label for badges, e.g. "网上政务服务能力" / "Online services". */
  shortName: optional(localizedSchema),
  publisher: localizedSchema,
  level: literal('province', 'city'),
  metric: object({
    name: localizedSchema,
    /** Score scale; scores outside it are rejected. Defaults 0–100 (an index); a count: from 0, no upper bound. */
    min: optional(number()),
    max: optional(number()),
    /** `index` (a score on a scale, the default) or `count` (a number of things, with `unit`: websites, platforms). */
    kind: optional(literal('index', 'count')),
    /** The unit of a count, e.g. {"zh-CN": "个", "en": "websites"}. */
    unit: optional(localizedSchema),
  }),
  /** Ordered best first. May be empty (rank-only assessments). */
  tiers: array(tierSchema),
  /** Link to the publisher's report page. */
  href: optional(string({ pattern: /^https?:\/\/\S+$/, patternText: 'an http(s) URL', format: 'uri' })),
  editions: array(editionSchema, { minItems: 1 }),
});

const earlierSchema = object({
  value: number(),
  date: isoDate,
  approximate: optional(boolean()),
  sources: optional(array(sourceSchema)),
});

export const statisticSchema = object({
  id: string({ pattern: /^[a-z0-9][a-z0-9-]*$/, patternText: 'an id of lowercase letters, digits and hyphens' }),
  label: localizedSchema,
  value: number(),
  unit: optional(localizedSchema),
  /** Date the value refers to. */
  date: isoDate,
  /** The value is a round figure ("about 14,500"). */
  approximate: optional(boolean()),
  sources: array(sourceSchema, { minItems: 1 }),
  /** An earlier published value to compare with. */
  earlier: optional(earlierSchema),
  note: optional(localizedSchema),
});

export const resultsFileSchema = object(
  {
    $schema: optional(string()),
    format: literal(FORMAT_ID),
    version: literal(FORMAT_VERSION),
    title: optional(localizedSchema),
    assessments: array(assessmentSchema),
    statistics: optional(array(statisticSchema)),
    notes: optional(array(localizedSchema)),
  },
  { title: 'gov-rank results file, format v1' },
);

/** A metric's range with its defaults: an index 0–100; a count from 0 with no upper bound. */
export function metricRange(metric: { kind?: 'index' | 'count' | null; min?: number | null; max?: number | null }): {
  min: number;
  max: number;
} {
  return { min: metric.min ?? 0, max: metric.max ?? (metric.kind === 'count' ? Infinity : 100) };
}

export type Localized = Infer<typeof localizedSchema>;
export type Source = Infer<typeof sourceSchema>;
export type Tier = Infer<typeof tierSchema>;
export type ResultInput = Infer<typeof resultSchema>;
export type EditionInput = Infer<typeof editionSchema>;
export type AssessmentInput = Infer<typeof assessmentSchema>;
export type StatisticInput = Infer<typeof statisticSchema>;
export type ResultsFile = Infer<typeof resultsFileSchema>;

/** The JSON Schema (draft 2020-12) of format v1, as published in schema/results.schema.json. */
export function resultsJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://unpkg.com/gov-rank/schema/results.schema.json',
    ...jsonSchema(resultsFileSchema),
  };
}
