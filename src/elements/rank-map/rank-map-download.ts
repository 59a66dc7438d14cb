/**
 * The map's "下载图片 / Download image": the same SVG as `gov-rank render map` gives for the
 * current view (src/picture/map.ts, loaded with a dynamic import only when a button is used, so
 * the map's entry does not grow), or that SVG drawn into a canvas at 2× as a PNG.
 */
import type { MapPictureOptions } from '../../picture/map.js';
import type { MapView } from './rank-map-view.js';

export type ImageFormat = 'svg' | 'png';

/** The picture of `view` as an SVG string (the composer the command uses). */
export async function mapSvg(view: MapView, opts: MapPictureOptions): Promise<string> {
  const { mapPicture } = await import('../../picture/map.js');
  return mapPicture(view, opts);
}

/** The picture as a Blob: image/svg+xml, or image/png at `scale` × its size. */
export async function mapImage(format: ImageFormat, view: MapView, opts: MapPictureOptions, scale = 2): Promise<Blob> {
  const svg = await mapSvg(view, opts);
  const svgBlob = new Blob([svg], { type: 'image/svg+xml' });
  if (format === 'svg') return svgBlob;
  const [, w, h] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number) as [number, number, number];
  const url = URL.createObjectURL(svgBlob);
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = w * scale;
    canvas.height = h * scale;
    canvas.getContext('2d')!.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('canvas.toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves a Blob under `name` (a link with `download`, clicked). */
export function saveBlob(blob: Blob, name: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
