/** What every picture composer takes besides the element's view. */
import type { Lang } from '../base/lang.js';
import type { Scheme } from './palette.js';

export interface PictureOptions {
  lang: Lang;
  scheme: Scheme;
  /** Width of the picture in px (each composer has its default). */
  width?: number;
}
