/**
 * The embedded default: the published results bundled with the package, used by elements given
 * no `src` and no inline data. Imported lazily so pages that bring their own file never load it.
 */
import { parseResults, type ResultsModel } from './model.js';

let bundled: Promise<ResultsModel> | undefined;

export function loadBundled(): Promise<ResultsModel> {
  bundled ??= import('./bundled-results.json').then((m) => parseResults((m as { default: unknown }).default, undefined, 'bundled'));
  return bundled;
}
