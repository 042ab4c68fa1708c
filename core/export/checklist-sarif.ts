import type * as Sarif from 'sarif';
import type { Language } from '../errors/localized-text.js';
import { principleById } from '../principles/principles.js';
import type { Checklist, ChecklistItem, DecisionRecord, ResolvedItem } from '../review/checklist-types.js';
import type { Rule } from '../rules/rule-types.js';
import { decisionOf } from './checklist-view.js';
import { PASSAGE_FINGERPRINT_KEY, SARIF_LEVEL, SARIF_SCHEMA, passageLocation, ruleDescriptor, sarifDriver, sarifLanguage } from './sarif.js';

/** An item known to come from a rule. */
type WithRule<T extends { readonly ruleId?: string }> = T & { readonly ruleId: string };

export interface ChecklistSarifOptions {
  readonly toolVersion: string;
  readonly language: Language;
  /** The document's URI in the log; default: its file name, else its title. Relative paths stay relative. */
  readonly uri?: string;
  /**
   * The rule set's rules, for full descriptions. A rule the checklist refers to that is not
   * here (a rule removed since, or none given) is described from the checklist itself, so
   * every result still has a descriptor its `ruleIndex` points at.
   */
  readonly rules?: readonly Rule[];
}

/**
 * A review as a SARIF 2.1.0 log with one run, for code-scanning dashboards and CI:
 * - one result per occurrence of a finding item (one per item for document-level findings),
 *   all carrying the item's fingerprint in `partialFingerprints`, so occurrences grouped into
 *   one item (and sharing one decision) are recognised as that item;
 * - for a version after the first, `baselineState` 'new' for new items and 'unchanged' for
 *   items carried over, and one result with `baselineState` 'absent' per item of the previous
 *   version whose finding is gone (a resolved item);
 * - items decided accepted or not-applicable are suppressed (`kind` 'external', `status`
 *   'accepted', the reviewer's reason as justification); `properties` carry the decision,
 *   the reviewer and the time;
 * - `automationDetails.id` names the series and version, so runs of later versions of the same
 *   document line up as one analysis.
 *
 * Standing questions are not results: they are not something found in the document and
 * have no location, so they are left out of SARIF (the Markdown, HTML, Word and JSON exports
 * carry them). Resolved items without a rule (questions of the previous version) are left
 * out for the same reason.
 */
export function checklistSarif(checklist: Checklist, options: ChecklistSarifOptions): Sarif.Log {
  const lang = options.language;
  const uri = options.uri ?? (checklist.document.fileName || checklist.document.title);
  const findings = [...checklist.items].filter((item): item is WithRule<ChecklistItem> => item.kind === 'finding' && item.ruleId !== undefined).sort((a, b) => a.position - b.position);
  const resolved = checklist.resolved.filter((item): item is WithRule<ResolvedItem> => item.ruleId !== undefined);
  const rules = describeRules(findings, resolved, options.rules ?? [], lang);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  // Without a previous version there is no baseline to compare with, so no baselineState at all.
  const compared = checklist.version > 1;

  const results: Sarif.Result[] = [
    ...findings.flatMap((item) => itemResults(item, uri, ruleIndex, compared, lang)),
    ...(compared ? resolved.map((item) => resolvedResult(item, uri, ruleIndex, lang)) : []),
  ];

  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: sarifDriver(options.toolVersion, rules, checklist.ruleSet) },
        automationDetails: {
          id: `vardekollen-review/${idPart(checklist.seriesName)}/v${checklist.version}`,
          description: { text: `${checklist.seriesName}, version ${checklist.version}` },
        },
        language: sarifLanguage(lang),
        artifacts: [
          {
            location: { uri },
            hashes: { 'sha-256': checklist.document.fileSha256 },
            properties: { textSha256: checklist.document.textSha256, offsetsRefer: 'normalised-text' },
          },
        ],
        results,
        columnKind: 'utf16CodeUnits',
        properties: {
          reviewId: checklist.reviewId,
          seriesName: checklist.seriesName,
          version: checklist.version,
          documentType: checklist.documentType,
          status: checklist.status,
          ...(checklist.completedAt !== undefined ? { completedAt: checklist.completedAt } : {}),
          ...(checklist.completedBy !== undefined ? { completedBy: checklist.completedBy } : {}),
          signatures: checklist.signatures.map((s) => ({ reviewer: s.reviewer, signedAt: s.signedAt, keyFingerprint: s.keyFingerprint })),
        },
      },
    ],
  };
}

/**
 * The `automationDetails.id` is "category/instance"; a slash inside the series name would
 * split it wrongly, so it becomes a hyphen (the full name is in the run's properties).
 */
function idPart(name: string): string {
  return name.trim().replace(/[/\\]+/g, '-') || '-';
}

/** Descriptors for every rule a result refers to, sorted by id (code units, not locale, so the log is the same everywhere). */
function describeRules(findings: readonly WithRule<ChecklistItem>[], resolved: readonly WithRule<ResolvedItem>[], known: readonly Rule[], lang: Language): Sarif.ReportingDescriptor[] {
  const byId = new Map<string, Sarif.ReportingDescriptor>();
  const knownById = new Map(known.map((rule) => [rule.id, rule]));
  for (const item of [...findings, ...resolved]) {
    const id = item.ruleId;
    if (byId.has(id)) continue;
    const rule = knownById.get(id);
    byId.set(id, rule ? ruleDescriptor(rule, lang) : descriptorFromItem(id, item, lang));
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function descriptorFromItem(id: string, item: ChecklistItem | ResolvedItem, lang: Language): Sarif.ReportingDescriptor {
  return {
    id,
    name: id.split('/').pop() ?? id,
    shortDescription: { text: item.title[lang] },
    ...('severity' in item ? { defaultConfiguration: { level: SARIF_LEVEL[item.severity] } } : {}),
    properties: { principle: item.principle, principleName: principleById(item.principle).name[lang], tags: [item.principle] },
  };
}

function decisionProperties(record: DecisionRecord | undefined): Record<string, string> {
  if (!record) return { decision: 'open' };
  return {
    decision: record.decision,
    ...(record.reviewer ? { reviewer: record.reviewer, decidedAt: record.decidedAt } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
  };
}

function itemResults(item: WithRule<ChecklistItem>, uri: string, ruleIndex: ReadonlyMap<string, number>, compared: boolean, lang: Language): Sarif.Result[] {
  const ruleId = item.ruleId;
  const decision = decisionOf(item);
  const suppressed = decision === 'accepted' || decision === 'not-applicable';
  const passages = item.occurrences.length > 0 ? item.occurrences : [undefined];
  return passages.map((occurrence, index) => ({
    ruleId,
    ...(ruleIndex.has(ruleId) ? { ruleIndex: ruleIndex.get(ruleId) } : {}),
    level: SARIF_LEVEL[item.severity],
    message: { text: item.message[lang] },
    locations: [occurrence ? passageLocation(uri, 0, occurrence, lang) : { physicalLocation: { artifactLocation: { uri, index: 0 } } }],
    partialFingerprints: { [PASSAGE_FINGERPRINT_KEY]: item.fingerprint },
    ...(compared ? { baselineState: item.carry === 'new' ? ('new' as const) : ('unchanged' as const) } : {}),
    ...(suppressed ? { suppressions: [{ kind: 'external' as const, status: 'accepted' as const, justification: item.decision?.reason ?? '' }] } : {}),
    properties: {
      itemKey: item.key,
      principle: item.principle,
      carry: item.carry,
      ...(item.previousKey !== undefined ? { previousKey: item.previousKey } : {}),
      ...decisionProperties(item.decision),
      ...(occurrence ? { findingId: occurrence.findingId, occurrence: index + 1, occurrences: passages.length } : { scope: 'document' }),
    },
  }));
}

/**
 * A finding of the previous version that no longer occurs. It has no place in this version's
 * text, so its location is the artifact alone; its old quote is kept in the properties.
 */
function resolvedResult(item: WithRule<ResolvedItem>, uri: string, ruleIndex: ReadonlyMap<string, number>, lang: Language): Sarif.Result {
  const ruleId = item.ruleId;
  return {
    ruleId,
    ...(ruleIndex.has(ruleId) ? { ruleIndex: ruleIndex.get(ruleId) } : {}),
    message: { text: item.quote ? `${item.title[lang]}: «${item.quote}»` : item.title[lang] },
    locations: [{ physicalLocation: { artifactLocation: { uri, index: 0 } } }],
    partialFingerprints: { [PASSAGE_FINGERPRINT_KEY]: item.fingerprint },
    baselineState: 'absent',
    properties: {
      previousKey: item.previousKey,
      principle: item.principle,
      quote: item.quote,
      previousDecision: decisionProperties(item.previousDecision),
    },
  };
}
