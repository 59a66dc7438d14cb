/**
 * The map's "下载图片 / Download image" (`download`): the buttons exist only with the attribute;
 * the SVG they save is the composer's (what `gov-rank render map` writes) for the current view;
 * the PNG is image/png at 2× the picture's width.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import { MapHarness } from './harness.js';
import { parseResults } from '../../../src/data/model.js';
import bundled from '../../../src/data/bundled-results.json';
import { selectMapView } from '../../../src/elements/rank-map/rank-map-select.js';
import { mapPicture } from '../../../src/picture/map.js';

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

const model = parseResults(bundled);

/** What `gov-rank render map --year 2020` draws in `lang` and `scheme` (the composer's SVG). */
function expected(
  lang: 'zh-CN' | 'en',
  scheme: 'light' | 'dark',
  colorBy: 'tier' | 'score' | null = null,
  selected: string | null = null,
): string {
  const view = selectMapView(model, { assessment: null, year: 2020, colorBy, level: null }, lang);
  return mapPicture(view, { lang, scheme, selected, highlight: null, inset: null, approvalNumber: null, attribution: null });
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
    expect(svg === expected('en', 'light', 'score', '440000')).to.equal(true);

    const png = await saved(root, 'png');
    expect(png.type).to.equal('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).to.equal(2 * Number(/width="(\d+)"/.exec(svg)![1]));
  });

  // The picture is drawn in the scheme the map is shown in: light-dark() resolves against the
  // host's used colour scheme (the page's, the reader's preference where the page allows dark,
  // or a theme attribute, which wins).
  describe('in the scheme the map is shown in', () => {
    const root = document.documentElement;
    const svgOf = async (markup: string) => (await (await MapHarness.mount(markup)).element.toImage('svg')).text();
    const scheme = (svg: string) => (svg === expected('zh-CN', 'dark') ? 'dark' : svg === expected('zh-CN', 'light') ? 'light' : 'neither');
    afterEach(async () => {
      root.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
    });

    it('a page with color-scheme: dark, the reader preferring dark: a dark picture', async () => {
      root.style.colorScheme = 'dark';
      await emulateMedia({ colorScheme: 'dark' });
      const h = await MapHarness.mount('<gov-rank-map download year="2020" lang="zh-CN"></gov-rank-map>');
      expect(scheme(await (await saved(h.element.shadowRoot!, 'svg')).text())).to.equal('dark');
    });

    it('a page that allows both (color-scheme: light dark) follows the reader', async () => {
      root.style.colorScheme = 'light dark';
      await emulateMedia({ colorScheme: 'dark' });
      expect(scheme(await svgOf('<gov-rank-map year="2020" lang="zh-CN"></gov-rank-map>'))).to.equal('dark');
      await emulateMedia({ colorScheme: 'light' });
      expect(scheme(await svgOf('<gov-rank-map year="2020" lang="zh-CN"></gov-rank-map>'))).to.equal('light');
    });

    it('a light page gives a light picture, even to a reader who prefers dark', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      expect(scheme(await svgOf('<gov-rank-map year="2020" lang="zh-CN"></gov-rank-map>'))).to.equal('light');
    });

    it("theme attributes win: the own theme on a dark page, an ancestor's on a light page", async () => {
      expect(scheme(await svgOf('<div theme="dark"><gov-rank-map year="2020" lang="zh-CN"></gov-rank-map></div>'))).to.equal('dark');
      expect(scheme(await svgOf('<gov-rank-map theme="dark" year="2020" lang="zh-CN"></gov-rank-map>'))).to.equal('dark');
      root.style.colorScheme = 'dark';
      await emulateMedia({ colorScheme: 'dark' });
      expect(scheme(await svgOf('<gov-rank-map theme="light" year="2020" lang="zh-CN"></gov-rank-map>'))).to.equal('light');
      expect(scheme(await svgOf('<div theme="light"><gov-rank-map year="2020" lang="zh-CN"></gov-rank-map></div>'))).to.equal('light');
    });
  });
});
