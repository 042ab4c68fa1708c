import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { VardekollenError } from '../../../core/errors/index.js';
import { documentFromText } from '../../../core/import/index.js';
import {
  buildSignedFile,
  createReviewerKey,
  readSignedFile,
  serializeSignedFile,
  signableContent,
  signContent,
  SIGNED_FILE_LIMITS,
  verifySignedFile,
} from '../../../core/signoff/index.js';
import { readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { checklistFor } from './real-checklist.js';

/**
 * A signed file arrives from anywhere (e-mail, a shared folder, an attacker). Whatever it is,
 * the verifier answers with a report or with SIGNED_FILE_INVALID and a clear detail; it never
 * crashes, hangs, or throws anything else.
 */

let fileText: string;

beforeAll(() => {
  const anna = createReviewerKey('Anna Berg', 'Granskning är ett lagarbete', '2025-06-01T08:00:00.000Z');
  const content = signableContent(checklistFor(documentFromText(readJobAdFixture('trafikverket-kommunikator.txt'), 'annons.txt'), { type: 'jobad' }));
  fileText = serializeSignedFile(buildSignedFile(content, [signContent(content, anna, 'Granskning är ett lagarbete', '2025-06-10T16:00:00.000Z')]));
});

/** Runs the verifier; returns the error code when it refuses, 'report' when it answers. Anything else escapes and fails the test. */
function outcome(input: unknown): string {
  try {
    verifySignedFile(input);
    return 'report';
  } catch (error) {
    if (error instanceof VardekollenError && error.code === 'SIGNED_FILE_INVALID') return error.code;
    throw error;
  }
}

function detailOf(input: unknown): string {
  try {
    readSignedFile(input);
  } catch (error) {
    if (error instanceof VardekollenError) return String(error.params['detail']);
    throw error;
  }
  throw new Error('expected the input to be refused');
}

describe('random input never crashes the verifier', () => {
  it('random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(['report', 'SIGNED_FILE_INVALID']).toContain(outcome(value));
        expect(['report', 'SIGNED_FILE_INVALID']).toContain(outcome(JSON.stringify(value)));
      }),
      { numRuns: 500 },
    );
  });

  it('random text and random bytes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.uint8Array({ maxLength: 200 }), (text, bytes) => {
        expect(outcome(text)).toBe('SIGNED_FILE_INVALID');
        expect(outcome(bytes)).toBe('SIGNED_FILE_INVALID');
      }),
      { numRuns: 300 },
    );
  });

  it('a real signed file with a random part replaced by random JSON', () => {
    const base = JSON.parse(fileText) as unknown;
    const paths = allPaths(base);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: paths.length - 1 }), fc.jsonValue({ maxDepth: 4 }), (index, replacement) => {
        const tampered = replaceAt(base, paths[index]!, replacement);
        const result = outcome(tampered);
        // Either refused, or reported as not valid (unless the replacement happened to equal the original).
        if (result === 'report' && JSON.stringify(replacement) !== JSON.stringify(valueAt(base, paths[index]!))) {
          expect(verifySignedFile(tampered).valid).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('hostile shapes are refused with a clear detail', () => {
  it('deep nesting, as text and as a value', () => {
    const depth = 100_000;
    expect(detailOf('['.repeat(depth) + ']'.repeat(depth))).toContain('nested more than');
    let deep: unknown = {};
    for (let i = 0; i < depth; i++) deep = { format: deep };
    expect(detailOf(deep)).toContain('nested more than');
  });

  it('a cycle in a value handed over in memory', () => {
    const file = JSON.parse(fileText) as { content: Record<string, unknown> };
    file.content['self'] = file;
    expect(detailOf(file)).toContain('nested more than');
  });

  it('a file larger than the limit, before parsing it', () => {
    const huge = ' '.repeat(SIGNED_FILE_LIMITS.maxLength + 1);
    expect(detailOf(huge)).toMatch(/more than the .* a signed checklist may have/);
  });

  it('more items than the limit', () => {
    const file = JSON.parse(fileText) as { content: { items: unknown[] } };
    file.content.items = Array.from({ length: SIGNED_FILE_LIMITS.maxItems + 1 }, () => 0);
    expect(detailOf(file)).toBe(`content.items: more than ${SIGNED_FILE_LIMITS.maxItems} entries`);
  });

  it('another JSON file, another format and a newer version', () => {
    expect(detailOf('{"name":"vardekollen","version":"0.1.0"}')).toContain('no "format" member');
    expect(detailOf(fileText.replace('"vardekollen-signed-checklist"', '"vardekollen-report"'))).toMatch(/^format: expected "vardekollen-signed-checklist"/);
    expect(detailOf(fileText.replace('"formatVersion": 1,\n  "content"', '"formatVersion": 2,\n  "content"'))).toMatch(/^formatVersion: version 2 is not supported/);
  });

  it('members the format does not have, including __proto__', () => {
    expect(detailOf(fileText.replace('"content": {', '"content": {"__proto__": {"polluted": true},'))).toBe('content.__proto__: unexpected member');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(detailOf(fileText.replace('"decision": "fixed"', '"decision": "fixed", "note": "tillagd"'))).toMatch(/^content\.items\[\d+\]\.note: unexpected member$/);
  });

  it('bytes that are not UTF-8, and values JSON cannot hold', () => {
    expect(detailOf(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]))).toBe('the file is not UTF-8 text');
    expect(detailOf({ format: 'vardekollen-signed-checklist', formatVersion: 1, content: new Date(0), signatures: [] })).toBe('holds an object that is not plain JSON data');
    expect(detailOf({ format: 'vardekollen-signed-checklist', formatVersion: 1, content: {}, signatures: [Number.NaN] })).toBe('holds a number JSON cannot represent');
  });

  it('a UTF-8 byte-order mark is fine', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(fileText)]);
    expect(verifySignedFile(withBom).verdict).toBe('valid');
  });
});

type Segment = string | number;

function allPaths(value: unknown, path: Segment[] = [], out: Segment[][] = []): Segment[][] {
  if (path.length > 0) out.push(path);
  if (Array.isArray(value)) value.forEach((v: unknown, i) => allPaths(v, [...path, i], out));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) allPaths(v, [...path, k], out);
  return out;
}

function valueAt(root: unknown, path: readonly Segment[]): unknown {
  return path.reduce<unknown>((node, segment) => (node as Record<Segment, unknown>)[segment], root);
}

function replaceAt(root: unknown, path: readonly Segment[], value: unknown): unknown {
  const copy = structuredClone(root);
  const parent = valueAt(copy, path.slice(0, -1)) as Record<Segment, unknown>;
  parent[path[path.length - 1]!] = value;
  return copy;
}
