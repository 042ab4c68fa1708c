import { deflateSync, inflateSync } from 'node:zlib';

/**
 * How a JSON value sits in a BLOB column: `json` is the UTF-8 text as is (readable with the
 * sqlite3 shell and its json functions), `json-zlib` the same text deflated with zlib (whose
 * Adler-32 checksum also catches a damaged value instead of parsing garbage).
 */
export type JsonEncoding = 'json' | 'json-zlib';

export const JSON_ENCODINGS: readonly JsonEncoding[] = ['json', 'json-zlib'];

/**
 * Values from this size on (UTF-8 bytes) are compressed. Imported documents and check results
 * run from a few kB (a job ad) to several MB (a 300-page policy); JSON of that kind deflates
 * to about a fifth, and small values are left readable.
 */
export const COMPRESS_FROM_BYTES = 16 * 1024;

export interface EncodedJson {
  readonly encoding: JsonEncoding;
  readonly bytes: Buffer;
}

/** Serialises a value for a BLOB column, compressing it when it is large. */
export function encodeJson(value: unknown): EncodedJson {
  const text = Buffer.from(JSON.stringify(value), 'utf8');
  if (text.byteLength < COMPRESS_FROM_BYTES) return { encoding: 'json', bytes: text };
  return { encoding: 'json-zlib', bytes: deflateSync(text) };
}

/**
 * Reads a value written by {@link encodeJson}. The type is the caller's promise: the columns
 * are written only by this store, and a database from a newer schema is refused on open, so
 * the shape is the one the same code wrote.
 */
export function decodeJson<T>(encoding: string, bytes: Uint8Array): T {
  if (encoding !== 'json' && encoding !== 'json-zlib') throw new StoredValueError(`unknown JSON encoding ${encoding}`);
  let text: string;
  try {
    text = encoding === 'json' ? Buffer.from(bytes).toString('utf8') : inflateSync(bytes).toString('utf8');
  } catch (error) {
    throw new StoredValueError('a stored value cannot be decompressed', error);
  }
  return parseJsonText<T>(text);
}

/** Parses a small JSON TEXT column (item bodies, history details); see {@link decodeJson} for the type. */
export function parseJsonText<T>(text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new StoredValueError('a stored value is not valid JSON', error);
  }
}

/** A value in the database that cannot be read back: the file was damaged or edited by hand. */
export class StoredValueError extends Error {
  constructor(message: string, cause?: unknown) {
    super(message, cause !== undefined ? { cause } : undefined);
    this.name = 'StoredValueError';
  }
}
