import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define/map.js';
import { PENDING, api, installPendingFetch, storyOnly, surface } from './support.js';

/**
 * Stories of <gov-rank-map>. Everything is local: the bundled results (no `src`), the test
 * fixtures Storybook serves under /fixtures, and the Guangdong city geometry in stories/data.
 */

installPendingFetch();

/** Guangdong's 21 prefecture cities (properties.name, properties.code), served by Vite as an asset. */
const GUANGDONG = new URL('./data/guangdong-cities.geo.json', import.meta.url).href;

/**
 * Args are keyed by attribute name (`color-by`); the argTypes, one per attribute, come from
 * custom-elements.json (.storybook/manifest-arg-types.ts). `width` is the story's container.
 */
type Args = Record<string, unknown> & { width?: number };

const meta: Meta<Args> = {
  title: 'Elements/gov-rank-map',
  component: 'gov-rank-map',
  tags: ['autodocs'],
  args: { width: 800 },
  argTypes: {
    width: storyOnly('Width of the container (the map follows it)', { type: 'range', min: 280, max: 1200, step: 10 }),
  },
  render: (a, { argTypes }) => html`<div style="max-width:${a.width}px;padding:16px;border-radius:6px;${surface(a.theme)}">
    <gov-rank-map ${api(a, argTypes)} @gov-region-select=${(e: CustomEvent) => console.log('gov-region-select', e.detail)}></gov-rank-map>
  </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The bundled published results: the 2020 report of the online government service index, by tier. */
export const Default: Story = {};

/** By tier, with a region selected and two highlighted. */
export const ByTier: Story = {
  args: { assessment: 'cps-online-service-province', year: 2020, 'color-by': 'tier', selected: '广东', highlight: '浙江,上海' },
};

/** By score: sequential colours in round bins; the legend shows the bin edges. */
export const ByScore: Story = { args: { 'color-by': 'score' } };

/** By rank: rank 1 darkest. */
export const ByRank: Story = { args: { 'color-by': 'rank' } };

/** A count, not an index: CNNIC's government websites per provincial unit (Dec 2019), binned by its own range, with its unit. */
export const ByCount: Story = { args: { assessment: 'cnnic-gov-websites-province', year: 2020, 'color-by': 'score' } };

/** The 32 key cities of the city-level assessment as dots over the provinces. */
export const KeyCities: Story = { args: { level: 'city' } };

/**
 * Your own geometry: Guangdong's 21 prefecture cities (`geometry-key="code"`) with the bundled
 * city-level results. Only 广州 and 深圳 are among the 32 assessed key cities; no per-city values
 * are published for the other 19, so they show "no data" — nothing here is invented. The map
 * reports the 19 shapes without a result and lists the 30 results that have no shape on it.
 */
export const CustomGeometry: Story = {
  args: {
    geometry: GUANGDONG,
    'geometry-key': 'code',
    level: 'city',
    attribution: 'Geometry: echarts@4.9.0 (Apache-2.0), illustrative',
    width: 640,
  },
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
export const ByScoreDarkEnglish: Story = { args: { 'color-by': 'score', theme: 'dark', lang: 'en' } };
export const KeyCitiesDarkEnglish: Story = { args: { level: 'city', theme: 'dark', lang: 'en' } };
export const LoadingDarkEnglish: Story = { args: { src: PENDING, timeout: 3_600_000, theme: 'dark', lang: 'en' } };
export const ErrorDarkEnglish: Story = { args: { src: '/fixtures/bad-score.json', theme: 'dark', lang: 'en' } };
export const GeometryErrorDarkEnglish: Story = { args: { geometry: '/fixtures/results.json', theme: 'dark', lang: 'en' } };

/** A year the assessment has no edition for: a message in the map's box, not an empty map. */
export const NoData: Story = { args: { year: 2005 } };
export const NoDataDarkEnglish: Story = { args: { year: 2005, theme: 'dark', lang: 'en' } };

/** `download`: "下载图片 / Download image" — the current view as a PNG at 2× or as SVG (the picture `gov-rank render map` writes). */
export const Download: Story = { args: { download: true, 'color-by': 'score', selected: '广东' } };
