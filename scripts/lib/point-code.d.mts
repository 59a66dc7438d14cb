/** Runs of integer points as text (decoded by src/geo/point-code.ts); `given`: runs whose first point the decoder is given. */
export function encodeRuns(runs: number[][][], given?: Set<number>): string;
/** Provinces' polygons as arc indexes (numbered by first use, first used forward) as text. */
export function encodeArcLists(lists: number[][][][]): string;
