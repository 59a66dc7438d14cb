/** A rectangle in the map's fixed space. Apart from fit.ts so that public types need no d3-geo types. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
