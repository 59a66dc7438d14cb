/**
 * The base of the element harnesses (test/browser/<element>/harness.ts), after material-web's
 * `testing/harness.ts`: a harness wraps one element and knows its shadow root's parts, so a test
 * says what a reader does (hover a region, read the tooltip) instead of which node it pokes.
 *
 * `settled()` reads no private field: it waits for the element's update, and while the element
 * shows its loading box (`[part~="status"].loading`, or `.skeleton`) for the next `gov-loadend` or a re-render.
 */
import { fixture } from '@open-wc/testing';
import type { GovElement } from '../../../src/base/gov-element.js';
import { fold } from '../helpers.js';

const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

export class Harness<E extends GovElement = GovElement> {
  constructor(readonly element: E) {}

  /** Mounts `markup` (the element, or a wrapper around it) and returns the first `tag` inside, not yet settled. */
  static async mountElement<E extends GovElement>(tag: string, markup: string): Promise<E> {
    const root = await fixture<HTMLElement>(markup);
    const el = root.localName === tag ? root : root.querySelector(tag);
    if (!el) throw new Error(`no <${tag}> in the mounted markup`);
    return el as E;
  }

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  $<T extends Element = Element>(sel: string): T | null {
    return this.root.querySelector<T>(sel);
  }

  $$<T extends Element = Element>(sel: string): T[] {
    return [...this.root.querySelectorAll<T>(sel)];
  }

  /** Still loading: the loading box is shown, or nothing is rendered yet. */
  isLoading(): boolean {
    return !this.root || !!this.$('[part~="status"].loading, [part~="status"].skeleton') || this.root.childElementCount === 0;
  }

  /** The element's data load ended (shown, or an error box) and it rendered. */
  async settled(timeout = 8000): Promise<E> {
    const end = Date.now() + timeout;
    let ended = false;
    const onEnd = () => (ended = true);
    this.element.addEventListener('gov-loadend', onEnd);
    try {
      for (;;) {
        await this.element.updateComplete;
        if (!this.isLoading() && (await this.ready())) break;
        if (Date.now() > end) throw new Error(`<${this.element.localName}> never settled: ${this.text().slice(0, 200)}`);
        await tick(ended ? 0 : 20);
        ended = false;
      }
      await this.element.updateComplete;
      return this.element;
    } finally {
      this.element.removeEventListener('gov-loadend', onEnd);
    }
  }

  /** Element-specific readiness beyond "not loading" (the map: its geometry and table alternative). */
  protected async ready(): Promise<boolean> {
    return true;
  }

  /** Text a person sees in the shadow root (whitespace folded). */
  text(sel?: string): string {
    return fold(sel ? this.$(sel)?.textContent : this.root.textContent);
  }

  /** The error or no-data message shown in the element's own box ('' when none). */
  status(): string {
    return this.text('[part~="status"]');
  }

  /** The tooltip's text ('' when none is shown). */
  tooltip(): string {
    return this.text('[part~="tooltip"]');
  }

  /** The centre of a node in viewport coordinates. */
  centre(node: Element): [number, number] {
    const r = node.getBoundingClientRect();
    return [r.left + r.width / 2, r.top + r.height / 2];
  }

  /** Moves a (synthetic) mouse pointer onto a node inside the shadow root and waits for the re-render. */
  async hover(node: Element, at: [number, number] = this.centre(node)): Promise<void> {
    const init = { bubbles: true, composed: true, clientX: at[0], clientY: at[1], pointerType: 'mouse' };
    node.dispatchEvent(new PointerEvent('pointerover', init));
    node.dispatchEvent(new PointerEvent('pointerenter', { ...init, bubbles: false }));
    node.dispatchEvent(new PointerEvent('pointermove', init));
    node.dispatchEvent(new MouseEvent('mouseover', init));
    node.dispatchEvent(new MouseEvent('mousemove', init));
    await this.element.updateComplete;
  }

  /** Moves the pointer off a node. */
  async unhover(node: Element): Promise<void> {
    const init = { bubbles: true, composed: true, pointerType: 'mouse' };
    node.dispatchEvent(new PointerEvent('pointerout', init));
    node.dispatchEvent(new PointerEvent('pointerleave', { ...init, bubbles: false }));
    node.dispatchEvent(new MouseEvent('mouseout', init));
    await this.element.updateComplete;
  }

  /** Clicks a node the way a mouse would (pointer events, then click). */
  async click(node: Element): Promise<void> {
    const [x, y] = this.centre(node);
    const init = { bubbles: true, composed: true, clientX: x, clientY: y, pointerType: 'mouse' };
    node.dispatchEvent(new PointerEvent('pointerdown', init));
    node.dispatchEvent(new PointerEvent('pointerup', init));
    node.dispatchEvent(new MouseEvent('click', init));
    await this.element.updateComplete;
  }
}
