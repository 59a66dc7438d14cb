/**
 * In-page timing harness shared by both benchmark pages (bench/ours.ts, bench/echarts.ts).
 * Each page supplies `render` (create one map in a fresh container, resolve when its DOM holds
 * every region with its fill) and `recolor` (switch the shown year, resolve when the fills have
 * changed). The harness times them with performance.now() and adds the "painted" point: two
 * requestAnimationFrame callbacks after the DOM is complete, i.e. a frame containing the map has
 * been produced. scripts/bench.mjs drives `window.bench` through Playwright.
 */

export interface Rendered {
  /** Region paths found in the finished DOM (must be 34). */
  regions: number;
  /** Switch to `year`; resolves once the region fills differ from before. */
  recolor(year: number): Promise<void>;
  /** Remove the map and free what it holds. */
  dispose(): void;
}

export interface Adapter {
  name: string;
  /** Create the map inside `container` and resolve when all regions and fills are in the DOM. */
  render(container: HTMLElement, year: number): Promise<Rendered>;
}

export interface Sample {
  /** ms from creation until the DOM holds all region paths with fills. */
  dom: number;
  /** ms until style and layout of that DOM are done (forced synchronously right after `dom`). */
  layout: number;
  /** ms from creation until two animation frames later (a frame with the map was produced). */
  paint: number;
  regions: number;
}

export interface BenchApi {
  ready: true;
  name: string;
  renderOnce(year: number): Promise<Sample>;
  recolorRuns(years: number[], runs: number): Promise<{ dom: number[]; layout: number[]; paint: number[] }>;
  rafFloor(runs: number): Promise<number[]>;
}

export const raf2 = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Style and layout now (shadow trees included), as the next frame would do them anyway: splits
 * "painted" into script → style/layout → paint/raster/frame.
 */
function flushLayout(): void {
  void document.body.offsetHeight;
}

/** A new task just after the next frame (as a page script or an event handler would run). */
export const afterFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Resolves when `check()` is true, re-checking on every DOM mutation under `root`. */
export function whenDom(root: Node, check: () => boolean, timeoutMs = 20000): Promise<void> {
  if (check()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const mo = new MutationObserver(() => {
      if (check()) {
        mo.disconnect();
        clearTimeout(timer);
        resolve();
      }
    });
    mo.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    const timer = setTimeout(() => {
      mo.disconnect();
      reject(new Error('bench: timed out waiting for the map DOM'));
    }, timeoutMs);
  });
}

/** One stable string of every region path's fill-related markup, for change detection. */
export function fillSignature(paths: ArrayLike<Element>): string {
  let s = '';
  for (let i = 0; i < paths.length; i++) {
    const p = paths[i]!;
    s += `${p.getAttribute('fill') ?? ''}|${p.getAttribute('style') ?? ''}|${p.getAttribute('class') ?? ''};`;
  }
  return s;
}

const WIDTH = 800;

export function install(adapter: Adapter): void {
  const host = document.getElementById('stage')!;
  let current: Rendered | undefined;

  const fresh = (): HTMLElement => {
    current?.dispose();
    current = undefined;
    host.replaceChildren();
    const c = document.createElement('div');
    c.className = 'map';
    c.style.width = `${WIDTH}px`;
    host.append(c);
    return c;
  };

  const api: BenchApi = {
    ready: true,
    name: adapter.name,
    async renderOnce(year) {
      const container = fresh();
      await afterFrame(); // start in a fresh task just after a frame, on a quiet page
      const t0 = performance.now();
      const r = await adapter.render(container, year);
      const tDom = performance.now();
      flushLayout();
      const tLayout = performance.now();
      await raf2();
      const tPaint = performance.now();
      current = r;
      return { dom: tDom - t0, layout: tLayout - t0, paint: tPaint - t0, regions: r.regions };
    },
    async recolorRuns(years, runs) {
      if (!current) await api.renderOnce(years[0]!);
      const dom: number[] = [];
      const layout: number[] = [];
      const paint: number[] = [];
      for (let i = 0; i < runs; i++) {
        const year = years[(i + 1) % years.length]!;
        await afterFrame();
        const t0 = performance.now();
        await current!.recolor(year);
        const tDom = performance.now();
        flushLayout();
        const tLayout = performance.now();
        await raf2();
        const tPaint = performance.now();
        dom.push(tDom - t0);
        layout.push(tLayout - t0);
        paint.push(tPaint - t0);
      }
      return { dom, layout, paint };
    },
    async rafFloor(runs) {
      const out: number[] = [];
      for (let i = 0; i < runs; i++) {
        await afterFrame();
        const t0 = performance.now();
        await raf2();
        out.push(performance.now() - t0);
      }
      return out;
    },
  };
  (window as unknown as { bench: BenchApi }).bench = api;
}

/** The results file given inline in the page (same bytes for both pages). */
export function inlineResults(): unknown {
  return JSON.parse(document.getElementById('bench-data')!.textContent!);
}
