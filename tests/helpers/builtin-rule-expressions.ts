import { loadRulePacks } from '../../core/rules/load/load-rule-packs.js';
import { builtinRulesDirectory } from '../../core/util/package-paths.js';

/** The built-in rule packs, loaded once per test file. */
export const builtinRuleSet = loadRulePacks({ directories: [builtinRulesDirectory()] });
const ruleSet = builtinRuleSet;

/** Every regular expression of the built-in rules: patterns, their conditions, required elements and `when`. */
export const builtinRuleExpressions: readonly string[] = ruleSet.rules.flatMap((rule) => {
  switch (rule.kind) {
    case 'pattern':
      return [...rule.patterns.map((p) => p.regex), ...rule.unless.map((c) => c.regex), ...rule.requires.map((c) => c.regex)];
    case 'required':
      return [...rule.anyOf, ...rule.when];
    default:
      return [];
  }
});

/** Every example sentence of the built-in rules, those that must be flagged and those that must pass. */
export const builtinRuleExampleTexts: readonly string[] = ruleSet.rules.flatMap((rule) => [...rule.examples.flag, ...rule.examples.pass].map((e) => e.text));
