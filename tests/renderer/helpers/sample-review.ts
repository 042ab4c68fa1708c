import type { Block, ImportedDocument } from '../../../core/model/document.js';
import type { Checklist, ChecklistItem, Occurrence } from '../../../core/review/checklist-types.js';
import type { CheckResult } from '../../../core/check/check-document.js';
import type { Finding } from '../../../core/check/finding.js';
import type { PrincipleId } from '../../../core/principles/principles.js';
import type { Severity } from '../../../core/rules/rule-types.js';
import type { ReviewDocument } from '../../../core/service/review-contract.js';

/** The job ad the component tests review: four paragraphs of a Word file, as the importer would give them. */
const PARAGRAPHS: readonly { readonly kind: Block['kind']; readonly text: string; readonly level?: number }[] = [
  { kind: 'heading', level: 1, text: 'Städerska till Statens fastighetsverk' },
  { kind: 'paragraph', text: 'Vi söker nu en städerska till vår förvaltning i Stockholm.' },
  { kind: 'paragraph', text: 'Den vi söker är frisk och har god fysik.' },
  { kind: 'paragraph', text: 'Ansökan ska ej skickas per post.' },
];

export function sampleDocument(): ImportedDocument {
  const blocks: Block[] = [];
  let offset = 0;
  PARAGRAPHS.forEach((paragraph, index) => {
    blocks.push({
      id: `b${index + 1}`,
      kind: paragraph.kind,
      ...(paragraph.level !== undefined ? { level: paragraph.level } : {}),
      text: paragraph.text,
      span: { start: offset, end: offset + paragraph.text.length },
      origin: { docxParagraph: index + 1, headingPath: index === 0 ? [] : [PARAGRAPHS[0]!.text] },
    });
    offset += paragraph.text.length + 2;
  });
  const text = blocks.map((b) => b.text).join('\n\n');
  return {
    text,
    blocks,
    metadata: { format: 'docx', title: PARAGRAPHS[0]!.text, fileName: 'annons.docx', wordCount: 30, byteLength: 9000, fileSha256: 'a'.repeat(64), textSha256: 'b'.repeat(64) },
    warnings: [],
  };
}

/** Where a word first stands in the sample document, as an occurrence with span and origin. */
function occurrenceOf(document: ImportedDocument, word: string, findingId: string): Occurrence {
  const start = document.text.indexOf(word);
  if (start < 0) throw new Error(`"${word}" is not in the sample document`);
  const block = document.blocks.find((b) => b.span.start <= start && b.span.end >= start + word.length)!;
  return { findingId, quote: word, span: { start, end: start + word.length }, origin: block.origin, context: block.text };
}

interface ItemPlan {
  readonly key: string;
  readonly kind: 'finding' | 'question';
  readonly principle: PrincipleId;
  readonly severity: Severity;
  readonly title: string;
  readonly message: string;
  readonly words?: readonly string[];
  readonly answerPrompt?: string;
}

const PLANS: readonly ItemPlan[] = [
  { key: 'q-fackliga', kind: 'question', principle: 'demokrati', severity: 'info', title: 'Fackliga kontakter', message: 'Har de fackliga företrädarna informerats?', answerPrompt: 'Protokollsreferens:' },
  { key: 'f-titel', kind: 'finding', principle: 'respekt', severity: 'warning', title: 'Kön: könsbunden yrkestitel', message: '”Städerska” är en könsbunden yrkestitel.', words: ['Städerska', 'städerska'] },
  { key: 'f-frisk', kind: 'finding', principle: 'respekt', severity: 'warning', title: 'Funktionsnedsättning: krav på hälsa', message: '”frisk” ställer krav på den sökandes hälsa.', words: ['frisk'] },
  { key: 'f-lon', kind: 'finding', principle: 'effektivitet-service', severity: 'info', title: 'Uppgift om lön saknas', message: 'Annonsen säger inget om lön.' },
  { key: 'f-ej', kind: 'finding', principle: 'effektivitet-service', severity: 'info', title: 'Klarspråk: ej', message: 'Skriv ”inte” i stället för ”ej”.', words: ['ej'] },
];

export function sampleItems(document: ImportedDocument): ChecklistItem[] {
  return PLANS.map((plan, position) => ({
    key: plan.key,
    kind: plan.kind,
    principle: plan.principle,
    severity: plan.severity,
    title: { sv: plan.title, en: `EN ${plan.title}` },
    message: { sv: plan.message, en: `EN ${plan.message}` },
    ...(plan.kind === 'finding' ? { ruleId: `vardegrund/${plan.key}` } : { questionId: `vardegrund/${plan.key}` }),
    occurrences: (plan.words ?? []).map((word, index) => occurrenceOf(document, word, `${plan.key}#${index + 1}`)),
    ...(plan.kind === 'finding' ? { suggestion: { sv: 'Skriv om meningen.', en: 'Rewrite the sentence.' } } : {}),
    ...(plan.answerPrompt ? { answerPrompt: { sv: plan.answerPrompt, en: 'Minutes reference:' } } : {}),
    legal: [{ law: 'diskrimineringslagen', sfs: '2008:567', chapter: 1, section: '4' }],
    fingerprint: `fp-${plan.key}`,
    carry: 'new',
    decision: undefined,
    position,
  }));
}

export function sampleChecklist(document: ImportedDocument = sampleDocument()): Checklist {
  return {
    reviewId: 'stadare-v1',
    seriesName: 'Städerska till Statens fastighetsverk',
    version: 1,
    documentType: 'jobad',
    document: { fileName: 'annons.docx', title: document.metadata.title, format: 'docx', fileSha256: 'a'.repeat(64), textSha256: 'b'.repeat(64), wordCount: 30 },
    ruleSet: { version: 'vardegrund@1.0.0', hash: 'c'.repeat(64) },
    createdAt: '2025-03-10T09:00:00.000Z',
    status: 'open',
    items: sampleItems(document),
    resolved: [],
    changes: [],
    signatures: [],
  };
}

/** The check behind the sample review: its findings, value-word coverage and readability figures. */
export function sampleCheck(checklist: Checklist): CheckResult {
  const findings: Finding[] = checklist.items
    .filter((item) => item.kind === 'finding')
    .flatMap((item) =>
      (item.occurrences.length > 0 ? item.occurrences : [undefined]).map((occurrence, index) => ({
        id: occurrence?.findingId ?? `${item.key}#${index + 1}`,
        ruleId: item.ruleId ?? '',
        ruleTitle: item.title,
        kind: 'term' as const,
        principle: item.principle,
        subValue: 'icke-diskriminering',
        severity: item.severity,
        messageId: 'default',
        message: item.message,
        quote: occurrence?.quote ?? '',
        ...(occurrence?.span ? { span: occurrence.span } : {}),
        legal: item.legal,
        suggestion: item.suggestion ?? { sv: '', en: '' },
        data: {},
      })),
    );
  const count = (severity: Severity): number => findings.filter((f) => f.severity === severity).length;
  const byPrinciple = (principle: PrincipleId): number => findings.filter((f) => f.principle === principle).length;
  return {
    documentType: { type: 'jobad', detection: { type: 'jobad', confidence: 0.9, scores: { jobad: 9, policy: 1 }, evidence: ['vi söker'] }, overridden: false },
    findings,
    coverage: {
      principles: [
        { principle: 'demokrati', hits: 0, words: [] },
        { principle: 'legalitet', hits: 0, words: [] },
        { principle: 'objektivitet', hits: 1, words: [{ word: 'saklighet', count: 1 }] },
        { principle: 'fri-asiktsbildning', hits: 0, words: [] },
        { principle: 'respekt', hits: 0, words: [] },
        { principle: 'effektivitet-service', hits: 3, words: [{ word: 'kunskap', count: 2 }, { word: 'samarbete', count: 1 }] },
      ],
      hits: [],
    },
    metrics: { words: 30, sentences: 4, lix: 38.2, lixBand: { sv: 'lättläst', en: 'easy' }, averageSentenceWords: 7.5, longSentences: 0, sentencesWithPassive: 1, doublePassives: 0, sections: [] },
    summary: {
      bySeverity: { error: count('error'), warning: count('warning'), info: count('info') },
      byPrinciple: { demokrati: byPrinciple('demokrati'), legalitet: byPrinciple('legalitet'), objektivitet: byPrinciple('objektivitet'), 'fri-asiktsbildning': byPrinciple('fri-asiktsbildning'), respekt: byPrinciple('respekt'), 'effektivitet-service': byPrinciple('effektivitet-service') },
    },
    ruleSet: { version: 'vardegrund@1.0.0', hash: 'c'.repeat(64), activeRules: 140 },
  };
}

export function sampleReviewDocument(checklist: Checklist, document: ImportedDocument = sampleDocument()): ReviewDocument {
  return { document, check: sampleCheck(checklist) };
}

/** The sample review completed, every item decided (the third accepted with a reason). */
export function completedChecklist(): Checklist {
  const checklist = sampleChecklist();
  const decidedAt = '2025-03-12T10:00:00.000Z';
  return {
    ...checklist,
    status: 'completed',
    completedAt: '2025-03-12T10:30:00.000Z',
    completedBy: 'Anna Berg',
    items: checklist.items.map((item, index) => ({
      ...item,
      decision: index === 2 ? { decision: 'accepted', reason: 'Hälsokrav enligt föreskrift.', reviewer: 'Anna Berg', decidedAt } : { decision: 'fixed', reviewer: 'Anna Berg', decidedAt },
    })),
  };
}
