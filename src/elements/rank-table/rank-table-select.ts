/**
 * What the table shows, DOM-free: from the element's public properties and the results (the body
 * of the element's `selectView`; the `gov-rank render table` command runs it too).
 */
import { common } from '../../base/i18n.js';
import type { Lang } from '../../base/lang.js';
import { missingAssessment, noData } from '../../base/no-data.js';
import { finiteOrNull } from '../../base/numbers.js';
import { localize } from '../../data/localize.js';
import type { ResultsModel } from '../../data/model.js';
import { findAssessment, findEdition, ranking, splitList } from '../../data/query.js';
import { regionName, resolveRegion } from '../../data/regions.js';
import { sparklineGeometry } from '../trend-sparkline/sparkline-geometry.js';
import { trendSeries, trendSummary, type TrendMetric } from '../trend-sparkline/trend-series.js';
// Types only: erased from the build, so no import cycle at runtime.
import type { TableRow, TableView } from './rank-table.js';

export interface TableSelection {
  assessment: string | null;
  year: number | null;
  level: string | null;
  limit: number | null;
  highlight: string | null;
  trend: string | null;
}

/** Size of a row's trend sparkline, px. */
export const TREND_W = 88;
export const TREND_H = 22;

/** `limit` as a row count: whole rows, at least 1; anything else (unset, 0, 0.5, -3) shows all. */
export function rowLimit(limit: unknown): number | null {
  const n = Math.floor(finiteOrNull(limit) ?? 0);
  return n > 0 ? n : null;
}

/** The view for the element's properties; throws `noData` as `selectView` does. */
export function selectTableView(model: ResultsModel, p: TableSelection, lang: Lang): TableView {
  const c = common(lang);
  const level = p.level === 'city' ? 'city' : p.level === 'province' ? 'province' : null;
  let assessment = findAssessment(model, { id: p.assessment, level: level ?? 'province' });
  if (!assessment && !p.assessment && !level) assessment = model.assessments[0];
  if (!assessment) throw missingAssessment(model, p.assessment, level ?? 'province', lang);
  const year = finiteOrNull(p.year);
  const edition = findEdition(assessment, year);
  if (!edition) throw noData(c.noEdition(year ?? 0));
  if (!edition.results.length) throw noData(c.noResults(edition.year, localize(edition.completeness, lang)));
  const wanted = new Set(
    splitList(p.highlight)
      .map((s) => resolveRegion(s)?.code)
      .filter((code): code is string => !!code),
  );
  const ranked = ranking(edition);
  const limit = rowLimit(p.limit) ?? ranked.length;
  // `trend={false}` from a framework means off, like a missing attribute.
  const trend: TrendMetric | undefined =
    p.trend == null || (p.trend as unknown) === false ? undefined : p.trend === 'score' ? 'score' : 'rank';
  const rows: TableRow[] = ranked.slice(0, limit).map((r, order) => {
    const row: TableRow = { ...r, name: regionName(r.region, lang), order, highlighted: wanted.has(r.region.code) };
    if (trend) {
      row.trend = trendSeries(assessment, r.region, trend);
      row.trendLabel = trendSummary(r.region, row.trend, trend, lang);
      row.trendGeometry = sparklineGeometry(row.trend, {
        width: TREND_W,
        height: TREND_H,
        metric: trend,
        pad: { top: 3, bottom: 3, left: 3, right: 3 },
      });
    }
    return row;
  });
  return {
    assessment,
    edition,
    rows,
    total: ranked.length,
    columns: {
      score: edition.results.some((r) => r.score !== undefined),
      tier: edition.results.some((r) => r.tier !== undefined),
      group: edition.results.some((r) => r.group !== undefined),
    },
    trend,
  };
}
