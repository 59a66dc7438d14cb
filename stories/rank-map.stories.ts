import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../src/define/map.js';
import { PENDING, installPendingFetch } from './support.js';

/**
 * Stories of <gov-rank-map>. Everything is local: the bundled results (no `src`), the test
 * fixtures Storybook serves under /fixtures, and the Guangdong city geometry in stories/data.
 */

installPendingFetch();

/** Guangdong's 21 prefecture cities (properties.name, properties.code), served by Vite as an asset. */
const GUANGDONG = new URL('./data/guangdong-cities.geo.json', import.meta.url).href;

interface Args {
  assessment: string;
  year: number | undefined;
  colorBy: '' | 'tier' | 'score' | 'rank';
  level: '' | 'province' | 'city';
  selected: string;
  highlight: string;
  inset: '' | 'south-china-sea' | 'none';
  geometry: string;
  geometryKey: string;
  approvalNumber: string;
  attribution: string;
  lang: 'zh-CN' | 'en';
  theme: 'light' | 'dark';
  src: string;
  timeout: number | undefined;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Elements/gov-rank-map',
  component: 'gov-rank-map',
  tags: ['autodocs'],
  args: {
    assessment: '', year: undefined, colorBy: '', level: '', selected: '', highlight: '', inset: '', geometry: '', geometryKey: '',
    approvalNumber: '', attribution: '', lang: 'zh-CN', theme: 'light', src: '', timeout: undefined, width: 800,
  },
  argTypes: {
    assessment: { control: 'select', options: ['', 'cps-online-service-province', 'cps-online-service-city', 'cstc-digital-government-province'] },
    colorBy: { name: 'color-by', control: 'inline-radio', options: ['', 'tier', 'score', 'rank'] },
    level: { control: 'inline-radio', options: ['', 'province', 'city'] },
    inset: { control: 'inline-radio', options: ['', 'south-china-sea', 'none'] },
    lang: { control: 'inline-radio', options: ['zh-CN', 'en'] },
    theme: { control: 'inline-radio', options: ['light', 'dark'] },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 }, description: 'Width of the container (the map follows it)' },
  },
  render: (a) => html`<div style="max-width:${a.width}px;padding:16px;border-radius:6px;background:${a.theme === 'dark' ? '#0d1117' : '#ffffff'}">
    <gov-rank-map
      src=${a.src || nothing}
      assessment=${a.assessment || nothing}
      year=${a.year ?? nothing}
      color-by=${a.colorBy || nothing}
      level=${a.level || nothing}
      selected=${a.selected || nothing}
      highlight=${a.highlight || nothing}
      inset=${a.inset || nothing}
      geometry=${a.geometry || nothing}
      geometry-key=${a.geometryKey || nothing}
      approval-number=${a.approvalNumber || nothing}
      attribution=${a.attribution || nothing}
      lang=${a.lang}
      theme=${a.theme}
      timeout=${a.timeout ?? nothing}
      @gov-region-select=${(e: CustomEvent) => console.log('gov-region-select', e.detail)}
    ></gov-rank-map>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled published results: the 2020 report of the online government service index, by tier. */
export const Default: Story = {};

/** By tier, with a region selected and two highlighted. */
export const ByTier: Story = {
  args: { assessment: 'cps-online-service-province', year: 2020, colorBy: 'tier', selected: '广东', highlight: '浙江,上海' },
};

/** By score: sequential colours in round bins; the legend shows the bin edges. */
export const ByScore: Story = { args: { colorBy: 'score' } };

/** By rank: rank 1 darkest. */
export const ByRank: Story = { args: { colorBy: 'rank' } };

/** A count, not an index: CNNIC's government websites per provincial unit (Dec 2019), binned by its own range, with its unit. */
export const ByCount: Story = { args: { assessment: 'cnnic-gov-websites-province', year: 2020, colorBy: 'score' } };

/** The 32 key cities of the city-level assessment as dots over the provinces. */
export const KeyCities: Story = { args: { level: 'city' } };

/**
 * Your own geometry: Guangdong's 21 prefecture cities (`geometry-key="code"`) with the bundled
 * city-level results. Only 广州 and 深圳 are among the 32 assessed key cities; no per-city values
 * are published for the other 19, so they show "no data" — nothing here is invented. The map
 * reports the 19 shapes without a result and lists the 30 results that have no shape on it.
 */
export const CustomGeometry: Story = {
  args: { geometry: GUANGDONG, geometryKey: 'code', level: 'city', attribution: 'Geometry: echarts@4.9.0 (Apache-2.0), illustrative', width: 640 },
};

export const English: Story = { args: { lang: 'en' } };

export const Dark: Story = { args: { theme: 'dark' } };

/** Narrow: a phone-sized container. */
export const Narrow: Story = { args: { width: 320 } };

/** While the data loads: a skeleton of the final size (no layout shift). */
export const Loading: Story = { args: { src: PENDING, timeout: 3_600_000 } };

/** A file that is not a valid results file: the error is shown inside the element's box. */
export const ErrorState: Story = { name: 'Error', args: { src: '/fixtures/bad-score.json' } };

/** A geometry file that cannot be used. */
export const GeometryError: Story = { args: { geometry: '/fixtures/results.json' } };

export const DarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };
export const ByScoreDarkEnglish: Story = { args: { colorBy: 'score', theme: 'dark', lang: 'en' } };
export const KeyCitiesDarkEnglish: Story = { args: { level: 'city', theme: 'dark', lang: 'en' } };
export const LoadingDarkEnglish: Story = { args: { src: PENDING, timeout: 3_600_000, theme: 'dark', lang: 'en' } };
export const ErrorDarkEnglish: Story = { args: { src: '/fixtures/bad-score.json', theme: 'dark', lang: 'en' } };
export const GeometryErrorDarkEnglish: Story = { args: { geometry: '/fixtures/results.json', theme: 'dark', lang: 'en' } };

/** A year the assessment has no edition for: a message in the map's box, not an empty map. */
export const NoData: Story = { args: { year: 2005 } };
export const NoDataDarkEnglish: Story = { args: { year: 2005, theme: 'dark', lang: 'en' } };
