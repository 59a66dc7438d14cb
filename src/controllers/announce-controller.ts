/**
 * What an element's polite live region says: a message when what it shows changes (another
 * assessment, year or colouring), never on the first render. Update it from `willUpdate`; render
 * `text` in a `role="status"` box.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class AnnounceController implements ReactiveController {
  /** The current announcement ('' until something changed). */
  text = '';
  private key?: string;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** Announces `message()` when `key` differs from the last one seen (not the first time). */
  follow(key: string, message: () => string): void {
    if (this.key !== undefined && this.key !== key) this.text = message();
    this.key = key;
  }

  hostConnected(): void {
    // Nothing to start: the text follows the host's updates (follow() from willUpdate).
  }
}
