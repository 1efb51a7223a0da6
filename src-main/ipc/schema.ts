/**
 * The building blocks of the IPC request schemas, with valibot (the one schema library, also used
 * for the backup, the journal and the lock): exact plain objects (own fields only, no extra field,
 * an inherited name like `toString` or `__proto__` is an extra field), enums, booleans, bounded
 * text and lists. Every request is parsed with one before it reaches the service.
 */
import * as v from 'valibot';

export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaError';
  }
}

export type Schema<T> = v.GenericSchema<unknown, T>;

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  v.picklist(values, `must be one of ${values.join(', ')}`);

export const bool = v.boolean('must be true or false');

export const text = (pattern: RegExp, maxLength: number) =>
  v.pipe(v.string('is not valid'), v.maxLength(maxLength, 'is not valid'), v.regex(pattern, 'is not valid'));

/** A list without duplicates, of at least `min` and at most `max` items. */
export const setOf = <T>(item: Schema<T>, min: number, max: number) =>
  v.pipe(
    v.array(item, `must be a list of ${min} to ${max} items`),
    v.minLength(min, `must be a list of ${min} to ${max} items`),
    v.maxLength(max, `must be a list of ${min} to ${max} items`),
    v.check((list) => new Set(list).size === list.length, 'has duplicates'),
  );

export const nullable = <T>(schema: Schema<T>) => v.nullable(schema);

/** An object literal or JSON object: not an array, a class instance or an object with a prototype. */
const plainObject = v.custom<Record<string, unknown>>((input) => {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const proto: unknown = Object.getPrototypeOf(input);
  return proto === Object.prototype || proto === null;
}, 'must be a plain object');

/** A plain object with exactly these own fields. */
export function exact<T extends object>(entries: { [K in keyof T]-?: Schema<T[K]> }): Schema<T> {
  return v.pipe(plainObject, v.strictObject(entries as v.ObjectEntries)) as unknown as Schema<T>;
}

/** The request of a channel that takes nothing: undefined, null or {}. */
export const nothing: Schema<Record<string, never>> = v.pipe(
  v.unknown(),
  v.transform((input) => input ?? {}),
  exact<Record<string, never>>({}),
);

/** "request.groups[0] must be one of ...", "request has unknown field(s): path". */
function describe(issue: v.BaseIssue<unknown>, where: string): string {
  const at = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`));
  const field = issue.type === 'strict_object' ? at.pop() : undefined;
  if (field === undefined) return `${where}${at.join('')} ${issue.message}`;
  return issue.expected === 'never'
    ? `${where}${at.join('')} has unknown field(s): ${field.slice(1)}`
    : `${where}${at.join('')}${field} is missing`;
}

/** The request typed by its schema, or SchemaError naming the first problem. */
export function parseWithSchema<T>(schema: Schema<T>, input: unknown, where = 'request'): T {
  const result = v.safeParse(schema, input, { abortEarly: true });
  if (result.success) return result.output;
  const [issue] = result.issues;
  throw new SchemaError(issue ? describe(issue, where) : `${where} is not valid`);
}
