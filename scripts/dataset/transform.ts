// The transform behind scripts/build-dataset.mjs: the shared published results and additions, and the
// hand-kept texts of this folder's JSON files, in; src/data/bundled-results.json (results format v1)
// out. Pure: no file access, no dates, no environment; the same inputs give the same object.
//
// Rules (see docs/data-format.md and scripts/dataset/README.md):
// - Only values present in the source are written; null stays absent. No rank is derived, no
//   score interpolated, no tier computed here. (Tiers the source itself marks as DERIVED from a
//   printed score are kept, with the source's grade_basis as a compiler note.)
// - The source's per-report assessments are grouped into series (one publisher + metric + level),
//   with one edition per REPORT year and `dataYear` where the data year differs.
// - Assessments that mix provinces and cities are split by each region's level; ranks printed
//   within different categories go to different assessments, never into one ranking.
// - The only additions are the 2019-report 非常高 grades of the seed article (editions.json `seed`).
// - The additions are merged as the additions file says: entries of an existing assessment join its
//   edition (a row already held with the same values only adds its source URL), new assessments
//   become editions of their series. What its `unresolved` lists is left out.
// - Readers see short texts in zh-CN and en (completeness, notes); the compilers' working notes
//   (how each value was read, in the source's words) go to `compilerNotes`, which no element shows.
// - Every source is labelled by kind (official / media / aggregator) from its host (source-kinds.json).

import type {
  AdditionsFile,
  DatasetFiles,
  EditionConfig,
  EditionsFile,
  Level,
  NotesFile,
  OutEdition,
  OutFile,
  OutResult,
  OutSource,
  OutStatistic,
  RegionsFile,
  Series,
  SeriesFile,
  SourceAssessment,
  SourceEntry,
  SourceFile,
  SourceKind,
  SourceKindsFile,
  SourceStat,
  StatConfig,
  StatConfigIn,
  StatisticsFile,
  Text,
} from './types';

export const SCHEMA_URL = 'https://unpkg.com/gov-rank/schema/results.schema.json';

export const DATASET_FILES: Record<keyof DatasetFiles, string> = {
  regions: 'regions.json',
  series: 'series.json',
  editions: 'editions.json',
  statistics: 'statistics.json',
  notes: 'notes.json',
  sourceKinds: 'source-kinds.json',
};

export function fail(message: string): never {
  throw new Error(`build-dataset: ${message}`);
}

/** The entry `name` of a named map of a data file, or a failure naming what asked for it. */
export function named<T>(map: Record<string, T>, name: string, what: string): T {
  return Object.hasOwn(map, name) ? (map[name] as T) : fail(`${what}: no entry ${JSON.stringify(name)}`);
}

// ─── Region levels ───────────────────────────────────────────────────────────────────────────
export function levelOf(regions: RegionsFile, region: string): Level {
  if (regions.province.includes(region)) return 'province';
  if (regions.city.includes(region)) return 'city';
  return fail(`region ${JSON.stringify(region)} is neither a provincial unit nor a key city`);
}

// ─── Series and editions: names resolved ─────────────────────────────────────────────────────
export function resolveSeries(file: SeriesFile): Series[] {
  return file.series.map((s) => ({
    id: s.id,
    name: s.name,
    shortName: s.shortName,
    publisher: named(file.publishers, s.publisher, `series ${s.id} publisher`),
    level: s.level,
    metric: named(file.metrics, s.metric, `series ${s.id} metric`),
    tiers: named(file.tiers, s.tiers, `series ${s.id} tiers`),
  }));
}

export function resolveEditions(file: EditionsFile): Record<string, EditionConfig> {
  const out: Record<string, EditionConfig> = {};
  for (const [id, cfg] of Object.entries(file.editions)) {
    const notes = cfg.notes?.map((n) => (typeof n === 'string' ? named(file.sharedNotes, n, `edition ${id} note`) : n));
    out[id] = { ...cfg, ...(notes ? { notes } : {}) } as EditionConfig;
  }
  return out;
}

// ─── Sources ─────────────────────────────────────────────────────────────────────────────────
const KINDS: SourceKind[] = ['official', 'media', 'aggregator'];

/** The kind of a source URL by its host (a listed host's subdomains too). */
export function sourceKind(kinds: SourceKindsFile, url: string): SourceKind {
  const host = new URL(url).hostname;
  for (const kind of KINDS) {
    if (kinds[kind].some((h) => host === h || host.endsWith(`.${h}`))) return kind;
  }
  return fail(`no source kind for ${host}: add it to scripts/dataset/source-kinds.json`);
}

/** A format v1 source: its URL, an optional note, and its kind. */
const sourceEntry = (kinds: SourceKindsFile, url: string, note?: Text): OutSource => ({
  url,
  ...(note ? { note } : {}),
  kind: sourceKind(kinds, url),
});

// ─── Results ─────────────────────────────────────────────────────────────────────────────────
export function toResult(entry: SourceEntry, series: Series, groups: Record<string, Text>, extraNote?: Text): OutResult {
  const r: OutResult = { region: entry.region };
  if (entry.score !== null && entry.score !== undefined) r.score = entry.score;
  const grade = entry.grade ?? null;
  if (grade !== null) {
    if (series.tiers.some((t) => t.id === grade)) r.tier = grade;
    else if (groups[grade]) r.group = groups[grade];
    else fail(`${series.id}: grade ${JSON.stringify(grade)} of ${entry.region} is neither a tier nor a known group`);
  }
  if (entry.rank !== null && entry.rank !== undefined) r.rank = entry.rank;
  // Printed as a decline in percent ("同比下降(%)"): the format's change is signed, a decline negative.
  if (typeof entry.yoy_decline_pct_as_printed === 'number') r.change = { percent: -entry.yoy_decline_pct_as_printed };
  if (extraNote) r.note = extraNote;
  return r;
}

/** Reader notes (short, zh-CN and en) and the compilers' working notes (as written in the source). */
function editionNotes(src: SourceAssessment, cfg: EditionConfig, series: Series, files: DatasetFiles) {
  const notes: Text[] = [];
  const compiler = [`Metric in this edition: ${src.metric} (scale ${src.scale})`];
  if (src.publisher && src.publisher !== series.publisher['zh-CN']) compiler.push(`Publisher as named in the source: ${src.publisher}`);
  if (src.completeness) compiler.push(`Completeness: ${src.completeness}`);
  if (src.completeness_change) compiler.push(`Completeness: ${src.completeness_change}`);
  if (src.rank_basis) compiler.push(`Rank basis: ${src.rank_basis}`);
  if (src.grade_basis) compiler.push(`Tier basis: ${src.grade_basis}`);
  if (src.grade_definition_note) compiler.push(`Tier thresholds: ${src.grade_definition_note}`);
  if (src.data_year_note) compiler.push(`Data year: ${src.data_year_note}`);
  for (const [grade, def] of Object.entries(src.grade_definitions ?? {})) {
    compiler.push(files.series.groups[grade] ? `Group “${grade}”: ${def}` : `Tier definitions (${grade}): ${def}`);
  }
  // Source notes a reader can use as they are (with a Chinese rendering); the rest are working notes.
  for (const n of src.notes ?? []) {
    const zh = files.notes.readerNotesZh[n];
    if (zh) notes.push({ 'zh-CN': zh, en: n });
    else compiler.push(n);
  }
  // Each entry's quote stays in the shared source file (the tests check values against it): it
  // would double the bundled file, which the CDN script inlines.
  for (const n of cfg.notes ?? []) notes.push(n);
  for (const n of cfg.compilerNotes ?? []) compiler.push(n);
  return { notes, compilerNotes: compiler };
}

function editionSources(src: SourceAssessment, series: Series, files: DatasetFiles): OutSource[] {
  const out: OutSource[] = [];
  const seen = new Set<string>();
  for (const url of src.source ?? []) {
    if (seen.has(url)) continue;
    seen.add(url);
    out.push(sourceEntry(files.sourceKinds, url));
  }
  // Where the tier thresholds were read (these pages are not the source of this edition's rows).
  if (series.tiers.length) {
    for (const url of src.grade_definition_sources ?? []) {
      if (seen.has(url)) continue;
      seen.add(url);
      out.push(sourceEntry(files.sourceKinds, url, files.notes.thresholdSource));
    }
  }
  if (!out.length) fail(`${src.id}: no source URL`);
  return out;
}

// ─── The second search (published-additions.json) ───────────────────────────────────────────
/**
 * The source assessments with the additions merged in: an extension's URLs and entries join the
 * assessment of the same id (an entry that repeats a held row's values only adds its URL); a new
 * assessment is appended.
 */
export function mergeAssessments(held: SourceAssessment[], additions: SourceAssessment[]): SourceAssessment[] {
  const out = held.map((a) => ({ ...a, source: [...a.source], entries: [...a.entries] }));
  for (const add of additions) {
    if (!add.extends_existing) {
      if (out.some((a) => a.id === add.id)) fail(`addition ${add.id} is not marked extends_existing but the id is held`);
      out.push(add);
      continue;
    }
    const a = out.find((x) => x.id === add.id) ?? fail(`addition ${add.id} extends nothing`);
    for (const url of add.source) if (!a.source.includes(url)) a.source.push(url);
    for (const e of add.entries) {
      const held = a.entries.find((x) => x.region === e.region);
      if (!held) a.entries.push(e);
      else if (held.score !== e.score || held.rank !== e.rank || (e.grade != null && held.grade !== e.grade)) {
        fail(`addition ${add.id}: ${e.region} differs from the held entry`);
      }
    }
    a.completeness_change = add.completeness_change;
  }
  return out;
}

function buildAssessments(source: SourceFile, files: DatasetFiles): OutFile['assessments'] {
  const editions = resolveEditions(files.editions);
  const seriesById = new Map(resolveSeries(files.series).map((s) => [s.id, { ...s, editions: [] as OutEdition[] }]));
  for (const src of source.assessments) {
    const cfg = editions[src.id] ?? fail(`no edition config for source assessment ${src.id}`);
    const levels = src.level === 'province+city' ? ['province', 'city'] : [src.level];
    if (!levels.every((l): l is Level => l === 'province' || l === 'city')) fail(`${src.id}: unknown level ${src.level}`);
    const seriesOfLevel = (l: Level) => cfg.series?.[l] ?? fail(`${src.id}: no ${l} series`);

    // Target series of each entry.
    const groups = new Map<string, SourceEntry[]>(); // series id → entries
    const targetOf = (region: string) => {
      if (cfg.seriesByRegion) return cfg.seriesByRegion[region] ?? fail(`${src.id}: no series for ${region}`);
      const level = levelOf(files.regions, region);
      if (!levels.includes(level)) fail(`${src.id}: ${region} is a ${level}, the source says ${src.level}`);
      return seriesOfLevel(level);
    };
    if (!cfg.seriesByRegion) for (const l of levels) groups.set(seriesOfLevel(l), []);
    for (const e of src.entries) {
      if (cfg.leaveOut?.includes(e.region)) continue; // said in the edition's completeness
      const id = targetOf(e.region);
      const list = groups.get(id) ?? [];
      groups.set(id, list);
      list.push(e);
    }

    for (const [seriesId, entries] of groups) {
      const series = seriesById.get(seriesId) ?? fail(`unknown series ${seriesId}`);
      for (const e of entries) {
        const l = levelOf(files.regions, e.region);
        if (l !== series.level) fail(`${src.id}: ${e.region} (${l}) in the ${series.level} series ${seriesId}`);
      }
      if (series.editions.some((ed) => ed.year === src.year)) fail(`${seriesId}: two editions for ${src.year}`);

      const results = entries.map((e) => toResult(e, series, files.series.groups, cfg.resultNotes?.[e.region]));
      applySeed(files.editions.seed, src.id, results);

      const { notes, compilerNotes } = editionNotes(src, cfg, series, files);
      const split = cfg.splitNote?.[seriesId] ?? cfg.splitNote?.[series.level];
      if (split) notes.unshift(split);
      if (!cfg.completeness['zh-CN'] || !cfg.completeness.en) fail(`${src.id}: completeness needs zh-CN and en`);

      series.editions.push({
        year: src.year,
        ...(src.data_year != null && src.data_year !== src.year ? { dataYear: src.data_year } : {}),
        title: { 'zh-CN': cfg.title ?? src.name, en: cfg.titleEn },
        sources: editionSources(src, series, files),
        complete: cfg.complete === true,
        completeness: cfg.completeness,
        notes,
        compilerNotes,
        results,
      });
    }
  }
  const out: OutFile['assessments'] = [];
  for (const s of seriesById.values()) {
    if (!s.editions.length) fail(`series ${s.id} has no edition`);
    s.editions.sort((a, b) => a.year - b.year);
    const { id, name, shortName, publisher, level, metric, tiers, editions } = s;
    out.push({ id, name, shortName, publisher, level, metric, tiers, editions });
  }
  return out;
}

/** The seed article's 非常高 grades: a tier on listed regions, new tier-only rows for the others. */
export function applySeed(seed: EditionsFile['seed'], srcId: string, results: OutResult[]): void {
  const list = seed.veryHigh[srcId];
  if (!list) return;
  for (const region of list) {
    const i = results.findIndex((r) => r.region === region);
    const row = results[i];
    if (row) {
      if (row.tier && row.tier !== '非常高') fail(`${srcId}: ${region} already has tier ${row.tier}`);
      // Keep the key order of other rows: region, score, tier, rank, note.
      const { score, rank } = row;
      results[i] = {
        region,
        ...(score === undefined ? {} : { score }),
        tier: '非常高',
        ...(rank === undefined ? {} : { rank }),
        note: seed.tierNote,
      };
    } else {
      results.push({ region, tier: '非常高', note: seed.onlyNote });
    }
  }
}

// ─── Statistics ──────────────────────────────────────────────────────────────────────────────
/** A statistic config with its `unit` and `dateNote` names resolved. */
function statConfig(file: StatisticsFile, id: string, cfg: StatConfigIn, part?: { id: string; en: string }): StatConfig {
  const what = `statistic config ${id}`;
  const { unit, dateNote, parts: _parts, ...rest } = cfg;
  return {
    ...rest,
    id: part?.id ?? cfg.id ?? fail(`${what}: no id`),
    en: part?.en ?? cfg.en ?? fail(`${what}: no en`),
    ...(unit === undefined ? {} : { unit: typeof unit === 'string' ? named(file.units, unit, `${what} unit`) : unit }),
    ...(dateNote === undefined
      ? {}
      : { dateNote: typeof dateNote === 'string' ? named(file.dateNotes, dateNote, `${what} dateNote`) : dateNote }),
  };
}

/**
 * The additions' statistics in the held statistics' shape (one per category of a breakdown),
 * their configs, and the extra URLs the additions give for held statistics.
 */
export function additionStatistics(additions: AdditionsFile, file: StatisticsFile) {
  const stats: SourceStat[] = [];
  const config: Record<string, StatConfig> = {};
  for (const s of additions.stats) {
    if (file.leftOut.includes(s.id)) continue;
    const cfg = file.additions[s.id] ?? fail(`no statistic config for addition ${s.id}`);
    // Raw notes of the additions are working notes: a reader note comes from the config only.
    const base = { year: s.year, as_of: s.as_of, source: s.source };
    if (typeof s.value === 'number') {
      stats.push({ ...base, id: s.id, label: s.label, value: s.value });
      config[s.id] = statConfig(file, s.id, cfg);
      continue;
    }
    const label = s.label.split(' — ')[0];
    for (const [part, value] of Object.entries(s.value)) {
      const p = cfg.parts?.[part] ?? fail(`addition ${s.id}: no config for the part ${part}`);
      const id = `${s.id}:${part}`;
      stats.push({ ...base, id, label: `${label}:其中${part}`, value });
      config[id] = statConfig(file, s.id, cfg, p);
    }
  }
  for (const id of Object.keys(file.additions)) {
    if (!additions.stats.some((s) => s.id === id)) fail(`statistic config ${id} matches nothing in the additions`);
  }
  const extraSources: Record<string, string[]> = {};
  for (const x of additions.additional_sources_for_held_stats ?? []) (extraSources[x.held_id] ??= []).push(x.source);
  return { stats, config, extraSources };
}

/** A statistic's date: its `as_of` where that is a date, else its year. */
export function statDate(s: Pick<SourceStat, 'year' | 'as_of'>): string {
  if (typeof s.as_of === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(s.as_of)) return s.as_of;
  return String(s.year);
}

/** A statistic's reader note: the config's date and unit notes, the source's note, the config's note. */
export function statNote(s: Pick<SourceStat, 'note'>, cfg: Pick<StatConfig, 'dateNote' | 'unitNote' | 'note'>): Text | string | undefined {
  const parts: Text[] = [];
  if (cfg.dateNote) parts.push(cfg.dateNote);
  if (cfg.unitNote) parts.push(cfg.unitNote);
  if (s.note) parts.push({ 'zh-CN': s.note, en: s.note });
  if (cfg.note) parts.push(cfg.note);
  if (!parts.length) return undefined;
  if (parts.length === 1 && s.note && !cfg.dateNote && !cfg.unitNote && !cfg.note) return s.note; // as written
  return { 'zh-CN': parts.map((p) => p['zh-CN']).join(';'), en: parts.map((p) => p.en).join('; ') };
}

function buildStatistics(source: SourceFile, additions: AdditionsFile, files: DatasetFiles): OutStatistic[] {
  const file = files.statistics;
  const added = additionStatistics(additions, file);
  const held = Object.fromEntries(Object.entries(file.held).map(([id, cfg]) => [id, statConfig(file, id, cfg)]));
  const configs: Record<string, StatConfig> = { ...held, ...added.config };
  const configOf = (id: string) => configs[id] ?? fail(`no statistic config for ${id}`);
  const all = [...source.stats, ...added.stats];
  const byId = new Map(all.map((s) => [s.id, s]));
  const sourcesOf = (s: SourceStat) => [...s.source, ...(added.extraSources[s.id] ?? [])].map((url) => sourceEntry(files.sourceKinds, url));
  const out: OutStatistic[] = [];
  for (const h of file.headlines) {
    const cur = byId.get(h.from) ?? fail(`headline ${h.id}: no statistic ${h.from}`);
    const old = byId.get(h.earlier) ?? fail(`headline ${h.id}: no statistic ${h.earlier}`);
    const curCfg = configOf(cur.id);
    const oldCfg = configOf(old.id);
    if (curCfg.unit !== oldCfg.unit && curCfg.unit?.['zh-CN'] !== oldCfg.unit?.['zh-CN']) fail(`headline ${h.id}: units differ`);
    out.push({
      id: h.id,
      label: h.label,
      value: valueOf(cur),
      unit: curCfg.unit,
      date: statDate(cur),
      ...(curCfg.approximate ? { approximate: true } : {}),
      sources: sourcesOf(cur),
      earlier: {
        value: valueOf(old),
        date: statDate(old),
        ...(oldCfg.approximate ? { approximate: true } : {}),
        sources: sourcesOf(old),
      },
      note: h.note,
    });
  }
  const seen = new Set(out.map((s) => s.id));
  for (const s of all) {
    const cfg = configOf(s.id);
    if (seen.has(cfg.id)) fail(`duplicate statistic id ${cfg.id}`);
    seen.add(cfg.id);
    const note = statNote(s, cfg);
    out.push({
      id: cfg.id,
      label: { 'zh-CN': s.label, en: cfg.en },
      value: valueOf(s),
      unit: cfg.unit,
      date: statDate(s),
      ...(cfg.approximate ? { approximate: true } : {}),
      sources: sourcesOf(s),
      ...(note === undefined ? {} : { note }),
    });
  }
  for (const id of Object.keys(file.held)) if (!byId.has(id)) fail(`statistic config ${id} matches nothing in the source`);
  for (const id of Object.keys(added.extraSources)) if (!byId.has(id)) fail(`additional sources for ${id}: no such statistic`);
  return out;
}

const valueOf = (s: SourceStat): number => (typeof s.value === 'number' ? s.value : fail(`statistic ${s.id}: a breakdown has no config`));

// ─── File-level notes ────────────────────────────────────────────────────────────────────────
export function fileNotes(source: Pick<SourceFile, 'unresolved'>, texts: NotesFile): Text[] {
  const notes = [...texts.first];
  for (const u of source.unresolved ?? []) {
    if (u.item === texts.resolved.item) {
      notes.push(texts.resolved.note);
      continue;
    }
    const urls = u.source == null ? [] : Array.isArray(u.source) ? u.source : [u.source];
    const where = urls.length ? ` (${urls.join(', ')})` : '';
    const whereZh = urls.length ? `(${urls.join(', ')})` : '';
    const zh = texts.unresolvedZh[u.item] ?? fail(`no Chinese text for unresolved item ${JSON.stringify(u.item)}: add it to notes.json`);
    notes.push({ 'zh-CN': `未解决${whereZh}:${zh}`, en: `Unresolved: ${u.item}${where}. ${u.issue}` });
  }
  notes.push(...texts.last);
  return notes;
}

// ─── The whole file ──────────────────────────────────────────────────────────────────────────
/** Pure: the parsed source, additions and data files in, the format v1 object out. */
export function buildDataset(held: SourceFile, additions: AdditionsFile, files: DatasetFiles): OutFile {
  const source = { ...held, assessments: mergeAssessments(held.assessments, additions.assessments) };
  return {
    $schema: SCHEMA_URL,
    format: 'gov-rank-results',
    version: 1,
    title: files.notes.title,
    notes: fileNotes(source, files.notes),
    assessments: buildAssessments(source, files),
    statistics: buildStatistics(source, additions, files),
  };
}

/**
 * JSON with 2-space indentation, where an object or array whose one-line form fits in the line
 * (and holds no array) is written on one line: one result per line, one source per line.
 */
export function formatJson(value: unknown, indent = '', width = 120): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const isArray = Array.isArray(value);
  const entries: [string | null, unknown][] = isArray
    ? value.map((v) => [null, v])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  if (!entries.length) return isArray ? '[]' : '{}';
  const flat = oneLine(value);
  const nestedArray = entries.some(([, v]) => Array.isArray(v));
  if (!isArray && !nestedArray && indent.length + flat.length <= width) return flat;
  const inner = `${indent}  `;
  const body = entries.map(([k, v]) => `${inner}${k === null ? '' : `${JSON.stringify(k)}: `}${formatJson(v, inner, width)}`);
  return isArray ? `[\n${body.join(',\n')}\n${indent}]` : `{\n${body.join(',\n')}\n${indent}}`;
}

function oneLine(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(oneLine).join(', ')}]`;
  const parts = Object.entries(value)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${JSON.stringify(k)}: ${oneLine(v)}`);
  return `{ ${parts.join(', ')} }`;
}

/** The text of src/data/bundled-results.json from the texts of the source, the additions and the data files. */
export function buildDatasetText(sourceText: string, additionsText: string, files: DatasetFiles): string {
  return `${formatJson(buildDataset(JSON.parse(sourceText), JSON.parse(additionsText), files))}\n`;
}
