/**
 * Decoder of the point runs in china-planar.json (written by scripts/lib/point-code.mjs).
 *
 * Why not plain text numbers: the geometry is a third of the map's gzipped entry, and gzip codes
 * digits (or polyline characters) at ~11 bits per coordinate. Here each coordinate delta is a
 * Rice code (~8 bits, close to the deltas' entropy) and the bits are packed 13 to a pair of
 * characters (base 91: '#'…'~' without '\'), which gzip cannot shrink further but no longer
 * inflates. Lossless: the same integers as before, so the same map.
 *
 * Bits, first bit highest: k (4 bits, Rice parameter of the deltas), the number of runs
 * (Exp-Golomb order 0), then per run: its number of points − 1 (Exp-Golomb order 2), its first
 * point as a step from the previous run's last point (from 0,0 for the first; zigzag,
 * Exp-Golomb order 7: such a run mostly starts far from where the one before ended, on an
 * island or another ring) unless the decoder is given it (an arc that starts where the ring it
 * is first used in has got to), then each further point as a step from the one before, less 3/4
 * of the run's running mean step (zigzag, Rice k; the simplified borders' steps run on in about
 * the same direction: 5 % fewer bits than the plain steps), the last left out when given too.
 */

/** Reads bits, first bit highest, from base-91 text (two characters hold 13 bits). DOM-free. */
function bitReader(s: string): (n: number) => number {
  let i = 0;
  let acc = 0;
  let left = 0;
  const digit = () => {
    const c = s.charCodeAt(i++) - 35;
    return c > 57 ? c - 1 : c; // '\' (92) is not in the alphabet
  };
  return (n) => {
    let v = 0;
    while (n--) {
      if (!left) {
        acc = digit();
        acc += 91 * digit();
        left = 13;
      }
      v = v * 2 + ((acc >> --left) & 1);
    }
    return v;
  };
}

const unzigzag = (z: number) => (z & 1 ? -(z + 1) / 2 : z / 2);

type Read = (n: number) => number;
type Point = [number, number];

/** Exp-Golomb of order k: m zeros, a one, then m + k bits. */
function expGolomb(read: Read, k: number): number {
  let m = 0;
  while (!read(1)) m++;
  return 2 ** (m + k) + read(m + k) - 2 ** k;
}

/** Rice of parameter k: a quotient in unary (ones, then a zero), then k bits. */
function rice(read: Read, k: number): number {
  let n = 0;
  while (read(1)) n++;
  return n * 2 ** k + read(k);
}

/**
 * The runs of a text, one at a time (after the header: k and their count). A run whose first or
 * last point is given (`from`, `to`: the decoder knows where it starts or ends) has only its other
 * points in the text.
 */
export function runReader(s: string, q: number): [count: number, run: (from?: Point, to?: Point) => Point[]] {
  const read = bitReader(s);
  const k = read(4);
  let x = 0;
  let y = 0;
  return [
    expGolomb(read, 0),
    (from, to) => {
      const run: Point[] = [];
      // The run's mean step (m = (m + step) / 2, rounded down): 3/4 of it is added to the next.
      let mx = 0;
      let my = 0;
      for (let n = expGolomb(read, 2) + 1, i = 0; i < n; i++) {
        const given = i ? i === n - 1 && to : from;
        if (given) {
          // Exact: (x / q) * q is x again for the q of the data (2, 4, 10; checked over ±2·10⁶).
          x = given[0] * q;
          y = given[1] * q;
        } else if (i) {
          const dx = unzigzag(rice(read, k)) + ((3 * mx) >> 2);
          const dy = unzigzag(rice(read, k)) + ((3 * my) >> 2);
          x += dx;
          y += dy;
          mx = (mx + dx) >> 1;
          my = (my + dy) >> 1;
        } else {
          x += unzigzag(expGolomb(read, 7));
          y += unzigzag(expGolomb(read, 7));
        }
        run.push([x / q, y / q]);
      }
      return run;
    },
  ];
}

/** Runs of integer points (each divided by `q`) from their text. */
export function decodeRuns(s: string, q: number): Point[][] {
  const runs: Point[][] = [];
  if (s) for (let [r, run] = runReader(s, q); r--;) runs.push(run());
  return runs;
}

/**
 * Lists of lists of rings of arc indexes (TopoJSON: ~i is arc i reversed) from their text: the
 * index bits (4 bits), then lists as their length − 1 (Exp-Golomb order 0) and their items; an
 * index is bit 1, "the next arc not used yet", or bit 0 and ~i in that many bits.
 */
export function decodeArcLists(s: string): number[][][][] {
  const read = bitReader(s);
  const width = read(4);
  let next = 0;
  // A loop, not Array.from(…, fn): pages with Prototype or MooTools replace Array.from.
  const list = <T>(item: () => T): T[] => {
    const out: T[] = [];
    for (let n = expGolomb(read, 0) + 1; n--;) out.push(item());
    return out;
  };
  return list(() => list(() => list(() => list(() => (read(1) ? next++ : ~read(width))))));
}
