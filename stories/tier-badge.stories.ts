import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/badge.js';
import { PENDING, installPendingFetch } from './support.js';

/**
 * Stories of <gov-tier-badge>: every variant and size, the tiered / rank-only / group / linked
 * badges, loading and error states, in zh-CN and en, light and dark. No `src`: the bundled results.
 */

installPendingFetch();

interface Args {
  region: string;
  year: number | undefined;
  assessment: string;
  variant: 'flat' | 'pill' | 'card';
  size: 'small' | 'medium' | 'large';
  href: string;
  show: string;
  lang: 'zh-CN' | 'en';
  theme: 'light' | 'dark';
  src: string;
}

const badge = (a: Args) => html`<gov-tier-badge
  region=${a.region || nothing}
  year=${a.year ?? nothing}
  assessment=${a.assessment || nothing}
  variant=${a.variant}
  size=${a.size}
  href=${a.href || nothing}
  show=${a.show || nothing}
  lang=${a.lang}
  theme=${a.theme}
  src=${a.src || nothing}
></gov-tier-badge>`;

const frame = (theme: string, content: unknown) =>
  html`<div style="padding:16px;border-radius:6px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;background:${theme === 'dark' ? '#0d1117' : '#ffffff'}">${content}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/gov-tier-badge',
  component: 'gov-tier-badge',
  tags: ['autodocs'],
  args: { region: '广东', year: 2020, assessment: '', variant: 'flat', size: 'medium', href: '', show: '', lang: 'zh-CN', theme: 'light', src: '' },
  argTypes: {
    year: { control: 'select', options: [undefined, 2017, 2018, 2019, 2020, 2021, 2022] },
    assessment: { control: 'select', options: ['', 'cps-online-service-province', 'cps-online-service-city', 'cstc-digital-government-province', 'cstc-website-province', 'tsinghua-website-province'] },
    variant: { control: 'inline-radio', options: ['flat', 'pill', 'card'] },
    size: { control: 'inline-radio', options: ['small', 'medium', 'large'] },
    show: { control: 'select', options: ['', 'tier', 'tier rank', 'rank score', 'region', 'region tier'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
  },
  render: (a) => frame(a.theme, badge(a)),
};
export default meta;
type Story = StoryObj<Args>;

export const Flat: Story = {};
export const FlatEnglish: Story = { args: { lang: 'en' } };
export const FlatDark: Story = { args: { theme: 'dark' } };
export const FlatDarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };
export const Pill: Story = { args: { variant: 'pill' } };
export const PillDarkEnglish: Story = { args: { variant: 'pill', theme: 'dark', lang: 'en' } };
export const Card: Story = { args: { variant: 'card' } };
export const CardEnglish: Story = { args: { variant: 'card', lang: 'en' } };
export const CardDark: Story = { args: { variant: 'card', theme: 'dark' } };
export const CardDarkEnglish: Story = { args: { variant: 'card', theme: 'dark', lang: 'en' } };
/** Without `year`: the latest edition in which the region has a tier, rank or score. */
export const LatestEdition: Story = { args: { year: undefined } };
/** 2017: a rank but no tier — a neutral message. */
export const RankOnly: Story = { args: { year: 2017 } };
export const RankOnlyDarkEnglish: Story = { args: { year: 2017, theme: 'dark', lang: 'en' } };
/** 2022: a published group instead of a tier (保持全国领先水平). */
export const Group: Story = { args: { year: 2022, variant: 'card' } };
export const GroupDarkEnglish: Story = { args: { year: 2022, variant: 'card', theme: 'dark', lang: 'en' } };
export const TierOnly: Story = { args: { show: 'tier' } };
/** Badges side by side name their regions (`show="region"`). */
export const RegionSideBySide: Story = {
  args: { show: 'region' },
  render: (a) => frame(a.theme, html`${['浙江', '广东'].map((region) => badge({ ...a, region }))}`),
};
export const DigitalGovernmentTier: Story = { args: { assessment: 'cstc-digital-government-province', year: 2019 } };
/** A link to the report: the link's content is its accessible name. */
export const Link: Story = { args: { href: 'https://example.org/report' } };
export const LinkDarkEnglish: Story = { args: { href: 'https://example.org/report', theme: 'dark', lang: 'en' } };

const tiers = (theme: 'light' | 'dark', lang: 'zh-CN' | 'en') =>
  frame(
    theme,
    html`${['广东', '北京', '上海', '河北', '西藏'].map((region) => badge({ ...meta.args, region, theme, lang } as Args))}
      ${badge({ ...meta.args, region: '广东', year: 2017, theme, lang } as Args)}`,
  );
/** Every tier of the 2020 edition (非常高, 高, 中) and a rank-only badge. */
export const AllTiers: Story = { render: () => tiers('light', 'zh-CN') };
export const AllTiersDarkEnglish: Story = { render: () => tiers('dark', 'en') };

const sizes = (a: Args) =>
  frame(
    a.theme,
    html`${(['small', 'medium', 'large'] as const).map((size) =>
      (['flat', 'pill', 'card'] as const).map((variant) => badge({ ...a, size, variant })),
    )}`,
  );
export const Sizes: Story = { render: sizes };
export const SizesDarkEnglish: Story = { args: { theme: 'dark', lang: 'en' }, render: sizes };

/** The skeleton has the badge's final size. */
export const Loading: Story = { args: { src: PENDING } };
export const LoadingCardDark: Story = { args: { src: PENDING, variant: 'card', theme: 'dark' } };
export const LoadingEnglish: Story = { args: { src: PENDING, lang: 'en' } };
export const LoadingPill: Story = { args: { src: PENDING, variant: 'pill' } };
export const ErrorPillDarkEnglish: Story = { args: { src: '/does-not-exist.json', variant: 'pill', theme: 'dark', lang: 'en' } };
/** An unknown region: a readable error inside the badge (gov-error, kind no-data). */
export const UnknownRegion: Story = { args: { region: '火星' } };
export const UnknownRegionDarkEnglish: Story = { args: { region: '火星', theme: 'dark', lang: 'en' } };
export const YearWithoutData: Story = { args: { year: 2016, variant: 'card' } };
export const YearWithoutDataEnglish: Story = { args: { year: 2016, variant: 'card', lang: 'en' } };
export const YearWithoutDataDark: Story = { args: { year: 2016, variant: 'card', theme: 'dark' } };
export const FileNotFound: Story = { args: { src: '/does-not-exist.json' } };
export const FileNotFoundDarkEnglish: Story = { args: { src: '/does-not-exist.json', theme: 'dark', lang: 'en' } };
