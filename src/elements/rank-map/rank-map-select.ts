/**
 * Which assessment, edition and colouring the map shows, DOM-free: from the element's public
 * properties and the results (the body of the element's `selectView`).
 */
import type { ResultsModel } from '../../data/model.js';
import type { Localized } from '../../data/format.js';
import type { GovRankError } from '../../data/errors.js';
import { findAssessment, findEdition } from '../../data/query.js';
import { noData } from '../../base/no-data.js';
import { finiteOrNull } from '../../base/numbers.js';
import type { common } from '../../base/i18n.js';
import { colorScale, defaultColorBy, type ColorBy } from './scale.js';
import type { MapView } from './rank-map-view.js';
import type { Lang } from '../../base/lang.js';
import { yearText } from '../../base/format.js';
import { mapMessages } from './messages.js';

const COLOR_BY = new Set(['tier', 'score', 'rank']);

export interface MapSelection {
  assessment: string | null;
  year: number | null;
  colorBy: ColorBy | null;
  level: string | null;
}

export interface SelectDeps {
  /** The element's common messages (`common(lang)`). */
  t: ReturnType<typeof common>;
  /** Localised data text (the element's `text()`). */
  text: (value: Localized | undefined | null) => string;
  /** The element's error for an assessment id or level the results lack. */
  missingAssessment: (model: ResultsModel, id: string | null | undefined, level: 'province' | 'city' | null) => GovRankError;
}

/** The view for the element's properties; throws (no data, missing assessment) as `selectView` does. */
export function selectMapView(model: ResultsModel, p: MapSelection, { t, text, missingAssessment }: SelectDeps): MapView {
  const level = p.level === 'city' || p.level === 'province' ? p.level : null;
  const assessment = findAssessment(model, { id: p.assessment, level });
  if (!assessment) throw missingAssessment(model, p.assessment, level);
  const year = finiteOrNull(p.year);
  const edition = findEdition(assessment, year);
  if (!edition) throw noData(t.noEdition(year ?? 0));
  // An edition listing nobody would draw an all-hatched map with no word why.
  if (!edition.results.length) throw noData(t.noResults(edition.year, text(edition.completeness)));
  const colorBy = p.colorBy && COLOR_BY.has(p.colorBy) ? p.colorBy : defaultColorBy(assessment, edition);
  return { assessment, edition, colorBy, level: assessment.level, scale: colorScale(assessment, edition.results, colorBy) };
}

/** What the live region says when the assessment, year or colouring changes. */
export function announceView(v: MapView, lang: Lang, text: (value: Localized | undefined | null) => string): string {
  const m = mapMessages(lang);
  return m.announce(text(v.assessment.name), yearText(v.edition, lang), m.coloredBy(v.colorBy));
}
