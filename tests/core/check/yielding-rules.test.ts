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
 * A safety-net rule (`yieldsTo`) stays silent on a sentence a precise rule already reports, and
 * speaks where no precise rule does: a reviewer is asked once per passage, by the sharper rule.
 */
const compiled = compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
const SAFETY_NET = 'vardegrund/policy/meddelarfrihet/mediekontakt-villkor';

function ruleIdsBySentence(text: string): string[] {
  return checkDocument(documentFromText(text), compiled, { type: 'policy' })
    .findings.filter((f) => f.ruleId.includes('/meddelarfrihet/') && f.span !== undefined)
    .map((f) => f.ruleId);
}

describe('rules that give way to others', () => {
  it('leave a sentence to the precise rule that reports it', () => {
    const ids = ruleIdsBySentence('Mediepolicy\n\nMedarbetare får inte uttala sig till journalister utan att först ha fått klartecken från presschefen.');
    expect(ids.length).toBeGreaterThan(0);
    expect(ids).not.toContain(SAFETY_NET);
  });

  it('still report a sentence no precise rule reports', () => {
    const ids = ruleIdsBySentence('Mediepolicy\n\nDen som blir uppringd av en reporter berättar inte själv något om händelsen.');
    expect(ids).toEqual([SAFETY_NET]);
  });

  it('give way to a precise rule that itself gives way elsewhere', () => {
    // mediekontakt-via-enhet gives way only to the outright ban; the safety net gives way to it.
    const ids = ruleIdsBySentence('Mediepolicy\n\nBlir du kontaktad av en journalist ska du alltid hänvisa frågan till presstjänsten.');
    expect(ids).toEqual(['vardegrund/policy/meddelarfrihet/mediekontakt-via-enhet']);
  });

  it('make a misspelt rule id a load error with the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vk-yields-'));
    const pack = join(dir, 'mig');
    cpSync(join(process.cwd(), 'rules', 'examples', 'migrationsverket'), pack, { recursive: true });
    const ruleFile = join(pack, 'egna', 'egna-vardeord.yaml');
    writeFileSync(ruleFile, readFileSync(ruleFile, 'utf8').replace(/^severity:/m, 'yieldsTo: [vardegrund/policy/finns-inte/*]\nseverity:'));
    const error = ruleLoadError([builtinRulesDirectory(), pack]);
    expect(error.code).toBe('RULES_INVALID');
    expect(String(error.details)).toContain('egna-vardeord.yaml');
    expect(String(error.details)).toContain('vardegrund/policy/finns-inte/*');
  });
});
