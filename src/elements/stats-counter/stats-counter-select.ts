/**
 * What the counter shows, DOM-free: from the element's public properties and the results (the
 * body of the element's `selectView`; the `gov-rank render counter` command runs it too).
 */
import { common, messages } from '../../base/i18n.js';
import type { Lang } from '../../base/lang.js';
import { noData } from '../../base/no-data.js';
import type { Source } from '../../data/format.js';
import { localize } from '../../data/localize.js';
import type { ResultsModel, Statistic } from '../../data/model.js';
import { findStatistic } from '../../data/query.js';
import { formatChange, formatDate, formatNumber, resolveStyle, type ChangeText, type NumberStyle } from './format-number.js';

/** What the counter selected, with every string already in the element's language. */
export interface StatsCounterView {
  stat: Statistic;
  label: string;
  value: number;
  /** The final value as shown: "1.45万" / "14.5K". */
  final: string;
  /** The style the value is written in (`auto` resolved). */
  style: 'compact' | 'full';
  approximate: boolean;
  unit: string;
  date: string;
  /** Everything a screen reader needs about the figure: "约1.45万个" / "about 14.5K websites". */
  spoken: string;
  change?: ChangeText;
  sources: readonly Source[];
  note: string;
}

export const counterMessages = messages({
  'zh-CN': {
    about: '约',
    spoken: (approx: boolean, value: string, unit: string) => `${approx ? '约' : ''}${value}${unit}`,
    sep: ' · ',
  },
  en: {
    about: 'about',
    spoken: (approx: boolean, value: string, unit: string) => `${approx ? 'about ' : ''}${value}${unit ? ` ${unit}` : ''}`,
    sep: ' · ',
  },
});

/** The view for the element's `stat` and `format`; throws `noData` as `selectView` does. */
export function selectCounterView(
  model: ResultsModel,
  p: { stat: string | null; format: NumberStyle | null },
  lang: Lang,
): StatsCounterView {
  const c = common(lang);
  const m = counterMessages(lang);
  if (!p.stat) throw noData(c.noStatAttr);
  const found = findStatistic(model, p.stat);
  if (!found) throw noData(c.noStatistic(p.stat));
  const { stat } = found;
  const style = resolveStyle(stat.value, p.format);
  const final = formatNumber(stat.value, lang, style);
  const unit = localize(stat.unit, lang);
  const approximate = stat.approximate === true;
  return {
    stat,
    label: localize(stat.label, lang),
    value: stat.value,
    final,
    style,
    approximate,
    unit,
    date: formatDate(stat.date, lang),
    spoken: m.spoken(approximate, final, unit),
    change: found.change ? formatChange(found.change.ratio, found.change.since, lang) : undefined,
    sources: stat.sources,
    note: localize(stat.note, lang),
  };
}
