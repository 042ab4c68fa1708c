import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

/** Pieces of real rule language, so that random texts actually trigger rules. */
const pieces = [
  'Vi söker en ung och driven handläggare', 'med svenska som modersmål', 'Du får inte uttala dig till media', 'erhålla', 'samt', 'icke',
  'Sista ansökningsdag: 2025-03-15', 'Publicerad: 2025-03-10', 'personuppgifter', 'jäv', 'bisysslor är förbjudna', 'SFS 2017-900', '5 kap 2 §',
  't.ex.', 'bl.a.', 'föreslås inrättas', 'Värdegrund', ' ', '. ', '\n', '\n\n', '\t', '- ', '1. ', 'Å', 'ö', '§', ':', '…', '\u00ad', '\u00a0', '\ud800',
];

describe('the checker on any text', () => {
  it('never throws, and every finding quotes exactly its span inside the document', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 12 })), { maxLength: 60 }), fc.constantFrom('jobad', 'policy', 'other'), (parts, type) => {
        const document = documentFromText(parts.join(''));
        const result = checkDocument(document, compiled, { type });
        for (const finding of result.findings) {
          if (!finding.span) {
            expect(finding.quote).toBe('');
            continue;
          }
          expect(finding.span.start).toBeGreaterThanOrEqual(0);
          expect(finding.span.end).toBeLessThanOrEqual(document.text.length);
          expect(finding.span.start).toBeLessThanOrEqual(finding.span.end);
          expect(document.text.slice(finding.span.start, finding.span.end)).toBe(finding.quote);
          expect(finding.message.sv).not.toMatch(/\{\w+\}/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('checks an empty document and a very long one without error', () => {
    expect(checkDocument(documentFromText(''), compiled).findings.every((f) => !f.span)).toBe(true);
    const long = documentFromText(Array.from({ length: 3000 }, (_, i) => `Stycke ${i}: myndigheten ska erhålla underlag samt icke dröja.`).join('\n\n'));
    const result = checkDocument(long, compiled, { type: 'policy' });
    expect(result.findings.filter((f) => f.ruleId === 'vardegrund/klarsprak/erhalla')).toHaveLength(3000);
  });
});
