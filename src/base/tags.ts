/** The registered tags and their short names (`gov-rank render map`, `renderElement('map', …)`). */
export const TAGS = {
  map: 'gov-rank-map',
  badge: 'gov-tier-badge',
  sparkline: 'gov-trend-sparkline',
  counter: 'gov-stats-counter',
  table: 'gov-rank-table',
} as const;

export type ElementName = keyof typeof TAGS;
export type Tag = (typeof TAGS)[ElementName];

/** The short name `name` is, or undefined (an own key only: never `constructor`, `toString`…). */
export function elementName(name: string): ElementName | undefined {
  return Object.hasOwn(TAGS, name) ? (name as ElementName) : undefined;
}

/** The tag for a tag or short name, or undefined. */
export function tagOf(name: string): Tag | undefined {
  const n = name.trim().toLowerCase();
  const short = elementName(n);
  if (short) return TAGS[short];
  return (Object.values(TAGS) as string[]).includes(n) ? (n as Tag) : undefined;
}

/** The width in px a server assumes when not told one (the map's viewBox scales; the sparkline draws in px). */
export const DEFAULT_WIDTH: Partial<Record<Tag, number>> = { 'gov-rank-map': 800, 'gov-trend-sparkline': 240 };
