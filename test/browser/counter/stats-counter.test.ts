/**
 * <gov-stats-counter> in Chromium with the bundled results: the final value at once under reduced
 * motion, Intl formats in zh-CN and en, the count-up (once, when half in view) with a fixed width,
 * assistive technology gets only the final value, the change in words, errors, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/define/counter.js';
import type { GovStatsCounter } from '../../../src/define/counter.js';
import { nextEvent, settled, shadowText, unique, sleep } from '../helpers.js';

const FIXTURE = '/__test__/fixture?file=results.json';

function part(el: GovStatsCounter, name: string): HTMLElement {
  const node = el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
  if (!node) throw new Error(`no part ${name} in ${el.shadowRoot!.innerHTML}`);
  return node;
}
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shown = (el: GovStatsCounter) => text(el.shadowRoot!.querySelector('.value .current'));
const srText = (el: GovStatsCounter) => [...el.shadowRoot!.querySelectorAll('.sr-only')].map(text).join(' | ');

async function counter(attrs: string, lang = 'zh-CN'): Promise<GovStatsCounter> {
  const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><gov-stats-counter ${attrs}></gov-stats-counter></div>`);
  const el = wrap.querySelector('gov-stats-counter') as GovStatsCounter;
  await settled(el);
  return el;
}

describe('gov-stats-counter under prefers-reduced-motion', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('the media query is emulated', () => {
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
  });

  it('zh-CN: shows 约 1.45万 个 at once, with unit, date, source and the change', async () => {
    const el = await counter('stat="gov-websites"');
    expect(shown(el)).to.equal('1.45万');
    expect(text(part(el, 'label'))).to.equal('全国政府网站数量');
    expect(text(part(el, 'figure'))).to.contain('约');
    expect(text(part(el, 'unit'))).to.equal('个');
    expect(text(part(el, 'meta'))).to.equal('2019年12月 · 来源：reportify.ai（转载/聚合网站）');
    expect(text(part(el, 'change').querySelector('[aria-hidden="true"]'))).to.equal('较2015年↓83%');
    expect(srText(el)).to.equal('约1.45万个 | 较2015年下降83%');
  });

  it('en: about 14.5K websites, ↓83% since 2015 ("down 83% since 2015" for screen readers)', async () => {
    const el = await counter('stat="gov-websites"', 'en');
    expect(shown(el)).to.equal('14.5K');
    expect(text(part(el, 'figure').querySelector('.approx'))).to.equal('about');
    expect(text(part(el, 'unit'))).to.equal('websites');
    expect(text(part(el, 'change').querySelector('[aria-hidden="true"]'))).to.equal('↓83% since 2015');
    expect(srText(el)).to.equal('about 14.5K websites | down 83% since 2015');
    expect(text(part(el, 'meta'))).to.equal('Dec 2019 · Source: reportify.ai (aggregator)');
  });

  it('format="full": 14,474 in zh-CN and en; auto below 10,000 is full', async () => {
    for (const lang of ['zh-CN', 'en']) {
      const el = await counter('stat="gov-websites-cnnic" format="full"', lang);
      expect(shown(el)).to.equal('14,474');
      expect(text(part(el, 'figure'))).not.to.contain(lang === 'en' ? 'about' : '约');
    }
    const compact = await counter('stat="gov-websites-cnnic" format="compact"', 'en');
    expect(shown(compact)).to.equal('14.5K');
    const small = await counter('stat="open-data-platforms"', 'en');
    expect(shown(small)).to.equal('208');
    expect(srText(small)).to.equal('208 platforms | up 940% since 2017');
  });

  it('follows format and lang changes', async () => {
    const el = await counter('stat="gov-websites"');
    el.format = 'full';
    await el.updateComplete;
    expect(shown(el)).to.equal('14,500');
    el.lang = 'en';
    await el.updateComplete;
    expect(shown(el)).to.equal('14,500');
    expect(text(part(el, 'unit'))).to.equal('websites');
  });
});

describe('gov-stats-counter: the count-up', () => {
  before(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('counts up once, in ~1.2 s, inside a width reserved for the final value; assistive technology gets the final value only', async () => {
    const el = await counter('stat="gov-websites" format="full"');
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(false);
    const value = part(el, 'value');
    expect(value.getAttribute('aria-hidden')).to.equal('true');
    expect(srText(el)).to.contain('约14,500个');
    const width = value.getBoundingClientRect().width;
    const seen: number[] = [];
    const widths = new Set<number>();
    const t0 = performance.now();
    while (shown(el) !== '14,500' && performance.now() - t0 < 3000) {
      seen.push(Number(shown(el).replace(/,/g, '')));
      widths.add(Math.round(value.getBoundingClientRect().width));
      await new Promise((r) => requestAnimationFrame(r));
    }
    const took = performance.now() - t0;
    expect(shown(el)).to.equal('14,500');
    expect(took).to.be.within(700, 2000);
    expect(seen.length).to.be.greaterThan(5);
    expect(seen.some((v) => v > 0 && v < 14500)).to.equal(true);
    // Never going down; the box never changes width.
    expect(seen.every((v, i) => i === 0 || v >= seen[i - 1]!)).to.equal(true);
    expect([...widths]).to.deep.equal([Math.round(width)]);
    expect(getComputedStyle(value).fontVariantNumeric).to.equal('tabular-nums');
    // Started once: it stays on the final value.
    await sleep(300);
    expect(shown(el)).to.equal('14,500');
  });

  it('waits until half of it is in view', async () => {
    const wrap = await fixture<HTMLElement>(
      html`<div lang="en"><div style="height: 3000px"></div><gov-stats-counter stat="gov-websites"></gov-stats-counter></div>`,
    );
    const el = wrap.querySelector('gov-stats-counter') as GovStatsCounter;
    await settled(el);
    await sleep(400);
    // Not started: zero, already in the final value's unit and decimals (14.5K), so nothing jitters.
    expect(shown(el)).to.equal('0.0K');
    expect(srText(el)).to.contain('about 14.5K websites');
    el.scrollIntoView({ block: 'center' });
    await sleep(1700);
    expect(shown(el)).to.equal('14.5K');
    window.scrollTo(0, 0);
  });
});

describe('gov-stats-counter: errors and loading', () => {
  it('an unknown statistic is a no-data error inside the element', async () => {
    const wrap = await fixture<HTMLElement>('<div lang="zh-CN"></div>');
    const el = document.createElement('gov-stats-counter') as GovStatsCounter;
    el.stat = 'nope';
    const error = nextEvent<{ kind: string }>(wrap, 'gov-error');
    wrap.append(el);
    expect((await error).detail.kind).to.equal('no-data');
    await settled(el);
    expect(shadowText(el)).to.contain('数据中没有统计项“nope”');
    await expect(el).to.be.accessible();
  });

  it('no stat attribute says so', async () => {
    const el = await counter('', 'en');
    expect(shadowText(el)).to.contain('Set the stat attribute');
  });

  it('the loading skeleton has the final height; axe-clean while loading and loaded', async () => {
    const src = `${FIXTURE}&delay=600&${unique()}`;
    const wrap = await fixture<HTMLElement>(
      `<div lang="zh-CN" style="width: 280px"><gov-stats-counter stat="gov-websites" src="${src}"></gov-stats-counter></div>`,
    );
    const el = wrap.querySelector('gov-stats-counter') as GovStatsCounter;
    await el.updateComplete;
    expect(part(el, 'status').classList.contains('skeleton')).to.equal(true);
    const before = el.getBoundingClientRect();
    await expect(el).to.be.accessible();
    await settled(el);
    expect(text(part(el, 'label'))).to.equal('政府网站数量');
    const after = el.getBoundingClientRect();
    expect(after.height).to.equal(before.height);
    expect(after.width).to.equal(before.width);
    await expect(el).to.be.accessible();
  });

  it('a file that cannot be loaded keeps the box size', async () => {
    const ok = await counter('stat="gov-websites"');
    const bad = await counter(`stat="gov-websites" src="/__test__/status?code=404&${unique()}"`);
    expect(shadowText(bad)).to.contain('数据文件无法获取');
    expect(bad.getBoundingClientRect().height).to.equal(ok.getBoundingClientRect().height);
    await expect(bad).to.be.accessible();
  });
});

describe('gov-stats-counter: axe', () => {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['zh-CN', 'en']) {
      it(`loaded, ${theme}, ${lang}`, async () => {
        const el = await counter(`stat="gov-websites" theme="${theme}"`, lang);
        await expect(el).to.be.accessible();
      });
    }
  }
});
