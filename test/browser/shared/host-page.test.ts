/**
 * All five elements on a hostile host page: global CSS that restyles tables, SVG, buttons and
 * fonts must not reach inside; one broken element must not break its neighbours; absurd input
 * shows a message, never a blank box or an exception.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import { settled, shadowText, unique, uncaught } from '../helpers.js';
import { assessment, edition, resultsFile } from './results-builder.js';
import type { GovElement } from '../../../src/base/gov-element.js';

const HOSTILE_CSS = `
  * { box-sizing: content-box !important; letter-spacing: 3px; }
  table { width: 3000px !important; border: 9px solid red !important; }
  svg { width: 10px !important; display: none !important; }
  path, circle, rect { fill: red !important; stroke: lime !important; }
  button { display: none !important; }
  div, span, p { color: red !important; background: yellow !important; }
  caption, th, td { font-size: 40px !important; }
`;

const errors = uncaught();

describe('on a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  after(() => style.remove());

  it('renders all five elements untouched by the page CSS', async () => {
    const wrap = await fixture(html`<div style="width: 600px">
      <gov-rank-map year="2020"></gov-rank-map>
      <gov-tier-badge region="广东" year="2020"></gov-tier-badge>
      <gov-trend-sparkline region="广东" metric="rank"></gov-trend-sparkline>
      <gov-stats-counter stat="gov-websites"></gov-stats-counter>
      <gov-rank-table year="2020" limit="5"></gov-rank-table>
    </div>`);
    const els = [...wrap.children] as GovElement[];
    await Promise.all(els.map(settled));
    const [map, , spark, , table] = els;
    const path = map!.shadowRoot!.querySelector('.shape[data-code="440000"]')!;
    expect(getComputedStyle(path).fill).not.to.equal('rgb(255, 0, 0)');
    const svg = map!.shadowRoot!.querySelector('svg')!;
    expect(getComputedStyle(svg).display).not.to.equal('none');
    expect(svg.getBoundingClientRect().width).to.be.greaterThan(500);
    expect(spark!.shadowRoot!.querySelectorAll('circle').length).to.be.greaterThan(0);
    const t = table!.shadowRoot!.querySelector('table')!;
    expect(t.getBoundingClientRect().width).to.be.at.most(600);
    expect(getComputedStyle(t).borderTopColor).not.to.equal('rgb(255, 0, 0)');
    for (const el of els) {
      expect(el.getBoundingClientRect().width, el.localName).to.be.at.most(600);
      expect(shadowText(el), el.localName).not.to.match(/NaN|undefined/);
    }
    expect(errors).to.deep.equal([]);
  });
});

describe('absurd input', () => {
  const cases: [string, string, RegExp][] = [
    ['a year with no edition', '<gov-rank-map year="1999"></gov-rank-map>', /1999/],
    ['an unknown assessment', '<gov-rank-table assessment="no-such-thing"></gov-rank-table>', /no-such-thing/],
    ['an unknown region', '<gov-tier-badge region="火星"></gov-tier-badge>', /火星/],
    ['an unknown statistic', '<gov-stats-counter stat="nope"></gov-stats-counter>', /nope/],
    ['a region never rated by the assessment', '<gov-trend-sparkline region="台湾" metric="score"></gov-trend-sparkline>', /台湾|Taiwan/],
  ];
  for (const [name, markup, message] of cases) {
    it(`${name}: a message inside the element and a gov-error event`, async () => {
      const seen: CustomEvent[] = [];
      const wrap = await fixture(`<div>${markup}</div>`);
      wrap.addEventListener('gov-error', (e) => seen.push(e as CustomEvent));
      const el = wrap.firstElementChild as GovElement;
      await settled(el);
      await new Promise((r) => setTimeout(r, 50));
      const status = el.shadowRoot!.querySelector('[part~="status"]');
      expect(status, `status box in ${el.shadowRoot!.innerHTML.slice(0, 300)}`).to.not.equal(null);
      expect(status!.textContent).to.match(message);
      expect(el.getBoundingClientRect().height).to.be.greaterThan(10);
      expect(errors).to.deep.equal([]);
    });
  }

  it('a score of 1e9 in a file is a schema error naming the path', async () => {
    const data = resultsFile({
      assessments: [
        assessment({
          id: 'x',
          name: 'x',
          publisher: 'p',
          metric: { name: 'm' },
          editions: [edition(2020, [{ region: '广东', score: 1e9 }], { sources: [{ url: 'https://example.org' }] })],
        }),
      ],
    });
    const el = await fixture<GovElement>(html`<gov-rank-table .data=${data}></gov-rank-table>`);
    await settled(el);
    expect(shadowText(el)).to.contain('assessments[0].editions[0].results[0].score: expected a number from 0 to 100, got 1000000000');
  });

  it('a broken src next to a good one: the good one still renders', async () => {
    const wrap = await fixture(html`<div>
      <gov-tier-badge region="广东" year="2020" src=${`/__test__/status?code=500&${unique()}`}></gov-tier-badge>
      <gov-tier-badge region="广东" year="2020"></gov-tier-badge>
    </div>`);
    const [bad, good] = [...wrap.children] as GovElement[];
    await Promise.all([settled(bad!), settled(good!)]);
    expect(shadowText(bad!)).to.match(/HTTP 500/);
    expect(shadowText(good!)).to.contain('非常高');
  });
});
