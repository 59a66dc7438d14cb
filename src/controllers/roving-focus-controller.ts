/**
 * Roving arrow-key focus in a composite widget (the map's regions, the sparkline's points): one
 * tab stop, the `active` item; arrow keys move it (where to is the element's rule: the map's
 * nearest region that way, the sparkline's next point), Home and End jump to the first and last.
 * `focused` says whether an item has keyboard focus. Bind `onKeyDown`, `onFocusIn` and
 * `onFocusOut` on the widget's wrapper. Model: material-web's menu controllers.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { rovingKey } from './roving-keys.js';

export interface RovingFocusOptions<K> {
  /** The items in order (Home: the first, End: the last). */
  items: () => readonly K[];
  /** The item an event happened on (its target or one of its ancestors), if any. */
  itemOf: (target: EventTarget | null) => K | undefined;
  /** The item the arrow `key` leads to from `from`; undefined: nothing lies that way (no move). */
  step: (from: K, key: string) => K | undefined;
  /** The element to focus for an item (after the update that makes it the tab stop). */
  element: (item: K) => HTMLElement | SVGElement | null | undefined;
  /** Called when a key moves the tab stop, before the host updates. */
  onMove?: (item: K) => void;
  /**
   * When an update removed the focused item (new data with fewer items): the element to focus
   * instead, so keyboard focus stays in the widget rather than dropping to <body>.
   */
  refocus?: () => HTMLElement | SVGElement | null | undefined;
}

export class RovingFocusController<K> implements ReactiveController {
  /** The tab stop: the item focused last (undefined: the element's default). */
  active: K | undefined;
  /** Whether an item has keyboard focus now. */
  focused = false;
  private readonly host: ReactiveElement;
  private readonly options: RovingFocusOptions<K>;
  private hadFocus = false;

  constructor(host: ReactiveElement, options: RovingFocusOptions<K>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    if (this.options.refocus) this.hadFocus = !!(this.host.renderRoot as ShadowRoot | undefined)?.activeElement;
  }

  hostUpdated(): void {
    if (!this.options.refocus || !this.hadFocus || (this.host.renderRoot as ShadowRoot).activeElement) return;
    this.options.refocus()?.focus();
  }

  /**
   * Arrow keys, Home and End: moves the tab stop and focuses it; true when the key was one of
   * them (its default action is then prevented). `from`: the current item, when the event's
   * target does not say it.
   */
  handleKey(e: KeyboardEvent, from: K | undefined = this.options.itemOf(e.target)): boolean {
    if (from === undefined || !rovingKey(e.key)) return false;
    e.preventDefault();
    const next =
      e.key === 'Home' ? this.options.items()[0] : e.key === 'End' ? this.options.items().at(-1) : this.options.step(from, e.key);
    if (next !== undefined) void this.focus(next);
    return true;
  }

  /** Makes `item` the tab stop and focuses its element once the host has updated. */
  async focus(item: K): Promise<void> {
    this.active = item;
    this.options.onMove?.(item);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.options.element(item)?.focus();
  }

  onFocusIn = (e: FocusEvent): void => {
    const item = this.options.itemOf(e.target);
    if (item === undefined) return;
    this.active = item;
    this.focused = true;
    this.host.requestUpdate();
  };

  onFocusOut = (e: FocusEvent): void => {
    // Moving between items: focusin follows at once.
    const next = e.relatedTarget as Node | null;
    if (next && this.options.itemOf(next) !== undefined && this.host.renderRoot.contains(next)) return;
    this.focused = false;
    this.host.requestUpdate();
  };
}
