// @ts-check
// One library's map rendered to a string in Node, timed; run in its own process by scripts/bench.mjs
// (`node scripts/lib/bench-node-render.mjs ours|echarts <runs> <warmup>`, colours as JSON in
// BENCH_COLORS) so that the two libraries share no heap, JIT or globals (Lit SSR installs DOM shims).
// Prints one JSON line: { first, samples, bytes, gz, regions }. `… html` prints our map's HTML (for
// the server-rendered page of scripts/lib/bench-paint.mjs).
//
//  ours     renderElement('map', …) from the built gov-rank/ssr (dist/ssr/index.js): the element's
//           HTML with its declarative shadow root (styles, regions, legend, inset, sources).
//  echarts  ECharts 6 server-side SVG (echarts.init(null, null, { renderer: 'svg', ssr: true }),
//           a `map` series with a continuous visualMap, animation off, renderToSVGString), with the
//           same geometry (src/geo/china-provinces.topo.json as GeoJSON via topojson-client,
//           registered once) and the same scores.
// Both: the scores of ASSESSMENT's YEAR edition in the bundled results; each sample is one whole
// render (ECharts: init, setOption, renderToSVGString, dispose).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const ASSESSMENT = 'cps-online-service-province';
export const YEAR = 2020;
export const WIDTH = 800;
/** About the height <gov-rank-map> takes at 800 px wide (inset included), as in bench/echarts.ts. */
const HEIGHT = 760;

const root = resolve(import.meta.dirname, '../..');
const readJson = (/** @type {string} */ p) => JSON.parse(readFileSync(join(root, p), 'utf8'));

/** @returns {Promise<() => string>} */
async function ours() {
  const ssr = join(root, 'dist/ssr/index.js');
  const { renderElement } = await import(pathToFileURL(ssr).href);
  const attrs = { assessment: ASSESSMENT, year: YEAR, 'color-by': 'score' };
  // renderElement is async (it loads the data first); the harness awaits it, see `time`.
  return () => renderElement('map', attrs, { width: WIDTH });
}

/**
 * @param {{ seq: string[], noData: string }} colors
 * @returns {Promise<() => string>}
 */
async function echarts(colors) {
  const echarts = await import('echarts');
  const { feature } = await import('topojson-client');
  const topo = readJson('src/geo/china-provinces.topo.json');
  echarts.registerMap('china-bench', /** @type {never} */ (feature(topo, topo.objects.provinces)));
  const file = readJson('src/data/bundled-results.json');
  const edition = file.assessments
    .find((/** @type {{ id: string }} */ a) => a.id === ASSESSMENT)
    .editions.find((/** @type {{ year: number }} */ e) => e.year === YEAR);
  /** @type {{ name: string, value: number }[]} */
  const data = edition.results
    .filter((/** @type {{ score?: number }} */ r) => r.score !== undefined)
    .map((/** @type {{ region: string, score: number }} */ r) => ({ name: r.region, value: r.score }));
  const scores = data.map((d) => d.value);
  const option = {
    animation: false,
    visualMap: {
      type: 'continuous',
      min: Math.min(...scores),
      max: Math.max(...scores),
      left: 8,
      bottom: 8,
      inRange: { color: colors.seq },
    },
    series: [
      {
        type: 'map',
        map: 'china-bench',
        roam: false,
        selectedMode: false,
        label: { show: false },
        itemStyle: { areaColor: colors.noData, borderColor: '#ffffff', borderWidth: 0.5 },
        data,
      },
    ],
  };
  return () => {
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height: HEIGHT });
    chart.setOption(option);
    const svg = chart.renderToSVGString();
    chart.dispose();
    return svg;
  };
}

/** Region shapes in the output: our region paths, or ECharts' paths with the series' border. */
const REGIONS = {
  ours: /<path class="shape" data-code=/g,
  echarts: /<path [^>]*stroke="#fff"|<path [^>]*stroke="#ffffff"/g,
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [lib, runsArg, warmupArg] = process.argv.slice(2);
  if (lib === 'html') {
    process.stdout.write(await (await ours())());
    process.exit(0);
  }
  if (lib !== 'ours' && lib !== 'echarts') throw new Error('bench-node-render: ours or echarts');
  const render = lib === 'ours' ? await ours() : await echarts(JSON.parse(process.env.BENCH_COLORS ?? '{}'));
  let t = performance.now();
  const out = await render();
  const first = performance.now() - t;
  for (let i = 0; i < Number(warmupArg); i++) await render();
  const samples = [];
  for (let i = 0; i < Number(runsArg); i++) {
    t = performance.now();
    await render();
    samples.push(performance.now() - t);
  }
  const regions = (out.match(REGIONS[lib]) ?? []).length;
  console.log(JSON.stringify({ first, samples, bytes: Buffer.byteLength(out), gz: gzipSync(out, { level: 9 }).length, regions }));
}
