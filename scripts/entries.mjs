// @ts-check
// The package's entry points, in one place: the build, the size report and the package test read it.
export const ELEMENTS = [
  // [entry name, tag, class module, class name]
  ['map', 'gov-rank-map', 'src/elements/rank-map/rank-map.ts', 'GovRankMap'],
  ['badge', 'gov-tier-badge', 'src/elements/tier-badge/tier-badge.ts', 'GovTierBadge'],
  ['sparkline', 'gov-trend-sparkline', 'src/elements/trend-sparkline/trend-sparkline.ts', 'GovTrendSparkline'],
  ['counter', 'gov-stats-counter', 'src/elements/stats-counter/stats-counter.ts', 'GovStatsCounter'],
  ['table', 'gov-rank-table', 'src/elements/rank-table/rank-table.ts', 'GovRankTable'],
];

/**
 * Rollup input map of the ES build: name in dist/ → source.
 * @param {(file: string) => boolean} [exists]
 */
export function libEntries(exists = () => true) {
  // cli/index: the pure part of bin/gov-rank.mjs (messages, labels, checks); no element imports it.
  // hydrate-elements: index and the hydration of server-rendered elements (dist/hydrate.js, built
  // by scripts/build-ssr.mjs, loads Lit's hydration support before it).
  // cli/render: `gov-rank render` (views → pictures), apart so that validate loads none of it.
  const input = {
    index: 'src/index.ts',
    'hydrate-elements': 'src/hydrate-elements.ts',
    'data/index': 'src/data/index.ts',
    'data/node': 'src/data/node.ts',
    'cli/index': 'src/cli/index.ts',
    'cli/render': 'src/cli/render.ts',
  };
  for (const [name, , cls] of ELEMENTS) {
    if (!exists(cls)) continue;
    input[`define/${name}`] = `src/define/${name}.ts`;
    input[`elements/${name}`] = cls;
  }
  return input;
}

/** Packages left to the user's bundler in the ES build (inlined in the CDN build). */
export const EXTERNAL = [/^lit($|\/)/, /^lit-(html|element)($|\/)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^topojson-client/];
