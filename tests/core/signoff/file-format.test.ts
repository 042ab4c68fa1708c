import { createHash, createPublicKey, verify } from 'node:crypto';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { buildSignedFile, createReviewerKey, serializeSignedFile, signableContent, signContent, type SignedFile } from '../../../core/signoff/index.js';
import { composeCanonicalObject } from '../../../core/signoff/compose-canonical.js';
import { canonicalJson } from '../../../core/util/canonical-json.js';
import { readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { checklistFor } from './real-checklist.js';

/**
 * The file format as README.md in core/signoff specifies it, checked by an independent reader
 * written here from the spec with node:crypto and canonical JSON alone: whoever has the file and
 * the spec can verify a sign-off without Värdekollen.
 */

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

let file: SignedFile;

beforeAll(() => {
  const anna = createReviewerKey('Anna Berg', 'Granskning är ett lagarbete', '2025-06-01T08:00:00.000Z');
  const content = signableContent(checklistFor(documentFromText(readJobAdFixture('lansstyrelsen-enhetschef.txt'), 'annons.txt'), { type: 'jobad', withResolved: true }));
  file = JSON.parse(serializeSignedFile(buildSignedFile(content, [signContent(content, anna, 'Granskning är ett lagarbete', '2025-06-10T16:00:00.000Z')]))) as SignedFile;
});

function leavesOf(value: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, value);
    value.forEach((v: unknown, i) => leavesOf(v, `${prefix}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    if (Object.keys(value).length === 0) out.set(prefix, value);
    for (const [k, v] of Object.entries(value)) leavesOf(v, prefix === '' ? k : `${prefix}.${k}`, out);
  } else out.set(prefix, value);
  return out;
}

describe('the signed file, read by the spec alone', () => {
  it('has the documented envelope', () => {
    expect(Object.keys(file).sort()).toEqual(['content', 'format', 'formatVersion', 'signatures']);
    expect([file.format, file.formatVersion, file.content.format, file.content.formatVersion]).toEqual(['vardekollen-signed-checklist', 1, 'vardekollen-checklist', 1]);
  });

  it('manifest: content, parts, items and fields hash as documented', () => {
    const { manifest } = file.signatures[0]!;
    expect(manifest.content).toBe(sha256(canonicalJson(file.content)));
    for (const part of ['document', 'ruleSet', 'review'] as const) {
      expect(manifest[part].sha256).toBe(sha256(canonicalJson(file.content[part])));
      expect(manifest[part].fields).toEqual(Object.fromEntries([...leavesOf(file.content[part])].map(([path, leaf]) => [path, sha256(canonicalJson(leaf)).slice(0, 16)])));
    }
    expect(manifest.items.map((d) => d.key)).toEqual(file.content.items.map((item) => item.key));
    file.content.items.forEach((item, i) => {
      expect(manifest.items[i]!.sha256).toBe(sha256(canonicalJson(item)));
      expect(manifest.items[i]!.fields).toEqual(Object.fromEntries([...leavesOf(item)].map(([path, leaf]) => [path, sha256(canonicalJson(leaf)).slice(0, 16)])));
    });
    expect(manifest.resolved.map((d) => d.key)).toEqual(['f-0ld1', 'f-0ld2']);
  });

  it('signature: Ed25519 over the canonical JSON of the signed members and the purpose', () => {
    const entry = file.signatures[0]!;
    const payload = canonicalJson({
      purpose: 'vardekollen-checklist-signoff/1',
      manifest: entry.manifest,
      reviewer: entry.reviewer,
      keyFingerprint: entry.keyFingerprint,
      publicKey: entry.publicKey,
      signedAt: entry.signedAt,
    });
    const key = createPublicKey(entry.publicKey);
    expect(verify(null, Buffer.from(payload, 'utf8'), key, Buffer.from(entry.signature, 'base64'))).toBe(true);
    expect(entry.keyFingerprint).toBe(`SHA256:${createHash('sha256').update(key.export({ type: 'spki', format: 'der' })).digest('base64').replace(/=+$/, '')}`);
    for (const name of ['reviewer', 'keyFingerprint', 'publicKey', 'signedAt', 'manifest'] as const) {
      expect(entry.fieldHashes[name]).toBe(sha256(canonicalJson(entry[name])).slice(0, 16));
    }
  });
});

describe('composed canonical JSON', () => {
  it('equals canonicalJson of the whole object for any members', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (members) => {
        const serialised = Object.fromEntries(Object.entries(members).map(([k, v]) => [k, canonicalJson(v)]));
        expect(composeCanonicalObject(serialised)).toBe(canonicalJson(members));
      }),
      { numRuns: 300 },
    );
  });
});
