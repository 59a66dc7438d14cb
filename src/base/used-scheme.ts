// Apart from theme.ts: only the map's download, loaded on demand, asks this.
/**
 * The scheme `root`'s light-dark() values resolve against right now — its used colour scheme:
 * the page's `color-scheme` (or `<meta name="color-scheme">`), with the reader's preference where
 * the page allows both, unless a `theme` forces one. Read from a hidden probe's computed colour,
 * which the browser resolves exactly as it resolves the tokens.
 */
export function usedScheme(root: Element | DocumentFragment): 'light' | 'dark' {
  const probe = document.createElement('span');
  probe.hidden = true;
  probe.style.color = 'light-dark(#000, #fff)';
  root.append(probe);
  try {
    return getComputedStyle(probe).color === 'rgb(255, 255, 255)' ? 'dark' : 'light';
  } finally {
    probe.remove();
  }
}
