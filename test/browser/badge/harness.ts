/** Harness of <gov-tier-badge>: see ../shared/harness.ts. */
import type { GovTierBadge } from '../../../src/define/badge.js';
import { Harness } from '../shared/harness.js';

export class BadgeHarness extends Harness<GovTierBadge> {
  /** Mounts markup holding one badge and waits until it settled. */
  static async mount(markup: string): Promise<BadgeHarness> {
    return new BadgeHarness(await Harness.mountElement<GovTierBadge>('gov-tier-badge', markup)).settle();
  }

  async settle(): Promise<this> {
    await this.settled();
    return this;
  }

  /** A named part (`region`, `tier`, `rank`, `score`, `message`, `status`, …). */
  part(name: string): HTMLElement | null {
    return this.$<HTMLElement>(`[part~="${name}"]`);
  }

  /** A part's text ('' when the part is absent). */
  partText(name: string): string {
    return this.text(`[part~="${name}"]`);
  }

  /** The link the badge is wrapped in, if any. */
  link(): HTMLAnchorElement | null {
    return this.$<HTMLAnchorElement>('a[href]');
  }

  /** The accessible name of the badge (its aria-label, else its text). */
  label(): string {
    return this.$('[aria-label]')?.getAttribute('aria-label') ?? this.text();
  }

  /** The hover title ('' when none). */
  title(): string {
    return this.$('[title]')?.getAttribute('title') ?? '';
  }
}
