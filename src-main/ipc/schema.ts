/**
 * A tiny run-time schema for IPC requests: exact objects (no extra keys), enums, booleans,
 * bounded strings and lists. Every request is parsed with one before it reaches the service.
 */
export class SchemaError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaError';
  }
}

export type Schema<T> = (input: unknown, where: string) => T;

export function oneOf<const T extends readonly string[]>(values: T): Schema<T[number]> {
  return (input, where) => {
    if (typeof input !== 'string' || !values.includes(input)) {
      throw new SchemaError(`${where} must be one of ${values.join(', ')}`);
    }
    return input as T[number];
  };
}

export const bool: Schema<boolean> = (input, where) => {
  if (typeof input !== 'boolean') throw new SchemaError(`${where} must be true or false`);
  return input;
};

export function text(pattern: RegExp, maxLength: number): Schema<string> {
  return (input, where) => {
    if (typeof input !== 'string' || input.length > maxLength || !pattern.test(input)) {
      throw new SchemaError(`${where} is not valid`);
    }
    return input;
  };
}

/** A list without duplicates, of at least `min` and at most `max` items. */
export function setOf<T>(item: Schema<T>, min: number, max: number): Schema<T[]> {
  return (input, where) => {
    if (!Array.isArray(input) || input.length < min || input.length > max) {
      throw new SchemaError(`${where} must be a list of ${min} to ${max} items`);
    }
    const out = input.map((x, i) => item(x, `${where}[${i}]`));
    if (new Set(out).size !== out.length) throw new SchemaError(`${where} has duplicates`);
    return out;
  };
}

/** The value, or null. */
export function nullable<T>(schema: Schema<T>): Schema<T | null> {
  return (input, where) => (input === null ? null : schema(input, where));
}

/** An object with exactly these keys. */
export function exact<T extends object>(shape: { [K in keyof T]: Schema<T[K]> }): Schema<T> {
  return (input, where) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      throw new SchemaError(`${where} must be an object`);
    }
    if (Object.getPrototypeOf(input) !== Object.prototype && Object.getPrototypeOf(input) !== null) {
      throw new SchemaError(`${where} must be a plain object`);
    }
    const record = input as Record<string, unknown>;
    // Own properties of the shape only: `in` would let "toString" or "constructor" through.
    const extra = Object.keys(record).filter((k) => !Object.prototype.hasOwnProperty.call(shape, k));
    if (extra.length > 0)
      throw new SchemaError(`${where} has unknown field(s): ${extra.slice(0, 3).join(', ')}`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (!Object.prototype.hasOwnProperty.call(record, key))
        throw new SchemaError(`${where}.${key} is missing`);
      out[key] = shape[key](record[key], `${where}.${key}`);
    }
    return out as T;
  };
}

/** The request of a channel that takes nothing: undefined or {}. */
export const nothing: Schema<Record<string, never>> = (input, where) => {
  if (input === undefined || input === null) return {};
  return exact<Record<string, never>>({})(input, where);
};
