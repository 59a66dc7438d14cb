import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ArgTypes } from 'storybook/internal/types';
import '../src/define/badge.js';
import { PENDING, api, installPendingFetch, surface } from './support.js';

/**
 * Stories of <gov-tier-badge>: every variant and size, the tiered / rank-only / group / linked
 * badges, loading and error states, in zh-CN and en, light and dark. No `src`: the bundled results.
 */

installPendingFetch();

/** Args are keyed by attribute name; their argTypes come from custom-elements.json (.storybook/manifest-arg-types.ts). */
type Args = Record<string, unknown>;

const badge = (a: Args, argTypes: ArgTypes) => html`<gov-tier-badge ${api(a, argTypes)}></gov-tier-badge>`;

const frame = (a: Args, content: unknown) =>
  html`<div style="padding:16px;border-radius:6px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;${surface(a.theme)}">${content}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/gov-tier-badge',
  component: 'gov-tier-badge',
  tags: ['autodocs'],
  args: { region: '广东', year: 2020 },
  argTypes: {
    // Common values of the space-separated `show` (any combination of tier, rank, score, region works).
    show: { control: 'select', options: ['', 'tier', 'tier rank', 'rank score', 'region', 'region tier'] },
  },
  render: (a, { argTypes }) => frame(a, badge(a, argTypes)),
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
  argTypes: { region: { control: false } },
  render: (a, { argTypes }) => frame(a, html`${['浙江', '广东'].map((region) => badge({ ...a, region }, argTypes))}`),
};
export const DigitalGovernmentTier: Story = { args: { assessment: 'cstc-digital-government-province', year: 2019 } };
/** A link to the report: the link's content is its accessible name. */
export const Link: Story = { args: { href: 'https://example.org/report' } };
export const LinkDarkEnglish: Story = { args: { href: 'https://example.org/report', theme: 'dark', lang: 'en' } };

const tiers = (a: Args, { argTypes }: { argTypes: ArgTypes }) =>
  frame(
    a,
    html`${['广东', '北京', '上海', '河北', '西藏'].map((region) => badge({ ...a, region }, argTypes))}
      ${badge({ ...a, region: '广东', year: 2017 }, argTypes)}`,
  );
/** Every tier of the 2020 edition (非常高, 高, 中) and a rank-only badge: the regions and years are the story's. */
export const AllTiers: Story = { argTypes: { region: { control: false }, year: { control: false } }, render: tiers };
export const AllTiersDarkEnglish: Story = { ...AllTiers, args: { theme: 'dark', lang: 'en' } };

const sizes = (a: Args, { argTypes }: { argTypes: ArgTypes }) =>
  frame(
    a,
    html`${(['small', 'medium', 'large'] as const).map((size) =>
      (['flat', 'pill', 'card'] as const).map((variant) => badge({ ...a, size, variant }, argTypes)),
    )}`,
  );
/** Every size and variant: those two are the story's; the other controls apply to all nine. */
export const Sizes: Story = { argTypes: { size: { control: false }, variant: { control: false } }, render: sizes };
export const SizesDarkEnglish: Story = { ...Sizes, args: { theme: 'dark', lang: 'en' } };

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
