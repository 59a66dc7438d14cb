// @ts-check
// Encoder of the point runs in src/geo/china-planar.json; src/geo/point-code.ts decodes them and
// describes the format (Rice-coded deltas, Exp-Golomb run lengths and starts, 13 bits per pair of
// base-91 characters).

const zigzag = (/** @type {number} */ v) => (v < 0 ? -2 * v - 1 : 2 * v);

/** Bits of `v` in `n` binary digits, highest first. */
const binary = (/** @type {number} */ v, /** @type {number} */ n) => (n ? v.toString(2).padStart(n, '0') : '');

/** Exp-Golomb of order k: m zeros, then v + 2^k in m + k + 1 bits. */
function expGolomb(/** @type {number} */ v, /** @type {number} */ k) {
  const b = (v + 2 ** k).toString(2);
  return '0'.repeat(b.length - 1 - k) + b;
}

/** Rice of parameter k: v >> k in unary (ones, then a zero), then the low k bits. */
function rice(/** @type {number} */ v, /** @type {number} */ k) {
  return '1'.repeat(Math.floor(v / 2 ** k)) + '0' + binary(v % 2 ** k, k);
}

/** Exp-Golomb of order 0 of a list's length − 1, then each item's bits. */
const listBits = (/** @type {unknown[]} */ list, /** @type {(item: any) => string} */ item) =>
  expGolomb(list.length - 1, 0) + list.map(item).join('');

/** Base 91: '#' (35) … '~' (126) without '\' (92); 13 bits to a pair of characters, low digit first. */
function base91(/** @type {string} */ bits) {
  const digit = (/** @type {number} */ d) => String.fromCharCode(d + 35 + (d >= 57 ? 1 : 0));
  let s = '';
  for (let i = 0; i < bits.length; i += 13) {
    const v = parseInt(bits.slice(i, i + 13).padEnd(13, '0'), 2);
    s += digit(v % 91) + digit(Math.floor(v / 91));
  }
  return s;
}

/** The run's bits with Rice parameter k (the header excluded); the first point of a run in `from`, the last of one in `to`, left out. */
function runBits(
  /** @type {number[][][]} */ runs,
  /** @type {number} */ k,
  /** @type {Set<number>} */ from,
  /** @type {Set<number>} */ to,
) {
  let bits = expGolomb(runs.length, 0);
  let x = 0;
  let y = 0;
  runs.forEach((run, r) => {
    if (!run.length) throw new Error('point-code: an empty run');
    bits += expGolomb(run.length - 1, 2);
    // The run's mean step (m = (m + step) / 2, rounded down): 3/4 of it is the guess for the next.
    let mx = 0;
    let my = 0;
    run.forEach(([px, py], i) => {
      if (!(i ? i === run.length - 1 && to.has(r) : from.has(r)))
        bits += i
          ? rice(zigzag(px - x - ((3 * mx) >> 2)), k) + rice(zigzag(py - y - ((3 * my) >> 2)), k)
          : expGolomb(zigzag(px - x), 7) + expGolomb(zigzag(py - y), 7);
      if (i) [mx, my] = [(mx + px - x) >> 1, (my + py - y) >> 1];
      x = px;
      y = py;
    });
  });
  return bits;
}

/**
 * Runs of integer points as text; the Rice parameter is the one that gives the fewest bits.
 * `from`, `to`: the indexes of the runs whose first or last point the decoder is given (runReader's
 * `from` and `to`).
 * @param {number[][][]} runs
 * @param {Set<number>} [from]
 * @param {Set<number>} [to]
 */
export function encodeRuns(runs, from = new Set(), to = new Set()) {
  if (!runs.length) return '';
  for (const run of runs) for (const p of run) if (!p.every(Number.isInteger)) throw new Error(`point-code: ${p} is not integer`);
  let best = '';
  for (let k = 0; k < 16; k++) {
    const bits = binary(k, 4) + runBits(runs, k, from, to);
    if (!best || bits.length < best.length) best = bits;
  }
  return base91(best);
}

/**
 * The arcs whose first or last point the rings give (encodeRuns' `from` and `to`; planar.ts's
 * stitch gives them to the decoder): an arc first used after another arc of its ring starts where
 * the ring has got to; it ends at the ring's start if it is the ring's last arc, or where a
 * reversed arc seen before that follows it starts. Throws where the points do not meet, or a ring
 * is not closed (stitch drops a ring's last point: it must repeat the first).
 * @param {number[][][][]} lists the arc lists, numbered as encodeArcLists needs
 * @param {number[][][]} arcs the arcs' points, in that order
 * @returns {[Set<number>, Set<number>]}
 */
export function ringGiven(lists, arcs) {
  /** @type {Set<number>} */
  const starts = new Set();
  /** @type {Set<number>} */
  const ends = new Set();
  const first = (/** @type {number} */ i) => (i >= 0 ? arcs[i]?.[0] : arcs[~i]?.at(-1));
  const end = (/** @type {number} */ i) => (i >= 0 ? arcs[i]?.at(-1) : arcs[~i]?.[0]);
  const check = (/** @type {number[] | undefined} */ p, /** @type {number[] | undefined} */ q, /** @type {string} */ what) => {
    if (!p || !q || p[0] !== q[0] || p[1] !== q[1]) throw new Error(`point-code: ${what}`);
  };
  const seen = new Set();
  for (const ring of lists.flat(2)) {
    const ringStart = first(/** @type {number} */ (ring[0]));
    ring.forEach((a, j) => {
      if (a < 0) return;
      if (j) {
        const b = /** @type {number} */ (ring[j - 1]);
        check(first(a), end(b), `arc ${a} does not start where arc ${b} ends`);
        starts.add(a);
      }
      const n = ring[j + 1];
      if (n === undefined ? j > 0 : n < 0 && seen.has(~n)) {
        check(end(a), n === undefined ? ringStart : first(n), `arc ${a} does not end where its ring goes on`);
        ends.add(a);
      }
      seen.add(a);
    });
    const z = /** @type {number} */ (ring[ring.length - 1]);
    check(end(z), ringStart, `a ring ending in arc ${z} is not closed`);
  }
  return [starts, ends];
}

/**
 * Polygons of arc indexes (per province, per polygon, per ring; TopoJSON: ~i is arc i reversed)
 * as text. The arcs must be numbered in the order of their first use, and first used forward:
 * each index is then "the next new arc" (bit 1) or a reversed arc seen before (bit 0, then ~i in
 * a fixed number of bits, given first in 4 bits). Lists are lengths − 1 (Exp-Golomb order 0).
 * @param {number[][][][]} lists
 */
export function encodeArcLists(lists) {
  const width = Math.max(
    1,
    lists
      .flat(3)
      .reduce((n, i) => Math.max(n, i < 0 ? ~i : i), 0)
      .toString(2).length,
  );
  let next = 0;
  const index = (/** @type {number} */ i) => {
    if (i === next) return (next++, '1');
    if (i >= 0 || ~i >= next) throw new Error(`point-code: arc ${i} is neither the next new arc (${next}) nor a reversed arc seen before`);
    return '0' + binary(~i, width);
  };
  return base91(
    binary(width, 4) + listBits(lists, (polys) => listBits(polys, (rings) => listBits(rings, (ring) => listBits(ring, index)))),
  );
}
