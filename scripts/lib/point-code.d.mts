/** Runs of integer points as text (decoded by src/geo/point-code.ts). */
export function encodeRuns(runs: number[][][]): string;
