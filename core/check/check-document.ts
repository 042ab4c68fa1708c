import type { ImportedDocument } from '../model/document.js';
import { PRINCIPLE_IDS, type PrincipleId } from '../principles/principles.js';
import type { DocumentType, Rule, Severity } from '../rules/rule-types.js';
import { analyseDocument } from './analyse-document.js';
import { buildFinding } from './build-finding.js';
import type { CompiledRuleSet } from './compile-rule-set.js';
import { detectDocumentType, type DocumentTypeDetection } from './detect-document-type.js';
import { measureDocument, type DocumentMetrics } from './document-metrics.js';
import type { Finding } from './finding.js';
import type { FindingDraft } from './finding-draft.js';
import type { CoverageReport } from './value-word-coverage.js';
import { dropYieldedFindings } from './drop-yielded-findings.js';
import { detectLanguage, type LanguageDetection } from '../text/detect-language.js';

export interface CheckOptions {
  /** Check as this type instead of the detected one. */
  readonly type?: DocumentType;
}

/** Everything a check says about one document. */
export interface CheckResult {
  readonly documentType: {
    /** The type the rules ran for. */
    readonly type: DocumentType;
    readonly detection: DocumentTypeDetection;
    /** True when the user chose the type. */
    readonly overridden: boolean;
  };
  /**
   * The text's language. The rules are written for Swedish: on an English text they find little,
   * and front ends say so rather than let "no findings" read as a clean result. Absent in
   * checks stored before it was added.
   */
  readonly language?: LanguageDetection;
  /** In document order; findings about the whole document first. */
  readonly findings: readonly Finding[];
  readonly coverage: CoverageReport;
  readonly metrics: DocumentMetrics;
  readonly summary: CheckSummary;
  readonly ruleSet: { readonly version: string; readonly hash: string; readonly activeRules: number };
}

export interface CheckSummary {
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byPrinciple: Readonly<Record<PrincipleId, number>>;
}

/**
 * Checks an imported document against a compiled rule set: detects (or takes) the document
 * type, analyses the text once, runs every applicable rule and returns located findings,
 * the per-principle coverage report and readability metrics.
 */
export function checkDocument(document: ImportedDocument, compiled: CompiledRuleSet, options: CheckOptions = {}): CheckResult {
  const detection = detectDocumentType(document);
  const type = options.type ?? detection.type;
  const analysed = analyseDocument(document, type);

  const drafts: FindingDraft[] = [];
  const applies = (rule: Rule): boolean => rule.appliesTo.includes(type) && compiled.whenHolds(rule, analysed);
  for (const runner of compiled.runners) {
    // Term rules are merged into one runner: their applicability is checked per finding.
    if (runner.rules.length === 1 && !applies(runner.rules[0] as Rule)) continue;
    runner.run(analysed, (draft) => {
      if (runner.rules.length === 1 || applies(draft.rule)) drafts.push(draft);
    });
  }

  // Rules that read other rules' findings run last, on everything the others found.
  const found = drafts.slice();
  for (const runner of compiled.runners) {
    if (runner.fromFindings && applies(runner.rules[0] as Rule)) runner.fromFindings(analysed, found, (draft) => drafts.push(draft));
  }

  const kept = [...dropYieldedFindings(drafts)];
  kept.sort((a, b) => (a.span?.start ?? -1) - (b.span?.start ?? -1) || (a.span?.end ?? -1) - (b.span?.end ?? -1) || compareIds(a.rule.id, b.rule.id));
  const counters = new Map<string, number>();
  const findings = kept.map((draft) => {
    const n = (counters.get(draft.rule.id) ?? 0) + 1;
    counters.set(draft.rule.id, n);
    return buildFinding(draft, analysed, `${draft.rule.id}#${n}`);
  });

  return {
    documentType: { type, detection, overridden: options.type !== undefined && options.type !== detection.type },
    language: detectLanguage(document.text),
    findings,
    coverage: compiled.coverageOf(analysed),
    metrics: measureDocument(analysed),
    summary: summarise(findings),
    ruleSet: { version: compiled.ruleSet.version, hash: compiled.ruleSet.hash, activeRules: compiled.ruleSet.active.length },
  };
}

function summarise(findings: readonly Finding[]): CheckSummary {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byPrinciple = Object.fromEntries(PRINCIPLE_IDS.map((p) => [p, 0])) as Record<PrincipleId, number>;
  for (const finding of findings) {
    bySeverity[finding.severity]++;
    byPrinciple[finding.principle]++;
  }
  return { bySeverity, byPrinciple };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
