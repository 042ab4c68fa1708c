import type { ContentChange } from '../../../../core/signoff/compare-manifests.js';
import type { SignedContent } from '../../../../core/signoff/signed-content.js';
import type { I18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages.js';

/** Words for the fields a change can name (the first segment of its path within the part or item). */
const FIELD_WORDS: Readonly<Record<string, MessageKey>> = {
  decision: 'verify.field.decision',
  reason: 'verify.field.reason',
  answer: 'verify.field.answer',
  decidedBy: 'verify.field.decidedBy',
  decidedAt: 'verify.field.decidedAt',
  message: 'verify.field.message',
  severity: 'verify.field.severity',
  principle: 'verify.field.principle',
  occurrences: 'verify.field.occurrences',
  ruleId: 'verify.field.ruleId',
  questionId: 'verify.field.questionId',
  kind: 'verify.field.kind',
  quote: 'verify.field.quote',
  previousDecision: 'verify.field.previousDecision',
  fileName: 'verify.field.fileName',
  title: 'verify.field.title',
  format: 'verify.field.format',
  fileSha256: 'verify.field.fileSha256',
  textSha256: 'verify.field.textSha256',
  pageCount: 'verify.field.pageCount',
  version: 'verify.field.version',
  hash: 'verify.field.hash',
  id: 'verify.field.id',
  series: 'verify.field.series',
  documentType: 'verify.field.documentType',
  createdAt: 'verify.field.createdAt',
  completedAt: 'verify.field.completedAt',
  completedBy: 'verify.field.completedBy',
};

const PART_WORDS: Readonly<Record<'document' | 'ruleSet' | 'review', MessageKey>> = {
  document: 'verify.part.document',
  ruleSet: 'verify.part.ruleSet',
  review: 'verify.part.review',
};

/** "beslut" for "decision", "citat och plats" for "occurrences[0].location.page"; unknown names as they are. */
function fieldWords(field: string, i18n: Pick<I18n, 't'>): string {
  const first = /^[A-Za-z0-9]+/.exec(field)?.[0] ?? field;
  const key = FIELD_WORDS[first];
  return key ? i18n.t(key) : field;
}

/** An item named the way the reviewer knows it: its number and the start of its text. */
function itemName(key: string, content: SignedContent, i18n: Pick<I18n, 't' | 'pick'>): string {
  const index = content.items.findIndex((item) => item.key === key);
  const item = content.items[index];
  if (!item) return i18n.t('verify.itemByKey', { key });
  const text = i18n.pick(item.message);
  return i18n.t('verify.itemNamed', { number: index + 1, text: text.length > 70 ? `${text.slice(0, 67)}…` : text });
}

/**
 * One change between the content as signed and as it is now, as a sentence a reviewer reads:
 * "Punkt 3 (”Städerska …”): beslut har ändrats". The technical path stays available beside it.
 */
export function describeChange(change: ContentChange, content: SignedContent, i18n: Pick<I18n, 't' | 'pick'>): string {
  if (change.change === 'reordered') return change.part === 'resolved' ? i18n.t('verify.change.resolvedReordered') : i18n.t('verify.change.itemsReordered');
  const verb = i18n.t(`verify.change.${change.change}`);
  if (change.part === 'items' || change.part === 'resolved') {
    const what = change.part === 'items' ? itemName(change.key ?? '?', content, i18n) : i18n.t('verify.resolvedByKey', { key: change.key ?? '?' });
    return change.field === undefined ? `${what} ${verb}` : `${what}: ${fieldWords(change.field, i18n)} ${verb}`;
  }
  if (change.part === 'content') return `${i18n.t('verify.part.content')} ${verb}`;
  const part = i18n.t(PART_WORDS[change.part]);
  return change.field === undefined ? `${part} ${verb}` : `${part}: ${fieldWords(change.field, i18n)} ${verb}`;
}
