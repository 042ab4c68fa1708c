/**
 * Small readers for untrusted JSON that name the exact place of a problem
 * ("content.items[3].decision: expected one of open, fixed, accepted, not-applicable").
 * Paths are written as in JavaScript: members with ".", array elements with "[i]".
 */

/** A value in the file is not what the format says; `path` says where. */
export class ShapeError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(path === '' ? problem : `${path}: ${problem}`);
    this.name = 'ShapeError';
  }
}

/** The path of a member. */
export function memberPath(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

/** A plain object with exactly the `required` members (and maybe the `optional` ones). */
export function readRecord(value: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShapeError(path, `expected an object, found ${describeType(value)}`);
  const record = value as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    if (!required.includes(name) && !optional.includes(name)) throw new ShapeError(memberPath(path, name), 'unexpected member');
  }
  for (const name of required) {
    if (!Object.hasOwn(record, name)) throw new ShapeError(memberPath(path, name), 'missing');
  }
  return record;
}

/** The member `name` of a record read by {@link readRecord} (own members only). */
export function member(record: Readonly<Record<string, unknown>>, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

export interface TextOptions {
  readonly nonEmpty?: boolean;
  readonly maxLength?: number;
  /** A further test the text must pass. */
  readonly check?: (value: string) => boolean;
  /** What `check` accepts, for the message ("a lowercase SHA-256 hex string"). */
  readonly expected?: string;
}

export function readText(value: unknown, path: string, options: TextOptions = {}): string {
  if (typeof value !== 'string') throw new ShapeError(path, `expected a string, found ${describeType(value)}`);
  if (options.nonEmpty && value === '') throw new ShapeError(path, 'must not be empty');
  if (options.maxLength !== undefined && value.length > options.maxLength) throw new ShapeError(path, `longer than ${options.maxLength} characters`);
  if (options.check && !options.check(value)) throw new ShapeError(path, `expected ${options.expected ?? 'a different form'}, found ${describeType(value)}`);
  return value;
}

export function readNullableText(value: unknown, path: string, options: TextOptions = {}): string | null {
  return value === null ? null : readText(value, path, options);
}

/** A safe integer not below `min`. */
export function readInteger(value: unknown, path: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) throw new ShapeError(path, `expected an integer, found ${describeType(value)}`);
  if (value < min) throw new ShapeError(path, `must be at least ${min}`);
  return value;
}

export function readNullableInteger(value: unknown, path: string, min: number): number | null {
  return value === null ? null : readInteger(value, path, min);
}

export function readOneOf<T extends string>(value: unknown, path: string, allowed: readonly T[]): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new ShapeError(path, `expected one of ${allowed.join(', ')}, found ${describeType(value)}`);
  }
  return value as T;
}

export function readList(value: unknown, path: string, maxLength: number): readonly unknown[] {
  if (!Array.isArray(value)) throw new ShapeError(path, `expected an array, found ${describeType(value)}`);
  if (value.length > maxLength) throw new ShapeError(path, `more than ${maxLength} entries`);
  return value;
}

/** A short description of a value for messages: its type and, for short scalars, the value. */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return value.length <= 40 ? JSON.stringify(value) : `a string of ${value.length} characters`;
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
