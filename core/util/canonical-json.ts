/**
 * Deterministic JSON: object keys sorted by code point, no whitespace, `undefined` members
 * dropped, non-finite numbers refused. Two equal values always give the same string, so it
 * can be hashed and signed (in the spirit of RFC 8785, without its number formatting rules,
 * which JSON.stringify already meets for the integers and short decimals we store).
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, new Set());
}

function serialize(value: unknown, ancestors: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON cannot hold NaN or Infinity');
      return JSON.stringify(value);
    case 'object': {
      if (ancestors.has(value)) throw new TypeError('canonical JSON cannot hold cycles');
      ancestors.add(value);
      try {
        if (Array.isArray(value)) return `[${value.map((item: unknown) => serialize(item === undefined ? null : item, ancestors)).join(',')}]`;
        const entries = Object.entries(value as Record<string, unknown>)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${serialize(v, ancestors)}`).join(',')}}`;
      } finally {
        ancestors.delete(value);
      }
    }
    default:
      throw new TypeError(`canonical JSON cannot hold ${typeof value}`);
  }
}
