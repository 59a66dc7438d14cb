/**
 * What `gov-rank/hydrate` loads once Lit's hydration support is in (src/hydrate.ts): every element
 * registered, then the server-rendered ones hydrated (base/hydrate.ts). Elements added later (a
 * client-side navigation): call `hydrate(root)`. See docs/ssr.md.
 */
import { hydrate } from './base/hydrate.js';

export * from './index.js';
export { hydrate };

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void hydrate(), { once: true });
else void hydrate();
