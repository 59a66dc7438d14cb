/**
 * Shifts a positioned popup (a tooltip) sideways — and with `vertical`, up or down — so it stays
 * inside `box`. Measured in screen px, applied with `translate` — a margin would widen a
 * shrink-to-fit popup by as much — and in the box's own px, since an ancestor may scale it
 * (transform: scale, zoom).
 */
export function keepInside(popup: HTMLElement, box: HTMLElement, vertical = false): void {
  popup.style.translate = '';
  const p = popup.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const dx = p.right > b.right ? b.right - p.right : p.left < b.left ? b.left - p.left : 0;
  // Taller than the box: its top stays in (the title is what matters most).
  const dy = !vertical ? 0 : p.top < b.top || p.height > b.height ? b.top - p.top : p.bottom > b.bottom ? b.bottom - p.bottom : 0;
  const k = b.width ? box.offsetWidth / b.width : 1;
  if (dx || dy) popup.style.translate = `${dx * k}px ${dy * k}px`;
}
