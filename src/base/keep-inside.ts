/**
 * Shifts a positioned popup (a tooltip) sideways so it stays inside `box`. Measured in screen px,
 * applied with `translate` — a margin would widen a shrink-to-fit popup by as much — and in the
 * box's own px, since an ancestor may scale it (transform: scale, zoom).
 */
export function keepInside(popup: HTMLElement, box: HTMLElement): void {
  popup.style.translate = '';
  const p = popup.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const shift = p.right > b.right ? b.right - p.right : p.left < b.left ? b.left - p.left : 0;
  if (shift) popup.style.translate = `${shift * (b.width ? box.offsetWidth / b.width : 1)}px 0`;
}
