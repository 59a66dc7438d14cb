/**
 * `renderElement(tag, attributes, options)`: one element's HTML with its shadow root as
 * declarative shadow DOM, rendered by Lit SSR from the same code as in the browser. The data is
 * loaded first (`options.data`, else the file `options.src` or `attributes.src`, else the bundled
 * results) and given to the element synchronously (GovElement.showResults): Lit SSR runs no
 * controller, so no load could happen during the render. Any problem rejects; no half HTML.
 */
import { render, collectResultSync, LitElementRenderer } from './lit-ssr.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../index.js';
import type { GovElement } from '../base/gov-element.js';
import { absoluteUrl, loadJson, parseJson } from '../data/load.js';
import { readLocal } from '../data/node.js';
import { loadBundled } from '../data/bundled.js';
import { parseResults, type ResultsModel } from '../data/model.js';
import { GovRankError } from '../data/errors.js';
import { DEFAULT_WIDTH, TAGS, tagOf, type Tag } from '../base/tags.js';
import { escapeAttribute, jsonScript, safeAttributeName } from './markup.js';

export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderOptions {
  /** A results object (format v1). Embedded in the HTML as inline JSON, so the client hydrates from it. */
  data?: unknown;
  /** A results file read on the server: a path or a file: (or http:) URL. Embedded as `data` is, unless the attributes carry a `src` the browser loads. */
  src?: string | URL;
  /** The width in px to render for (map: 800, sparkline: 240); the client's first render uses it too. */
  width?: number;
}

/** The element being rendered now, given its results before Lit SSR calls its willUpdate. */
let pending: { tag: Tag; model: ResultsModel; element?: GovElement } | undefined;
LitElementRenderer.renderOptions.push((element) => {
  if (pending && !pending.element && element.localName === pending.tag) {
    pending.element = element as GovElement;
    pending.element.showResults(pending.model);
  }
  return undefined;
});

export async function renderElement(
  tag: string,
  attributes: Record<string, AttributeValue> = {},
  options: RenderOptions = {},
): Promise<string> {
  const name = tagOf(tag);
  if (!name)
    throw new GovRankError(
      'render',
      `Unknown element "${tag}": use one of ${Object.keys(TAGS).join(', ')} or its tag (${Object.values(TAGS).join(', ')})`,
    );
  const attrs = attributeList(attributes);
  if (attrs.some(([n]) => n === 'geometry')) {
    throw new GovRankError(
      'geometry',
      'The geometry attribute is not supported on the server: render the bundled map, or render this map in the browser',
    );
  }
  const clientSrc = attrs.find(([n]) => n === 'src')?.[1];
  const { model, embed } = await resultsFor(options, clientSrc);
  const width = options.width ?? DEFAULT_WIDTH[name];
  if (width !== undefined && !(Number.isFinite(width) && width > 0))
    throw new GovRankError('render', `width must be a positive number of px, not ${String(width)}`);
  if (width !== undefined) attrs.push(['ssr-width', String(Math.round(width))]);
  // The client loads its data, then hydrates (src/hydrate.ts): the first client render is this one.
  attrs.push(['defer-hydration', '']);

  const open = `<${name}${attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${escapeAttribute(v)}"`)).join('')}>`;
  const job: NonNullable<typeof pending> = { tag: name, model };
  pending = job;
  let out: string;
  try {
    out = collectResultSync(
      render(html`${unsafeStatic(open)}${embed === undefined ? '' : unsafeHTML(jsonScript(embed))}${unsafeStatic(`</${name}>`)}`),
    );
  } catch (err) {
    // renderView threw (a bug, or data the view cannot draw): a rejection, never half HTML.
    throw err instanceof GovRankError
      ? err
      : new GovRankError('render', `<${name}> could not be rendered: ${String((err as Error)?.message ?? err)}`, { cause: err });
  } finally {
    pending = undefined;
  }
  const problem = job.element?.viewProblem;
  if (!job.element) throw new GovRankError('render', `<${name}> was not rendered`);
  if (problem) throw problem;
  return out;
}

/** The attributes as [name, value] pairs: true → empty, false/null/undefined → left out. */
function attributeList(attributes: Record<string, AttributeValue>): [string, string][] {
  const list: [string, string][] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    const n = safeAttributeName(key);
    if (!n) throw new GovRankError('render', `"${key}" is not an attribute name`);
    if (n === 'ssr-width' || n === 'defer-hydration') continue; // written by the server itself
    list.push([n, value === true ? '' : String(value)]);
  }
  return list;
}

/** The results to render and, unless the browser loads them from `src`, the JSON to embed. */
async function resultsFor(options: RenderOptions, clientSrc: string | undefined): Promise<{ model: ResultsModel; embed?: unknown }> {
  if (options.data !== undefined) {
    const model = parseResults(options.data, undefined, 'property');
    return { model, embed: clientSrc ? undefined : options.data };
  }
  const file = options.src ?? clientSrc;
  if (file === undefined) return { model: await loadBundled() };
  const json = await readJson(String(file));
  const model = parseResults(json, String(file));
  return { model, embed: clientSrc ? undefined : json };
}

/** A file read now (never a cached copy: a server renders the file as it is), or a URL through the loader. */
async function readJson(src: string): Promise<unknown> {
  let url: string;
  try {
    url = absoluteUrl(src);
  } catch {
    throw new GovRankError('network', `"${src}" is not a valid path or URL`, { url: src, reason: 'invalid-url' });
  }
  if (!url.startsWith('file:')) return loadJson(url);
  return parseJson(await readLocal(url), url);
}
