/**
 * The map's projection and layout for the bundled provinces (and, with `options.features`, any
 * features): see fit.ts. DOM-free. Not used by <gov-rank-map> at runtime for the bundled map
 * (it draws the pre-projected china-planar.json); kept for the build, the tests and tools.
 */
import { chinaCollection } from './china.js';
import { aspectOf, fitFeatures, type ChinaFit, type FitOptions, type InsetLayout } from './fit.js';

export * from './fit.js';

/**
 * Fit the map to `width` (and to `options.height` if given). The height is derived from the
 * geometry's aspect ratio plus the room the inset needs, rounded up so every feature lies inside
 * [0, width] × [0, height].
 */
export function fitChina(width: number, options: FitOptions = {}): ChinaFit {
  if (!(width > 0) || !Number.isFinite(width)) throw new RangeError(`fitChina: width must be a positive number, got ${width}`);
  const { features, ...rest } = options;
  return fitFeatures(width, features ?? chinaCollection(), rest);
}

/** The inset's frame and projection for a map of width × height (as fitChina lays it out). */
export function insetLayout(width: number, height: number, options: Omit<FitOptions, 'height' | 'inset'> = {}): InsetLayout {
  const fit = fitChina(width, { ...options, height, inset: true });
  if (!fit.inset) throw new Error('insetLayout: no inset');
  return fit.inset;
}

/** Height ÷ width of the bundled map's content (without padding), with or without the inset. */
export function chinaAspect(inset = true): number {
  return aspectOf(chinaCollection(), inset);
}
