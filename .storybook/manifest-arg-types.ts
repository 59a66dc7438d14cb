/**
 * Storybook's argTypes of an element, read from custom-elements.json (`npm run analyze`): the one
 * place the controls come from (preview.ts sets it as `parameters.docs.extractArgTypes`; stories only
 * add what is theirs, such as a container width, or example values for a free-text attribute).
 *
 * - One row per attribute, keyed by the attribute's name (`color-by`, not also `colorBy`): the arg is
 *   set as that attribute by `api()` in stories/support.ts. Its control follows the manifest type:
 *   a union of string literals → radio (up to 4 values) or select, `number` → number, `boolean` →
 *   boolean, anything else → text. The default shown is the manifest's (`@attr [name=default]`).
 * - Properties without an attribute (`data`, the read-only `report`) under their property name:
 *   read-only ones without a control, the others with an object editor.
 * - Events, CSS parts, CSS custom properties and slots are listed without controls. Their keys carry
 *   a prefix (`part:region`) so a part never replaces an attribute of the same name (the badge's
 *   `region` attribute and `region` part).
 * - Never: `_`-prefixed, private, protected or static members (the analyzer config drops them from the
 *   manifest; they are skipped here too, for a manifest made without it).
 */
import type { ArgTypes, InputType } from 'storybook/internal/types';

interface TypeRef {
  text?: string;
}
interface Attribute {
  name: string;
  type?: TypeRef;
  default?: string;
  description?: string;
  fieldName?: string;
  deprecated?: boolean | string;
}
interface Member {
  kind: string;
  name: string;
  type?: TypeRef;
  default?: string;
  description?: string;
  privacy?: string;
  static?: boolean;
  readonly?: boolean;
}
interface Named {
  name: string;
  description?: string;
  default?: string;
  type?: TypeRef;
}
interface Declaration {
  tagName?: string;
  attributes?: Attribute[];
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules?: { declarations?: Declaration[] }[];
}

const internal = (name: string) => name.startsWith('_') || name.startsWith('#');

/** The values of a union of string literals (`'a' | 'b' | null` → ['a', 'b']), else null. */
export function literalOptions(typeText: string | undefined): string[] | null {
  if (!typeText) return null;
  const parts = typeText
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'null' && s !== 'undefined');
  if (!parts.length || !parts.every((p) => /^(['"]).*\1$/.test(p))) return null;
  return parts.map((p) => p.slice(1, -1));
}

/** The control and Storybook type of an attribute of the given manifest type. */
function controlFor(typeText: string | undefined): Pick<InputType, 'control' | 'options' | 'type'> {
  const options = literalOptions(typeText);
  // Object form: argTypes from `extractArgTypes` are not normalised the way a story's are.
  if (options)
    return {
      control: { type: options.length <= 4 ? 'inline-radio' : 'select' },
      options,
      type: { name: 'enum', value: options, required: false },
    };
  const parts = (typeText ?? 'string')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'null' && s !== 'undefined');
  if (parts.length && parts.every((p) => p === 'number')) return { control: { type: 'number' }, type: { name: 'number', required: false } };
  if (parts.length && parts.every((p) => p === 'boolean'))
    return { control: { type: 'boolean' }, type: { name: 'boolean', required: false } };
  return { control: { type: 'text' }, type: { name: 'string', required: false } };
}

const valuesOf = (typeText: string | undefined) =>
  (typeText ?? 'string')
    .split('|')
    .map((s) => s.trim())
    .filter((s) => s && s !== 'null' && s !== 'undefined')
    .join(' | ') || 'string';

const shown = (value: string | undefined) =>
  value === undefined || value === 'null' || value === 'undefined' ? undefined : { summary: value.replace(/^(['"])(.*)\1$/, '$2') };

/** `manifest` is custom-elements.json as imported (its JSON typing is too narrow to name the shape). */
export function findDeclaration(manifest: unknown, tagName: string): Declaration | undefined {
  for (const mod of (manifest as Manifest).modules ?? []) for (const d of mod.declarations ?? []) if (d.tagName === tagName) return d;
  return undefined;
}

/** The argTypes of `tagName` as the docs page and the Controls panel show them. */
export function argTypesFromManifest(manifest: unknown, tagName: string): ArgTypes {
  const decl = findDeclaration(manifest, tagName);
  if (!decl) return {};
  const out: ArgTypes = {};
  const members = (decl.members ?? []).filter((m) => !internal(m.name) && !m.static && (m.privacy ?? 'public') === 'public');
  const publicFields = new Set(members.map((m) => m.name));
  const attributes = (decl.attributes ?? []).filter(
    (a) =>
      !internal(a.name) && (!a.fieldName || publicFields.has(a.fieldName) || !(decl.members ?? []).some((m) => m.name === a.fieldName)),
  );

  for (const a of attributes) {
    const property = a.fieldName && a.fieldName !== a.name ? ` Property: \`${a.fieldName}\`.` : '';
    out[a.name] = {
      name: a.name,
      description: `${a.description ?? ''}${property}`.trim(),
      ...controlFor(a.type?.text),
      // An attribute is there or not: its values, without the property's `null`.
      table: { category: 'attributes', type: { summary: valuesOf(a.type?.text) }, defaultValue: shown(a.default) },
    };
  }
  const backed = new Set(attributes.map((a) => a.fieldName ?? a.name));
  for (const m of members) {
    // Property-only API, documented (an undocumented public getter is not offered as a control).
    if (m.kind !== 'field' || backed.has(m.name) || out[m.name] || !m.description) continue;
    out[m.name] = {
      name: m.name,
      description: m.description,
      control: m.readonly ? false : { type: 'object' },
      type: { name: 'other', value: m.type?.text ?? 'unknown', required: false },
      table: {
        category: 'properties',
        type: { summary: m.type?.text ?? 'unknown' },
        defaultValue: shown(m.default),
        readonly: !!m.readonly,
      },
    };
  }
  const listed = (items: Named[] | undefined, category: string, prefix: string) => {
    for (const x of items ?? []) {
      if (!x.name && category !== 'slots') continue;
      const name = x.name || '(default)';
      out[`${prefix}${name}`] = {
        name,
        description: x.description ?? '',
        control: false,
        table: { category, type: x.type?.text ? { summary: x.type.text } : undefined, defaultValue: shown(x.default) },
      };
    }
  };
  listed(decl.events, 'events', 'event:');
  listed(decl.cssParts, 'css shadow parts', 'part:');
  listed(decl.cssProperties, 'css custom properties', 'cssprop:');
  listed(decl.slots, 'slots', 'slot:');
  return out;
}
