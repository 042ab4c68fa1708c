import { createHash } from 'node:crypto';
import { checkDocument } from '../../../core/check/check-document.js';
import { compileRuleSet, type CompiledRuleSet } from '../../../core/check/compile-rule-set.js';
import type { ImportedDocument } from '../../../core/model/index.js';
import { buildChecklistItems } from '../../../core/review/build-checklist-items.js';
import type { Checklist, ChecklistItem, Decision, DecisionRecord, ResolvedItem } from '../../../core/review/checklist-types.js';
import { loadRulePacks } from '../../../core/rules/load/load-rule-packs.js';
import type { DocumentType } from '../../../core/rules/rule-types.js';
import { builtinRulesDirectory } from '../../../core/util/package-paths.js';

/**
 * Checklists for the sign-off tests, built from real data: a real document checked by the real
 * built-in rules, with the findings grouped into items (identical rule, message and quote make
 * one item with several occurrences), the pack's standing questions for the document type, and
 * decisions as reviewers record them. The items come from the review module's own builder;
 * only the decisions, the resolved items of a carried-over version and the review's frame are
 * made up here (the service's review actions are tested in tests/core/service).
 */

let compiled: CompiledRuleSet | undefined;

export function builtinRules(): CompiledRuleSet {
  compiled ??= compileRuleSet(loadRulePacks({ directories: [builtinRulesDirectory()] }));
  return compiled;
}

export interface ChecklistSpec {
  readonly type: DocumentType;
  readonly reviewId?: string;
  readonly series?: string;
  readonly version?: number;
  /** Include resolved items, as a version-2 review carried over from version 1 would have. */
  readonly withResolved?: boolean;
  /** Leave the review open (no completion, first item undecided). */
  readonly open?: boolean;
  /** Stop after this many items (for sizing). */
  readonly maxItems?: number;
  /** One item per finding instead of one per identical rule, message and quote (for large checklists from repeated text). */
  readonly ungrouped?: boolean;
}

const DECIDER = 'Anna Berg';
const DAY = '2025-06-10';

/** Checks the document and builds its completed checklist. */
export function checklistFor(document: ImportedDocument, spec: ChecklistSpec): Checklist {
  const result = checkDocument(document, builtinRules(), { type: spec.type });
  const built = buildChecklistItems(result, builtinRules().ruleSet.questions, spec.type);
  const all = (spec.ungrouped ? built.flatMap(splitOccurrences) : built).slice(0, spec.maxItems ?? Number.POSITIVE_INFINITY);
  const items = all.map(
    (item, position): ChecklistItem => ({
      ...item,
      position,
      decision: spec.open && position === 0 ? undefined : decisionFor(item.kind, position),
    }),
  );
  const resolved: ResolvedItem[] = spec.withResolved
    ? [
        {
          previousKey: 'f-0ld1',
          ruleId: 'vardegrund/jobbannons/alder-ung',
          principle: 'objektivitet',
          title: { sv: 'Ålder', en: 'Age' },
          quote: 'ett ungt och dynamiskt gäng',
          fingerprint: shortHash('old 1'),
          previousDecision: { decision: 'open', reviewer: DECIDER, decidedAt: `${DAY}T08:00:00.000Z` },
        },
        { previousKey: 'f-0ld2', principle: 'respekt', title: { sv: 'Bild', en: 'Photo' }, quote: 'foto', fingerprint: shortHash('old 2') },
      ]
    : [];
  return {
    reviewId: spec.reviewId ?? 'r-2025-0042',
    seriesName: spec.series ?? 'Rekrytering kommunikatör',
    version: spec.version ?? (spec.withResolved ? 2 : 1),
    documentType: spec.type,
    document: {
      ...(document.metadata.fileName !== undefined ? { fileName: document.metadata.fileName } : {}),
      title: document.metadata.title,
      format: document.metadata.format,
      fileSha256: document.metadata.fileSha256,
      textSha256: document.metadata.textSha256,
      ...(document.metadata.pageCount !== undefined ? { pageCount: document.metadata.pageCount } : {}),
      wordCount: document.metadata.wordCount,
    },
    ruleSet: { version: result.ruleSet.version, hash: result.ruleSet.hash },
    createdAt: `${DAY}T07:30:00.000Z`,
    status: spec.open ? 'open' : 'completed',
    ...(spec.open ? {} : { completedAt: `${DAY}T15:45:00.000Z`, completedBy: DECIDER }),
    items,
    resolved,
    changes: [],
    signatures: [],
  };
}

/**
 * One item per occurrence of a grouped item (keys made unique), for sizing: the same text
 * repeated would otherwise group into a few items with many occurrences.
 */
function splitOccurrences(item: ChecklistItem): ChecklistItem[] {
  if (item.occurrences.length <= 1) return [item];
  return item.occurrences.map((occurrence, n) => ({ ...item, key: `${item.key}-${n}`, fingerprint: shortHash(`${item.fingerprint} ${n}`), occurrences: [occurrence] }));
}

/** Decisions as a reviewer records them: most fixed, some accepted or not applicable with a reason, questions answered. */
function decisionFor(kind: 'finding' | 'question', position: number): DecisionRecord {
  const decidedAt = `${DAY}T${String(9 + (position % 6)).padStart(2, '0')}:${String(position % 60).padStart(2, '0')}:00.000Z`;
  if (kind === 'question') return { decision: 'fixed', answer: `Protokoll ${DAY} § ${position + 1}`, reviewer: DECIDER, decidedAt };
  const decision: Decision = (['fixed', 'accepted', 'fixed', 'not-applicable'] as const)[position % 4]!;
  return {
    decision,
    ...(decision === 'accepted' ? { reason: 'Formuleringen är saklig i sitt sammanhang och behålls.' } : {}),
    ...(decision === 'not-applicable' ? { reason: 'Gäller inte en tidsbegränsad anställning.' } : {}),
    reviewer: decision === 'fixed' ? 'Björn Lind' : DECIDER,
    decidedAt,
  };
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 10);
}
