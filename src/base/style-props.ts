/**
 * Inline style properties, bound as the whole `style` attribute: `<div style=${styleProps({ '--fill': colour, left: '3px' })}>`.
 * In a browser they are set through the CSSOM (`element.style.setProperty`) and the attribute
 * itself is never written: pages with a strict Content-Security-Policy (`style-src` without
 * 'unsafe-inline') block style attributes, and Lit's styleMap writes one on its first render. On a
 * server (Lit SSR calls `render()` only) they are the attribute's text, so a page without script
 * keeps them; hydration then sets the same ones through the CSSOM.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

type Props = Readonly<Record<string, string | number | null | undefined>>;

/** `aspectRatio` → `aspect-ratio`; custom properties (`--fill`) as they are. */
const cssName = (key: string) => (key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

const given = (value: Props[string]): value is string | number => value != null && value !== '';

class StyleProps extends Directive {
  private set = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== 'style' || (part.strings?.length ?? 0) > 2) {
      throw new Error('styleProps() must be the whole style attribute: <div style=${styleProps(…)}>');
    }
  }

  /** The server's `style` attribute text. */
  render(props: Props): string {
    return Object.entries(props)
      .filter(([, v]) => given(v))
      .map(([k, v]) => `${cssName(k)}:${String(v)}`)
      .join(';');
  }

  override update(part: AttributePart, [props]: [Props]): typeof noChange {
    const style = part.element.style;
    for (const key of this.set) {
      if (!given(props[key])) {
        style.removeProperty(cssName(key));
        this.set.delete(key);
      }
    }
    for (const [key, value] of Object.entries(props)) {
      if (!given(value)) continue;
      style.setProperty(cssName(key), String(value));
      this.set.add(key);
    }
    return noChange;
  }
}

export const styleProps = directive(StyleProps);
