/** Runs of integer points as text (decoded by src/geo/point-code.ts). */
export function encodeRuns(runs: number[][][]): string;
/** Provinces' polygons as arc indexes (numbered by first use, first used forward) as text. */
export function encodeArcLists(lists: number[][][][]): string;
