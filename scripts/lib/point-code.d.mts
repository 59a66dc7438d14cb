/** Runs of integer points as text (decoded by src/geo/point-code.ts); `from`, `to`: runs whose first or last point the decoder is given. */
export function encodeRuns(runs: number[][][], from?: Set<number>, to?: Set<number>): string;
/** Provinces' polygons as arc indexes (numbered by first use, first used forward) as text. */
export function encodeArcLists(lists: number[][][][]): string;
/** The arcs whose first and last points the rings give ([from, to] for encodeRuns); throws where the points do not meet. */
export function ringGiven(lists: number[][][][], arcs: number[][][]): [Set<number>, Set<number>];
