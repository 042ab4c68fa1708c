import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { VardekollenError } from '../../../core/errors/index.js';
import { importDocument } from '../../../core/import/index.js';
import type { Checklist } from '../../../core/review/checklist-types.js';
import {
  buildSignedFile,
  createReviewerKey,
  serializeSignedFile,
  signableContent,
  signContent,
  verifySignedFile,
  type SignedContent,
  type VerificationReport,
} from '../../../core/signoff/index.js';
import { JOB_AD_FIXTURES } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';
import { checklistFor } from './real-checklist.js';

/**
 * Tamper tests, generated: every leaf of a real co-signed file is changed in ways that keep the
 * JSON valid, and the verifier must call the result invalid AND say where the change is: the
 * changed content path, or the edited member of the signature, or (for edits that break the
 * format) a SIGNED_FILE_INVALID error whose detail starts with that path.
 */

type Json = null | boolean | number | string | Json[] | { [name: string]: Json };
type Segment = string | number;

const ANNA = { name: 'Anna Berg', passphrase: 'Granskning är ett lagarbete' };
const BJORN = { name: 'Björn Lind', passphrase: 'fyra ögon ser mer än två' };

let checklist: Checklist;
let content: SignedContent;
let fileText: string;
let base: { content: { items: { key: string }[]; resolved: { previousKey: string }[] }; signatures: Json[] } & { [name: string]: Json };
let otherFileText: string;

beforeAll(async () => {
  const anna = createReviewerKey(ANNA.name, ANNA.passphrase, '2025-06-01T08:00:00.000Z');
  const bjorn = createReviewerKey(BJORN.name, BJORN.passphrase, '2025-06-01T08:05:00.000Z');
  const name = 'lansstyrelsen-enhetschef.txt';
  const bytes = new Uint8Array(readFileSync(join(JOB_AD_FIXTURES, name)));
  checklist = checklistFor(await importDocument(bytes, { fileName: name }), { type: 'jobad', withResolved: true });
  content = signableContent(checklist);
  fileText = serializeSignedFile(
    buildSignedFile(content, [
      signContent(content, anna, ANNA.passphrase, '2025-06-10T16:00:00.000Z'),
      signContent(content, bjorn, BJORN.passphrase, '2025-06-11T09:30:00.000Z'),
    ]),
  );
  base = JSON.parse(fileText) as typeof base;
  // Another file: the same review where one decision differs, signed by Anna.
  const firstFixed = checklist.items.findIndex((item) => item.decision?.decision === 'fixed');
  const otherContent = signableContent({
    ...checklist,
    items: checklist.items.map((item, i) =>
      i === firstFixed && item.decision ? { ...item, decision: { ...item.decision, decision: 'accepted', reason: 'Behålls.' } } : item,
    ),
  });
  otherFileText = serializeSignedFile(buildSignedFile(otherContent, [signContent(otherContent, anna, ANNA.passphrase, '2025-06-10T16:00:00.000Z')]));
});

function leaves(value: Json, path: Segment[] = [], out: { path: Segment[]; value: Json }[] = []): { path: Segment[]; value: Json }[] {
  if (Array.isArray(value)) value.forEach((element, i) => leaves(element, [...path, i], out));
  else if (value !== null && typeof value === 'object') for (const [name, member] of Object.entries(value)) leaves(member, [...path, name], out);
  else out.push({ path, value });
  return out;
}

/** Changes that keep the JSON valid: append to a string, bump its last digit or letter; bump a number; flip a boolean; fill a null. */
function mutations(value: Json): Json[] {
  if (typeof value === 'string') return [...new Set([`${value}x`, bumpLastCharacter(value)])].filter((m) => m !== value);
  if (typeof value === 'number') return [value + 1];
  if (typeof value === 'boolean') return [!value];
  if (value === null) return ['x', 1];
  return [];
}

function bumpLastCharacter(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i]!;
    const next = /\d/.test(c) ? String((Number(c) + 1) % 10) : /[a-y]/i.test(c) ? String.fromCharCode(c.charCodeAt(0) + 1) : /[zZ]/.test(c) ? (c === 'z' ? 'a' : 'A') : undefined;
    if (next !== undefined) return text.slice(0, i) + next + text.slice(i + 1);
  }
  return `${text}x`;
}

function withValue(path: Segment[], value: Json): Json {
  const copy = structuredClone(base) as Json;
  let node = copy as Record<string | number, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
  return copy;
}

function jsPath(path: readonly Segment[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

type Outcome = { report: VerificationReport } | { error: VardekollenError };

function verify(input: unknown): Outcome {
  try {
    return { report: verifySignedFile(input) };
  } catch (error) {
    if (error instanceof VardekollenError) return { error };
    throw error;
  }
}

/** What the report must name for a change at `path`; undefined when the path is outside the content. */
function expectedContentChange(path: readonly Segment[]): { path: string; change: string } | undefined {
  if (path[0] !== 'content') return undefined;
  const [, part, index, ...rest] = path;
  if (part === 'items' || part === 'resolved') {
    const entry = part === 'items' ? base.content.items[index as number]!.key : base.content.resolved[index as number]!.previousKey;
    const field = jsPath(rest);
    if (field === 'key' || field === 'previousKey') return { path: `${part}[${entry}]`, change: 'removed' };
    return { path: `${part}[${entry}].${field}`, change: 'changed' };
  }
  return { path: jsPath(path.slice(1)), change: 'changed' };
}

/** Checks one tampered file; returns a description of what is wrong, or undefined when the verifier did its job. */
function judge(path: Segment[], tampered: Json): string | undefined {
  const where = jsPath(path);
  const outcome = verify(tampered);
  if ('error' in outcome) {
    const detail = String(outcome.error.params['detail'] ?? '');
    if (outcome.error.code !== 'SIGNED_FILE_INVALID') return `${where}: threw ${outcome.error.code}`;
    // A key bumped into another key's value is a duplicate, reported at both places.
    return detail.startsWith(`${where}:`) || detail.endsWith(`(also at ${where})`) ? undefined : `${where}: SIGNED_FILE_INVALID without naming the path (${detail})`;
  }
  const { report } = outcome;
  if (report.valid || report.verdict !== 'invalid') return `${where}: verdict ${report.verdict}`;
  const change = expectedContentChange(path);
  if (change) {
    if (!report.changes.some((c) => c.path === change.path && c.change === change.change)) {
      return `${where}: changes do not name ${change.change} ${change.path}: ${JSON.stringify(report.changes)}`;
    }
    if (!report.signatures.every((s) => !s.valid && s.problems.includes('content-changed'))) return `${where}: a signature still claims the changed content`;
    return undefined;
  }
  if (path[0] === 'signatures') {
    const [, index, member] = path as [string, number, string];
    const check = report.signatures[index]!;
    if (check.valid) return `${where}: signature ${index} still valid`;
    if (!check.alteredFields.includes(member as never)) return `${where}: alteredFields ${JSON.stringify(check.alteredFields)} do not name ${member}`;
    if (report.signatures.some((s) => s.index !== index && !s.valid)) return `${where}: another signature became invalid`;
    return undefined;
  }
  return `${where}: an edit outside the content and the signatures was accepted as a report`;
}

describe('every leaf of a signed file, changed', () => {
  it('the untouched file verifies, so every failure below is the edit', () => {
    expect(verifySignedFile(fileText).verdict).toBe('valid');
  });

  for (const area of ['format', 'content', 'signatures'] as const) {
    it(`is reported with its place: ${area}`, () => {
      const all = leaves(base as Json).filter((leaf) => leaf.path[0] === area || (area === 'format' && leaf.path[0] === 'formatVersion'));
      const failures: string[] = [];
      let tried = 0;
      for (const leaf of all) {
        for (const value of mutations(leaf.value)) {
          tried++;
          const failure = judge(leaf.path, withValue(leaf.path, value));
          if (failure) failures.push(failure);
        }
      }
      expect(failures).toEqual([]);
      // The walk really reached the data: every item's fields, both manifests, both signatures.
      if (area === 'content') expect(tried).toBeGreaterThan(content.items.length * 20);
      if (area === 'signatures') expect(tried).toBeGreaterThan(2 * content.items.length * 14);
    });
  }
});

describe('structural edits', () => {
  type File = { content: { items: Json[] }; signatures: { publicKey: string }[] };
  const copy = (): File => JSON.parse(fileText) as File;

  it('names a removed item', () => {
    const file = copy();
    file.content.items.splice(2, 1);
    const report = verifySignedFile(file);
    expect(report.verdict).toBe('invalid');
    expect(report.changes).toEqual([{ part: 'items', path: `items[${content.items[2]!.key}]`, key: content.items[2]!.key, change: 'removed' }]);
  });

  it('names an added item', () => {
    const file = copy();
    file.content.items.push({ ...(file.content.items[0] as Record<string, Json>), key: 'q-tillagd-i-efterhand' });
    const report = verifySignedFile(file);
    expect(report.verdict).toBe('invalid');
    expect(report.changes).toEqual([{ part: 'items', path: 'items[q-tillagd-i-efterhand]', key: 'q-tillagd-i-efterhand', change: 'added' }]);
  });

  it('names reordered items', () => {
    const file = copy();
    const [a, b] = [file.content.items[0]!, file.content.items[1]!];
    file.content.items[0] = b;
    file.content.items[1] = a;
    const report = verifySignedFile(file);
    expect(report.verdict).toBe('invalid');
    expect(report.changes).toEqual([{ part: 'items', path: 'items', change: 'reordered' }]);
  });

  it('catches two signatures whose public keys were swapped', () => {
    const file = copy();
    const [first, second] = [file.signatures[0]!.publicKey, file.signatures[1]!.publicKey];
    file.signatures[0]!.publicKey = second;
    file.signatures[1]!.publicKey = first;
    const report = verifySignedFile(file);
    expect(report.verdict).toBe('invalid');
    for (const check of report.signatures) {
      expect(check.valid).toBe(false);
      expect(check.problems).toEqual(expect.arrayContaining(['fingerprint-mismatch', 'signature-mismatch']));
      expect(check.alteredFields).toContain('publicKey');
    }
  });

  it('names what differs when a signature is taken from another file', () => {
    const file = copy();
    file.signatures[1] = (JSON.parse(otherFileText) as File).signatures[0]!;
    const report = verifySignedFile(file);
    expect(report.verdict).toBe('invalid');
    expect(report.signatures[0]!.valid).toBe(true);
    const moved = report.signatures[1]!;
    // The signature itself is genuine; it just signs other content.
    expect(moved.signatureVerifies).toBe(true);
    expect(moved.problems).toEqual(['content-changed', 'duplicate-signer']);
    const changed = checklist.items.find((item) => item.decision?.decision === 'fixed')!.key;
    expect(moved.changes.map((c) => c.path).sort()).toEqual([`items[${changed}].decision`, `items[${changed}].reason`]);
  });

  it('refuses a truncated file, wherever it was cut', () => {
    for (let cut = 0; cut < fileText.length - 2; cut += Math.max(1, Math.floor(fileText.length / 300))) {
      const outcome = verify(fileText.slice(0, cut));
      expect('error' in outcome && outcome.error.code, `cut at ${cut}`).toBe('SIGNED_FILE_INVALID');
    }
  });
});
