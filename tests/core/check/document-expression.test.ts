import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { analyseDocument } from '../../../core/check/analyse-document.js';
import { compileDocumentExpression } from '../../../core/check/prefilter/document-expression.js';
import { hasAnchor } from '../../../core/check/prefilter/fast-probe.js';
import { LiteralPrefilter } from '../../../core/check/prefilter/literal-prefilter.js';
import { builtinRuleExampleTexts, builtinRuleSet } from '../../helpers/builtin-rule-expressions.js';

/** Whole-document questions of the built-in rules: required elements and `when` conditions. */
const documentExpressions = [
  ...new Set(builtinRuleSet.rules.flatMap((rule) => (rule.kind === 'required' ? [...rule.anyOf, ...rule.when] : rule.when))),
];

/** Paragraphs (blank lines between) as an analysed document. */
function analysed(paragraphs: readonly string[]) {
  return analyseDocument(documentFromText(paragraphs.join('\n\n')), 'policy');
}

function compiled(source: string) {
  return compileDocumentExpression(source, new LiteralPrefilter());
}

describe('a whole-document question (required elements, when conditions)', () => {
  it('finds a passage split over a heading and the next paragraph', () => {
    const deadline = compiled('sista\\sans[öo]kningsdag[^.]{0,40}?\\d{1,2}\\s(?:januari|februari|mars)');
    expect(deadline.matches(analysed(['Om tjänsten', 'Sista ansökningsdag', '15 mars 2027.']))).toBe(true);
  });

  it('does not join parts that lie further apart than the next block', () => {
    const deadline = compiled('sista\\sans[öo]kningsdag\\s+\\d{1,2}\\s(?:januari|februari|mars)');
    expect(deadline.matches(analysed(['Sista ansökningsdag', 'Om oss', '15 mars 2027.']))).toBe(false);
  });

  it('is not fooled by the first part alone, however often it occurs', () => {
    const conflict = compiled('(?:anmäla|meddela)\\s[^.]{0,100}?jäv');
    const many = Array.from({ length: 50 }, (_, i) => `Du ska anmäla ändringar nummer ${i} till HR.`);
    expect(conflict.matches(analysed(many))).toBe(false);
    expect(conflict.matches(analysed([...many, 'Du ska meddela din chef om jäv.']))).toBe(true);
  });

  it('reads ^ as the start of the document, not of the passage around a word it needs', () => {
    const opensWithPolicy = compiled('^(?:[^\\n]{0,150}\\n\\n){0,1}[^\\n.!?]{0,150}?(?:policy|riktlinje)');
    expect(opensWithPolicy.matches(analysed(['Riktlinje för mediekontakter', 'Alla ska följa den.']))).toBe(true);
    expect(opensWithPolicy.matches(analysed(['Inledning', 'Bakgrund', 'Om arbetet', 'Vår riktlinje för media', 'Text.']))).toBe(false);
  });

  it('agrees with the plain expression on documents made of the rules’ own examples', () => {
    const paragraph = fc.constantFrom(...builtinRuleExampleTexts.flatMap((text) => text.split(/\n\s*\n/)));
    const sample = documentExpressions.filter((_, i) => i % 2 === 0);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 8 }), (paragraphs) => {
        const document = analysed(paragraphs);
        const blocks = document.blocks.map((b) => b.block.text);
        for (const source of sample) {
          const regex = new RegExp(source, 'iu');
          const answer = compiled(source).matches(document);
          // Never a match the expression does not make somewhere in the document ...
          if (answer) expect(regex.test(document.document.text), source).toBe(true);
          // An anchored expression is about the document's start or end: asked of the whole text.
          if (hasAnchor(source)) {
            expect(answer, source).toBe(regex.test(document.document.text));
            continue;
          }
          // ... and never a miss where it matches within one block or two adjacent ones.
          const pairs = blocks.map((text, i) => (i + 1 < blocks.length ? `${text}\n\n${blocks[i + 1]}` : text));
          if (pairs.some((text) => regex.test(text))) expect(answer, `${source} in ${JSON.stringify(paragraphs)}`).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
