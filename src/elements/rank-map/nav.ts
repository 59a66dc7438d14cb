/** Keyboard navigation between map regions by their projected centroids. DOM-free. */

export type Direction = 'left' | 'right' | 'up' | 'down';

const KEYS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The direction of an arrow key (`KeyboardEvent.key`), else undefined. */
export function arrowDirection(key: string): Direction | undefined {
  return KEYS[key];
}

/**
 * The nearest region from `from` in `direction` (screen coordinates, y down): only points within
 * 60° either side of the direction count; among them the one with the smallest distance, with
 * sideways offset weighted double (so "right" prefers what is level with the start).
 * Undefined when nothing lies that way.
 */
export function nearestInDirection(
  from: string,
  points: ReadonlyMap<string, readonly [number, number]>,
  direction: Direction,
): string | undefined {
  const start = points.get(from);
  if (!start) return undefined;
  const [ux, uy] = direction === 'left' ? [-1, 0] : direction === 'right' ? [1, 0] : direction === 'up' ? [0, -1] : [0, 1];
  let best: string | undefined;
  let bestScore = Infinity;
  for (const [code, p] of points) {
    if (code === from) continue;
    const dx = p[0] - start[0];
    const dy = p[1] - start[1];
    const along = dx * ux + dy * uy;
    if (along <= 0) continue;
    const across = Math.abs(dx * uy - dy * ux);
    if (across > along * Math.tan(Math.PI / 3)) continue;
    const score = along + 2 * across;
    if (score < bestScore) {
      bestScore = score;
      best = code;
    }
  }
  return best;
}
