/**
 * The map's "下载图片 / Download image" (`download`): the buttons exist only with the attribute;
 * the SVG they save is the composer's (what `gov-rank render map` writes) for the current view;
 * the PNG is image/png at 2× the picture's width.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { MapHarness } from './harness.js';
import { parseResults } from '../../../src/data/model.js';
import bundled from '../../../src/data/bundled-results.json';
import { selectMapView } from '../../../src/elements/rank-map/rank-map-select.js';
import { mapPicture } from '../../../src/picture/map.js';
import { common } from '../../../src/base/i18n.js';
import { localize } from '../../../src/data/localize.js';
import { missingAssessment } from '../../../src/base/no-data.js';

/** Clicks a download button and returns the Blob it saved (the link's click is caught, not followed). */
async function saved(root: ShadowRoot, format: 'svg' | 'png'): Promise<Blob> {
  const click = HTMLAnchorElement.prototype.click;
  try {
    const href = new Promise<string>((resolve) => {
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        resolve(this.href);
      };
    });
    root.querySelector<HTMLButtonElement>(`[part="download"] button[data-format="${format}"]`)!.click();
    return await (await fetch(await href)).blob();
  } finally {
    HTMLAnchorElement.prototype.click = click;
  }
}

describe('<gov-rank-map download>', function () {
  this.timeout(30000);

  it('has no download buttons without the attribute', async () => {
    const h = await MapHarness.mount('<gov-rank-map year="2020"></gov-rank-map>');
    expect(h.element.shadowRoot!.querySelectorAll('[part="download"]').length).to.equal(0);
  });

  it("saves the composer's SVG for the current view, and a PNG at 2×", async () => {
    const h = await MapHarness.mount('<gov-rank-map download year="2020" color-by="score" lang="en" selected="广东"></gov-rank-map>');
    const root = h.element.shadowRoot!;
    const buttons = [...root.querySelectorAll('[part="download"] button')].map((b) => b.textContent!.trim());
    expect(buttons.join('|')).to.equal('Download image (PNG)|SVG');

    const svg = await (await saved(root, 'svg')).text();
    const model = parseResults(bundled);
    const lang = 'en';
    const deps = {
      t: common(lang),
      text: (v: Parameters<typeof localize>[0]) => localize(v, lang),
      missingAssessment: (m: typeof model, id: string | null | undefined, l: 'province' | 'city' | null) =>
        missingAssessment(m, id, l, lang),
    };
    const view = selectMapView(model, { assessment: null, year: 2020, colorBy: 'score', level: null }, deps);
    const expected = mapPicture(view, {
      lang,
      scheme: 'light',
      selected: '440000',
      highlight: null,
      inset: null,
      approvalNumber: null,
      attribution: null,
    });
    expect(svg === expected).to.equal(true);

    const png = await saved(root, 'png');
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(2 * Number(/width="(\d+)"/.exec(svg)![1]));
  });
});
