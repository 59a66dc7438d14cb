/**
 * The map's "下载图片 / Download image": the same SVG as `gov-rank render map` gives for the
 * current view (src/picture/map.ts), in the colour scheme the map is shown in, or that SVG drawn
 * into a canvas at 2× as a PNG. rank-map.ts loads this module with a dynamic import only when an
 * image is asked for, so the map's entry does not grow.
 */
import { mapPicture, type MapPictureOptions } from '../../picture/map.js';
import { usedScheme } from '../../base/used-scheme.js';
import type { MapView } from './rank-map-view.js';

export type ImageFormat = 'svg' | 'png';

/**
 * The picture of `view` as a Blob: image/svg+xml, or image/png at `scale` × its size; `root` is
 * the map's shadow root, whose used colour scheme the picture takes.
 */
export async function mapImage(
  format: ImageFormat,
  view: MapView,
  opts: Omit<MapPictureOptions, 'scheme'>,
  root: Element | DocumentFragment,
  scale = 2,
): Promise<Blob> {
  const svg = mapPicture(view, { ...opts, scheme: usedScheme(root) });
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
