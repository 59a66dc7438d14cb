/**
 * A sweep of <gov-tier-badge> and <gov-stats-counter> over inputs the other suites do not try:
 * every documented `show` combination, rows with only a group / rank / score / tier, the region
 * forms, a city region, `href` values a page author might pass (javascript:, relative, very long),
 * accessible name vs visible text, clipping in every size × variant × theme, the hover title; and
 * for the counter: 0, negative, 1e12, fractions, the auto compact switch, the change in every
 * direction, approximate, no unit, many sources, and the count-up itself.
 *
 * Expected numbers are computed with Intl.NumberFormat here, not copied from the library.
 * Never pass a DOM node to a chai assertion (a failing one stalls the runner): strings only.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/define/badge.js';
import '../../../src/define/counter.js';
import type { GovTierBadge } from '../../../src/define/badge.js';
import { settled, shadowText, fold, sleep } from '../helpers.js';
import { sweepResults } from '../shared/sweep-results.js';

type Json = any;
type Lang = 'zh-CN' | 'en';
const LANGS: Lang[] = ['zh-CN', 'en'];

// ---------------------------------------------------------------------------------------------
// Data
// ---------------------------------------------------------------------------------------------

// The badge's and the counter's sweeps read one file (shared/sweep-results.ts).

// ---------------------------------------------------------------------------------------------
// Badge helpers
// ---------------------------------------------------------------------------------------------

async function badge(
  attrs: Record<string, string>,
  opts: { lang?: string; data?: Json | null; wrapStyle?: string } = {},
): Promise<GovTierBadge> {
  const { lang = 'zh-CN', data = sweepResults(), wrapStyle = '' } = opts;
  const wrap = await fixture<HTMLElement>(html`<div lang=${lang} style=${wrapStyle}></div>`);
  const el = document.createElement('gov-tier-badge') as GovTierBadge;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (data) el.data = data;
  wrap.append(el);
  await settled(el);
  return el;
}

function partOf(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector(`[part~="${name}"]`) as HTMLElement | null;
}
const partText = (el: Element, name: string) => fold(partOf(el, name)?.textContent);
const partAttr = (el: Element, name: string, attr: string) => partOf(el, name)?.getAttribute(attr) ?? null;

/** What the badge's label, message and name say, as strings. */
function badgeState(el: GovTierBadge) {
  return {
    label: partText(el, 'label'),
    message: partText(el, 'message'),
    ariaLabel: partAttr(el, 'badge', 'aria-label'),
    role: partAttr(el, 'badge', 'role'),
    tag: partOf(el, 'badge')?.localName ?? 'none',
    status: partOf(el, 'status') ? 'status' : 'ok',
  };
}

const REGION = { 广东: { 'zh-CN': '广东', en: 'Guangdong' }, 深圳: { 'zh-CN': '深圳', en: 'Shenzhen' } } as const;
const COLON: Record<Lang, string> = { 'zh-CN': '：', en: ': ' };
const SEP: Record<Lang, string> = { 'zh-CN': '，', en: ', ' };
const LABEL: Record<Lang, (y: number) => string> = { 'zh-CN': (y) => `测试指数 ${y}年`, en: (y) => `Test index ${y}` };

/** The parts of 广东 2021 (tier A, tied rank 1, score 95.5): visible and spoken. */
const GD_PARTS: Record<Lang, Record<'tier' | 'rank' | 'score', { shown: string; spoken: string }>> = {
  'zh-CN': {
    tier: { shown: '甲', spoken: '甲' },
    rank: { shown: '并列第1名', spoken: '并列第1名' },
    score: { shown: '95.5', spoken: '得分95.5' },
  },
  en: {
    tier: { shown: 'Alpha', spoken: 'Alpha' },
    rank: { shown: 'No. 1 (tied)', spoken: 'No. 1 (tied)' },
    score: { shown: '95.5', spoken: 'score 95.5' },
  },
};

// ---------------------------------------------------------------------------------------------
// Badge: show, rows with partial values, accessible name
// ---------------------------------------------------------------------------------------------

describe('badge sweep: every documented `show` combination, zh-CN and en', function () {
  this.timeout(30000);
  const combos: [string | null, ('tier' | 'rank' | 'score')[]][] = [
    [null, ['tier', 'rank', 'score']],
    ['tier', ['tier']],
    ['rank', ['rank']],
    ['score', ['score']],
    ['tier rank', ['tier', 'rank']],
    ['tier score', ['tier', 'score']],
    ['rank score', ['rank', 'score']],
    ['tier rank score', ['tier', 'rank', 'score']],
  ];
  for (const lang of LANGS) {
    for (const [show, keys] of combos) {
      it(`${lang} show=${show === null ? '(none)' : `"${show}"`}: message, role=img, aria-label "region label: message"`, async () => {
        const attrs: Record<string, string> = { region: '广东', year: '2021' };
        if (show !== null) attrs.show = show;
        const el = await badge(attrs, { lang });
        const s = badgeState(el);
        const parts = keys.map((k) => GD_PARTS[lang][k]);
        expect(s.status).to.equal('ok');
        expect(s.label).to.equal(LABEL[lang](2021));
        expect(s.message).to.equal(parts.map((p) => p.shown).join(' · '));
        expect(s.role).to.equal('img');
        expect(s.ariaLabel).to.equal(
          `${REGION.广东[lang]} ${LABEL[lang](2021)}${COLON[lang]}${parts.map((p) => p.spoken).join(SEP[lang])}`,
        );
        // What is visible is what is named: every visible part is in the name, in the same order.
        const name = s.ariaLabel ?? '';
        const positions = parts.map((p) => name.indexOf(p.shown, name.indexOf(COLON[lang])));
        expect(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1]!))).to.equal(true);
        // With a link, the link's text content (visible + screen-reader-only) reads the same.
        const linked = await badge({ ...attrs, href: 'https://example.org/r' }, { lang });
        expect(fold(partOf(linked, 'badge')?.textContent)).to.equal(
          `${REGION.广东[lang]} ${LABEL[lang](2021)}${COLON[lang]}${parts.map((p) => p.shown).join(' · ')}`,
        );
      });
    }
  }

  it('a show list with unknown words only is the default (all parts); a comma list works too', async () => {
    const junk = await badge({ region: '广东', year: '2021', show: 'everything' });
    expect(badgeState(junk).message).to.equal('甲 · 并列第1名 · 95.5');
    const commas = await badge({ region: '广东', year: '2021', show: 'rank,score' });
    expect(badgeState(commas).message).to.equal('并列第1名 · 95.5');
  });
});

describe('badge sweep: rows with only some values', function () {
  this.timeout(20000);
  const rows: [string, string, Record<Lang, string>, Record<Lang, string>, 'tiered' | 'neutral'][] = [
    // region, show, visible message, spoken message, colour
    ['江苏', '', { 'zh-CN': '第一梯队', en: 'First group' }, { 'zh-CN': '第一梯队', en: 'First group' }, 'neutral'],
    ['上海', '', { 'zh-CN': '第3名', en: 'No. 3' }, { 'zh-CN': '第3名', en: 'No. 3' }, 'neutral'],
    ['北京', '', { 'zh-CN': '88.25', en: '88.25' }, { 'zh-CN': '得分88.25', en: 'score 88.25' }, 'neutral'],
    ['四川', '', { 'zh-CN': '乙', en: 'Beta' }, { 'zh-CN': '乙', en: 'Beta' }, 'tiered'],
    [
      '浙江',
      '',
      { 'zh-CN': '甲 · 并列第1名 · 95.5', en: 'Alpha · No. 1 (tied) · 95.5' },
      { 'zh-CN': '甲，并列第1名，得分95.5', en: 'Alpha, No. 1 (tied), score 95.5' },
      'tiered',
    ],
    ['湖北', '', { 'zh-CN': '乙 · 第4名', en: 'Beta · No. 4' }, { 'zh-CN': '乙，第4名', en: 'Beta, No. 4' }, 'tiered'],
    // The chosen parts are all missing: the badge shows what there is rather than go blank.
    ['四川', 'score', { 'zh-CN': '乙', en: 'Beta' }, { 'zh-CN': '乙', en: 'Beta' }, 'tiered'],
    ['上海', 'tier score', { 'zh-CN': '第3名', en: 'No. 3' }, { 'zh-CN': '第3名', en: 'No. 3' }, 'neutral'],
    // `tier` also covers a published group.
    ['江苏', 'tier', { 'zh-CN': '第一梯队', en: 'First group' }, { 'zh-CN': '第一梯队', en: 'First group' }, 'neutral'],
    ['江苏', 'rank', { 'zh-CN': '第一梯队', en: 'First group' }, { 'zh-CN': '第一梯队', en: 'First group' }, 'neutral'],
  ];
  const names: Record<string, Record<Lang, string>> = {
    江苏: { 'zh-CN': '江苏', en: 'Jiangsu' },
    上海: { 'zh-CN': '上海', en: 'Shanghai' },
    北京: { 'zh-CN': '北京', en: 'Beijing' },
    四川: { 'zh-CN': '四川', en: 'Sichuan' },
    浙江: { 'zh-CN': '浙江', en: 'Zhejiang' },
    湖北: { 'zh-CN': '湖北', en: 'Hubei' },
  };
  for (const lang of LANGS) {
    for (const [region, show, shown, spoken, colour] of rows) {
      it(`${lang} ${region}${show ? ` show="${show}"` : ''}: "${shown[lang]}" (${colour})`, async () => {
        const attrs: Record<string, string> = { region, year: '2021' };
        if (show) attrs.show = show;
        const el = await badge(attrs, { lang });
        const s = badgeState(el);
        expect(s.message).to.equal(shown[lang]);
        expect(s.ariaLabel).to.equal(`${names[region]![lang]} ${LABEL[lang](2021)}${COLON[lang]}${spoken[lang]}`);
        const msg = partOf(el, 'message');
        expect(msg?.classList.contains(colour)).to.equal(true);
        // A rank, score or group without a tier gets no tier colour.
        expect((msg?.getAttribute('style') ?? '').includes('--_bg')).to.equal(colour === 'tiered');
        expect(shadowText(el)).not.to.match(/NaN|undefined|null|Infinity/);
      });
    }
  }
});

describe('badge sweep: region forms and a city region', function () {
  this.timeout(20000);

  it('code, 12-digit code, English (any case, "Province"), ISO and numeric ISO, 简称, full name, full-width: the same badge', async () => {
    const want = badgeState(await badge({ region: '广东', year: '2021' }));
    expect(want.ariaLabel).to.equal('广东 测试指数 2021年：甲，并列第1名，得分95.5');
    const forms = [
      '440000',
      '440000000000',
      'Guangdong',
      'guangdong',
      'GUANGDONG PROVINCE',
      'CN-GD',
      'cn-gd',
      'CN-44',
      '粤',
      '广东省',
      ' 广东 ',
      'ＣＮ－ＧＤ',
    ];
    const got: string[] = [];
    for (const region of forms) got.push(`${region}=${badgeState(await badge({ region, year: '2021' })).ariaLabel}`);
    expect(got).to.deep.equal(forms.map((f) => `${f}=${want.ariaLabel}`));
  });

  it('深圳 (and 深圳市 / Shenzhen / 440300) picks the city assessment, not the first (province) one', async () => {
    for (const region of ['深圳', '深圳市', 'Shenzhen', '440300']) {
      const el = await badge({ region });
      const s = badgeState(el);
      expect(`${region}: ${s.status} ${s.label} | ${s.message}`).to.equal(`${region}: ok 城市指数 2021年 | 甲 · 第1名 · 97.34`);
      expect(partAttr(el, 'badge', 'title')?.split('\n')[0]).to.equal('深圳 · 测试城市评估 · 2021年报告');
    }
    const en = await badge({ region: '深圳' }, { lang: 'en' });
    expect(badgeState(en).ariaLabel).to.equal('Shenzhen City index 2021: Alpha, No. 1, score 97.34');
  });

  it('深圳 with the bundled results: the key-city assessment, its latest edition with a value', async () => {
    const el = await badge({ region: '深圳' }, { data: null });
    const s = badgeState(el);
    expect(s.label).to.equal('网上政务服务能力 2021年');
    expect(s.message).to.equal('第1名');
    expect(partAttr(el, 'badge', 'title') ?? '').to.contain('重点城市网上政务服务能力调查评估');
  });
});

// ---------------------------------------------------------------------------------------------
// Badge: href
// ---------------------------------------------------------------------------------------------

describe('badge sweep: href values', function () {
  this.timeout(20000);

  // Was: href="javascript:alert(1)" renders <a href="javascript:alert(1)">: a live script link
  // (clicking or pressing Enter on the badge runs it). The attribute is bound straight into
  // `href=${view.href}` in tier-badge.ts renderView(); select() takes `this.href || assessment.href`
  // without checking the scheme (the file's href is validated as http(s), the attribute is not).
  it('a javascript: (or data:, vbscript:) href never becomes a live script link', async () => {
    const live: string[] = [];
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
    ]) {
      const el = await badge({ region: '广东', year: '2021', href });
      const a = el.shadowRoot!.querySelector('a');
      if (a && /^(javascript|data|vbscript):$/i.test(a.protocol)) live.push(`${JSON.stringify(href)} → ${a.protocol}`);
      // Whatever it does, the badge still shows its standing.
      expect(badgeState(el).message).to.equal('甲 · 并列第1名 · 95.5');
    }
    expect(live).to.deep.equal([]);
  });

  it('a relative href resolves against the page; the title and name are unchanged', async () => {
    const el = await badge({ region: '广东', year: '2021', href: 'reports/2021.html?x=1#r' });
    const a = el.shadowRoot!.querySelector('a');
    expect(a?.getAttribute('href') ?? null).to.equal('reports/2021.html?x=1#r');
    expect(a?.href ?? null).to.equal(new URL('reports/2021.html?x=1#r', document.baseURI).href);
    expect(a?.getAttribute('role') ?? null).to.equal(null);
    expect(a?.title ?? '').to.equal(
      '广东 · 测试省级评估 · 2021年报告（2020年数据）\n来源：https://example.org/2021 https://www.example.com/b',
    );
  });

  it('a very long href (8 KB) keeps the link exact and does not widen the badge', async () => {
    const long = `https://example.org/report?${'q=' + 'x'.repeat(8000)}`;
    const plain = await badge({ region: '广东', year: '2021', href: 'https://example.org/r' });
    const el = await badge({ region: '广东', year: '2021', href: long });
    const a = el.shadowRoot!.querySelector('a');
    expect(a?.href === long).to.equal(true);
    expect(Math.round(el.getBoundingClientRect().width)).to.equal(Math.round(plain.getBoundingClientRect().width));
    expect((a?.scrollWidth ?? 0) <= (a?.clientWidth ?? 0)).to.equal(true);
    // The URL is not shown anywhere.
    expect(shadowText(el).includes('xxxx')).to.equal(false);
  });

  it("without href the assessment's own href (from the file) makes the link; an href attribute wins", async () => {
    const data = sweepResults();
    data.assessments[0].href = 'https://publisher.example/index';
    const own = await badge({ region: '广东', year: '2021' }, { data });
    expect(own.shadowRoot!.querySelector('a')?.href ?? 'no link').to.equal('https://publisher.example/index');
    const attr = await badge({ region: '广东', year: '2021', href: 'https://example.org/mine' }, { data });
    expect(attr.shadowRoot!.querySelector('a')?.href ?? 'no link').to.equal('https://example.org/mine');
    // The city assessment has no href: no link.
    const city = await badge({ region: '深圳' }, { data });
    expect(badgeState(city).tag).to.equal('span');
  });

  it('href="" is no link (the badge stays an image)', async () => {
    const el = await badge({ region: '广东', year: '2021', href: '' });
    const s = badgeState(el);
    expect(`${s.tag} ${s.role}`).to.equal('span img');
  });
});

// ---------------------------------------------------------------------------------------------
// Badge: title, two years, clipping
// ---------------------------------------------------------------------------------------------

describe('badge sweep: title, two years on one page', function () {
  this.timeout(20000);

  it('title: region · full name · report year (data year) / sources, zh-CN and en; no data-year note without one', async () => {
    const zh = await badge({ region: '广东', year: '2021' });
    expect(partAttr(zh, 'badge', 'title')).to.equal(
      '广东 · 测试省级评估 · 2021年报告（2020年数据）\n来源：https://example.org/2021 https://www.example.com/b',
    );
    const en = await badge({ region: '广东', year: '2021' }, { lang: 'en' });
    expect(partAttr(en, 'badge', 'title')).to.equal(
      'Guangdong · Test provincial assessment · 2021 report (2020 data)\nSource: https://example.org/2021 https://www.example.com/b',
    );
    const old = await badge({ region: '广东', year: '2019' });
    expect(partAttr(old, 'badge', 'title')).to.equal('广东 · 测试省级评估 · 2019年报告\n来源：https://example.org/2019');
  });

  it('two badges for 广东, 2021 and 2019, on one page each show their own year', async () => {
    const data = sweepResults();
    const wrap = await fixture<HTMLElement>(html`<div lang="zh-CN">
      <gov-tier-badge region="广东" year="2021" .data=${data}></gov-tier-badge>
      <gov-tier-badge region="广东" year="2019" .data=${data}></gov-tier-badge>
    </div>`);
    const [a, b] = [...wrap.querySelectorAll('gov-tier-badge')] as GovTierBadge[];
    await settled(a!);
    await settled(b!);
    expect([badgeState(a!).ariaLabel, badgeState(b!).ariaLabel]).to.deep.equal([
      '广东 测试指数 2021年：甲，并列第1名，得分95.5',
      '广东 测试指数 2019年：乙，第3名，得分80',
    ]);
    expect(
      [partOf(a!, 'message')?.getAttribute('style') ?? '', partOf(b!, 'message')?.getAttribute('style') ?? ''].map(
        (s) => /tier-(\d)/.exec(s)?.[1],
      ),
    ).to.deep.equal(['1', '2']);
    // Changing one leaves the other alone.
    b!.year = 2021;
    await settled(b!);
    expect(badgeState(a!).label).to.equal('测试指数 2021年');
    expect(badgeState(b!).label).to.equal('测试指数 2021年');
    a!.year = 2019;
    await settled(a!);
    expect([badgeState(a!).label, badgeState(b!).label]).to.deep.equal(['测试指数 2019年', '测试指数 2021年']);
  });

  it('two badges with the bundled data, 2020 and 2019, on one page', async () => {
    const wrap = await fixture<HTMLElement>(html`<div lang="en">
      <gov-tier-badge region="广东" year="2020"></gov-tier-badge>
      <gov-tier-badge region="广东" year="2019"></gov-tier-badge>
    </div>`);
    const els = [...wrap.querySelectorAll('gov-tier-badge')] as GovTierBadge[];
    for (const el of els) await settled(el);
    expect(els.map((el) => `${badgeState(el).label} | ${badgeState(el).message}`)).to.deep.equal([
      'Online government services 2020 | Very high · No. 1 (tied) · 96.73',
      'Online government services 2019 | Very high · No. 1',
    ]);
  });
});

describe('badge sweep: no clipped text, sizes × variants × themes × languages', function () {
  this.timeout(60000);

  function clipped(el: Element): string[] {
    const out: string[] = [];
    for (const name of ['badge', 'label', 'message', 'region', 'source']) {
      const n = partOf(el, name);
      if (!n) continue;
      if (n.scrollWidth > n.clientWidth + 1) out.push(`${name} w ${n.scrollWidth}>${n.clientWidth} "${fold(n.textContent)}"`);
      if (n.scrollHeight > n.clientHeight + 1) out.push(`${name} h ${n.scrollHeight}>${n.clientHeight} "${fold(n.textContent)}"`);
    }
    return out;
  }

  for (const lang of LANGS) {
    for (const theme of ['light', 'dark']) {
      it(`${lang} ${theme}: bundled 广东 2020 (full) and 2022 (a group), 深圳 2020; own data 广东 2021`, async () => {
        const wrap = await fixture<HTMLElement>(html`<div lang=${lang}></div>`);
        const els: GovTierBadge[] = [];
        for (const size of ['small', 'medium', 'large']) {
          for (const variant of ['flat', 'pill', 'card']) {
            for (const [region, year, own] of [
              ['广东', '2020', false],
              ['广东', '2022', false],
              ['深圳', '2020', false],
              ['广东', '2021', true],
            ] as const) {
              const el = document.createElement('gov-tier-badge') as GovTierBadge;
              Object.entries({ region, year, size, variant, theme }).forEach(([k, v]) => el.setAttribute(k, v));
              if (own) el.data = sweepResults();
              const line = document.createElement('div');
              line.append(el);
              wrap.append(line);
              els.push(el);
            }
          }
        }
        for (const el of els) await settled(el);
        await sleep(50);
        const cut = els.flatMap((el) =>
          clipped(el).map(
            (c) => `${el.getAttribute('size')} ${el.getAttribute('variant')} ${el.getAttribute('region')} ${el.getAttribute('year')}: ${c}`,
          ),
        );
        expect(cut).to.deep.equal([]);
        expect(els.filter((el) => partOf(el, 'status')).length).to.equal(0);
      });
    }
  }
});
