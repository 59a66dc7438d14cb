/**
 * What the sparkline shows, DOM-free: from the element's public properties and the results (the
 * body of the element's `selectView`; the `gov-rank render sparkline` command runs it too).
 */
import { common } from '../../base/i18n.js';
import type { Lang } from '../../base/lang.js';
import { missingAssessment, noData } from '../../base/no-data.js';
import { localize } from '../../data/localize.js';
import type { ResultsModel } from '../../data/model.js';
import { findAssessment } from '../../data/query.js';
import { resolveRegion } from '../../data/regions.js';
import { tierBands } from './sparkline-geometry.js';
import { gapYears, trendSeries, trendSummary, type TrendMetric } from './trend-series.js';
// Type only: erased from the build, so no import cycle at runtime.
import type { SparklineView } from './trend-sparkline.js';

export interface SparklineSelection {
  region: string | null;
  metric: TrendMetric | string | null;
  assessment: string | null;
  bands: boolean;
}

/** The view for the element's properties; throws `noData` as `selectView` does. */
export function selectSparklineView(model: ResultsModel, p: SparklineSelection, lang: Lang): SparklineView {
  const t = common(lang);
  if (!p.region) throw noData(t.noRegionAttr);
  const region = resolveRegion(p.region);
  if (!region) throw noData(t.unknownRegion(p.region));
  const level = region.level === 'city' ? 'city' : 'province';
  const assessment = findAssessment(model, { id: p.assessment, level });
  if (!assessment) throw missingAssessment(model, p.assessment, level, lang);
  const metric: TrendMetric = p.metric === 'score' ? 'score' : 'rank';
  const points = trendSeries(assessment, region, metric);
  if (!points.some((x) => x.value !== undefined)) {
    throw noData(`${trendSummary(region, points, metric, lang)} · ${localize(assessment.name, lang)}`);
  }
  const bands = metric === 'score' && p.bands ? tierBands(assessment.tiers, assessment.metric) : [];
  return { region, assessment, metric, points, summary: trendSummary(region, points, metric, lang), gaps: gapYears(points), bands };
}
