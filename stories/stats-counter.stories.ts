import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ArgTypes } from 'storybook/internal/types';
import '../src/define/counter.js';
import { PENDING, api, installPendingFetch, surface } from './support.js';

/**
 * Stories of <gov-stats-counter>: compact, full and auto formats, approximate and exact values,
 * a rise and a fall, loading and error states, in zh-CN and en, light and dark. No `src`: the
 * bundled results. The count-up runs once when half of the counter is in view (not under
 * prefers-reduced-motion).
 */

installPendingFetch();

/** Args are keyed by attribute name; their argTypes come from custom-elements.json (.storybook/manifest-arg-types.ts). */
type Args = Record<string, unknown>;

const counter = (a: Args, argTypes: ArgTypes) => html`<gov-stats-counter ${api(a, argTypes)}></gov-stats-counter>`;

const frame = (a: Args, content: unknown) =>
  html`<div style="padding:16px;border-radius:6px;display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:16px;${surface(a.theme)}">${content}</div>`;

const meta: Meta<Args> = {
  title: 'Elements/gov-stats-counter',
  component: 'gov-stats-counter',
  tags: ['autodocs'],
  args: { stat: 'gov-websites' },
  render: (a, { argTypes }) => frame(a, counter(a, argTypes)),
};
export default meta;
type Story = StoryObj<Args>;

/** 约1.45万个, 较2015年↓83%. */
export const Compact: Story = {};
/** about 14.5K websites, ↓83% since 2015. */
export const CompactEnglish: Story = { args: { lang: 'en' } };
export const CompactDark: Story = { args: { theme: 'dark' } };
export const CompactDarkEnglish: Story = { args: { theme: 'dark', lang: 'en' } };
/** 14,474 (CNNIC count, exact). */
export const Full: Story = { args: { stat: 'gov-websites-cnnic', format: 'full' } };
export const FullEnglish: Story = { args: { stat: 'gov-websites-cnnic', format: 'full', lang: 'en' } };
export const FullDark: Story = { args: { stat: 'gov-websites-cnnic', format: 'full', theme: 'dark' } };
/** Below 10,000 auto writes the full number; a rise against the earlier value. */
export const SmallValueRising: Story = { args: { stat: 'open-data-platforms' } };
export const SmallValueRisingDarkEnglish: Story = { args: { stat: 'open-data-platforms', theme: 'dark', lang: 'en' } };

const all = (a: Args, { argTypes }: { argTypes: ArgTypes }) =>
  frame(
    a,
    [
      'gov-websites',
      'gov-websites-cnnic',
      'open-data-platforms',
      'open-datasets',
      'cps-provinces-very-high',
      'open-data-records-2019-03',
    ].map((stat) => counter({ ...a, stat }, argTypes)),
  );
/** Six statistics side by side: `stat` is the story's; the other controls apply to all six. */
export const Headline: Story = { argTypes: { stat: { control: false } }, render: all };
export const HeadlineDarkEnglish: Story = { ...Headline, args: { theme: 'dark', lang: 'en' } };

/** The skeleton has the counter's final height. */
export const Loading: Story = { args: { src: PENDING } };
export const LoadingDarkEnglish: Story = { args: { src: PENDING, theme: 'dark', lang: 'en' } };
export const UnknownStatistic: Story = { args: { stat: 'nope' } };
export const UnknownStatisticDarkEnglish: Story = { args: { stat: 'nope', theme: 'dark', lang: 'en' } };
export const FileNotFound: Story = { args: { src: '/does-not-exist.json' } };
export const FileNotFoundEnglish: Story = { args: { src: '/does-not-exist.json', lang: 'en' } };
export const FullDarkEnglish: Story = { args: { stat: 'gov-websites-cnnic', format: 'full', theme: 'dark', lang: 'en' } };
export const FileNotFoundDark: Story = { args: { src: '/does-not-exist.json', theme: 'dark' } };
