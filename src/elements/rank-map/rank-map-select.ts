/**
 * Which assessment, edition and colouring the map shows, DOM-free: from the element's public
 * properties and the results (the body of the element's `selectView`).
 */
import type { ResultsModel } from '../../data/model.js';
import { localize } from '../../data/localize.js';
import { findAssessment, findEdition } from '../../data/query.js';
import { missingAssessment, noData } from '../../base/no-data.js';
import { finiteOrNull } from '../../base/numbers.js';
import { common } from '../../base/i18n.js';
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

/** The view for the element's properties; throws (no data, missing assessment) as `selectView` does. */
export function selectMapView(model: ResultsModel, p: MapSelection, lang: Lang): MapView {
  const t = common(lang);
  const level = p.level === 'city' || p.level === 'province' ? p.level : null;
  const assessment = findAssessment(model, { id: p.assessment, level });
  if (!assessment) throw missingAssessment(model, p.assessment, level, lang);
  const year = finiteOrNull(p.year);
  const edition = findEdition(assessment, year);
  if (!edition) throw noData(t.noEdition(year ?? 0));
  // An edition listing nobody would draw an all-hatched map with no word why.
  if (!edition.results.length) throw noData(t.noResults(edition.year, localize(edition.completeness, lang)));
  const colorBy = p.colorBy && COLOR_BY.has(p.colorBy) ? p.colorBy : defaultColorBy(assessment, edition);
  return { assessment, edition, colorBy, level: assessment.level, scale: colorScale(assessment, edition.results, colorBy) };
}

/** What the live region says when the assessment, year or colouring changes. */
export function announceView(v: MapView, lang: Lang): string {
  const m = mapMessages(lang);
  return m.announce(localize(v.assessment.name, lang), yearText(v.edition, lang), m.coloredBy(v.colorBy));
}
