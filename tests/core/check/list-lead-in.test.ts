import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * A list item is half a sentence: "- skolgång i Sverige" says nothing about the applicant until
 * it is read after "Meriterande:". A rule's condition on the sentence reads the two together,
 * while the finding still quotes the item.
 */
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

function findings(text: string): { ruleId: string; quote: string }[] {
  return checkDocument(documentFromText(text), compiled, { type: 'jobad' })
    .findings.filter((f) => f.ruleId.endsWith('/etnicitet-ursprung'))
    .map((f) => ({ ruleId: f.ruleId, quote: f.quote }));
}

const AD = (list: string): string => `Jurist till Nämnden\n\nVi söker en jurist till vår enhet i Solna.\n\n${list}\n\nSista ansökningsdag är den 1 juni.`;

describe('list items read with their lead-in', () => {
  it('take the lead-in into a condition on the sentence, and quote the item', () => {
    expect(findings(AD('Meriterande:\n- notariemeritering\n- skolgång i Sverige, då det underlättar förståelsen av förvaltningen'))).toEqual([
      { ruleId: 'vardegrund/jobbannons/etnicitet-ursprung', quote: 'skolgång i Sverige' },
    ]);
  });

  it('reach over the other items of the same list, not past a paragraph without a colon', () => {
    const items = Array.from({ length: 14 }, (_, i) => `- erfarenhet av område ${i + 1}`).join('\n');
    expect(findings(AD(`Meriterande:\n${items}\n- skolgång i Sverige`))).toHaveLength(1);
    expect(findings(AD('Meriterande är erfarenhet av tillsyn.\n\nVåra utredare har bakgrund i:\n- skolgång i Sverige'))).toEqual([]);
  });

  it('leave an item without a lead-in alone', () => {
    expect(findings(AD('Om oss\n\n- skolgång i Sverige för nyanlända är vårt ämne'))).toEqual([]);
  });
});
