/**
 * The rules of what the later chunk draws (the tooltip, the table) come with it: added to a map's
 * own sheets when the chunk first serves that map, so the entry does not carry them.
 */
import { supportsAdoptingStyleSheets } from 'lit';
import { tooltipStyles } from './rank-map-tooltip.js';
import { tableStyles } from './rank-map-table.js';

const styled = new WeakSet<ShadowRoot>();

/** Adds the tooltip's and the table's rules to `root`, once. */
export function addLaterStyles(root: ShadowRoot): void {
  if (styled.has(root)) return;
  styled.add(root);
  const sheets = [tooltipStyles, tableStyles];
  if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets.map((s) => s.styleSheet!)];
  else root.append(...sheets.map((s) => Object.assign(document.createElement('style'), { textContent: s.cssText })));
}
