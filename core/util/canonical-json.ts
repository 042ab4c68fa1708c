/**
 * Deterministic JSON: object keys sorted by code point, no whitespace, `undefined` members
 * dropped, non-finite numbers refused. Two equal values always give the same string, so it
 * can be hashed and signed (in the spirit of RFC 8785, without its number formatting rules,
 * which JSON.stringify already meets for the integers and short decimals we store).
 *
 * Written as one walk that appends to a string, without the intermediate arrays of
 * entries and parts: every `vardekollen` run hashes its whole rule set with this, and every
 * sign-off serialises the checklist, so it is on the path a user waits on.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, []);
}

/** `ancestors`: the objects being serialised around this one (a cycle would never end). */
function serialize(value: unknown, ancestors: object[]): string {
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
      // A linear search: nesting is a few levels deep, and a Set per call cost more.
      if (ancestors.includes(value)) throw new TypeError('canonical JSON cannot hold cycles');
      ancestors.push(value);
      let out: string;
      if (Array.isArray(value)) {
        out = '[';
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out += ',';
          const item: unknown = value[i];
          out += serialize(item === undefined ? null : item, ancestors);
        }
        out += ']';
      } else {
        const record = value as Record<string, unknown>;
        // The default sort compares UTF-16 code units, as the format requires.
        const keys = Object.keys(record).sort();
        out = '{';
        for (const key of keys) {
          const member = record[key];
          if (member === undefined) continue;
          if (out.length > 1) out += ',';
          out += `${JSON.stringify(key)}:${serialize(member, ancestors)}`;
        }
        out += '}';
      }
      ancestors.pop();
      return out;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold ${typeof value}`);
  }
}
