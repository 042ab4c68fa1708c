import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../core/import/index.js';
import { loadRulePacks } from '../../core/rules/load/load-rule-packs.js';
import { compileRules, compileWhenConditions } from '../../core/check/compile-rule-set.js';
import { LiteralPrefilter } from '../../core/check/prefilter/literal-prefilter.js';
import { checkDocument } from '../../core/check/check-document.js';
import { buildValueWordIndex, measureCoverage } from '../../core/check/value-word-coverage.js';
import type { AnalysedDocument } from '../../core/check/analysed-document.js';
import type { CompiledRuleSet } from '../../core/check/compile-rule-set.js';
import type { Rule } from '../../core/rules/rule-types.js';
import { namesRule } from '../../core/rules/names-rule.js';
import { builtinRulesDirectory } from '../../core/util/package-paths.js';

/**
 * Every rule's examples run through the real loader and checker (in the spirit of ESLint's
 * RuleTester): each `flag` example must produce a finding of that rule (with the message id
 * it names), each `pass` example none, and no message may keep an unfilled placeholder.
 */
const ruleSet = loadRulePacks({ directories: [builtinRulesDirectory()] });
const valueWords = buildValueWordIndex(ruleSet.valueWords);

/**
 * The rule alone, or with the rules whose findings it reads (a finding-density counts what the
 * rules it names found, and means nothing without them); only its own findings are asserted.
 */
function compiledFor(rule: Rule): CompiledRuleSet {
  const coverageOf = (document: AnalysedDocument) => measureCoverage(document, valueWords);
  const prefilter = new LiteralPrefilter();
  const read = rule.kind === 'metric' && rule.of ? ruleSet.active.filter((other) => other.id !== rule.id && namesRule(rule.of ?? [], other.id)) : [];
  const rules = [rule, ...read];
  return {
    ruleSet: { ...ruleSet, active: rules },
    runners: compileRules(rules, coverageOf, prefilter),
    valueWords,
    coverageOf,
    prefilter,
    whenHolds: compileWhenConditions(rules, prefilter),
  };
}

describe.each(ruleSet.rules.map((rule) => [rule.id, rule] as const))('rule %s', (_id, rule) => {
  const compiled = compiledFor(rule);

  it('has both flag and pass examples', () => {
    expect(rule.examples.flag.length).toBeGreaterThan(0);
    expect(rule.examples.pass.length).toBeGreaterThan(0);
  });

  it.each(rule.examples.flag.map((e) => [e.text.slice(0, 60), e] as const))('flags: %s', (_label, example) => {
    const type = example.type ?? rule.appliesTo[0] ?? 'other';
    const result = checkDocument(documentFromText(example.text), compiled, { type });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.length, `no finding for: ${example.text}`).toBeGreaterThan(0);
    if (example.message !== undefined) expect(own.map((f) => f.messageId)).toContain(example.message);
    for (const finding of own) {
      expect(finding.message.sv).not.toMatch(/\{\w+\}/);
      expect(finding.message.en).not.toMatch(/\{\w+\}/);
      if (finding.span) expect(finding.quote).toBe(documentFromText(example.text).text.slice(finding.span.start, finding.span.end));
    }
  });

  it.each(rule.examples.pass.map((e) => [e.text.slice(0, 60), e] as const))('passes: %s', (_label, example) => {
    const type = example.type ?? rule.appliesTo[0] ?? 'other';
    const result = checkDocument(documentFromText(example.text), compiled, { type });
    const own = result.findings.filter((f) => f.ruleId === rule.id);
    expect(own.map((f) => `${f.quote}: ${f.message.sv}`), example.text).toEqual([]);
  });
});
