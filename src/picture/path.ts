/**
 * Path data made small for a picture: the elements' absolute "M x,y L x,y x,y … Z" rings rewritten
 * with relative commands on a grid of `1 / q` units (the position is tracked on the grid, so the
 * rounding never drifts), repeated points dropped.
 */
const pair = (x: number, y: number) => `${x}${y < 0 ? '' : ' '}${y}`;

export function compactPath(d: string, q = 2): string {
  let out = '';
  for (const ring of d.split(/Z/i)) {
    const pts = ring
      .replace(/^\s*M/i, '')
      .split(/L|\s+/i)
      .filter(Boolean)
      .map((p) => p.split(',').map(Number));
    if (!pts.length || pts[0]!.length !== 2) continue;
    let cx = Math.round(pts[0]![0]! * q);
    let cy = Math.round(pts[0]![1]! * q);
    let s = `M${pair(cx / q, cy / q)}`;
    let first = true;
    for (const [x, y] of pts.slice(1)) {
      const nx = Math.round(x! * q);
      const ny = Math.round(y! * q);
      if (nx === cx && ny === cy) continue;
      const dx = (nx - cx) / q;
      s += `${first ? 'l' : dx < 0 ? '' : ' '}${pair(dx, (ny - cy) / q)}`;
      first = false;
      cx = nx;
      cy = ny;
    }
    out += `${s}z`;
  }
  return out;
}
