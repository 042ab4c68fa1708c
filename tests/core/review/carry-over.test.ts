import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { buildChecklistItems } from '../../../core/review/build-checklist-items.js';
import { carryOver } from '../../../core/review/carry-over.js';
import type { ChecklistItem, DecisionRecord } from '../../../core/review/checklist-types.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';
import { readJobAdFixture } from '../../fixtures/documents/jobbannonser/read-job-ad-fixture.js';

const ruleSet = loadRulePacks({ directories: [builtinRulesDirectory()] });
const compiled = compileRuleSet(ruleSet);
const itemsOf = (text: string): ChecklistItem[] =>
  buildChecklistItems(checkDocument(documentFromText(text), compiled, { type: 'jobad' }), ruleSet.questions, 'jobad');
const decided = (decision: DecisionRecord['decision'], reason?: string): DecisionRecord => ({
  decision,
  ...(reason ? { reason } : {}),
  reviewer: 'Anna Berg',
  decidedAt: '2025-06-03T09:00:00.000Z',
});
const byRule = (items: readonly ChecklistItem[], ruleId: string): ChecklistItem[] => items.filter((i) => i.ruleId === `vardegrund/jobbannons/${ruleId}`);

describe('carrying a job-ad review over to the next draft', () => {
  const v1Text = readJobAdFixture('trafikverket-kommunikator.txt');
  const v1 = itemsOf(v1Text);
  // The reviewer's decisions on draft 1.
  const decisions = new Map<string, DecisionRecord>([
    [byRule(v1, 'etnicitet-modersmal')[0]!.key, decided('accepted', 'Tjänsten kräver att texterna håller mycket hög språklig nivå.')],
    [byRule(v1, 'kon-yrkestitel')[0]!.key, decided('fixed')],
    [byRule(v1, 'alder-ung')[0]!.key, decided('fixed')],
    [byRule(v1, 'alder-grans')[0]!.key, decided('fixed')],
    [v1.find((i) => i.questionId === 'vardegrund/krav-kopplade-till-uppgifter')!.key, { ...decided('fixed'), answer: 'Kravprofil TRV 2025/55123' }],
  ]);
  const previous = v1.map((item) => ({ ...item, decision: decisions.get(item.key) }));

  // Draft 2: the young team and the age range are gone, the mother-tongue sentence is reworded
  // but keeps "modersmålsnivå", "presstalesman" is still there, and a health demand is new.
  const v2Text = v1Text
    .replace(' Vi är ett ungt gäng på kommunikationsenheten i Malmö som nu söker en ny kollega.', ' Kommunikationsenheten i Malmö söker nu en ny kollega.')
    .replace(', gärna mellan 25 och 35 år', '')
    .replace('Du har en högskoleexamen i kommunikation eller journalistik och svenska på modersmålsnivå.', 'Du har en högskoleexamen i kommunikation eller journalistik, och du skriver svenska på modersmålsnivå.')
    .replace('Högskoleexamen krävs,', 'Du är frisk och har god fysik. Högskoleexamen krävs,');
  const { items, resolved } = carryOver(previous, itemsOf(v2Text));

  it('marks fixed findings as resolved with the decision they had', () => {
    expect(resolved.map((r) => r.ruleId).sort()).toEqual(['vardegrund/jobbannons/alder-grans', 'vardegrund/jobbannons/alder-ung']);
    expect(resolved.find((r) => r.ruleId?.endsWith('alder-ung'))?.previousDecision?.decision).toBe('fixed');
  });

  it('keeps the decision of a remaining finding even when its sentence was edited', () => {
    const [modersmal] = byRule(items, 'etnicitet-modersmal');
    expect(modersmal?.carry).toBe('remaining');
    expect(modersmal?.key).toBe(byRule(v1, 'etnicitet-modersmal')[0]?.key);
    expect(modersmal?.decision).toMatchObject({ decision: 'accepted', reviewer: 'Anna Berg' });
  });

  it('reopens a finding that was marked fixed but is still in the text', () => {
    const [title] = byRule(items, 'kon-yrkestitel');
    expect(title?.carry).toBe('remaining');
    expect(title?.decision).toBeUndefined();
    // ... and says who marked it fixed, so the reviewer knows the fix did not happen.
    expect(title?.reopened).toMatchObject({ decision: 'fixed', reviewer: 'Anna Berg', decidedAt: '2025-06-03T09:00:00.000Z' });
  });

  it('reopens nothing else: accepted findings, new findings and answered questions are not "still there after a fix"', () => {
    expect(items.filter((i) => i.reopened).map((i) => i.ruleId)).toEqual(['vardegrund/jobbannons/kon-yrkestitel']);
  });

  it('marks new findings new and open', () => {
    const health = [...byRule(items, 'halsa-frisk'), ...byRule(items, 'halsa-fysik')];
    expect(health.length).toBeGreaterThan(0);
    for (const item of health) {
      expect(item.carry).toBe('new');
      expect(item.decision).toBeUndefined();
    }
  });

  it('keeps standing questions and their answers', () => {
    const question = items.find((i) => i.questionId === 'vardegrund/krav-kopplade-till-uppgifter');
    expect(question?.carry).toBe('remaining');
    expect(question?.decision?.answer).toBe('Kravprofil TRV 2025/55123');
  });

  it('accounts for every item: each previous finding is either carried or resolved, and keys stay unique', () => {
    const carriedFrom = new Set(items.flatMap((i) => (i.previousKey ? [i.previousKey] : [])));
    for (const item of previous.filter((i) => i.kind === 'finding')) {
      expect(carriedFrom.has(item.key) || resolved.some((r) => r.previousKey === item.key), item.key).toBe(true);
    }
    expect(new Set(items.map((i) => i.key)).size).toBe(items.length);
  });

  it('carries everything unchanged when the draft is the same', () => {
    const again = carryOver(previous, itemsOf(v1Text));
    expect(again.resolved).toEqual([]);
    expect(again.items.every((i) => i.carry === 'remaining')).toBe(true);
  });
});
