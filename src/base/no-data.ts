/**
 * The errors a view's selection throws when the results hold nothing for it, DOM-free: the
 * elements' `selectView` and the pure `*-select.ts` modules beside them (also run in Node by the
 * `gov-rank render` command) throw the same ones.
 */
import { GovRankError } from '../data/errors.js';
import type { ResultsModel } from '../data/model.js';
import { common } from './i18n.js';
import type { Lang } from './lang.js';

/** The error an element's `selectView` throws when the data holds nothing for it. */
export function noData(message: string): GovRankError {
  return new GovRankError('no-data', message);
}

/** The error for an assessment the data lacks: named by id when one was asked for, else by level. */
export function missingAssessment(
  model: ResultsModel,
  id: string | null | undefined,
  level: 'province' | 'city' | null,
  lang: Lang,
): GovRankError {
  const t = common(lang);
  return noData(id ? t.noAssessment(id) : t.noLevel(model.assessments.length ? level : null));
}
