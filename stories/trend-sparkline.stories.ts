import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/sparkline.js';
import { PENDING, installPendingFetch } from './support.js';

/**
 * Stories of <gov-trend-sparkline> with the bundled results (no `src`), in zh-CN and en, light
 * and dark. Years on the chart are data years (the year rated), as the publishers write them.
 */

installPendingFetch();

interface Args {
  region: string;
  metric: 'rank' | 'score';
  assessment: string;
  markers: boolean;
  bands: boolean;
  lang: 'zh-CN' | 'en';
  theme: 'light' | 'dark';
  src: string;
  height: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-trend-sparkline',
  component: 'gov-trend-sparkline',
  tags: ['autodocs'],
  args: { region: '广东', metric: 'rank', assessment: '', markers: false, bands: false, lang: 'zh-CN', theme: 'light', src: '', height: '40px', width: 280 },
  argTypes: {
    metric: { control: 'inline-radio', options: ['rank', 'score'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    assessment: { control: 'select', options: ['', 'cps-online-service-province', 'cps-online-service-city'] },
    height: { control: 'text', description: '--gov-rank-sparkline-height' },
    width: { control: { type: 'range', min: 120, max: 640, step: 10 }, description: 'Width of the container (the sparkline fills it)' },
  },
  render: (a) => {
    return html`<div
    style="width:${a.width}px;padding:40px 16px 12px;border-radius:6px;background:${a.theme === 'dark' ? '#0d1117' : '#ffffff'}"
  >
    <gov-trend-sparkline
      region=${a.region || nothing}
      metric=${a.metric}
      assessment=${a.assessment || nothing}
      ?markers=${a.markers}
      ?bands=${a.bands}
      lang=${a.lang}
      theme=${a.theme}
      src=${a.src || nothing}
      timeout=${a.src === PENDING ? 2147483647 : nothing}
      style="--gov-rank-sparkline-height:${a.height}"
    ></gov-trend-sparkline>
  </div>`;
  },
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
export const Loading: Story = { args: { src: PENDING } };
export const LoadingDarkEnglish: Story = { args: { src: PENDING, theme: 'dark', lang: 'en' } };

/** An unknown region: a readable no-data state inside the box (and a gov-error event). */
export const UnknownRegion: Story = { args: { region: '火星' } };
export const UnknownRegionEnglishDark: Story = { args: { region: 'Atlantis', lang: 'en', theme: 'dark' } };

/** A region the assessment never rated. */
export const NoValues: Story = { args: { region: '香港' } };
export const NoValuesEnglishDark: Story = { args: { region: '香港', lang: 'en', theme: 'dark' } };

/** A file that cannot be fetched. */
export const LoadError: Story = { args: { src: '/does-not-exist.json' } };
export const LoadErrorEnglishDark: Story = { args: { src: '/does-not-exist.json', lang: 'en', theme: 'dark' } };
