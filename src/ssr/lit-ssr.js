// The parts of @lit-labs/ssr that renderElement uses, re-exported through a plain module with its
// own typings (lit-ssr.d.ts): @lit-labs/ssr's typings declare a global `Array.flat(depth): Array<T>`
// (lib/render-value.d.ts) that would retype every `.flat()` in the project.
export { render } from '@lit-labs/ssr';
export { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
export { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
