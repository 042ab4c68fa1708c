import { VardekollenError } from '../../errors/index.js';

/**
 * A tiny run-time validator for requests that arrive from another process (the renderer over
 * IPC or HTTP). TypeScript types end at the process boundary; these checks make sure a
 * request has the shape the service expects before it is used, and name the field that is wrong.
 */
export type Validator<T> = (value: unknown, path: string) => T;

export function fail(path: string, expected: string): never {
  throw new VardekollenError('INVALID_ARGUMENT', { detail: `${path || 'request'} must be ${expected}` });
}

export const text =
  (maxLength = 10_000, minLength = 0): Validator<string> =>
  (value, path) => {
    if (typeof value !== 'string' || value.length > maxLength || value.length < minLength) fail(path, `a text of ${minLength}–${maxLength} characters`);
    return value;
  };

export const positiveNumber: Validator<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) fail(path, 'a positive number');
  return value;
};

export const integer =
  (min: number, max: number): Validator<number> =>
  (value, path) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) fail(path, `a whole number ${min}–${max}`);
    return value;
  };

export const oneOf =
  <T extends string>(options: readonly T[]): Validator<T> =>
  (value, path) => {
    if (typeof value !== 'string' || !(options as readonly string[]).includes(value)) fail(path, `one of ${options.join(', ')}`);
    return value as T;
  };

export const bytes =
  (maxLength: number): Validator<Uint8Array> =>
  (value, path) => {
    if (!(value instanceof Uint8Array) || value.byteLength > maxLength) fail(path, `file contents of at most ${maxLength} bytes`);
    return value;
  };

export const list =
  <T>(item: Validator<T>, maxLength: number): Validator<T[]> =>
  (value, path) => {
    if (!Array.isArray(value) || value.length > maxLength) fail(path, `a list of at most ${maxLength}`);
    return value.map((v, i) => item(v, `${path}[${i}]`));
  };

type Shape = Readonly<Record<string, { readonly validate: Validator<unknown>; readonly optional: boolean }>>;
type Out<S extends Shape> = { -readonly [K in keyof S as S[K]['optional'] extends true ? never : K]: ReturnType<S[K]['validate']> } & {
  -readonly [K in keyof S as S[K]['optional'] extends true ? K : never]?: ReturnType<S[K]['validate']>;
};

export const required = <T>(validate: Validator<T>): { validate: Validator<T>; optional: false } => ({ validate, optional: false });
export const optional = <T>(validate: Validator<T>): { validate: Validator<T>; optional: true } => ({ validate, optional: true });

/** An object with exactly these fields: unknown fields are refused, so typos do not pass silently. */
export const object =
  <S extends Shape>(shape: S): Validator<Out<S>> =>
  (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!Object.hasOwn(shape, key)) fail(`${path}.${key}`, 'absent (unknown field)');
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(shape)) {
      const v = record[key];
      if (v === undefined) {
        if (!field.optional) fail(`${path}.${key}`, 'given');
        continue;
      }
      out[key] = field.validate(v, path ? `${path}.${key}` : key);
    }
    return out as Out<S>;
  };
