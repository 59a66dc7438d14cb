/**
 * The pure part of `gov-rank render`: which flags each element takes (named like its attributes),
 * the results → the element's own view (its `*-select.ts`) → the picture's SVG, and the
 * command's words in zh-CN and en. bin/commands/render.mjs reads files, writes the output and
 * makes the PNG.
 */
import { common, errorTextWith, messages } from '../base/i18n.js';
import { errorTextZh } from '../base/error-text.js';
import { editDistance, suggestRegions, suggestionName } from '../data/suggest.js';
import type { Lang } from '../base/lang.js';
import { isGovRankError, type GovRankError } from '../data/errors.js';
import { parseJson } from '../data/load.js';
import { parseResults, type ResultsModel } from '../data/model.js';
import { loadBundled } from '../data/bundled.js';
import { resolveRegion } from '../data/regions.js';
import { selectMapView } from '../elements/rank-map/rank-map-select.js';
import type { ColorBy } from '../elements/rank-map/scale.js';
import { selectBadgeView } from '../elements/tier-badge/tier-badge-select.js';
import { selectCounterView } from '../elements/stats-counter/stats-counter-select.js';
import type { NumberStyle } from '../elements/stats-counter/format-number.js';
import { selectSparklineView } from '../elements/trend-sparkline/trend-sparkline-select.js';
import { selectTableView } from '../elements/rank-table/rank-table-select.js';
import { mapPicture } from '../picture/map.js';
import { badgePicture } from '../picture/badge.js';
import { counterPicture } from '../picture/counter.js';
import { sparklinePicture } from '../picture/sparkline.js';
import { tablePicture } from '../picture/table.js';
import type { PictureOptions } from '../picture/options.js';
import { elementName, type ElementName } from '../base/tags.js';

type Flags = Record<string, string | boolean | undefined>;
const str = (v: string | boolean | undefined): string | null => (typeof v === 'string' ? v : null);
const numOrNull = (v: string | boolean | undefined): number | null =>
  typeof v === 'string' && v.trim() && Number.isFinite(Number(v)) ? Number(v) : null;

interface RenderEntry {
  flags: string[];
  booleans?: string[];
  draw: (m: ResultsModel, f: Flags, o: PictureOptions) => string;
}

/** Each element (by its short name in base/tags.ts): its flags (its attributes; booleans take no value) and how it draws. */
export const RENDER_ELEMENTS: Record<ElementName, RenderEntry> = {
  map: {
    flags: ['assessment', 'year', 'color-by', 'level', 'selected', 'highlight', 'inset', 'approval-number', 'attribution'],
    draw: (model, f, o) => {
      const lang = o.lang;
      const p = {
        assessment: str(f.assessment),
        year: numOrNull(f.year),
        colorBy: str(f['color-by']) as ColorBy | null,
        level: str(f.level),
      };
      const view = selectMapView(model, p, lang);
      const selected = str(f.selected);
      // The element ignores an unknown selection; a command says so.
      if (selected && !resolveRegion(selected)) throw new RenderError(common(lang).unknownRegion(selected));
      const inset = str(f.inset) as 'south-china-sea' | 'none' | null;
      return mapPicture(view, {
        ...o,
        selected,
        highlight: str(f.highlight),
        inset,
        approvalNumber: str(f['approval-number']),
        attribution: str(f.attribution),
      });
    },
  },
  badge: {
    flags: ['region', 'year', 'assessment', 'variant', 'size', 'href', 'show'],
    draw: (model, f, o) =>
      badgePicture(
        selectBadgeView(
          model,
          { region: str(f.region), year: numOrNull(f.year), assessment: str(f.assessment), href: str(f.href), show: str(f.show) },
          o.lang,
        ),
        o,
      ),
  },
  sparkline: {
    flags: ['region', 'metric', 'assessment'],
    booleans: ['markers', 'bands'],
    draw: (model, f, o) =>
      sparklinePicture(
        selectSparklineView(
          model,
          { region: str(f.region), metric: str(f.metric), assessment: str(f.assessment), bands: f.bands === true },
          o.lang,
        ),
        { ...o, markers: f.markers === true },
      ),
  },
  counter: {
    flags: ['stat', 'format'],
    draw: (model, f, o) =>
      counterPicture(selectCounterView(model, { stat: str(f.stat), format: str(f.format) as NumberStyle | null }, o.lang), o),
  },
  table: {
    flags: ['assessment', 'year', 'level', 'limit', 'highlight', 'trend'],
    draw: (model, f, o) =>
      tablePicture(
        selectTableView(
          model,
          {
            assessment: str(f.assessment),
            year: numOrNull(f.year),
            level: str(f.level),
            limit: numOrNull(f.limit),
            highlight: str(f.highlight),
            trend: str(f.trend),
          },
          o.lang,
        ),
        o,
      ),
  },
};

/** The entry of the element named `element`, or undefined (`toString` is no element). */
export function renderEntry(element: string): RenderEntry | undefined {
  const name = elementName(element);
  return name && RENDER_ELEMENTS[name];
}

/** Flags every element takes (the element's `lang` and `theme`, and the command's own). */
export const COMMON_FLAGS = ['lang', 'theme', 'src', 'width', 'scale', 'out', 'font'];

/** A failure the command reports in one line (exit 1 or 2), already in the reader's language. */
export class RenderError extends Error {
  constructor(
    message: string,
    readonly status = 1,
  ) {
    super(message);
  }
}

export const renderMessages = messages({
  'zh-CN': {
    unknownElement: (e: string, known: string) => `未知的元素“${e}”，可选：${known}`,
    unknownFlag: (f: string, e: string, known: string, near?: string) =>
      near ? `${e} 没有 --${f} 参数，是不是 --${near}？` : `${e} 没有 --${f} 参数，可用：${known}`,
    didYouMean: (names: string) => `是不是 ${names}？`,
    missingValue: (f: string) => `--${f} 需要一个值`,
    badNumber: (f: string, v: string) => `--${f} 应为正数，而不是“${v}”`,
    noOut: '请用 --out 指定输出文件（.svg、.png 或 .html）',
    badOut: (f: string) => `无法识别输出格式“${f}”：请用 .svg、.png 或 .html 结尾`,
    unreadable: (f: string, why: string) => `无法读取 ${f}：${why}`,
    noResvg: 'PNG 需要可选依赖 @resvg/resvg-js，请运行 npm install @resvg/resvg-js',
    noSsr: 'HTML 输出需要构建好的 gov-rank/ssr（dist/ssr），请先运行 npm run build，或改用 .svg 或 .png',
    wrote: (f: string, w: number, h: number) => `已写入 ${f}（${w}×${h}）`,
    wroteHtml: (f: string) => `已写入 ${f}（服务端渲染的元素）`,
    cannotWrite: (f: string, why: string) => `无法写入 ${f}：${why}`,
  },
  en: {
    unknownElement: (e: string, known: string) => `unknown element "${e}"; one of: ${known}`,
    unknownFlag: (f: string, e: string, known: string, near?: string) =>
      near ? `${e} takes no --${f}; did you mean --${near}?` : `${e} takes no --${f}; it takes: ${known}`,
    didYouMean: (names: string) => `did you mean ${names}?`,
    missingValue: (f: string) => `--${f} needs a value`,
    badNumber: (f: string, v: string) => `--${f} must be a positive number, not "${v}"`,
    noOut: 'name the output file with --out (.svg, .png or .html)',
    badOut: (f: string) => `cannot tell the format of "${f}": end it in .svg, .png or .html`,
    unreadable: (f: string, why: string) => `cannot read ${f}: ${why}`,
    noResvg: 'PNG needs the optional dependency @resvg/resvg-js: npm install @resvg/resvg-js',
    noSsr: 'HTML output needs the built gov-rank/ssr (dist/ssr): run npm run build, or write .svg or .png',
    wrote: (f: string, w: number, h: number) => `wrote ${f} (${w}×${h})`,
    wroteHtml: (f: string) => `wrote ${f} (the server-rendered element)`,
    cannotWrite: (f: string, why: string) => `cannot write ${f}: ${why}`,
  },
});

/** The results: a file's text (`src` names it in messages), else the bundled results. */
export async function renderModel(text: string | undefined, src: string | undefined, lang: Lang): Promise<ResultsModel> {
  try {
    return text === undefined ? await loadBundled() : parseResults(parseJson(text, src), src);
  } catch (e) {
    throw isGovRankError(e) ? new RenderError(cliErrorText(e, lang)) : e;
  }
}

/** The element's picture as an SVG string; a selection that finds nothing is a RenderError. */
export function renderSvg(element: string, model: ResultsModel, flags: Flags, opts: PictureOptions): string {
  const entry = renderEntry(element);
  if (!entry) throw new RenderError(renderMessages(opts.lang).unknownElement(element, Object.keys(RENDER_ELEMENTS).join(', ')), 2);
  try {
    return entry.draw(model, flags, opts);
  } catch (e) {
    if (!isGovRankError(e)) throw e;
    // A region the registry does not know: the nearest names, as the validator suggests them.
    const region = typeof flags.region === 'string' ? flags.region : undefined;
    const near =
      e.kind === 'no-data' && region && !resolveRegion(region) ? suggestRegions(region).map((r) => suggestionName(r, region)) : [];
    const hint = near.length ? `${common(opts.lang).colon}${renderMessages(opts.lang).didYouMean(near.join(' / '))}` : '';
    throw new RenderError(cliErrorText(e, opts.lang) + hint);
  }
}

/** The flag of `known` one or two edits from a mistyped `flag` (--colr-by → color-by), if one is. */
export function nearestFlag(flag: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of known) {
    const d = editDistance(flag, k, 2);
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/** The element's attributes for gov-rank/ssr: its own flags, `lang` and `theme` (the command's own flags are not attributes). */
export function renderAttributes(element: string, flags: Flags): Record<string, string | boolean> {
  const entry = renderEntry(element);
  const own = [...(entry?.flags ?? []), ...(entry?.booleans ?? []), 'lang', 'theme'];
  const attrs: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(flags)) if (own.includes(name) && value !== undefined) attrs[name] = value;
  return attrs;
}

/** A rejection of gov-rank/ssr as the command's one-line message (exit 1); anything else as it is. */
export function renderFailure(e: unknown, lang: Lang): unknown {
  return isGovRankError(e) ? new RenderError(cliErrorText(e, lang)) : e;
}

/** A GovRankError's message in `lang` (the Chinese texts are at hand in Node). */
function cliErrorText(e: GovRankError, lang: Lang): string {
  return errorTextWith(e, lang, errorTextZh) ?? e.message;
}
