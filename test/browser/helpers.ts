/** Shared helpers of the browser tests. */
import { GovElement } from '../../src/base/gov-element.js';

/** Resolves with the next event of `name` on `target`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeout = 8000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`no ${name} event within ${timeout} ms`)), timeout);
    target.addEventListener(name, (e) => { clearTimeout(t); resolve(e as CustomEvent<T>); }, { once: true });
  });
}

/** Waits until the element's data task has settled and it has rendered. */
export async function settled(el: GovElement): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await el.updateComplete;
    const status = (el as unknown as { dataTask: { status: number } }).dataTask.status;
    if (status === 2 || status === 3) {
      await el.updateComplete;
      return;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('element never settled');
}

/** Text a person sees in the element's shadow root (whitespace folded). */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Number of requests the test server saw for a path (with query). */
export async function hits(path: string): Promise<number> {
  const r = await fetch(`/__test__/hits?path=${encodeURIComponent(path)}`);
  return (await r.json()) as number;
}

/** A unique query string so each test gets a fresh URL (the loader caches per URL per page). */
let n = 0;
export function unique(): string {
  return `u=${Date.now()}-${n++}`;
}
