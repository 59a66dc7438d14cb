/**
 * A very small schema kit: one declaration gives the TypeScript type (`Infer`), the runtime
 * check (with JSON paths in its messages) and the JSON Schema. It exists so that the results
 * format is written once, not kept by hand in three places. Each schema keeps what it was
 * declared with (`spec`); json-schema.ts writes the JSON Schema from that, so the elements,
 * which only check, do not carry the JSON Schema's writer.
 */

export interface SchemaIssue {
  /** JSON path of the offending value, e.g. `assessments[0].editions[2].results[5].score`. */
  path: string;
  /** What was expected, for a person: `expected a number from 0 to 100`. */
  expected: string;
  /** The offending value as received (or undefined when missing). */
  received: unknown;
  /** `path: expected …, got …`. */
  message: string;
}

type StringOpts = { minLength?: number; pattern?: RegExp; description?: string; format?: string; patternText?: string };
type NumberOpts = { min?: number; max?: number; integer?: boolean; description?: string };
type ArrayOpts = { minItems?: number; maxItems?: number; description?: string };
type ObjectOpts = { description?: string; closed?: boolean; title?: string };
type RecordOpts = { minProperties?: number; keyPattern?: RegExp; description?: string };

/** How a schema was declared (read by json-schema.ts). */
export type Spec =
  | { kind: 'string'; opts: StringOpts }
  | { kind: 'number'; opts: NumberOpts }
  | { kind: 'boolean'; description?: string | undefined }
  | { kind: 'literal'; values: readonly (string | number)[] }
  | { kind: 'array'; item: Schema<unknown>; opts: ArrayOpts }
  | { kind: 'optional'; inner: Schema<unknown> }
  | { kind: 'anyOf'; a: Schema<unknown>; b: Schema<unknown> }
  | { kind: 'object'; shape: Shape; opts: ObjectOpts }
  | { kind: 'record'; value: Schema<unknown>; opts: RecordOpts };

export interface Schema<T> {
  /** Checks `value`; pushes an issue per problem; returns whether it matched. */
  check(value: unknown, path: string, issues: SchemaIssue[]): boolean;
  readonly spec: Spec;
  readonly optional: boolean;
  /** Phantom field carrying the static type. */
  readonly _type?: T;
}

export type Infer<S> = S extends Schema<infer T> ? T : never;

/** Short, readable rendering of a received value for messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  // JSON.stringify writes NaN and ±Infinity (1e999 in a file) as "null", a value many fields allow.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

export function issue(path: string, expected: string, received: unknown): SchemaIssue {
  const where = path || '(root)';
  return { path: where, expected, received, message: `${where}: expected ${expected}, got ${describeValue(received)}` };
}

function make<T>(spec: Spec, check: (value: unknown, path: string, issues: SchemaIssue[]) => boolean, optional = false): Schema<T> {
  return { spec, check, optional };
}

export function string(opts: StringOpts = {}): Schema<string> {
  const expected = opts.patternText ?? (opts.minLength ? 'a non-empty string' : 'a string');
  return make<string>({ kind: 'string', opts }, (v, path, issues) => {
    const ok = typeof v === 'string' && v.trim().length >= (opts.minLength ?? 0) && (!opts.pattern || opts.pattern.test(v));
    if (!ok) issues.push(issue(path, expected, v));
    return ok;
  });
}

export function number(opts: NumberOpts = {}): Schema<number> {
  const kind = opts.integer ? 'a whole number' : 'a number';
  const range =
    opts.min !== undefined && opts.max !== undefined
      ? ` from ${opts.min} to ${opts.max}`
      : opts.min !== undefined
        ? ` of at least ${opts.min}`
        : opts.max !== undefined
          ? ` of at most ${opts.max}`
          : '';
  return make<number>({ kind: 'number', opts }, (v, path, issues) => {
    const ok =
      typeof v === 'number' &&
      Number.isFinite(v) &&
      (!opts.integer || Number.isInteger(v)) &&
      (opts.min === undefined || v >= opts.min) &&
      (opts.max === undefined || v <= opts.max);
    if (!ok) issues.push(issue(path, kind + range, v));
    return ok;
  });
}

export function boolean(description?: string): Schema<boolean> {
  return make<boolean>({ kind: 'boolean', description }, (v, path, issues) => {
    const ok = typeof v === 'boolean';
    if (!ok) issues.push(issue(path, 'true or false', v));
    return ok;
  });
}

export function literal<const T extends string | number>(...values: T[]): Schema<T> {
  const expected = values.length === 1 ? JSON.stringify(values[0]) : `one of ${values.map((v) => JSON.stringify(v)).join(', ')}`;
  return make<T>({ kind: 'literal', values }, (v, path, issues) => {
    const ok = (values as unknown[]).includes(v);
    if (!ok) issues.push(issue(path, expected, v));
    return ok;
  });
}

export function array<T>(item: Schema<T>, opts: ArrayOpts = {}): Schema<T[]> {
  return make<T[]>({ kind: 'array', item, opts }, (v, path, issues) => {
    if (!Array.isArray(v)) {
      issues.push(issue(path, 'an array', v));
      return false;
    }
    let ok = true;
    if (opts.minItems && v.length < opts.minItems) {
      issues.push(issue(path, `an array with at least ${opts.minItems} item${opts.minItems > 1 ? 's' : ''}`, v));
      ok = false;
    }
    if (opts.maxItems !== undefined && v.length > opts.maxItems) {
      issues.push(issue(path, `an array with at most ${opts.maxItems} items`, v));
      ok = false;
    }
    // An index loop, not forEach: a sparse array built in JS ([, x]) must fail on its holes.
    for (let i = 0; i < v.length; i++) ok = item.check(v[i], `${path}[${i}]`, issues) && ok;
    return ok;
  });
}

/** Marks a field optional. `null` counts as absent: spreadsheets export empty cells as null. */
export function optional<T>(inner: Schema<T>): Schema<T | undefined> {
  return make<T | undefined>(
    { kind: 'optional', inner },
    (v, path, issues) => v === undefined || v === null || inner.check(v, path, issues),
    true,
  );
}

/** Accepts any of the given schemas; the first one's expectation names the failure. */
export function anyOf<A, B>(a: Schema<A>, b: Schema<B>, expected: string): Schema<A | B> {
  return make<A | B>({ kind: 'anyOf', a, b }, (v, path, issues) => {
    const fromA: SchemaIssue[] = [];
    if (a.check(v, path, fromA)) return true;
    const fromB: SchemaIssue[] = [];
    if (b.check(v, path, fromB)) return true;
    // When one branch got past the type and failed deeper (a bad key inside the object),
    // its issues say more than the generic expectation.
    const deeper = [fromA, fromB].find((list) => list.length > 0 && list.every((i) => i.path !== (path || '(root)')));
    if (deeper) issues.push(...deeper);
    else issues.push(issue(path, expected, v));
    return false;
  });
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K]['optional'] extends true ? K : undefined extends Infer<S[K]> ? K : never;
}[keyof S];
type RequiredKeys<S extends Shape> = Exclude<keyof S, OptionalKeys<S>>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type InferShape<S extends Shape> = Simplify<
  { [K in RequiredKeys<S>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;

/**
 * An object with known fields. Unknown fields are allowed (forward compatibility: a newer file
 * still loads in an older element) unless `closed` is set.
 */
export function object<S extends Shape>(shape: S, opts: ObjectOpts = {}): Schema<InferShape<S>> {
  return make<InferShape<S>>({ kind: 'object', shape, opts }, (v, path, issues) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      issues.push(issue(path, 'an object', v));
      return false;
    }
    let ok = true;
    const record = v as Record<string, unknown>;
    for (const [key, schema] of Object.entries(shape)) {
      const childPath = path ? `${path}.${key}` : key;
      ok = schema.check(record[key], childPath, issues) && ok;
    }
    if (opts.closed) {
      for (const key of Object.keys(record)) {
        if (!(key in shape)) {
          issues.push(issue(path ? `${path}.${key}` : key, 'no such field', record[key]));
          ok = false;
        }
      }
    }
    return ok;
  });
}

/** A map of string keys to values of one schema, e.g. `{ "zh-CN": "…", "en": "…" }`. */
export function record<T>(value: Schema<T>, opts: RecordOpts = {}): Schema<Record<string, T>> {
  return make<Record<string, T>>({ kind: 'record', value, opts }, (v, path, issues) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      issues.push(issue(path, 'an object', v));
      return false;
    }
    const entries = Object.entries(v as Record<string, unknown>);
    let ok = true;
    if (opts.minProperties && entries.length < opts.minProperties) {
      issues.push(issue(path, `an object with at least ${opts.minProperties} entr${opts.minProperties > 1 ? 'ies' : 'y'}`, v));
      ok = false;
    }
    for (const [k, x] of entries) {
      if (opts.keyPattern && !opts.keyPattern.test(k)) {
        issues.push(issue(`${path}.${k}`, `a key matching ${opts.keyPattern.source}`, k));
        ok = false;
      }
      ok = value.check(x, `${path}.${k}`, issues) && ok;
    }
    return ok;
  });
}
