// Globals that the scripts' test and benchmark pages set on `window` and that the scripts read
// through Playwright's page.evaluate / waitForFunction (code that runs in the page, not in Node).
import type { BenchApi } from '../bench/harness.js';

/** One named check of a packed-package test page (test/pack/checks.js). */
interface PackCheckResult {
  name: string;
  ok: boolean;
  message?: string;
}

declare global {
  interface Window {
    /** scripts/screenshots.mjs: every `gov-error` event of the page, as "tag: kind: message". */
    __govErrors: string[];
    /** test/pack/checks.js and cdn.html: the page's checks, read by scripts/pack-test.mjs. */
    __packResult?: Promise<PackCheckResult[]>;
    /** test/react/app.jsx, test/vue/app.js: what the framework saw after the region click. */
    __afterClick(): { selections: string[]; selected: string; viaRef: string };
    /** bench/harness.ts: the benchmark pages' timing API, driven by scripts/bench.mjs. */
    bench: BenchApi;
  }
}
