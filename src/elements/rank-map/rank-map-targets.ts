/**
 * The map's targets, DOM-free: the region shapes, user features or key-city dots drawn for a view,
 * with their hit radii, callouts and tooltips; and the look-ups the element makes over them.
 */
import type { Lang } from '../../base/lang.js';
import { REGIONS, regionByCode, regionName, resolveRegion } from '../../data/regions.js';
import { splitList } from '../../data/query.js';
import { round1 } from '../../geo/planar.js';
import { callouts as calloutsFor, type MapGeometry, type Callout } from './geometry.js';
import { tooltipModel } from './tooltip.js';
import { tally, type MapReport, type MapView, type Target, type Tally } from './rank-map-view.js';

/** A region's name in `lang`; `full`: the full Chinese name on a zh-CN page. */
export function regionNameOf(code: string, lang: Lang, fallback?: string, full = false): string {
  const r = regionByCode(code);
  if (!r) return fallback ?? code;
  if (full && lang === 'zh-CN') return r.name;
  return regionName(r, lang);
}

/**
 * The targets of a view on a geometry. `user`: the geometry is the user's; `u`: units of the fixed
 * space per screen px (for sizes that must stay usable on screen); `width`: the map's width in px.
 */
export function buildTargets(
  view: MapView,
  geo: MapGeometry,
  user: boolean,
  callouts: Callout[],
  u: number,
  width: number,
  lang: Lang,
): Target[] {
  const { edition, scale } = view;
  const target = (code: string, name: string, centroid: [number, number], extra: Partial<Target>): Target => {
    const row = edition.byCode.get(code);
    return {
      code,
      name,
      row,
      item: scale.itemOf(row),
      centroid,
      ...extra,
      tip: tooltipModel({ name, row, edition, lang, tied: row?.tied ?? false }),
    };
  };
  if (view.level === 'city' && !user) {
    // Dot radius in screen px (larger on wide maps), then in units.
    const px = Math.max(3.5, round1(width * 0.007));
    const r = px * u;
    const out: Target[] = [];
    for (const c of REGIONS) {
      const p = c.level === 'city' ? geo.cities.get(c.code) : undefined;
      if (!p) continue;
      out.push(target(c.code, regionName(c, lang), p, { dot: { x: p[0], y: p[1], r, hit: (px + 5) * u } }));
    }
    // Neighbouring cities (广州, 深圳 on a phone-width map): a hit circle reaches at most halfway
    // to the nearest other dot, never less than the dot itself, so a tap selects the city under it.
    for (const a of out) {
      let nearest = Infinity;
      for (const b of out) if (b !== a) nearest = Math.min(nearest, Math.hypot(a.dot!.x - b.dot!.x, a.dot!.y - b.dot!.y));
      a.dot!.hit = Math.max(a.dot!.r, Math.min(a.dot!.hit, nearest / 2));
    }
    return out;
  }
  const byCode = new Map(callouts.map((c) => [c.code, c]));
  return geo.shapes.map((s) => {
    const callout = byCode.get(s.code);
    // HK and Macau: the callout's centre is where the tooltip and keyboard navigation anchor.
    const centroid: [number, number] = callout ? [callout.x, callout.y] : s.centroid;
    return target(s.code, regionNameOf(s.code, lang, s.name), centroid, { d: s.d, ...(callout ? { callout } : {}) });
  });
}

/** The code of a region given by code or any name form (the targets' names too); else the input, trimmed. */
export function codeOf(targets: readonly Target[], input: string | number): string {
  const trimmed = String(input).trim();
  if (targets.some((t) => t.code === trimmed)) return trimmed;
  return resolveRegion(trimmed)?.code ?? targets.find((t) => t.name === trimmed)?.code ?? trimmed;
}

/** The codes of a comma-separated list — only regions on this map: an unknown name must not dim every region. */
export function highlightCodesOf(targets: readonly Target[], list: string | null): Set<string> {
  const known = new Set(targets.map((t) => t.code));
  return new Set(
    splitList(list)
      .map((s) => codeOf(targets, s))
      .filter((code) => known.has(code)),
  );
}

/** The region that holds the one roving tab stop: the focused one, else the selected one, else the first. */
export function tabCodeOf(targets: readonly Target[], focus: string | null, selected: string | null): string | null | undefined {
  return targets.some((x) => x.code === focus) ? focus : targets.some((x) => x.code === selected) ? selected : targets[0]?.code;
}

/** The key a mismatch warning is given once for, and its message (none when everything matched). */
export function mismatchWarning(r: MapReport): { key: string; message: string } | undefined {
  const key = `${r.offMap.length}|${r.unmatchedFeatures.length}|${r.geometryProblems.length}`;
  if (key === '0|0|0') return undefined;
  return {
    key,
    message: `gov-rank-map: ${r.unmatchedFeatures.length} shape(s) without a result, ${r.offMap.length} result(s) without a shape${r.geometryProblems.length ? `; ${r.geometryProblems.join(' ')}` : ''}`,
  };
}

/** Whether two memo keys hold the same values, item by item (`a` may be unset). */
export function sameKey(a: readonly unknown[] | undefined, b: readonly unknown[]): boolean {
  return !!a && b.every((k, i) => k === a[i]);
}

/**
 * The targets of a view on a geometry, what they count and the report. `userProblems`: the user
 * geometry reader's notes, null for the bundled geometry; `width`: the map's width in px.
 */
export function deriveMap(
  view: MapView,
  geo: MapGeometry,
  userProblems: string[] | null,
  width: number,
  lang: Lang,
): { targets: Target[]; tally: Tally; report: MapReport } {
  const user = userProblems !== null;
  const callouts = !user && view.level !== 'city' ? calloutsFor(geo, width) : [];
  const targets = buildTargets(view, geo, user, callouts, geo.width / width, width, lang);
  const t = tally(targets, view);
  const unmatchedFeatures = user ? targets.filter((x) => !x.row).map((x) => x.name) : [];
  return { targets, tally: t, report: { offMap: t.offMap, unmatchedFeatures, geometryProblems: userProblems ?? [] } };
}

/** A pointer's position in the map's fixed space, given the svg's box on screen and the space's width. */
export function pointInBox(
  rect: { left: number; top: number; width: number },
  geoWidth: number,
  e: { clientX: number; clientY: number },
): [number, number] {
  const k = rect.width ? geoWidth / rect.width : 1;
  return [(e.clientX - rect.left) * k, (e.clientY - rect.top) * k];
}
