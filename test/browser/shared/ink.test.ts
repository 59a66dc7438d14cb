// The "no text cut off" check the font-size tests use (ink.ts), checked on plain boxes.
import { expect, fixture, html } from '@open-wc/testing';
import { clippedText } from '../ink.js';

describe('clippedText (ink, any font)', () => {
  it('reports text cut at the bottom and at the right (ellipsis)', async () => {
    const low = await fixture<HTMLElement>(html`<div style="font: 32px sans-serif; height: 10px; overflow: hidden">Gg 第1名</div>`);
    expect(clippedText(low).join()).to.match(/bottom/);
    const narrow = await fixture<HTMLElement>(
      html`<div style="font: 16px sans-serif; width: 40px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis">a long line of text 一行文字</div>`,
    );
    expect(clippedText(narrow).join()).to.match(/right/);
  });

  it('does not report a tight line-height that touches no glyph', async () => {
    const tight = await fixture<HTMLElement>(html`<div style="font: 700 80px sans-serif; line-height: 1.1; overflow: hidden">14.5</div>`);
    expect(clippedText(tight)).to.deep.equal([]);
    const roomy = await fixture<HTMLElement>(html`<div style="font: 16px sans-serif; overflow: hidden">约 1.45万 个</div>`);
    expect(clippedText(roomy)).to.deep.equal([]);
  });
});
