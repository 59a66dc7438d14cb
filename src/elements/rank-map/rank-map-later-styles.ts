/**
 * The rules of what the later chunk draws (the tooltip, the table) come with it: added to a map's
 * own sheets when the chunk first serves that map, so the entry does not carry them.
 */
import { adoptStyles, supportsAdoptingStyleSheets } from 'lit';
import { tooltipStyles } from './rank-map-tooltip.js';
import { tableStyles } from './rank-map-table.js';

const styled = new WeakSet<ShadowRoot>();

/** Adds the tooltip's and the table's rules to `root`, once. */
export function addLaterStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  // Lit's helper, as for the map's own rules (where sheets cannot be adopted: <style>s carrying the
  // page's litNonce). It sets the adopted sheets: the map's own go first.
  adoptStyles(root, [...(supportsAdoptingStyleSheets ? root.adoptedStyleSheets : []), tooltipStyles, tableStyles]);
}
