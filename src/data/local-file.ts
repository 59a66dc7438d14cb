/**
 * Node only: a file: URL read with node:fs (Node's fetch cannot read file: URLs). node.ts imports
 * this module on demand, only for a file: URL in Node, so a browser bundle loads none of it; the
 * specifier of node:fs is a variable so no bundler pulls node:fs in. It imports nothing of ours:
 * a chunk loaded on demand that shared code with the entry would split the entry's code into
 * two chunks, gzipped apart (≈ 1.1 KB more for the map); node.ts turns its errors into ours.
 */
export async function readLocalFile(url: string): Promise<string> {
  // Built at run time: a literal here is folded into the import() by the build.
  const fs = ['node:fs', 'promises'].join('/');
  const { readFile } = (await import(/* @vite-ignore */ /* webpackIgnore: true */ fs)) as {
    readFile(path: URL, encoding: 'utf8'): Promise<string>;
  };
  return readFile(new URL(url), 'utf8');
}
