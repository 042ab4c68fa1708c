import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../core/util/canonical-json.js';

/** The format as first written (entries sorted, joined): signatures made with it must still verify. */
function reference(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return `[${value.map((item: unknown) => reference(item === undefined ? null : item)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${reference(v)}`).join(',')}}`;
}

/** JSON-like values with undefined members and array slots, keys from a small alphabet with non-ASCII. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.constant(undefined)),
  node: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('node'), { maxLength: 5 }), fc.dictionary(fc.string({ unit: fc.constantFrom('a', 'B', 'å', 'Ö', 'é', '_', '1', '\u{1F600}') }), tie('node'), { maxKeys: 5 })),
})).node;

describe('canonical JSON', () => {
  it('gives the same string as the reference format for any JSON-like value', () => {
    fc.assert(
      fc.property(value.filter((v) => v !== undefined), (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
  });

  it('sorts keys by code unit at every level, drops undefined members and writes undefined slots as null', () => {
    expect(canonicalJson({ b: 1, a: { ö: [1, undefined, 'x'], z: undefined, Z: true, å: null }, é: 'ä' })).toBe('{"a":{"Z":true,"å":null,"ö":[1,null,"x"]},"b":1,"é":"ä"}');
    expect(canonicalJson({})).toBe('{}');
    expect(canonicalJson({ gone: undefined })).toBe('{}');
  });

  it('is the same whatever order the members were added in', () => {
    expect(canonicalJson({ sv: 'Ja', en: 'Yes', id: 3 })).toBe(canonicalJson({ id: 3, en: 'Yes', sv: 'Ja' }));
  });

  it('reads back as the value it was made from', () => {
    const item = { key: 'f-1', quote: 'Du ska vara "ung" och\nsvensk', span: { start: 0, end: 12 }, score: 0.25 };
    expect(JSON.parse(canonicalJson(item))).toEqual(item);
  });

  it('allows one object in two places, and refuses cycles, NaN, Infinity, functions and bigints with a TypeError', () => {
    const shared = { sv: 'Ja' };
    expect(canonicalJson({ a: shared, b: [shared, shared] })).toBe('{"a":{"sv":"Ja"},"b":[{"sv":"Ja"},{"sv":"Ja"}]}');
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = { back: cycle };
    expect(() => canonicalJson(cycle)).toThrow(TypeError);
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, [() => 1], { n: 10n }]) expect(() => canonicalJson(bad)).toThrow(TypeError);
  });
});
