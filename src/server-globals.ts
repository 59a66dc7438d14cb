/**
 * The package's entry for servers and edge runtimes (src/server.ts) installs these first: the
 * few DOM globals Lit's browser build reads when it is evaluated (Cloudflare Workers, Next.js
 * edge and `node --conditions=browser` resolve Lit to it), from @lit-labs/ssr-dom-shim — only
 * where the runtime has none. The elements can then be imported (and rendered with
 * gov-rank/ssr in Node); nothing here runs in a browser. It also installs Node's local files for
 * the loader (src/data/node.ts: plain paths and file: URLs), which browser bundles leave out.
 */
import './data/node.js';
import {
  HTMLElement,
  Element,
  CustomElementRegistry,
  customElements,
  Event,
  CustomEvent,
  EventTarget,
  CSSStyleSheet,
  document,
} from '@lit-labs/ssr-dom-shim';

const g = globalThis as Record<string, unknown>;
// `document`: lit-html's browser build makes a tree walker of it when evaluated; CSSStyleSheet:
// Lit reads it when an element is defined.
const shims: Record<string, unknown> = {
  EventTarget,
  Event,
  CustomEvent,
  Element,
  HTMLElement,
  CustomElementRegistry,
  customElements,
  CSSStyleSheet,
  document,
};
for (const [name, value] of Object.entries(shims)) g[name] ??= value;
