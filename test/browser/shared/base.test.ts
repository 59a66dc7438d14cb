/**
 * The element base and the loader in the browser: one request per URL, error kinds and messages
 * inside the element's box, events in order, inline data, language, bundled default.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { GovElement, noData } from '../../../src/base/gov-element.js';
import { define } from '../../../src/base/define.js';
import type { ResultsModel } from '../../../src/data/model.js';
import { findStatistic } from '../../../src/data/query.js';
import { common } from '../../../src/base/i18n.js';
import { hits, nextEvent, settled, shadowText, unique } from '../helpers.js';
import { assessment, edition, resultsFile } from './results-builder.js';

/** A minimal element on the base: shows the first assessment's name, or the statistic `stat`. */
class TestElement extends GovElement<{ name: string }> {
  static override properties = { ...GovElement.properties, stat: { type: String } };
  declare stat: string | null;
  constructor() {
    super();
    this.stat = null;
  }
  protected selectView(model: ResultsModel) {
    if (this.stat) {
      const s = findStatistic(model, this.stat);
      if (!s) throw noData(common(this.resolvedLang).noStatistic(this.stat));
      return { name: this.text(s.stat.label) };
    }
    return { name: this.text(model.assessments[0]?.name) };
  }
  protected renderView(view: { name: string }) {
    return litHtml`<p part="name">${view.name}</p>`;
  }
}
define('test-gov-element', TestElement);

const FIXTURE = '/__test__/fixture?file=results.json';

describe('element base', () => {
  it('renders data from src and fires loadstart → load → loadend', async () => {
    const order: string[] = [];
    const src = `${FIXTURE}&${unique()}`;
    const wrap = await fixture(html`<div
      @gov-loadstart=${() => order.push('loadstart')}
      @gov-load=${() => order.push('load')}
      @gov-loadend=${() => order.push('loadend')}
    ><test-gov-element src=${src}></test-gov-element></div>`);
    const el = wrap.querySelector('test-gov-element') as TestElement;
    await settled(el);
    expect(shadowText(el)).to.equal('测试指数（省级）');
    expect(order).to.deep.equal(['loadstart', 'load', 'loadend']);
  });

  it('makes exactly one request for 50 elements with the same src', async () => {
    const src = `${FIXTURE}&${unique()}`;
    const items = Array.from({ length: 50 }, () => litHtml`<test-gov-element src=${src}></test-gov-element>`);
    const wrap = await fixture(html`<div>${items}</div>`);
    const els = [...wrap.querySelectorAll('test-gov-element')] as TestElement[];
    await Promise.all(els.map(settled));
    expect(els.every((e) => shadowText(e) === '测试指数（省级）')).to.equal(true);
    expect(await hits(src)).to.equal(1);
  });

  // [case, path, kind, the event's message (English, for the console), the box's text (zh-CN page)]
  const errorCases: [string, string, string, RegExp, RegExp][] = [
    ['404', '/__test__/status?code=404', 'http', /HTTP 404/, /返回 HTTP 404，请检查 src 地址/],
    ['500 (retried once)', '/__test__/status?code=500', 'http', /HTTP 500/, /返回 HTTP 500，服务器出错/],
    ['text that is not JSON', '/__test__/text', 'not-json', /not valid JSON/, /不是有效的 JSON/],
    ['an HTML error page', '/__test__/html', 'not-json', /HTML page/, /是一个 HTML 网页而不是 JSON/],
    [
      'a schema violation',
      '/__test__/fixture?file=bad-score.json',
      'schema',
      /results\[0\]\.score: expected a number, got "九十"/,
      /不是 gov-rank 结果文件（格式 v1）：\s*assessments\[0\]\.editions\[0\]\.results\[0\]\.score: expected a number, got "九十"/,
    ],
  ];
  for (const [name, path, kind, message, shown] of errorCases) {
    it(`shows ${name} inside the element and fires gov-error of kind ${kind}`, async () => {
      const src = `${path}${path.includes('?') ? '&' : '?'}${unique()}`;
      const events: CustomEvent<{ kind: string; message: string; url: string }>[] = [];
      const wrap = await fixture(html`<div @gov-error=${(e: CustomEvent) => events.push(e)}>
        <test-gov-element id="bad" src=${src}></test-gov-element>
        <test-gov-element id="good" src=${`${FIXTURE}&${unique()}`}></test-gov-element>
      </div>`);
      const bad = wrap.querySelector('#bad') as TestElement;
      const good = wrap.querySelector('#good') as TestElement;
      await settled(bad);
      expect(events.length).to.equal(1);
      const event = events[0]!;
      expect(event.target).to.equal(bad);
      expect(event.detail.kind).to.equal(kind);
      expect(event.detail.message).to.match(message);
      expect(event.detail.url).to.contain(path.split('?')[0]);
      await settled(bad);
      const status = bad.shadowRoot!.querySelector('[part~="status"]')!;
      expect(status.getAttribute('role')).to.equal('alert');
      expect(status.textContent).to.match(shown);
      await settled(good);
      expect(shadowText(good)).to.equal('测试指数（省级）');
    });
  }

  it("says what went wrong in the element's language", async () => {
    const path = `/__test__/status?code=404&${unique()}`;
    const wrap = await fixture(html`<div>
      <test-gov-element lang="en" src=${path}></test-gov-element>
      <test-gov-element lang="zh-CN" src=${path}></test-gov-element>
    </div>`);
    const [en, zh] = [...wrap.children] as TestElement[];
    await Promise.all([settled(en!), settled(zh!)]);
    expect(shadowText(en!)).to.match(/^The data file could not be fetched .*answered HTTP 404 Not Found — check the src URL$/);
    expect(shadowText(zh!)).to.match(/^数据文件无法获取 .*返回 HTTP 404，请检查 src 地址$/);
  });

  it('retries a 5xx once and then shows the data', async () => {
    const src = `/__test__/flaky?file=results.json&${unique()}`;
    const el = await fixture<TestElement>(html`<test-gov-element src=${src}></test-gov-element>`);
    await settled(el);
    expect(shadowText(el)).to.equal('测试指数（省级）');
    expect(await hits(src)).to.equal(2);
  });

  it('gives up on a hung server after the timeout with kind "timeout"', async () => {
    const el = await fixture<TestElement>(html`<test-gov-element timeout="400" src=${`/__test__/hang?${unique()}`}></test-gov-element>`);
    const event = await nextEvent<{ kind: string }>(el, 'gov-error');
    expect(event.detail.kind).to.equal('timeout');
    await settled(el);
    expect(shadowText(el)).to.contain('在 400 毫秒内没有响应');
  });

  it('fires gov-error "network" for an unreachable host', async () => {
    const el = await fixture<TestElement>(html`<test-gov-element src="http://127.0.0.1:9/nothing.json"></test-gov-element>`);
    const event = await nextEvent<{ kind: string }>(el, 'gov-error');
    expect(event.detail.kind).to.equal('network');
  });

  it('reads inline JSON from a child script, as text (never markup)', async () => {
    const json = JSON.stringify(
      resultsFile({
        assessments: [
          assessment({
            id: 'x',
            name: '<img src=x onerror="window.__pwned=1">',
            publisher: 'p',
            metric: { name: 'm' },
            editions: [edition(2020, [], { sources: [{ url: 'https://example.org' }] })],
          }),
        ],
      }),
    );
    const wrap = document.createElement('div');
    wrap.innerHTML = `<test-gov-element><script type="application/json">${json}</script></test-gov-element>`;
    document.body.append(wrap);
    const el = wrap.firstElementChild as TestElement;
    await settled(el);
    expect(shadowText(el)).to.equal('<img src=x onerror="window.__pwned=1">');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    wrap.remove();
  });

  it('takes data from the data property', async () => {
    const res = await fetch(FIXTURE);
    const data = await res.json();
    const el = await fixture<TestElement>(html`<test-gov-element .data=${data} lang="en"></test-gov-element>`);
    await settled(el);
    expect(shadowText(el)).to.equal('Test index (provinces)');
  });

  it('shows a no-data state with an event when the data lacks what it asks for', async () => {
    const el = await fixture<TestElement>(
      html`<test-gov-element stat="nope" lang="en" src=${`${FIXTURE}&${unique()}`}></test-gov-element>`,
    );
    const event = await nextEvent<{ kind: string }>(el, 'gov-error');
    expect(event.detail.kind).to.equal('no-data');
    await settled(el);
    expect(shadowText(el)).to.contain('The data has no statistic “nope”');
  });

  it('follows lang: own attribute, else the nearest ancestor, else the document', async () => {
    const wrap = await fixture(
      html`<div lang="en-GB"><section><test-gov-element id="a"></test-gov-element></section><test-gov-element id="b" lang="zh-CN"></test-gov-element></div>`,
    );
    const a = wrap.querySelector('#a') as TestElement;
    const b = wrap.querySelector('#b') as TestElement;
    expect(a.resolvedLang).to.equal('en');
    expect(b.resolvedLang).to.equal('zh-CN');
  });

  it('follows a language switch on the document or an ancestor', async () => {
    const wrap = await fixture(html`<div lang="zh-CN"><test-gov-element src=${`${FIXTURE}&${unique()}`}></test-gov-element></div>`);
    const el = wrap.querySelector('test-gov-element') as TestElement;
    await settled(el);
    expect(shadowText(el)).to.equal('测试指数（省级）');
    wrap.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(shadowText(el)).to.equal('Test index (provinces)');
  });

  it('uses the bundled published results when given no src', async () => {
    const el = await fixture<TestElement>(html`<test-gov-element stat="gov-websites"></test-gov-element>`);
    await settled(el);
    expect(shadowText(el)).to.match(/政府网站/);
  });

  it('defers loading with loading="lazy" until near the viewport', async () => {
    const src = `${FIXTURE}&${unique()}`;
    const wrap = await fixture(
      html`<div><div style="height: 5000px"></div><test-gov-element loading="lazy" src=${src}></test-gov-element></div>`,
    );
    const el = wrap.querySelector('test-gov-element') as TestElement;
    await new Promise((r) => setTimeout(r, 300));
    expect(await hits(src)).to.equal(0);
    el.scrollIntoView();
    await settled(el);
    expect(await hits(src)).to.equal(1);
  });

  it('aborts the shared request when the last element that wants it leaves the page', async () => {
    const src = `/__test__/hang?${unique()}`;
    const wrap = await fixture(
      html`<div><test-gov-element src=${src}></test-gov-element><test-gov-element src=${src}></test-gov-element></div>`,
    );
    const [a, b] = [...wrap.children] as TestElement[];
    await new Promise((r) => setTimeout(r, 200));
    expect(await hits(src)).to.equal(1);
    a!.remove();
    await new Promise((r) => setTimeout(r, 300));
    expect(await (await fetch(`/__test__/aborted?path=${encodeURIComponent(src)}`)).json()).to.equal(false);
    b!.remove();
    let gone = false;
    for (let i = 0; i < 50 && !gone; i++) {
      await new Promise((r) => setTimeout(r, 50));
      gone = await (await fetch(`/__test__/aborted?path=${encodeURIComponent(src)}`)).json();
    }
    expect(gone).to.equal(true);
  });

  it('loads again when put back into the page', async () => {
    const src = `${FIXTURE}&delay=300&${unique()}`;
    const wrap = await fixture(html`<div><test-gov-element src=${src}></test-gov-element></div>`);
    const el = wrap.firstElementChild as TestElement;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    wrap.append(el);
    await settled(el);
    expect(shadowText(el)).to.equal('测试指数（省级）');
  });

  it('define() twice is a no-op (no exception)', () => {
    expect(() => define('test-gov-element', class extends TestElement {})).not.to.throw();
  });

  it('is accessible while loading, loaded and failed', async () => {
    const ok = await fixture<TestElement>(html`<test-gov-element src=${`${FIXTURE}&${unique()}`}></test-gov-element>`);
    await settled(ok);
    await expect(ok).to.be.accessible();
    const bad = await fixture<TestElement>(html`<test-gov-element src=${`/__test__/status?code=404&${unique()}`}></test-gov-element>`);
    await settled(bad);
    await expect(bad).to.be.accessible();
  });
});
