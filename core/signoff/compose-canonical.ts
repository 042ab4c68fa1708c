import { canonicalJson } from '../util/canonical-json.js';

/**
 * Canonical JSON of an object whose members are already serialised, exactly as
 * {@link canonicalJson} would write the whole object (members sorted by code unit, no spaces).
 * Lets the manifest and the signature payload reuse the serialisation of large parts (every
 * item, the manifest) instead of serialising them twice; tests assert the result equals
 * `canonicalJson` of the whole.
 */
export function composeCanonicalObject(members: Readonly<Record<string, string>>): string {
  const names = Object.keys(members).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${names.map((name) => `${JSON.stringify(name)}:${members[name]}`).join(',')}}`;
}

/** Canonical JSON of an array whose elements are already serialised. */
export function composeCanonicalArray(elements: readonly string[]): string {
  return `[${elements.join(',')}]`;
}

/** {@link canonicalJson} with a fast path for strings, the bulk of a checklist's leaves. */
export function canonicalLeaf(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : canonicalJson(value);
}
