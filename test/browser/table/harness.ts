/** Harness of <gov-rank-table>: see ../shared/harness.ts. */
import type { GovRankTable } from '../../../src/define/table.js';
import { Harness } from '../shared/harness.js';
import { fold } from '../helpers.js';

export class TableHarness extends Harness<GovRankTable> {
  /** Mounts markup holding one table and waits until it settled. */
  static async mount(markup: string): Promise<TableHarness> {
    const h = new TableHarness(await Harness.mountElement<GovRankTable>('gov-rank-table', markup));
    await h.settled();
    return h;
  }

  /** The body rows, in order. */
  rows(): HTMLTableRowElement[] {
    return this.$$<HTMLTableRowElement>('tbody tr');
  }

  /** The row of a region (by its shown name), or null. */
  row(name: string): HTMLTableRowElement | null {
    return this.rows().find((tr) => fold(tr.querySelector('th[scope="row"] .name')?.textContent) === name) ?? null;
  }

  /** Region names in row order. */
  names(): string[] {
    return this.$$('tbody th[scope="row"] .name').map((n) => fold(n.textContent));
  }

  /** One column's cell texts (`td.<cls>`) in row order. */
  column(cls: string): string[] {
    return this.$$(`tbody td.${cls}`).map((td) => fold(td.textContent));
  }

  /** The header texts. */
  headers(): string[] {
    return this.$$('thead th').map((th) => fold(th.textContent));
  }

  /** Each header's aria-sort (null where unsorted). */
  sortState(): (string | null)[] {
    return this.$$('thead th').map((th) => th.getAttribute('aria-sort'));
  }

  /** Clicks the sort button of the header whose text matches, and waits for the re-render. */
  async sortBy(header: RegExp | string): Promise<void> {
    const th = this.$$('thead th').find((h) =>
      typeof header === 'string' ? fold(h.textContent) === header : header.test(fold(h.textContent)),
    );
    const button = th?.querySelector('button');
    if (!button) throw new Error(`no sortable header ${String(header)}`);
    button.click();
    await this.element.updateComplete;
  }

  /** The footnote / source text under the table. */
  footnote(): string {
    return this.text('[part~="footnote"]');
  }
}
