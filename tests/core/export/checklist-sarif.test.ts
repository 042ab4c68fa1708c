import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { checklistSarif } from '../../../core/export/checklist-sarif.js';
import { PASSAGE_FINGERPRINT_KEY } from '../../../core/export/sarif.js';
import type { Checklist, ChecklistItem } from '../../../core/review/checklist-types.js';
import { buildVersion1, buildVersion2, RULE_SET } from './build-test-checklist.js';

const v1 = buildVersion1();
const v2 = buildVersion2(v1);

function runOf(log: Sarif.Log): Sarif.Run {
  expect(log.version).toBe('2.1.0');
  expect(log.runs).toHaveLength(1);
  return log.runs[0]!;
}

const findingItems = (checklist: Checklist) => checklist.items.filter((i) => i.kind === 'finding');
const resultsOf = (run: Sarif.Run, item: ChecklistItem) => (run.results ?? []).filter((r) => r.properties?.['itemKey'] === item.key);

describe.each([
  ['with the rule set', RULE_SET.rules],
  ['without rules (described from the checklist)', undefined],
] as const)('checklistSarif: %s', (_name, rules) => {
  const log = checklistSarif(v2.checklist, { toolVersion: '0.1.0', language: 'sv', ...(rules ? { rules } : {}) });
  const run = runOf(log);
  const results = run.results ?? [];

  it('has one result per occurrence (one per document-level finding) and one per resolved item, each pointing at its rule', () => {
    const expected = findingItems(v2.checklist).reduce((n, i) => n + Math.max(1, i.occurrences.length), 0) + v2.checklist.resolved.length;
    expect(results).toHaveLength(expected);
    const descriptors = run.tool.driver.rules ?? [];
    expect(new Set(descriptors.map((d) => d.id)).size).toBe(descriptors.length);
    for (const result of results) {
      expect(result.ruleIndex, result.ruleId).toBeDefined();
      expect(descriptors[result.ruleIndex!]?.id).toBe(result.ruleId);
    }
    if (rules) expect(descriptors.every((d) => d.fullDescription !== undefined)).toBe(true);
    else for (const item of findingItems(v2.checklist)) expect(descriptors.find((d) => d.id === item.ruleId)?.shortDescription?.text).toBe(item.title.sv);
  });

  it('marks new and carried items by baselineState and fixed findings as absent', () => {
    for (const item of findingItems(v2.checklist)) {
      const own = resultsOf(run, item);
      expect(own.length, item.key).toBe(Math.max(1, item.occurrences.length));
      for (const result of own) expect(result.baselineState).toBe(item.carry === 'new' ? 'new' : 'unchanged');
    }
    expect(findingItems(v2.checklist).some((i) => i.carry === 'new')).toBe(true);
    const absent = results.filter((r) => r.baselineState === 'absent');
    expect(absent.map((r) => [r.ruleId, r.partialFingerprints?.[PASSAGE_FINGERPRINT_KEY]])).toEqual(v2.checklist.resolved.map((r) => [r.ruleId, r.fingerprint]));
    expect(absent[0]?.message.text).toContain('«Han/hon»');
  });

  it('carries the item fingerprint, the decision and the reviewer, and suppresses accepted and not-applicable items with the reason', () => {
    for (const item of findingItems(v2.checklist)) {
      for (const result of resultsOf(run, item)) {
        expect(result.partialFingerprints?.[PASSAGE_FINGERPRINT_KEY]).toBe(item.fingerprint);
        expect(result.properties?.['decision']).toBe(item.decision?.decision);
        expect(result.properties?.['reviewer']).toBe(item.decision?.reviewer);
        const decision = item.decision?.decision;
        if (decision === 'accepted' || decision === 'not-applicable') {
          expect(result.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: item.decision?.reason }]);
        } else {
          expect(result.suppressions).toBeUndefined();
        }
      }
    }
    expect(results.filter((r) => r.suppressions).length).toBeGreaterThan(3);
    expect(results.some((r) => r.properties?.['decision'] === 'fixed' && !r.suppressions)).toBe(true);
  });

  it('locates each occurrence by offsets into the normalised text, with the quote and the line for people', () => {
    const text = v2.checked.document.text;
    for (const item of findingItems(v2.checklist)) {
      const own = resultsOf(run, item);
      if (item.occurrences.length === 0) {
        expect(own[0]?.locations?.[0]?.physicalLocation?.region).toBeUndefined();
        expect(own[0]?.properties?.['scope']).toBe('document');
        continue;
      }
      own.forEach((result, index) => {
        const occurrence = item.occurrences[index]!;
        const location = result.locations?.[0];
        const region = location?.physicalLocation?.region;
        expect(text.slice(region!.charOffset!, region!.charOffset! + region!.charLength!)).toBe(occurrence.quote);
        expect(region?.snippet?.text).toBe(occurrence.quote);
        expect(location?.logicalLocations?.[0]?.name).toBe(`rad ${occurrence.origin!.line}`);
        expect(location?.physicalLocation?.artifactLocation).toEqual({ uri: 'lokalvardare-v2.txt', index: 0 });
      });
    }
  });

  it('names the series and version, and leaves standing questions out', () => {
    expect(run.automationDetails?.id).toBe('vardekollen-review/Lokalvårdare Stockholm 2025 & <vikariat>/v2');
    expect(run.properties?.['signatures']).toHaveLength(2);
    const questionKeys = new Set(v2.checklist.items.filter((i) => i.kind === 'question').map((i) => i.key));
    expect(questionKeys.size).toBe(2);
    expect(results.filter((r) => questionKeys.has(String(r.properties?.['itemKey'])))).toEqual([]);
    expect(run.artifacts?.[0]?.hashes?.['sha-256']).toBe(v2.checklist.document.fileSha256);
  });
});

describe('checklistSarif: a first version', () => {
  it('has no baseline to compare with: no baselineState and no absent results', () => {
    const run = runOf(checklistSarif(v1.checklist, { toolVersion: '0.1.0', language: 'en', rules: RULE_SET.rules }));
    expect(run.results?.length).toBeGreaterThan(0);
    expect(run.results?.every((r) => r.baselineState === undefined)).toBe(true);
    expect(run.automationDetails?.id).toMatch(/\/v1$/);
    const open = run.results?.find((r) => r.properties?.['decision'] === 'open');
    expect(open?.properties?.['reviewer']).toBeUndefined();
    expect(run.language).toBe('en-US');
  });

  it('keeps a slash in the series name from splitting the automation id', () => {
    const run = runOf(checklistSarif({ ...v1.checklist, seriesName: 'HR/Rekrytering 2025' }, { toolVersion: '0.1.0', language: 'sv', uri: 'annonser/lokalvardare.txt' }));
    expect(run.automationDetails?.id).toBe('vardekollen-review/HR-Rekrytering 2025/v1');
    expect(run.properties?.['seriesName']).toBe('HR/Rekrytering 2025');
    expect(run.artifacts?.[0]?.location?.uri).toBe('annonser/lokalvardare.txt');
  });
});
