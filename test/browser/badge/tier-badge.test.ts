/**
 * <gov-tier-badge> in Chromium with the bundled results: the published tier, rank and score of
 * the edition asked for, the latest edition by default, groups, readable errors, contrast of every
 * tier colour in light and dark, accessible name, link, no ids, a skeleton of the final size, axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/badge.js';
import type { GovTierBadge } from '../../../src/define/badge.js';
import { TIER_COLORS, BASE } from '../../../src/base/tokens.js';
import { textOn } from '../../../src/base/color.js';
import { contrast } from '../../../src/base/css-color.js';
import { emulateMedia } from '@web/test-runner-commands';
import { nextEvent, settled, shadowText, unique } from '../helpers.js';
import { assessment, edition, resultsFile } from '../shared/results-builder.js';

const FIXTURE = '/__test__/fixture?file=results.json';

function part(el: GovTierBadge, name: string): HTMLElement {
  const node = el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
  if (!node) throw new Error(`no part ${name} in ${el.shadowRoot!.innerHTML}`);
  return node;
}
const text = (node: Element) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

async function badge(attrs: string, lang = 'zh-CN'): Promise<GovTierBadge> {
  const wrap = await fixture<HTMLElement>(`<div lang="${lang}"><gov-tier-badge ${attrs}></gov-tier-badge></div>`);
  const el = wrap.querySelector('gov-tier-badge') as GovTierBadge;
  await settled(el);
  return el;
}

/** The contrast of an element's computed text colour on its computed background. */
function computedContrast(node: HTMLElement): number {
  const s = getComputedStyle(node);
  return contrast(s.color, s.backgroundColor);
}

describe('gov-tier-badge: what it shows (bundled data)', () => {
  it('广东 2020: 非常高, 第1名 (tied with 浙江), 96.73', async () => {
    const el = await badge('region="广东" year="2020"');
    expect(text(part(el, 'label'))).to.equal('网上政务服务能力 2020年');
    const message = text(part(el, 'message'));
    expect(message).to.contain('非常高');
    expect(message).to.contain('第1名');
    expect(message).to.contain('96.73');
    const box = part(el, 'badge');
    expect(box.getAttribute('role')).to.equal('img');
    expect(box.getAttribute('aria-label')).to.equal('广东 网上政务服务能力 2020年：非常高，并列第1名，得分96.73');
    expect(part(el, 'message').classList.contains('tiered')).to.equal(true);
  });

  it('广东 2019: 非常高, 第1名, no score', async () => {
    const el = await badge('region="广东省" year="2019"');
    const message = text(part(el, 'message'));
    expect(message).to.equal('非常高 · 第1名');
  });

  it('广东 2017: 第9名 and no tier (a neutral message, never NaN/undefined)', async () => {
    const el = await badge('region="Guangdong" year="2017"');
    expect(text(part(el, 'message'))).to.equal('第9名');
    expect(part(el, 'message').classList.contains('neutral')).to.equal(true);
    expect(shadowText(el)).not.to.match(/NaN|undefined|null/);
  });

  it('2022: the published group (保持全国领先水平) when there is no tier or rank', async () => {
    const el = await badge('region="粤" year="2022"');
    expect(text(part(el, 'message'))).to.equal('保持全国领先水平');
  });

  it('without year: the latest edition in which the region has a tier, rank or score (2021, not the group-only 2022)', async () => {
    const el = await badge('region="CN-GD"');
    expect(text(part(el, 'label'))).to.equal('网上政务服务能力 2021年');
    expect(text(part(el, 'message'))).to.equal('非常高 · 第1名');
  });

  it('English: Very high, No. 1, the score', async () => {
    const el = await badge('region="广东" year="2020"', 'en');
    expect(text(part(el, 'label'))).to.equal('Online government services 2020');
    expect(text(part(el, 'message'))).to.equal('Very high · No. 1 (tied) · 96.73');
    expect(part(el, 'badge').getAttribute('aria-label')).to.equal(
      'Guangdong Online government services 2020: Very high, No. 1 (tied), score 96.73',
    );
  });

  it('show="tier" leaves out rank and score; another assessment by id', async () => {
    const el = await badge('region="广东" year="2020" show="tier"');
    expect(text(part(el, 'message'))).to.equal('非常高');
    const cstc = await badge('region="广东" assessment="cstc-digital-government-province"');
    expect(text(part(cstc, 'label'))).to.equal('数字政府服务能力 2019年');
    expect(text(part(cstc, 'message'))).to.equal('优秀级');
  });

  it('shows the sources on hover (title) and in the card', async () => {
    const el = await badge('region="广东" year="2020" variant="card"');
    expect(part(el, 'badge').title).to.contain('https://kuaihz.com/');
    expect(part(el, 'badge').title).to.contain('2019年数据');
    expect(text(part(el, 'source'))).to.contain('kuaihz.com');
    expect(text(part(el, 'region'))).to.equal('广东');
  });

  it('follows a change of lang', async () => {
    const el = await badge('region="广东" year="2019"');
    el.lang = 'en';
    await el.updateComplete;
    expect(text(part(el, 'message'))).to.equal('Very high · No. 1');
  });
});

describe('gov-tier-badge: link and accessible name', () => {
  it('href makes it a link whose content is the accessible name (no role="img")', async () => {
    const el = await badge('region="广东" year="2020" href="https://example.org/report"');
    const a = part(el, 'badge') as HTMLAnchorElement;
    expect(a.tagName).to.equal('A');
    expect(a.href).to.equal('https://example.org/report');
    expect(a.getAttribute('role')).to.equal(null);
    // Named by its content (visible text + the region and a colon for screen readers only).
    expect(a.getAttribute('aria-label')).to.equal(null);
    expect(text(a)).to.equal('广东 网上政务服务能力 2020年：非常高 · 并列第1名 · 96.73');
    await expect(el).to.be.accessible();
  });

  it('many badges on a page use no ids', async () => {
    const wrap = await fixture<HTMLElement>(html`<div>
      ${[2017, 2018, 2019, 2020, 2021].map((y) => html`<gov-tier-badge region="广东" year=${y}></gov-tier-badge>`)}
    </div>`);
    const els = [...wrap.querySelectorAll('gov-tier-badge')];
    await Promise.all(els.map(settled));
    for (const el of els) expect(el.shadowRoot!.querySelectorAll('[id]').length).to.equal(0);
  });
});

describe('gov-tier-badge: readable errors', () => {
  it('an unknown region is a no-data error inside the badge, sized like a badge', async () => {
    const wrap = await fixture<HTMLElement>('<div lang="zh-CN"></div>');
    const el = document.createElement('gov-tier-badge') as GovTierBadge;
    el.region = '火星';
    const error = nextEvent<{ kind: string; message: string }>(wrap, 'gov-error');
    wrap.append(el);
    const e = await error;
    await settled(el);
    expect(e.detail.kind).to.equal('no-data');
    expect(e.detail.message).to.equal('未知地区“火星”');
    expect(shadowText(el)).to.contain('未知地区“火星”');
    expect(part(el, 'status').classList.contains('error')).to.equal(true);
    expect(el.getBoundingClientRect().height).to.equal(20);
    await expect(el).to.be.accessible();
  });

  it('a year without data and a region missing from an edition', async () => {
    const el = await badge('region="广东" year="2016"');
    expect(shadowText(el)).to.contain('没有2016年的评估结果');
    const tibet = await badge('region="西藏" year="2019"');
    expect(shadowText(tibet)).to.contain('2019年的评估结果中没有西藏');
    const none = await badge('');
    expect(shadowText(none)).to.contain('请设置 region 属性');
  });

  it('a file that cannot be loaded shows the error in the badge (axe-clean)', async () => {
    const el = await badge(`region="广东" src="/__test__/status?code=404&${unique()}"`, 'en');
    expect(shadowText(el)).to.contain('The data file could not be fetched');
    await expect(el).to.be.accessible();
  });
});

describe('gov-tier-badge: loading state keeps the final size', () => {
  for (const variant of ['flat', 'pill', 'card']) {
    for (const size of ['small', 'medium', 'large']) {
      it(`${variant} ${size}: the skeleton has the badge's height (card: also its width)`, async () => {
        const src = `${FIXTURE}&delay=600&${unique()}`;
        const wrap = await fixture<HTMLElement>(
          `<div lang="zh-CN"><gov-tier-badge region="广东" year="2020" variant="${variant}" size="${size}" src="${src}"></gov-tier-badge></div>`,
        );
        const el = wrap.querySelector('gov-tier-badge') as GovTierBadge;
        await el.updateComplete;
        expect(part(el, 'status').classList.contains('skeleton')).to.equal(true);
        const before = el.getBoundingClientRect();
        expect(before.width).to.be.greaterThan(100);
        await expect(el).to.be.accessible();
        await settled(el);
        expect(part(el, 'message')).to.exist;
        const after = el.getBoundingClientRect();
        expect(after.height).to.equal(before.height);
        if (variant === 'card') expect(after.width).to.equal(before.width);
        else expect(after.width).to.be.at.least(before.width);
      });
    }
  }
});

// ─── Contrast ────────────────────────────────────────────────────────────────────────────────

const SIX_TIERS = resultsFile({
  assessments: [
    assessment({
      id: 'six',
      name: '六级测试',
      shortName: '测试',
      publisher: 'test',
      metric: { name: 'index' },
      tiers: [1, 2, 3, 4, 5, 6]
        .map((i) => ({ id: `t${i}`, name: `第${i}级` }))
        .concat([{ id: 'yellow', name: '黄', color: '#ffeb3b' } as never, { id: 'navy', name: '深', color: '#001f3f' } as never]),
      editions: [
        edition(
          2020,
          ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江'].map((region, i) => ({
            region,
            tier: i < 6 ? `t${i + 1}` : i === 6 ? 'yellow' : 'navy',
            rank: i + 1,
          })),
          { sources: [{ url: 'https://example.org/six' }] },
        ),
      ],
    }),
  ],
});
const REGIONS = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江'];

describe('gov-tier-badge: contrast (WCAG AA 4.5:1)', () => {
  it('the token text colour (textOn) reaches 4.5:1 on every tier colour, light and dark', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const c of TIER_COLORS[scheme]) {
        expect(contrast(c, textOn(c)), `${scheme} ${c}`).to.be.at.least(4.5);
      }
      // The label half: --gov-rank-bg on --gov-rank-muted.
      expect(contrast(BASE[scheme].bg!, BASE[scheme].muted!), `${scheme} label`).to.be.at.least(4.5);
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`rendered badges under theme="${theme}": every tier, the label, a neutral message, a file colour`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="zh-CN">
        ${REGIONS.map((r) => html`<gov-tier-badge theme=${theme} region=${r} year="2020" .data=${SIX_TIERS}></gov-tier-badge>`)}
        <gov-tier-badge theme=${theme} region="广东" year="2017"></gov-tier-badge>
      </div>`);
      const els = [...wrap.querySelectorAll('gov-tier-badge')] as GovTierBadge[];
      await Promise.all(els.map(settled));
      const seen = new Set<string>();
      for (const el of els) {
        const message = part(el, 'message');
        const bg = getComputedStyle(message).backgroundColor;
        seen.add(bg);
        expect(computedContrast(message), `${theme} ${el.region} message on ${bg}`).to.be.at.least(4.5);
        expect(computedContrast(part(el, 'label')), `${theme} ${el.region} label`).to.be.at.least(4.5);
      }
      // Eight distinct backgrounds: six token tiers, two file colours (+ the neutral one).
      expect(seen.size).to.equal(9);
      const tokenTier1 = getComputedStyle(part(els[0]!, 'message')).backgroundColor;
      const expected = TIER_COLORS[theme as 'light' | 'dark'][0]!;
      expect(contrast(tokenTier1, expected)).to.be.closeTo(1, 0.01);
      const yellow = getComputedStyle(part(els[6]!, 'message'));
      expect(contrast(yellow.backgroundColor, '#ffeb3b')).to.be.closeTo(1, 0.01);
      expect(contrast(yellow.color, '#111827')).to.be.closeTo(1, 0.01);
    });
  }

  // The policy changed (issue 9): the OS preference alone no longer makes a badge dark — a white
  // page that never opted into dark would get dark badges. It matters where the page allows dark
  // (`color-scheme: light dark`), which is what this test now sets.
  describe('under prefers-color-scheme: dark on a page that allows dark', () => {
    before(async () => {
      document.documentElement.style.colorScheme = 'light dark';
      await emulateMedia({ colorScheme: 'dark' });
    });
    after(async () => {
      document.documentElement.style.colorScheme = '';
      await emulateMedia({ colorScheme: 'light' });
    });

    it('follows the page scheme unless theme="light" forces light', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="zh-CN">
        <gov-tier-badge region="广东" year="2020"></gov-tier-badge>
        <gov-tier-badge theme="light" region="广东" year="2020"></gov-tier-badge>
      </div>`);
      const [auto, light] = [...wrap.querySelectorAll('gov-tier-badge')] as GovTierBadge[];
      await Promise.all([settled(auto!), settled(light!)]);
      const bg = (el: GovTierBadge) => getComputedStyle(part(el, 'message')).backgroundColor;
      expect(contrast(bg(auto!), TIER_COLORS.dark[0]!)).to.be.closeTo(1, 0.01);
      expect(contrast(bg(light!), TIER_COLORS.light[0]!)).to.be.closeTo(1, 0.01);
      expect(computedContrast(part(auto!, 'message'))).to.be.at.least(4.5);
      expect(computedContrast(part(auto!, 'label'))).to.be.at.least(4.5);
    });
  });

  it('an error badge reads at 4.5:1 in light and dark', async () => {
    for (const theme of ['light', 'dark']) {
      const el = await badge(`theme="${theme}" region="火星"`);
      expect(computedContrast(part(el, 'status')), theme).to.be.at.least(4.5);
    }
  });
});

describe('gov-tier-badge: axe in every variant', () => {
  for (const variant of ['flat', 'pill', 'card']) {
    it(`${variant}, loaded, light and dark, zh-CN and en`, async () => {
      for (const theme of ['light', 'dark']) {
        for (const lang of ['zh-CN', 'en']) {
          const el = await badge(`region="广东" year="2020" variant="${variant}" theme="${theme}"`, lang);
          await expect(el).to.be.accessible();
        }
      }
    });
  }
});
