/** Harness of <gov-trend-sparkline>: see ../shared/harness.ts. */
import type { GovTrendSparkline } from '../../../src/define/sparkline.js';
import { Harness } from '../shared/harness.js';

export class SparklineHarness extends Harness<GovTrendSparkline> {
  /** Mounts markup holding one sparkline and waits until it settled. */
  static async mount(markup: string): Promise<SparklineHarness> {
    const h = new SparklineHarness(await Harness.mountElement<GovTrendSparkline>('gov-trend-sparkline', markup));
    await h.settled();
    return h;
  }

  svg(): SVGSVGElement | null {
    return this.$<SVGSVGElement>('svg[part="svg"]');
  }

  /** The points (one per edition with a rank), in year order. */
  points(): SVGCircleElement[] {
    return this.$$<SVGCircleElement>('circle[part="point"]');
  }

  /** The point of a year, or null. */
  point(year: number | string): SVGCircleElement | null {
    return this.$<SVGCircleElement>(`circle[part="point"][data-year="${year}"]`);
  }

  /** The years drawn, in order. */
  years(): string[] {
    return this.points().map((c) => c.getAttribute('data-year') ?? '');
  }

  /** The chart's accessible name. */
  label(): string {
    return this.svg()?.getAttribute('aria-label') ?? '';
  }

  /** Moves the pointer over the chart at a year's point (the chart listens on the svg) and waits for the tooltip. */
  async hoverYear(year: number | string): Promise<string> {
    const c = this.point(year);
    if (!c) throw new Error(`no point for ${year}`);
    const r = c.getBoundingClientRect();
    this.svg()!.dispatchEvent(new PointerEvent('pointermove', { clientX: r.x + r.width / 2, clientY: r.y, bubbles: true }));
    await this.element.updateComplete;
    return this.tooltip();
  }

  /** Moves the pointer off the chart. */
  async leave(): Promise<void> {
    this.svg()!.dispatchEvent(new PointerEvent('pointerleave'));
    await this.element.updateComplete;
  }
}
