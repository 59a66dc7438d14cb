/**
 * The map's view model, DOM-free: the view selected from the results (`MapView`), the targets
 * drawn for it, what they count and what could not be matched (`MapReport`, the element's
 * `report`). The template modules beside rank-map.ts (legend, table, inset, caption…) take
 * these and the element's `MapSay` and return Lit templates; rank-map.ts builds them.
 */
import type { Assessment, Edition, ResultRow } from '../../data/model.js';
import type { Localized } from '../../data/format.js';
import type { Lang } from '../../base/lang.js';
import type { ColorBy, ColorScale, LegendItem } from './scale.js';
import type { Callout } from './geometry.js';
import type { TooltipModel } from './tooltip.js';

/** What the map shows: one edition of an assessment, coloured one way, at one level. */
export interface MapView {
  assessment: Assessment;
  edition: Edition;
  colorBy: ColorBy;
  level: 'province' | 'city';
  scale: ColorScale;
}

/** What the element could not match between the results and the geometry. */
export interface MapReport {
  /** Results of the edition that have no shape (or dot) on the map, e.g. 新疆生产建设兵团. */
  offMap: ResultRow[];
  /** Shapes of a user geometry without a result in the edition (their code or name). */
  unmatchedFeatures: string[];
  /** What the user geometry reader noticed (missing keys, duplicates, skipped features). */
  geometryProblems: string[];
}

/** One interactive target: a province shape, a user feature or a key-city dot. */
export interface Target {
  code: string;
  name: string;
  row: ResultRow | undefined;
  item: LegendItem | undefined;
  centroid: [number, number];
  d?: string;
  dot?: { x: number; y: number; r: number; hit: number };
  callout?: Callout;
  tip: TooltipModel;
}

/** Counts over the drawn targets (built once per targets, not on every hover). */
export interface Tally {
  /** Results without a shape on this map (兵团, or regions a user geometry lacks). */
  offMap: ResultRow[];
  /** Per legend item, the regions drawn in its colour: rows off the map are listed, not counted. */
  drawn: Map<LegendItem, number>;
  noDataCount: number;
  noValueCount: number;
}

export function tally(targets: readonly Target[], view: MapView): Tally {
  const onMap = new Set(targets.map((x) => x.code));
  const drawn = new Map<LegendItem, number>();
  for (const x of targets) if (x.item) drawn.set(x.item, (drawn.get(x.item) ?? 0) + 1);
  return {
    offMap: view.edition.results.filter((r) => !onMap.has(r.region.code)),
    drawn,
    noDataCount: targets.filter((x) => !x.row).length,
    noValueCount: targets.filter((x) => x.row && !x.item).length,
  };
}

/** What the templates need from the element to word things: its language, data text and region names. */
export interface MapSay {
  lang: Lang;
  /** Localised data text (the element's `text()`). */
  text: (value: Localized | undefined | null) => string;
  /** A region's name in the element's language; `full`: the full Chinese name on a zh-CN page. */
  nameOf: (code: string, fallback?: string, full?: boolean) => string;
}
