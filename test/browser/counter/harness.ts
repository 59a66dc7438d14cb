/** Harness of <gov-stats-counter>: see ../shared/harness.ts. */
import type { GovStatsCounter } from '../../../src/define/counter.js';
import { Harness } from '../shared/harness.js';

export class CounterHarness extends Harness<GovStatsCounter> {
  /** Mounts markup holding one counter and waits until it settled. */
  static async mount(markup: string): Promise<CounterHarness> {
    const h = new CounterHarness(await Harness.mountElement<GovStatsCounter>('gov-stats-counter', markup));
    await h.settled();
    return h;
  }

  /** The number shown now (it counts up unless reduced motion or print). */
  shownValue(): string {
    return this.text('.value .current');
  }

  /** The final value (the hidden copy that reserves the width). */
  finalValue(): string {
    return this.text('.value .ghost');
  }

  /** What a screen reader hears for the figure. */
  figureLabel(): string {
    return this.text('[part="figure"] .sr-only');
  }

  /** The change as shown, and as read out. */
  change(): { shown: string; heard: string } {
    return { shown: this.text('[part="change"] [aria-hidden="true"]'), heard: this.text('[part="change"] .sr-only') };
  }
}
