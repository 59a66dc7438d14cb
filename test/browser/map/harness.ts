/** Harness of <gov-rank-map>: see ../shared/harness.ts. */
import type { GovRankMap } from '../../../src/elements/rank-map/rank-map.js';
import { Harness } from '../shared/harness.js';
import { fold } from '../helpers.js';

export interface LegendItem {
  label: string;
  swatch: string;
}

export class MapHarness extends Harness<GovRankMap> {
  /** Mounts markup holding one map and waits until it settled (drawn with its table alternative, or an error box). */
  static async mount(markup: string): Promise<MapHarness> {
    const h = new MapHarness(await Harness.mountElement<GovRankMap>('gov-rank-map', markup));
    await h.settled();
    return h;
  }

  /** Drawn and its table alternative laid out (in idle time), or an error shown. */
  protected override async ready(): Promise<boolean> {
    return !!this.$('[part~="status"].error') || (!!this.$('svg') && !!this.$('[part~="table"]'));
  }

  /** The region's group (`g.region[data-code]`), by its code ('440000'), or null. */
  region(code: string): SVGGElement | null {
    return this.$<SVGGElement>(`svg .region[data-code="${code}"]`);
  }

  /** The codes of every region drawn, in document order. */
  codes(): string[] {
    return this.$$('svg .region[data-code]').map((g) => g.getAttribute('data-code') ?? '');
  }

  /** The region whose accessible name starts with `name` ('广东', 'Guangdong'), or null. */
  regionNamed(name: string): SVGGElement | null {
    return (
      this.$$<SVGGElement>('svg .region[data-code]').find((g) => (g.getAttribute('aria-label') ?? '').split(/[：:]/)[0] === name) ?? null
    );
  }

  /** A point inside the region's painted shape that hit-tests to the region (viewport coordinates). */
  pointIn(code: string): [number, number] {
    return pointIn(this.element, code);
  }

  /** Hovers a region (synthetic pointer events on its shape) and returns the tooltip text. */
  async hoverRegion(code: string): Promise<string> {
    const shape = this.region(code)?.querySelector('.shape');
    if (!shape) throw new Error(`no region ${code}`);
    await this.hover(shape, this.pointIn(code));
    return this.tooltip();
  }

  /** The tooltip's title line ('' when no tooltip). */
  tooltipTitle(): string {
    return this.text('[part~="tooltip"] .tip-title');
  }

  /** The legend's items: label text and swatch colour. */
  legend(): LegendItem[] {
    return this.$$('[part~="legend"] li').map((li) => ({
      label: fold(li.textContent),
      swatch: getComputedStyle(li.querySelector('.swatch, [part~="swatch"]') ?? li).backgroundColor,
    }));
  }

  /** The legend as one line of text. */
  legendText(): string {
    return this.text('[part~="legend"]');
  }

  /** The map's accessible name. */
  label(): string {
    return this.$('svg')?.getAttribute('aria-label') ?? '';
  }
}

/**
 * A point (client px) inside a region's painted shape that hit-tests to that region inside the
 * map's svg: the first of a 11 × 11 grid over its box. Throws when no such point exists.
 */
export function pointIn(map: GovRankMap, code: string): [number, number] {
  const root = map.shadowRoot!;
  const shape = root.querySelector<SVGGeometryElement>(`svg .region[data-code="${code}"] .shape`);
  if (!shape) throw new Error(`no region ${code}`);
  const svg = root.querySelector('svg')!;
  const ctm = shape.getScreenCTM()!;
  const b = shape.getBBox();
  for (let i = 1; i < 12; i++) {
    for (let j = 1; j < 12; j++) {
      const p = { x: b.x + (b.width * i) / 12, y: b.y + (b.height * j) / 12 };
      if (!shape.isPointInFill(p)) continue;
      const s = new DOMPoint(p.x, p.y).matrixTransform(ctm);
      const [x, y] = [Math.round(s.x), Math.round(s.y)];
      const hit = root.elementFromPoint(x, y);
      if (hit?.closest('.region[data-code]')?.getAttribute('data-code') === code && svg.contains(hit)) return [x, y];
    }
  }
  throw new Error(`no clickable point in ${code}`);
}
