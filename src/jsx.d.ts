/**
 * JSX and template typings of the gov-rank elements for React 19 and Vue 3, without depending on
 * either: each augmentation applies only where that framework's types are installed (the
 * `@ts-ignore` lines silence "module not found" when they are not). Shipped as
 * `dist/types/jsx.d.ts`; load it once with `import type {} from 'gov-rank/jsx'` (or
 * `"types": ["gov-rank/jsx"]` in tsconfig.json). See docs/frameworks.md.
 *
 * Hand-written (tsc does not copy .d.ts files); scripts/build.mjs copies it into dist/types/.
 * Keep it in step with the `@attr` tags of src/elements/*: test/react/ and the package test
 * type-check a consumer against it.
 */
import type { GovRankMap } from './elements/rank-map/rank-map.js';
import type { GovTierBadge } from './elements/tier-badge/tier-badge.js';
import type { GovTrendSparkline } from './elements/trend-sparkline/trend-sparkline.js';
import type { GovStatsCounter } from './elements/stats-counter/stats-counter.js';
import type { GovRankTable } from './elements/rank-table/rank-table.js';
import type { GovRankEventMap } from './base/events.js';

/** Attributes every gov-rank element takes (HTML names). */
export interface GovElementAttributes {
  /** URL of a results file (format v1). Without it: inline JSON child, the `data` property, else the bundled results. */
  src?: string;
  /** `zh-CN` or `en`; inherited from the nearest ancestor, else the document. */
  lang?: string;
  /** Force a colour scheme; `auto` (the default) follows the page's `color-scheme`. */
  theme?: 'light' | 'dark' | 'auto';
  /** `eager` (default) or `lazy` (load when near the viewport). */
  loading?: 'eager' | 'lazy';
  /** Milliseconds before a request is given up (default 15000). */
  timeout?: number;
}

/** Properties that are not attributes. React 19 and Vue set them as properties on the element. */
export interface GovElementProperties {
  /** A results object (format v1) given directly. */
  data?: unknown;
}

export interface GovRankMapAttributes extends GovElementAttributes {
  assessment?: string;
  /** Report year. */
  year?: number;
  'color-by'?: 'tier' | 'score' | 'rank';
  level?: 'province' | 'city';
  /** Code or any name form of the selected region. */
  selected?: string;
  /** Comma-separated codes or names. */
  highlight?: string;
  inset?: 'south-china-sea' | 'none';
  /** URL of your own GeoJSON/TopoJSON. */
  geometry?: string;
  'geometry-key'?: string;
  /** 审图号 shown under the map. */
  'approval-number'?: string;
  attribution?: string;
}

export interface GovTierBadgeAttributes extends GovElementAttributes {
  region?: string;
  year?: number;
  assessment?: string;
  variant?: 'flat' | 'pill' | 'card';
  size?: 'small' | 'medium' | 'large';
  href?: string;
  /** Space-separated parts: `tier rank score` (default all). */
  show?: string;
}

export interface GovTrendSparklineAttributes extends GovElementAttributes {
  region?: string;
  metric?: 'rank' | 'score';
  assessment?: string;
  markers?: boolean;
  bands?: boolean;
}

export interface GovStatsCounterAttributes extends GovElementAttributes {
  stat?: string;
  format?: 'compact' | 'full' | 'auto';
}

export interface GovRankTableAttributes extends GovElementAttributes {
  assessment?: string;
  year?: number;
  level?: 'province' | 'city';
  limit?: number;
  /** Comma-separated codes or names. */
  highlight?: string;
  /** `rank` (also the empty string) or `score`: a trend column. */
  trend?: '' | 'rank' | 'score' | boolean;
}

type Handler<K extends keyof GovRankEventMap> = (event: GovRankEventMap[K]) => void;
type CommonEvents = 'gov-loadstart' | 'gov-load' | 'gov-error' | 'gov-loadend';

/** React 19 adds a listener for a custom element prop `on` + the exact event name: `ongov-region-select`. */
export type GovReactEvents<K extends keyof GovRankEventMap> = { [E in K as `on${E}`]?: Handler<E> };

/** Vue compiles `@gov-region-select` to the prop `onGovRegionSelect`. */
export interface GovVueEvents {
  onGovLoadstart?: Handler<'gov-loadstart'>;
  onGovLoad?: Handler<'gov-load'>;
  onGovError?: Handler<'gov-error'>;
  onGovLoadend?: Handler<'gov-loadend'>;
}
export interface GovVueMapEvents extends GovVueEvents {
  onGovRegionSelect?: Handler<'gov-region-select'>;
}

/** Each tag: its element class, its attributes and, in React, its events. */
export interface GovRankTags {
  'gov-rank-map': { element: GovRankMap; attributes: GovRankMapAttributes; events: CommonEvents | 'gov-region-select' };
  'gov-tier-badge': { element: GovTierBadge; attributes: GovTierBadgeAttributes; events: CommonEvents };
  'gov-trend-sparkline': { element: GovTrendSparkline; attributes: GovTrendSparklineAttributes; events: CommonEvents };
  'gov-stats-counter': { element: GovStatsCounter; attributes: GovStatsCounterAttributes; events: CommonEvents };
  'gov-rank-table': { element: GovRankTable; attributes: GovRankTableAttributes; events: CommonEvents };
}

/** Props of one tag in React, apart from React's own HTML attributes. */
export type GovReactProps<T extends keyof GovRankTags> = GovRankTags[T]['attributes'] &
  GovElementProperties &
  GovReactEvents<GovRankTags[T]['events']>;

/** Props of one tag in Vue templates. */
export type GovVueProps<T extends keyof GovRankTags> = GovRankTags[T]['attributes'] &
  GovElementProperties &
  (T extends 'gov-rank-map' ? GovVueMapEvents : GovVueEvents);

// ---- React 19 (`React.JSX.IntrinsicElements`) ----
// @ts-ignore -- an augmentation that applies only where React's types (@types/react) are installed
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // @ts-ignore -- React's names exist only where its types are installed
      'gov-rank-map': DetailedHTMLProps<HTMLAttributes<GovRankMap>, GovRankMap> & GovReactProps<'gov-rank-map'>;
      // @ts-ignore -- as above
      'gov-tier-badge': DetailedHTMLProps<HTMLAttributes<GovTierBadge>, GovTierBadge> & GovReactProps<'gov-tier-badge'>;
      // @ts-ignore -- as above
      'gov-trend-sparkline': DetailedHTMLProps<HTMLAttributes<GovTrendSparkline>, GovTrendSparkline> & GovReactProps<'gov-trend-sparkline'>;
      // @ts-ignore -- as above
      'gov-stats-counter': DetailedHTMLProps<HTMLAttributes<GovStatsCounter>, GovStatsCounter> & GovReactProps<'gov-stats-counter'>;
      // @ts-ignore -- as above
      'gov-rank-table': DetailedHTMLProps<HTMLAttributes<GovRankTable>, GovRankTable> & GovReactProps<'gov-rank-table'>;
    }
  }
}

// ---- Vue 3 (`GlobalComponents`, used by vue-tsc / Volar for templates) ----
// @ts-ignore -- an augmentation that applies only where Vue is installed
declare module 'vue' {
  interface GlobalComponents {
    // @ts-ignore -- Vue's names exist only where it is installed
    'gov-rank-map': import('vue').DefineComponent<GovVueProps<'gov-rank-map'>>;
    // @ts-ignore -- as above
    'gov-tier-badge': import('vue').DefineComponent<GovVueProps<'gov-tier-badge'>>;
    // @ts-ignore -- as above
    'gov-trend-sparkline': import('vue').DefineComponent<GovVueProps<'gov-trend-sparkline'>>;
    // @ts-ignore -- as above
    'gov-stats-counter': import('vue').DefineComponent<GovVueProps<'gov-stats-counter'>>;
    // @ts-ignore -- as above
    'gov-rank-table': import('vue').DefineComponent<GovVueProps<'gov-rank-table'>>;
  }
}
