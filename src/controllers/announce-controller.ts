/**
 * What an element's polite live region says: a message when what it shows changes (another
 * assessment, year or colouring on the map; another sort order in the table), never on the first
 * render. Update it from `willUpdate`; render `text` in a `role="status"` box.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface AnnounceOptions {
  /**
   * Once something was announced, word it again at every `follow()` (the table: its order said in
   * the current language); without it the text stays as said until the next change (the map).
   */
  reword?: boolean;
}

export class AnnounceController implements ReactiveController {
  /** The current announcement ('' until something changed). */
  text = '';
  private key?: string;
  private readonly reword: boolean;

  constructor(host: ReactiveControllerHost, options: AnnounceOptions = {}) {
    this.reword = !!options.reword;
    host.addController(this);
  }

  /** Announces `message()` when `key` differs from the last one seen (not the first time). */
  follow(key: string, message: () => string): void {
    const changed = this.key !== undefined && this.key !== key;
    if (changed || (this.reword && this.text)) this.text = message();
    this.key = key;
  }

  hostConnected(): void {
    // Nothing to start: the text follows the host's updates (follow() from willUpdate).
  }
}
