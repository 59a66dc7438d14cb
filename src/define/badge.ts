import { define } from '../base/define.js';
import { GovTierBadge } from '../elements/tier-badge/tier-badge.js';

define('gov-tier-badge', GovTierBadge);

declare global {
  interface HTMLElementTagNameMap {
    'gov-tier-badge': GovTierBadge;
  }
}

export { GovTierBadge };
