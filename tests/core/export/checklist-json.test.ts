import { describe, expect, it } from 'vitest';
import { checklistJson } from '../../../core/export/checklist-json.js';
import type { Checklist } from '../../../core/review/checklist-types.js';
import { buildVersion1, buildVersion2 } from './build-test-checklist.js';

const v1 = buildVersion1();
const v2 = buildVersion2(v1);

/** The same value with the keys of every object in reverse order, as another store might give them back. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}

describe.each([
  ['version 1', v1.checklist],
  ['version 2', v2.checklist],
] as const)('checklistJson: %s', (_name, checklist: Checklist) => {
  const json = checklistJson(checklist);

  it('round-trips: parsing gives the checklist back, and writing that again gives the same text', () => {
    const parsed = JSON.parse(json) as Checklist;
    expect(parsed).toEqual(checklist);
    expect(checklistJson(parsed)).toBe(json);
  });

  it('writes keys in a fixed order whatever order the object has', () => {
    expect(checklistJson(reverseKeys(checklist) as Checklist)).toBe(json);
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed).slice(0, 5)).toEqual(['reviewId', 'seriesName', 'version', 'documentType', 'document']);
    const item = (parsed['items'] as Record<string, unknown>[])[0]!;
    expect(Object.keys(item).slice(0, 4)).toEqual(['key', 'position', 'kind', 'principle']);
  });

  it('is pretty, ends with a newline and leaves absent fields out', () => {
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n')[1]).toBe(`  "reviewId": "${checklist.reviewId}",`);
    expect(json).not.toContain('null');
    expect(json).not.toContain('undefined');
  });
});

describe('checklistJson: what tools rely on', () => {
  it('keeps decisions, occurrences with places, resolved items, changes and signatures', () => {
    const parsed = JSON.parse(checklistJson(v2.checklist)) as Checklist;
    const grouped = parsed.items.find((i) => i.occurrences.length === 2)!;
    expect(grouped.occurrences.map((o) => o.origin?.line)).toEqual([1, 3]);
    expect(parsed.items.every((i) => i.decision !== undefined)).toBe(true);
    expect(parsed.resolved.map((r) => r.previousDecision?.decision)).toEqual(['fixed']);
    expect(parsed.changes.map((c) => c.kind)).toEqual(['changed', 'changed', 'added']);
    expect(parsed.signatures.map((s) => s.keyFingerprint)).toEqual(v2.checklist.signatures.map((s) => s.keyFingerprint));
  });

  it('writes only the model: a field the type does not have is not exported', () => {
    const extended = { ...v2.checklist, secret: 'internal', items: v2.checklist.items.map((i) => ({ ...i, cache: 1 })) } as Checklist;
    const json = checklistJson(extended);
    expect(json).not.toContain('secret');
    expect(json).not.toContain('"cache"');
    expect(json).toBe(checklistJson(v2.checklist));
  });
});
