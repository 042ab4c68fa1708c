import type { Rule, TermRule } from '../rules/rule-types.js';
import type { RuleSet } from '../rules/load/load-rule-packs.js';
import type { AnalysedDocument } from './analysed-document.js';
import type { RuleRunner } from './finding-draft.js';
import { compileBalanceRule } from './kinds/balance-runner.js';
import { compileCoverageRule } from './kinds/coverage-runner.js';
import { compileDateGapRule } from './kinds/date-gap-runner.js';
import { compileMetricRule } from './kinds/metric-runner.js';
import { compilePatternRule } from './kinds/pattern-runner.js';
import { compileRequiredRule } from './kinds/required-runner.js';
import { compileTermRules } from './kinds/term-runner.js';
import { LiteralPrefilter } from './prefilter/literal-prefilter.js';
import { compileDocumentExpression } from './prefilter/document-expression.js';
import { buildValueWordIndex, measureCoverage, type CoverageReport, type ValueWordIndex } from './value-word-coverage.js';

/** A rule set ready to run: regular expressions compiled, term matchers built. */
export interface CompiledRuleSet {
  readonly ruleSet: RuleSet;
  readonly runners: readonly RuleRunner[];
  /** Whether a rule's `when` condition holds for a document (true for rules without one). */
  readonly whenHolds: (rule: Rule, document: AnalysedDocument) => boolean;
  readonly valueWords: ValueWordIndex;
  /** The coverage report of a document, computed once per analysed document. */
  coverageOf(document: AnalysedDocument): CoverageReport;
  /** The literal prefilter the pattern, required and `when` rules share. */
  readonly prefilter: LiteralPrefilter;
}

const compiledCache = new WeakMap<RuleSet, CompiledRuleSet>();

/**
 * Compiles the active rules once per rule set (cached): checking a folder of documents, or
 * re-checking after an edit, reuses the compiled regular expressions and term matchers.
 */
export function compileRuleSet(ruleSet: RuleSet): CompiledRuleSet {
  return finish(compileSteps(ruleSet));
}

/** Runs steps to their end without pausing. */
function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * {@link compileRuleSet} a few rules at a time, awaiting `pause` in between, so that work
 * waiting on the event loop goes on meanwhile. Why: compiling the built-in rules takes some
 * 400 ms in a fresh process, and a check can start its import first (reading the file,
 * starting the import worker) and have the worker read the document on the other core while
 * this thread compiles, instead of one after the other. Same result and cache as
 * compileRuleSet.
 */
export async function compileRuleSetInSteps(ruleSet: RuleSet, pause: () => Promise<unknown>): Promise<CompiledRuleSet> {
  const steps = compileSteps(ruleSet);
  for (let count = 1; ; count++) {
    const step = steps.next();
    if (step.done) return step.value;
    if (count % RULES_PER_STEP === 0) await pause();
  }
}

/** Rules compiled between pauses: about 20 ms of work when the process is fresh. */
const RULES_PER_STEP = 8;

/** Compiles a rule set, yielding after each rule; returns the compiled set (and caches it). */
function* compileSteps(ruleSet: RuleSet): Generator<void, CompiledRuleSet> {
  const cached = compiledCache.get(ruleSet);
  if (cached) return cached;
  const valueWords = buildValueWordIndex(ruleSet.valueWords);
  const coverageCache = new WeakMap<AnalysedDocument, CoverageReport>();
  const coverageOf = (document: AnalysedDocument): CoverageReport => {
    let report = coverageCache.get(document);
    if (!report) {
      report = measureCoverage(document, valueWords);
      coverageCache.set(document, report);
    }
    return report;
  };
  const prefilter = new LiteralPrefilter();
  const runners = yield* compileRuleSteps(ruleSet.active, coverageOf, prefilter);
  const compiled = { ruleSet, runners, valueWords, coverageOf, prefilter, whenHolds: compileWhenConditions(ruleSet.active, prefilter) };
  // Two callers compiling the same rule set at once both finish; the first result is kept.
  const earlier = compiledCache.get(ruleSet);
  if (earlier) return earlier;
  compiledCache.set(ruleSet, compiled);
  return compiled;
}

/** Compiles a list of rules; term rules are merged into one runner. */
export function compileRules(
  rules: readonly Rule[],
  coverageOf: (document: AnalysedDocument) => CoverageReport,
  prefilter: LiteralPrefilter = new LiteralPrefilter(),
): RuleRunner[] {
  return finish(compileRuleSteps(rules, coverageOf, prefilter));
}

function* compileRuleSteps(
  rules: readonly Rule[],
  coverageOf: (document: AnalysedDocument) => CoverageReport,
  prefilter: LiteralPrefilter,
): Generator<void, RuleRunner[]> {
  const runners: RuleRunner[] = [];
  const termRules: TermRule[] = [];
  for (const rule of rules) {
    switch (rule.kind) {
      case 'term':
        termRules.push(rule);
        break;
      case 'pattern':
        runners.push(compilePatternRule(rule, prefilter));
        break;
      case 'required':
        runners.push(compileRequiredRule(rule, prefilter));
        break;
      case 'date-gap':
        runners.push(compileDateGapRule(rule, prefilter));
        break;
      case 'metric':
        runners.push(compileMetricRule(rule));
        break;
      case 'coverage':
        runners.push(compileCoverageRule(rule, coverageOf));
        break;
      case 'balance':
        runners.push(compileBalanceRule(rule));
        break;
    }
    yield;
  }
  if (termRules.length > 0) runners.unshift(compileTermRules(termRules));
  return runners;
}

/** `when` conditions of all rules, answered once per rule and document. */
export function compileWhenConditions(rules: readonly Rule[], prefilter: LiteralPrefilter): (rule: Rule, document: AnalysedDocument) => boolean {
  const conditions = new Map(rules.filter((r) => r.when.length > 0).map((r) => [r.id, r.when.map((w) => compileDocumentExpression(w, prefilter))]));
  const answers = new WeakMap<AnalysedDocument, Map<string, boolean>>();
  return (rule, document) => {
    const expressions = conditions.get(rule.id);
    if (!expressions) return true;
    let cache = answers.get(document);
    if (!cache) {
      cache = new Map();
      answers.set(document, cache);
    }
    let answer = cache.get(rule.id);
    if (answer === undefined) {
      answer = expressions.some((e) => e.matches(document));
      cache.set(rule.id, answer);
    }
    return answer;
  };
}
