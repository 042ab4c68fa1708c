import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * A question-and-answer page names its subject once, in its title: "Frågor och svar om att begära
 * ut allmänna handlingar", and then answers "Hur lång tid tar det?" without the words again. A
 * `requires` with `within: topic` reads the block with its section heading and the document's
 * title lines, so the rule about public documents knows what the answer is about; a page on
 * another subject with the same sentence stays unreported.
 */
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

function ruleIds(text: string): string[] {
  return checkDocument(documentFromText(text), compiled, { type: 'policy' })
    .findings.filter((f) => f.ruleId.includes('/offentlighet/'))
    .map((f) => `${f.ruleId.split('/').at(-1)}: ${f.quote}`);
}

const PAGE = (title: string): string =>
  `MILJÖPRÖVNINGSVERKET\n\n${title}\n\nDokumenttyp: Rutin\n\nHur lång tid tar det?\n\nVi strävar efter att besvara din begäran inom tio arbetsdagar. Om underlaget är mycket omfattande kan det ta längre tid.\n\nHur gör jag en begäran?\n\nBegäran ska alltid göras skriftligt, via e-tjänsten eller per e-post till registrator.`;

describe('a condition within the topic', () => {
  it('holds when the title names the subject that the block leaves out', () => {
    expect(ruleIds(PAGE('Frågor och svar om att begära ut allmänna handlingar'))).toEqual([
      'fast-frist: inom tio arbetsdagar',
      'krav-identitet-syfte: Begäran ska alltid göras skriftligt',
    ]);
  });

  it('does not hold on a page about something else', () => {
    expect(ruleIds(PAGE('Frågor och svar om bidrag till kulturmiljövård'))).toEqual([]);
  });

  it('reads only the opening lines as the title, not a subject named deep in the body', () => {
    const body = Array.from({ length: 5 }, (_, i) => `Stycke ${i + 1} handlar om hur vi planerar arbetet med tillsyn under året och hur vi fördelar ärenden mellan enheterna i regionerna.`).join('\n\n');
    const text = PAGE('Frågor och svar om bidrag till kulturmiljövård').replace('Dokumenttyp: Rutin', `${body}\n\nSe även vår sida om allmänna handlingar och offentlighetsprincipen.`);
    expect(ruleIds(text)).toEqual([]);
  });
});
