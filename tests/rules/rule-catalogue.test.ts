import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createReviewService } from '../../core/service/index.js';
import { ruleCatalogueMarkdown } from '../../core/export/rule-catalogue-markdown.js';
import { PRINCIPLE_IDS } from '../../core/principles/principles.js';

describe('rule catalogue', () => {
  it('docs/rules.md is generated from the current rule files (run npm run docs:rules)', async () => {
    const catalogue = await createReviewService().listRules();
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(ruleCatalogueMarkdown(catalogue, 'sv'));
  });

  it('covers all six principles and both document types with at least 80 rules', async () => {
    const catalogue = await createReviewService().listRules();
    expect(catalogue.rules.length).toBeGreaterThanOrEqual(80);
    for (const principle of PRINCIPLE_IDS) expect(catalogue.rules.some((r) => r.principle === principle), principle).toBe(true);
    expect(catalogue.rules.filter((r) => r.appliesTo.includes('jobad') && !r.appliesTo.includes('policy')).length).toBeGreaterThan(0);
    expect(catalogue.rules.filter((r) => r.appliesTo.includes('policy') && !r.appliesTo.includes('jobad')).length).toBeGreaterThan(0);
  });

  it('maps every value word of the seed list to at least one principle', async () => {
    const seed = readFileSync('../shared/seeds/000_3856b9e6ac13a73f.txt', 'utf8');
    const listLine = seed.split('\n').find((l) => l.startsWith('Värdeord från statliga författningar')) ?? '';
    const { ruleSet } = await import('../../core/rules/load/load-rule-packs.js').then(async (m) => ({
      ruleSet: m.loadRulePacks({ directories: [(await import('../../core/util/package-paths.js')).builtinRulesDirectory()] }),
    }));
    const known = new Set(ruleSet.valueWords.flatMap((w) => [w.word.toLowerCase(), ...w.forms.map((f) => f.toLowerCase())]));
    // The slide writes some pairs as "Samtal/dialog", "Regler/policies".
    const words = listLine.replace('Värdeord från statliga författningar ', '').split(' ');
    const multiWord = ['Allas lika värde', 'Vetenskaplig grund', 'Hälsa och välbefinnande', 'Frihet under ansvar', 'Arbeta tillsammans'];
    let text = words.join(' ');
    for (const phrase of multiWord) {
      expect(known.has(phrase.toLowerCase()), phrase).toBe(true);
      text = text.replace(phrase, '');
    }
    for (const word of text.split(/[\s/]+/).filter(Boolean)) expect(known.has(word.toLowerCase()), word).toBe(true);
    for (const word of ruleSet.valueWords) expect(word.principles.length).toBeGreaterThan(0);
  });
});
