/**
 * Benchmark page: the same map drawn by ECharts 6 (`map` series, SVG renderer), tree-shaken to
 * what it needs (map series, piecewise visual map, tooltip, SVG renderer), as a careful user
 * would import it. Animation is off. Same geometry (the bundled TopoJSON decoded with
 * topojson-client, registered once per page) and the same inline results as bench/ours.ts.
 */
import * as echarts from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { VisualMapPiecewiseComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import topoJson from '../src/geo/china-provinces.topo.json';
import { install, inlineResults, whenDom, fillSignature, type Rendered } from './harness.js';

echarts.use([MapChart, VisualMapPiecewiseComponent, TooltipComponent, SVGRenderer]);

/** Our light-theme tier and no-data colours, from src/base/tokens.ts, injected at build time by
 *  scripts/bench.mjs (importing tokens.ts here would bundle Lit into this page). */
declare const BENCH_COLORS: { tiers: string[]; noData: string };

const MAP = 'china-bench';
const ASSESSMENT = 'cps-online-service-province';
const HEIGHT = 760; // about the height <gov-rank-map> takes at 800 px wide (inset included)
let registered = false;

interface Row {
  region: string;
  score?: number;
  tier?: string;
  rank?: number;
}
interface File {
  assessments: { id: string; tiers: { id: string }[]; editions: { year: number; results: Row[] }[] }[];
}

const results = inlineResults() as File;

/** The user's glue: one edition of the results file as ECharts data (value = tier index, 0 = best). */
function seriesData(file: File, year: number) {
  const a = file.assessments.find((x) => x.id === ASSESSMENT)!;
  const tierIndex = new Map(a.tiers.map((t, i) => [t.id, i]));
  const e = a.editions.find((x) => x.year === year)!;
  return e.results
    .filter((r) => r.tier !== undefined)
    .map((r) => ({ name: r.region, value: tierIndex.get(r.tier!)!, score: r.score, rank: r.rank }));
}

function option(year: number): echarts.EChartsCoreOption {
  const a = results.assessments.find((x) => x.id === ASSESSMENT)!;
  return {
    animation: false,
    tooltip: { trigger: 'item' },
    visualMap: {
      type: 'piecewise',
      show: true,
      left: 8,
      bottom: 8,
      pieces: a.tiers.map((t, i) => ({ value: i, label: t.id, color: BENCH_COLORS.tiers[i] })),
    },
    series: [
      {
        type: 'map',
        map: MAP,
        roam: false,
        selectedMode: false,
        label: { show: false },
        itemStyle: { areaColor: BENCH_COLORS.noData, borderColor: BORDER, borderWidth: 0.5 },
        data: seriesData(results, year),
      },
    ],
  };
}

/** Region shapes: the paths drawn with the series' border (the legend's symbols have none). */
const BORDER = '#ffffff';
const regionPaths = (root: Element) => root.querySelectorAll(`svg path[stroke="${BORDER}"][fill]`);

install({
  name: 'echarts',
  async render(container, year) {
    if (!registered) {
      // Cold: decode the TopoJSON and register it (ECharts parses it on first use). Warm: cached.
      const topo = topoJson as unknown as Topology<{ provinces: GeometryCollection<{ name: string }> }>;
      echarts.registerMap(MAP, feature(topo, topo.objects.provinces) as never);
      registered = true;
    }
    container.style.height = `${HEIGHT}px`;
    const chart = echarts.init(container, null, { renderer: 'svg' });
    chart.setOption(option(year)); // not lazy: ECharts flushes the SVG synchronously here
    await whenDom(container, () => regionPaths(container).length >= 34);
    let shown = year;
    return {
      regions: regionPaths(container).length,
      async recolor(next) {
        if (next === shown) return;
        const before = fillSignature(regionPaths(container));
        chart.setOption({ series: [{ data: seriesData(results, next) }] });
        shown = next;
        await whenDom(container, () => fillSignature(regionPaths(container)) !== before);
      },
      dispose() {
        chart.dispose();
      },
    } satisfies Rendered;
  },
});
