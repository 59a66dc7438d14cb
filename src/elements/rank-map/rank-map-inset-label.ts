/**
 * Where the South China Sea inset's label goes: measured after an update (fonts differ from page
 * to page) once per geometry, width and language — inside the frame where it fits clear of the
 * dashes, else left of the frame.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { insetLabelFits, type MapGeometry } from './geometry.js';
import { insetLabelX } from './rank-map-inset.js';
import { sameKey } from './rank-map-targets.js';

export class InsetLabelController implements ReactiveController {
  /**
   * The label does not fit inside the frame clear of the dashes: it is set left of it. Not
   * reactive: the controller moves the label itself, without a second update.
   */
  out = false;
  /** Geometry, width and language the label was last placed for. */
  private key?: unknown[];
  private readonly host: ReactiveElement;
  /** The geometry drawn, the map's width in px (0: not measured) and its language. */
  private readonly drawn: () => { geo: MapGeometry | undefined; width: number; lang: string };

  constructor(host: ReactiveElement, drawn: () => { geo: MapGeometry | undefined; width: number; lang: string }) {
    this.host = host;
    this.drawn = drawn;
    host.addController(this);
  }

  hostConnected(): void {
    // Measured after updates; nothing to start.
  }

  hostUpdated(): void {
    const { geo, width, lang } = this.drawn();
    const text = this.host.renderRoot.querySelector<SVGTextElement>('.inset-label');
    const inset = geo?.inset;
    const key = [geo, width, lang];
    if (!text || !inset || sameKey(this.key, key)) return;
    this.key = key;
    const b = text.getBBox();
    // Where the box would be inside the frame: the text is anchored at its end, so only x moves.
    const shift = this.out ? inset.box.width : 0;
    const fits = insetLabelFits({ x: b.x + shift, y: b.y, width: b.width, height: b.height }, inset);
    if (this.out !== fits) return;
    this.out = !fits;
    // The next render binds the same x, so Lit and the DOM agree.
    text.setAttribute('x', String(insetLabelX(inset.box, this.out, geo.width / (width || 800))));
  }
}
