import { documentFromText } from '../../../core/import/index.js';
import type { ImportedDocument } from '../../../core/model/index.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import { compileRuleSet, type CompiledRuleSet } from '../../../core/check/compile-rule-set.js';
import { checkDocument } from '../../../core/check/check-document.js';
import type { Finding } from '../../../core/check/finding.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/** Every job-ad rule lives in this folder of the built-in pack. */
export const JOB_AD_RULE_PREFIX = 'vardegrund/jobbannons/';

let compiled: CompiledRuleSet | undefined;

/** The built-in rule set, loaded and compiled once per test file. */
export function builtinRules(): CompiledRuleSet {
  compiled ??= compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
  return compiled;
}

/**
 * Checks a document as a job ad with the whole built-in pack and returns only the job-ad rules'
 * findings: other people's rules (plain language, value words) run too, but are not ours to assert.
 */
export function jobAdFindings(document: ImportedDocument): Finding[] {
  return checkDocument(document, builtinRules(), { type: 'jobad' }).findings.filter((f) => f.ruleId.startsWith(JOB_AD_RULE_PREFIX));
}

/** {@link jobAdFindings} for plain text. */
export function jobAdFindingsInText(text: string): Finding[] {
  return jobAdFindings(documentFromText(text));
}

/** The rule id without the folder prefix, for short assertions. */
export function shortId(finding: Finding): string {
  return finding.ruleId.slice(JOB_AD_RULE_PREFIX.length);
}

/** The 1-based line of the first line of `text` that contains `snippet`; throws when absent so a typo fails loudly. */
export function lineOf(text: string, snippet: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(snippet));
  if (index < 0) throw new Error(`snippet not in fixture: ${snippet}`);
  return index + 1;
}
