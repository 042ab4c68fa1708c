import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../../core/import/index.js';
import { ruleLoadError } from '../../helpers/rule-load-error.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * A finding-density rule (klarsprak/tung-kanslisvenska) reads what the other rules found: one
 * warning for a sentence with three or more officialese words, naming them, while each word
 * keeps its own note with the plain alternative.
 */
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
const DENSE = 'vardegrund/klarsprak/tung-kanslisvenska';

function check(text: string) {
  return checkDocument(documentFromText(text), compiled, { type: 'policy' }).findings;
}

describe('a sentence dense with officialese', () => {
  it('gets one warning that names the words, and each word keeps its note', () => {
    const findings = check('Därest sökanden inkommer med en komplettering åligger det handläggaren att tillse att ärendet avgörs skyndsamt.');
    const dense = findings.filter((f) => f.ruleId === DENSE);
    expect(dense).toHaveLength(1);
    expect(dense[0]?.severity).toBe('warning');
    expect(dense[0]?.quote).toMatch(/^Därest sökanden inkommer/);
    for (const word of ['Därest', 'inkommer', 'åligger', 'tillse']) expect(dense[0]?.message.sv).toContain(`”${word}”`);
    expect(findings.filter((f) => f.ruleId === 'vardegrund/klarsprak/darest')).toHaveLength(1);
  });

  it('is left alone with two such words, or one word said three times', () => {
    expect(check('Ansökan ska inkomma senast den 1 mars samt vara undertecknad.').filter((f) => f.ruleId === DENSE)).toEqual([]);
    expect(check('Ej ifyllda fält, ej bifogade intyg och ej betalda avgifter försenar ärendet.').filter((f) => f.ruleId === DENSE)).toEqual([]);
  });

  it('counts words, not the length of the sentence', () => {
    const long = `Vi svarar på frågor om ${'ansökningar, beslut, handlingar, avgifter, '.repeat(8)}och annat samt tar emot synpunkter.`;
    const findings = check(long);
    expect(findings.some((f) => f.ruleId === 'vardegrund/klarsprak/mycket-lang-mening')).toBe(true);
    expect(findings.filter((f) => f.ruleId === DENSE)).toEqual([]);
  });

  it('makes a rule list that names no loaded rule a load error with the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vk-density-'));
    const pack = join(dir, 'mig');
    cpSync(join(process.cwd(), 'rules', 'examples', 'migrationsverket'), pack, { recursive: true });
    const builtin = readFileSync(join(builtinRulesDirectory(), 'klarsprak', 'tung-kanslisvenska.yaml'), 'utf8');
    writeFileSync(join(pack, 'egna', 'tat.yaml'), builtin.replace('of: [vardegrund/klarsprak/*]', 'of: [vardegrund/klarsprak-finns-inte/*]'));
    const error = ruleLoadError([builtinRulesDirectory(), pack]);
    expect(error.code).toBe('RULES_INVALID');
    expect(String(error.details)).toContain('tat.yaml');
    expect(String(error.details)).toContain('vardegrund/klarsprak-finns-inte/*');
  });
});
