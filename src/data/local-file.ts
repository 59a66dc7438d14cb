/**
 * Node only: a file: URL read with node:fs (Node's fetch cannot read file: URLs). load.ts imports
 * this module on demand, only for a file: URL in Node, so a browser bundle loads none of it; the
 * specifier of node:fs is a variable so no bundler pulls node:fs in.
 */
import { GovRankError, from } from './errors.js';

export async function readLocalFile(url: string): Promise<string> {
  const fs = 'node:fs/promises';
  try {
    const { readFile } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fs)) as {
      readFile(path: URL, encoding: 'utf8'): Promise<string>;
    };
    return await readFile(new URL(url), 'utf8');
  } catch (cause) {
    throw new GovRankError('network', `${from(url)}could not be read (${(cause as Error).message})`, { url, cause, reason: 'file' });
  }
}
