import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/sparkline.js';
import { PENDING, api, installPendingFetch, storyOnly, surface } from './support.js';

/**
 * Stories of <gov-trend-sparkline> with the bundled results (no `src`), in zh-CN and en, light
 * and dark. Years on the chart are data years (the year rated), as the publishers write them.
 */

installPendingFetch();

/**
 * Args are keyed by attribute name; their argTypes come from custom-elements.json
 * (.storybook/manifest-arg-types.ts). `height` and `width` are the story's: the custom property
 * --gov-rank-sparkline-height and the container.
 */
type Args = Record<string, unknown> & { height?: string; width?: number };

const meta: Meta<Args> = {
  title: 'Elements/gov-trend-sparkline',
  component: 'gov-trend-sparkline',
  tags: ['autodocs'],
  args: { region: '广东', height: '40px', width: 280 },
  argTypes: {
    height: storyOnly('--gov-rank-sparkline-height', 'text'),
    width: storyOnly('Width of the container (the sparkline fills it)', { type: 'range', min: 120, max: 640, step: 10 }),
  },
  render: (a, { argTypes }) => html`<div style="width:${a.width}px;padding:40px 16px 12px;border-radius:6px;${surface(a.theme)}">
    <gov-trend-sparkline ${api(a, argTypes)} style="--gov-rank-sparkline-height:${a.height}"></gov-trend-sparkline>
  </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/** 广东's rank by data year: 9th (2016) → 1st (2020); the 2022 report lists it only in a group, a gap. */
export const Rank: Story = {};
export const RankEnglish: Story = { args: { lang: 'en' } };
export const RankDark: Story = { args: { theme: 'dark' } };
export const RankDarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };

/** 安徽 has no rank in the 2019 report: the line breaks, it is never bridged. */
export const GapInSeries: Story = { args: { region: '安徽' } };
export const GapInSeriesDarkEnglish: Story = { args: { region: '安徽', theme: 'dark', lang: 'en' } };

/** Best and worst points ringed. */
export const Markers: Story = { args: { markers: true } };
export const MarkersDarkEnglish: Story = { args: { markers: true, theme: 'dark', lang: 'en' } };

/** Score with the tier bands (非常高 ≥ 90, 高 80–90) behind the line. */
export const ScoreWithBands: Story = { args: { region: '安徽', metric: 'score', bands: true, markers: true } };
export const ScoreWithBandsDarkEnglish: Story = { args: { region: '安徽', metric: 'score', bands: true, theme: 'dark', lang: 'en' } };

/** A single edition with a value: one dot, no line. */
export const SinglePoint: Story = { args: { region: '西藏', metric: 'score' } };
export const SinglePointEnglishDark: Story = { args: { region: '西藏', metric: 'score', lang: 'en', theme: 'dark' } };

/** A key city: the city-level assessment is picked by default. */
export const City: Story = { args: { region: '深圳' } };
export const CityEnglishDark: Story = { args: { region: 'Shenzhen', lang: 'en', theme: 'dark' } };

/** Taller, via --gov-rank-sparkline-height, in a wide container. */
export const Tall: Story = { args: { height: '96px', width: 560, markers: true } };

/** The skeleton while loading: the final height, no layout shift. */
export const Loading: Story = { args: { src: PENDING, timeout: 2147483647 } };
export const LoadingDarkEnglish: Story = { args: { src: PENDING, timeout: 2147483647, theme: 'dark', lang: 'en' } };

/** An unknown region: a readable no-data state inside the box (and a gov-error event). */
export const UnknownRegion: Story = { args: { region: '火星' } };
export const UnknownRegionEnglishDark: Story = { args: { region: 'Atlantis', lang: 'en', theme: 'dark' } };

/** A region the assessment never rated. */
export const NoValues: Story = { args: { region: '香港' } };
export const NoValuesEnglishDark: Story = { args: { region: '香港', lang: 'en', theme: 'dark' } };

/** A file that cannot be fetched. */
export const LoadError: Story = { args: { src: '/does-not-exist.json' } };
export const LoadErrorEnglishDark: Story = { args: { src: '/does-not-exist.json', lang: 'en', theme: 'dark' } };
