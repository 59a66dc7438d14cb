/**
 * Inline style properties set through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute. Pages with a strict Content-Security-Policy (`style-src` without
 * 'unsafe-inline') block style attributes, and Lit's styleMap writes one on its first render.
 * An element binding: `<div ${styleProps({ '--fill': colour, left: '3px' })}>`.
 */
import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | number | null | undefined>>;

/** `aspectRatio` → `aspect-ratio`; custom properties (`--fill`) as they are. */
const cssName = (key: string) => (key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class StyleProps extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps() must be bound to an element: <div ${styleProps(…)}>');
  }

  render(_props: Props): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [props]: [Props]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const key of this.set) {
      if (props[key] == null || props[key] === '') {
        style.removeProperty(cssName(key));
        this.set.delete(key);
      }
    }
    for (const [key, value] of Object.entries(props)) {
      if (value == null || value === '') continue;
      style.setProperty(cssName(key), String(value));
      this.set.add(key);
    }
    return noChange;
  }
}

export const styleProps = directive(StyleProps);

/**
 * The same properties as a `style` attribute's text, on a server only (Lit SSR writes no element
 * binding, so a page without script would lose them); `nothing` in a browser, where styleProps
 * sets them. Bound beside it: `<span style=${serverStyle(p)} ${styleProps(p)}>`.
 */
export function serverStyle(props: Props): string | typeof nothing {
  if (!isServer) return nothing;
  return Object.entries(props)
    .filter(([, v]) => v != null && v !== '')
    .map(([k, v]) => `${cssName(k)}:${String(v)}`)
    .join(';');
}
