import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/table.js';
import { PENDING, api, installPendingFetch, storyOnly, surface } from './support.js';

/** Stories of <gov-rank-table> with the bundled results (no `src`), in zh-CN and en, light and dark. */

installPendingFetch();

/**
 * Args are keyed by attribute name; their argTypes come from custom-elements.json
 * (.storybook/manifest-arg-types.ts). `width` is the story's container.
 */
type Args = Record<string, unknown> & { width?: number };

const meta: Meta<Args> = {
  title: 'Elements/gov-rank-table',
  component: 'gov-rank-table',
  tags: ['autodocs'],
  args: { width: 720 },
  argTypes: {
    width: storyOnly('Width of the container', { type: 'range', min: 240, max: 1000, step: 10 }),
  },
  render: (a, { argTypes }) => html`<div style="max-width:${a.width}px;padding:16px;border-radius:6px;${surface(a.theme)}">
    <gov-rank-table ${api(a, argTypes)}></gov-rank-table>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The default: the latest complete provincial edition (2020 report, 2019 data), ties marked. */
export const Ranking: Story = {};
export const RankingEnglish: Story = { args: { lang: 'en' } };
export const RankingDark: Story = { args: { theme: 'dark' } };
export const RankingDarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };

/** Top 10 with two regions emphasised. */
export const TopTenHighlighted: Story = { args: { limit: 10, highlight: '广东,浙江' } };
export const TopTenHighlightedDarkEnglish: Story = { args: { limit: 10, highlight: 'Guangdong, Zhejiang', theme: 'dark', lang: 'en' } };

/** A sparkline of each region's rank across editions (the same geometry as <gov-trend-sparkline>). */
export const WithTrend: Story = { args: { trend: 'rank', limit: 12, highlight: '广东' } };
export const WithTrendDarkEnglish: Story = { args: { trend: 'rank', limit: 12, theme: 'dark', lang: 'en' } };
export const WithScoreTrend: Story = { args: { trend: 'score', limit: 12 } };
export const WithScoreTrendDarkEnglish: Story = { args: { trend: 'score', limit: 12, theme: 'dark', lang: 'en' } };

/** Key cities (level="city"). */
export const Cities: Story = { args: { level: 'city', trend: 'rank' } };
export const CitiesEnglishDark: Story = { args: { level: 'city', lang: 'en', theme: 'dark' } };

/** A partial edition (2019 report): the caption and the footnote say it is partial; unranked rows last. */
export const PartialList: Story = { args: { year: 2019 } };
export const PartialListEnglishDark: Story = { args: { year: 2019, lang: 'en', theme: 'dark' } };

/** A membership list with no ranks or scores (2022 report): a group column. */
export const GroupOnly: Story = { args: { year: 2022 } };
export const GroupOnlyDarkEnglish: Story = { args: { year: 2022, theme: 'dark', lang: 'en' } };

/** Tiers without scores (digital government service capability, 2019). */
export const TiersOnly: Story = { args: { assessment: 'cstc-digital-government-province', year: 2019 } };
export const TiersOnlyEnglishDark: Story = {
  args: { assessment: 'cstc-digital-government-province', year: 2019, lang: 'en', theme: 'dark' },
};

/** Rank-only assessment with ties (website performance, 2021). */
export const RanksOnly: Story = { args: { assessment: 'tsinghua-website-province', trend: 'rank' } };
export const RanksOnlyDarkEnglish: Story = { args: { assessment: 'tsinghua-website-province', trend: 'rank', theme: 'dark', lang: 'en' } };

/** A narrow container: the table scrolls sideways inside a focusable, named region; the page does not. */
export const Narrow: Story = { args: { width: 300, trend: 'rank', limit: 8 } };
export const NarrowDarkEnglish: Story = { args: { width: 300, trend: 'rank', limit: 8, lang: 'en', theme: 'dark' } };

/** The skeleton while loading reserves the rows (`limit`, else 10). */
export const Loading: Story = { args: { src: PENDING, timeout: 2147483647, limit: 10 } };
export const LoadingDarkEnglish: Story = { args: { src: PENDING, timeout: 2147483647, limit: 10, lang: 'en', theme: 'dark' } };

/** A year without an edition: a readable no-data state. */
export const MissingYear: Story = { args: { year: 2005 } };
export const MissingYearEnglishDark: Story = { args: { year: 2005, lang: 'en', theme: 'dark' } };

/** An edition with no results to list (the tables were images). */
export const EmptyEdition: Story = { args: { assessment: 'cstc-digital-government-province', year: 2023 } };
export const EmptyEditionDarkEnglish: Story = {
  args: { assessment: 'cstc-digital-government-province', year: 2023, theme: 'dark', lang: 'en' },
};

/** A file that cannot be fetched. */
export const LoadError: Story = { args: { src: '/does-not-exist.json' } };
export const LoadErrorEnglishDark: Story = { args: { src: '/does-not-exist.json', lang: 'en', theme: 'dark' } };
