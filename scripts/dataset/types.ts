// The shapes the dataset transform (transform.ts) reads and writes: the shared source files, the
// JSON files of this folder (see README.md), and the results file it writes (format v1, as far as
// this dataset uses it; src/data/format.ts is the reference, and the tests validate the output).

/** Text in zh-CN and en. */
export type Text = Record<string, string>;
export type Level = 'province' | 'city';

// ─── The shared source files (../shared/data), as far as the transform reads them ────────────
export interface SourceEntry {
  region: string;
  score?: number | null;
  grade?: string | null;
  rank?: number | null;
  yoy_decline_pct_as_printed?: number;
}
export interface SourceAssessment {
  id: string;
  name: string;
  publisher?: string;
  year: number;
  data_year?: number | null;
  level: string;
  metric?: string;
  scale?: string;
  source: string[];
  grade_definitions?: Record<string, string>;
  grade_definition_sources?: string[];
  grade_definition_note?: string;
  completeness?: string;
  completeness_change?: string;
  rank_basis?: string | null;
  grade_basis?: string | null;
  data_year_note?: string;
  notes?: string[];
  entries: SourceEntry[];
  extends_existing?: boolean;
}
export interface SourceStat {
  id: string;
  label: string;
  value: number | Record<string, number>;
  year: number;
  as_of?: string | null;
  source: string[];
  note?: string | null;
}
export interface SourceFile {
  assessments: SourceAssessment[];
  stats: SourceStat[];
  unresolved?: { item: string; issue: string; source?: string | string[] | null }[];
}
export interface AdditionsFile {
  assessments: SourceAssessment[];
  stats: SourceStat[];
  additional_sources_for_held_stats?: { held_id: string; source: string }[];
}

// ─── This folder's JSON files (see README.md beside them) ────────────────────────────────────
export interface Tier {
  id: string;
  name: Text;
  min?: number;
  description?: Text;
}
export interface Metric {
  name: Text;
  kind?: 'index' | 'count';
  unit?: Text;
  min?: number;
  max?: number;
}
export interface RegionsFile {
  province: string[];
  city: string[];
}
export interface SeriesFile {
  publishers: Record<string, Text>;
  metrics: Record<string, Metric>;
  tiers: Record<string, Tier[]>;
  groups: Record<string, Text>;
  /** In output order; `publisher`, `metric` and `tiers` name entries of the maps above. */
  series: { id: string; name: Text; shortName: Text; publisher: string; level: Level; metric: string; tiers: string }[];
}
/** A note as written in editions.json: the text, or the name of one of its `sharedNotes`. */
export type NoteRef = Text | string;
export interface EditionConfig {
  series?: Partial<Record<Level, string>>;
  seriesByRegion?: Record<string, string>;
  complete?: boolean;
  title?: string;
  titleEn: string;
  completeness: Text;
  notes?: Text[];
  compilerNotes?: string[];
  resultNotes?: Record<string, Text>;
  /** By series id or by level. */
  splitNote?: Record<string, Text>;
  leaveOut?: string[];
}
export interface EditionsFile {
  seed: { veryHigh: Record<string, string[]>; tierNote: Text; onlyNote: Text };
  sharedNotes: Record<string, Text>;
  editions: Record<string, Omit<EditionConfig, 'notes'> & { notes?: NoteRef[] }>;
}
export interface StatConfig {
  id: string;
  en: string;
  unit?: Text;
  approximate?: boolean;
  dateNote?: Text;
  unitNote?: Text;
  note?: Text;
}
/** As written in statistics.json: `unit` and `dateNote` may name entries of `units` / `dateNotes`. */
export type StatConfigIn = Omit<StatConfig, 'id' | 'en' | 'unit' | 'dateNote'> & {
  id?: string;
  en?: string;
  unit?: Text | string;
  dateNote?: Text | string;
  /** A breakdown: the category as printed → its id and English label. */
  parts?: Record<string, { id: string; en: string }>;
};
export interface Headline {
  id: string;
  label: Text;
  from: string;
  earlier: string;
  note: Text;
}
export interface StatisticsFile {
  units: Record<string, Text>;
  dateNotes: Record<string, Text>;
  headlines: Headline[];
  held: Record<string, StatConfigIn>;
  additions: Record<string, StatConfigIn>;
  leftOut: string[];
}
export interface NotesFile {
  title: Text;
  first: Text[];
  unresolvedZh: Record<string, string>;
  resolved: { item: string; note: Text };
  last: Text[];
  readerNotesZh: Record<string, string>;
  thresholdSource: Text;
}
export type SourceKind = 'official' | 'media' | 'aggregator';
export type SourceKindsFile = Record<SourceKind, string[]>;

/** The JSON files of scripts/dataset, parsed, by the names the transform uses. */
export interface DatasetFiles {
  regions: RegionsFile;
  series: SeriesFile;
  editions: EditionsFile;
  statistics: StatisticsFile;
  notes: NotesFile;
  sourceKinds: SourceKindsFile;
}

// ─── What the transform writes ───────────────────────────────────────────────────────────────
export interface OutSource {
  url: string;
  note?: Text;
  kind: SourceKind;
}
export interface OutResult {
  region: string;
  score?: number;
  tier?: string;
  group?: Text;
  rank?: number;
  change?: { percent: number };
  note?: Text;
}
export interface OutEdition {
  year: number;
  dataYear?: number;
  title: Text;
  sources: OutSource[];
  complete: boolean;
  completeness: Text;
  notes: Text[];
  compilerNotes: string[];
  results: OutResult[];
}
export interface Series {
  id: string;
  name: Text;
  shortName: Text;
  publisher: Text;
  level: Level;
  metric: Metric;
  tiers: Tier[];
}
export interface OutStatistic {
  id: string;
  label: Text;
  value: number;
  unit: Text | undefined;
  date: string;
  approximate?: true;
  sources: OutSource[];
  earlier?: { value: number; date: string; approximate?: true; sources: OutSource[] };
  note?: Text | string;
}
export interface OutFile {
  $schema: string;
  format: 'gov-rank-results';
  version: 1;
  title: Text;
  notes: Text[];
  assessments: (Series & { editions: OutEdition[] })[];
  statistics: OutStatistic[];
}
