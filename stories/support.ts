/** What the stories share: a URL that never answers, for the loading states; args → attributes. */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import type { Args, ArgTypes, InputType } from 'storybook/internal/types';

/** The loading stories ask for this URL; it is never answered, so the skeleton stays. */
export const PENDING = '/__stories__/pending-results.json';

/** Makes `PENDING` hang (once per page; every other request goes to the real fetch). */
export function installPendingFetch(): void {
  const g = globalThis as { __govRankPending?: boolean };
  if (g.__govRankPending) return;
  g.__govRankPending = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
    String(input instanceof Request ? input.url : input).includes(PENDING) ? new Promise<Response>(() => {}) : realFetch(input, init);
}

/**
 * Sets a story's args on the element it is put on: `<gov-rank-map ${api(args, context.argTypes)}>`.
 * Every arg in the category "attributes" becomes that attribute (its argType's `name`), removed when
 * the arg is undefined, null, '' or false; an arg in "properties" (e.g. `data`) is set as the property.
 * The argTypes come from custom-elements.json (.storybook/manifest-arg-types.ts), so every attribute
 * the element documents is a control that drives the story, with no list kept here.
 */
class ApiDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('api() goes in an element tag: <gov-rank-map ${api(args, argTypes)}>');
  }

  render(_args: Args, _argTypes: ArgTypes): unknown {
    return nothing;
  }

  override update(part: ElementPart, [args, argTypes]: [Args, ArgTypes]): unknown {
    const el = part.element as Element & Record<string, unknown>;
    for (const [key, type] of Object.entries(argTypes)) {
      const category = type.table?.category;
      const value = args[key];
      if (category === 'attributes') {
        const name = type.name ?? key;
        if (value === undefined || value === null || value === false || value === '') el.removeAttribute(name);
        else el.setAttribute(name, value === true ? '' : String(value));
      } else if (category === 'properties' && !type.table?.readonly && key in args && el[key] !== value) {
        el[key] = value;
      }
    }
    return nothing;
  }
}
export const api = directive(ApiDirective);

/** The background of a story's frame: the theme's when one is forced, else none (the page's). */
export const surface = (theme: unknown): string =>
  theme === 'dark' ? 'background:#0d1117;' : theme === 'light' ? 'background:#ffffff;' : '';

/** A story-only arg (a container's width): listed under "story", never taken for the element's API. */
export const storyOnly = (description: string, control: InputType['control']): InputType => ({
  description,
  control,
  table: { category: 'story' },
});
