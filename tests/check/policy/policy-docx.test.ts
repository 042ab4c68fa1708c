import { describe, expect, it } from 'vitest';
import { documentFromText, importDocument } from '../../../core/import/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';
import { buildPolicyDocx } from '../../fixtures/documents/policyer/build-policy-docx.js';
import { POLICY_FIXTURES, readPolicyFixtureText } from '../../fixtures/documents/policyer/read-policy-fixture.js';

/**
 * The same policies as real Word files (written with the `docx` package, read back with mammoth):
 * the findings must not depend on the file format, and each must point at the Word paragraph
 * that holds the quoted words.
 */
const OWN = 'vardegrund/policy/';
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));

describe.each([POLICY_FIXTURES.mediepolicyForbud, POLICY_FIXTURES.uppforandekodBrister, POLICY_FIXTURES.rutinAllmannaHandlingar])('%s as a Word file', (name) => {
  it('gives the same findings as the text file, each at the Word paragraph that holds the quote', async () => {
    const docx = await buildPolicyDocx(name);
    const fromWord = checkDocument(await importDocument(docx.bytes, { fileName: name.replace(/\.txt$/, '.docx') }), compiled, { type: 'policy' });
    const fromText = checkDocument(documentFromText(readPolicyFixtureText(name), name), compiled, { type: 'policy' });
    const own = (findings: typeof fromWord.findings) =>
      findings.filter((f) => f.ruleId.startsWith(OWN) && f.severity !== 'info').map((f) => `${f.ruleId} «${f.quote}»`);

    expect(own(fromWord.findings).length).toBeGreaterThan(3);
    expect(own(fromWord.findings)).toEqual(own(fromText.findings));
    for (const finding of fromWord.findings.filter((f) => f.ruleId.startsWith(OWN) && f.quote !== '')) {
      const paragraph = finding.origin?.docxParagraph;
      expect(paragraph, finding.id).toBeDefined();
      expect(docx.paragraphs[(paragraph ?? 0) - 1], finding.id).toContain(finding.quote);
    }
  });
});
