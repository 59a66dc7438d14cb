/**
 * The JSON Schema (draft 2020-12) of a schema-kit declaration, written from its `spec`. Only the
 * build (schema/results.schema.json) and `gov-rank/data` users call it; no element loads it.
 */
import type { Schema } from './schema-kit.js';

export type JsonSchema = Record<string, unknown>;

export function jsonSchema(schema: Schema<unknown>): JsonSchema {
  const s = schema.spec;
  const described = (description?: string) => (description ? { description } : {});
  switch (s.kind) {
    case 'string':
      return {
        type: 'string',
        ...(s.opts.minLength ? { minLength: s.opts.minLength } : {}),
        ...(s.opts.pattern ? { pattern: s.opts.pattern.source } : {}),
        ...(s.opts.format ? { format: s.opts.format } : {}),
        ...described(s.opts.description),
      };
    case 'number':
      return {
        type: s.opts.integer ? 'integer' : 'number',
        ...(s.opts.min !== undefined ? { minimum: s.opts.min } : {}),
        ...(s.opts.max !== undefined ? { maximum: s.opts.max } : {}),
        ...described(s.opts.description),
      };
    case 'boolean':
      return { type: 'boolean', ...described(s.description) };
    case 'literal':
      return s.values.length === 1 ? { const: s.values[0] } : { enum: s.values };
    case 'array':
      return {
        type: 'array',
        items: jsonSchema(s.item),
        ...(s.opts.minItems ? { minItems: s.opts.minItems } : {}),
        ...(s.opts.maxItems ? { maxItems: s.opts.maxItems } : {}),
        ...described(s.opts.description),
      };
    case 'optional':
      return { anyOf: [jsonSchema(s.inner), { type: 'null' }] };
    case 'anyOf':
      return { anyOf: [jsonSchema(s.a), jsonSchema(s.b)] };
    case 'object':
      return {
        type: 'object',
        ...(s.opts.title ? { title: s.opts.title } : {}),
        ...described(s.opts.description),
        properties: Object.fromEntries(Object.entries(s.shape).map(([k, v]) => [k, jsonSchema(v)])),
        required: Object.entries(s.shape)
          .filter(([, v]) => !v.optional)
          .map(([k]) => k),
        ...(s.opts.closed ? { additionalProperties: false } : {}),
      };
    case 'record':
      return {
        type: 'object',
        ...described(s.opts.description),
        ...(s.opts.keyPattern ? { propertyNames: { pattern: s.opts.keyPattern.source } } : {}),
        additionalProperties: jsonSchema(s.value),
        ...(s.opts.minProperties ? { minProperties: s.opts.minProperties } : {}),
      };
  }
}
