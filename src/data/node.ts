/**
 * `gov-rank/data` under the `node` export condition, and what the package's other Node entries
 * load first (server-globals.ts, src/ssr/): the data layer with Node's local files installed
 * (load.ts `useNodeFiles`) — a plain path (results.json, C:\data\results.json) resolves against
 * the working directory, and a file: URL is read from disk. Browser bundles never load this
 * module, so the working directory and the drive letters cost them nothing.
 */
import { GovRankError, from } from './errors.js';
import { useNodeFiles } from './load.js';

export * from './index.js';

/** The working directory as a file: URL, in Node only (a browser or worker has none). */
function nodeCwd(): string | undefined {
  const p = (globalThis as { process?: { cwd?(): string; versions?: { node?: string } } }).process;
  const cwd = p?.versions?.node ? p.cwd?.() : undefined;
  return (
    cwd &&
    `file://${cwd
      .replace(/\\/g, '/')
      .replace(/^(?=[a-z]:)/i, '/')
      .replace(/[%#?]/g, encodeURIComponent)}/`
  );
}

/** A local file's text (Node): its problems as a GovRankError that names the file. */
export async function readLocal(url: string): Promise<string> {
  try {
    // A chunk of its own (node:fs), loaded only here.
    return await (await import('./local-file.js')).readLocalFile(url);
  } catch (cause) {
    throw new GovRankError('network', `${from(url)}could not be read (${(cause as Error).message})`, { url, cause, reason: 'file' });
  }
}

useNodeFiles({
  local(url) {
    const cwd = nodeCwd();
    // C:\… would parse as a URL of scheme "c:".
    return cwd ? [/^[a-z]:[\\/]/i.test(url) ? `/${url.replace(/\\/g, '/')}` : url, cwd] : undefined;
  },
  read: readLocal,
});
