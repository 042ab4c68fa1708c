import type { Language } from '../../core/errors/index.js';
import type { Checklist, ChecklistItem, Decision } from '../../core/review/checklist-types.js';
import { describeOrigin } from '../../core/model/index.js';
import { PRINCIPLES } from '../../core/principles/principles.js';
import type { Style } from './style.js';

const W = {
  sv: {
    review: 'Granskning', version: 'version', status: { open: 'öppen', completed: 'avslutad' }, document: 'Dokument', items: 'punkter',
    decisions: { open: 'öppen', fixed: 'åtgärdad', accepted: 'godtagen', 'not-applicable': 'ej tillämplig' } as Record<Decision, string>,
    tally: { open: 'öppna', fixed: 'åtgärdade', accepted: 'godtagna', 'not-applicable': 'ej tillämpliga' } as Record<Decision, string>,
    by: 'av', reason: 'motivering', answer: 'svar', whole: 'hela dokumentet', carry: { new: 'ny', remaining: 'kvarstår', reopened: 'kvarstår, markerades åtgärdad i förra versionen' },
    carried: 'Jämfört med förra versionen', resolved: 'åtgärdade och borta', changed: 'ändrade stycken', signed: 'Underskriven av',
    types: { jobad: 'platsannons', policy: 'policy/riktlinje', other: 'annat dokument' }, more: 'fler',
  },
  en: {
    review: 'Review', version: 'version', status: { open: 'open', completed: 'completed' }, document: 'Document', items: 'items',
    decisions: { open: 'open', fixed: 'fixed', accepted: 'accepted', 'not-applicable': 'not applicable' } as Record<Decision, string>,
    tally: { open: 'open', fixed: 'fixed', accepted: 'accepted', 'not-applicable': 'not applicable' } as Record<Decision, string>,
    by: 'by', reason: 'reason', answer: 'answer', whole: 'whole document', carry: { new: 'new', remaining: 'remaining', reopened: 'remaining, marked fixed in the previous version' },
    carried: 'Compared with the previous version', resolved: 'fixed and gone', changed: 'changed paragraphs', signed: 'Signed by',
    types: { jobad: 'job ad', policy: 'policy/guideline', other: 'other document' }, more: 'more',
  },
} as const;

/** A checklist in the terminal: one line per item with its key (to decide it), grouped by principle. */
export function renderChecklistText(checklist: Checklist, language: Language, style: Style): string {
  const w = W[language];
  const out: string[] = [];
  const counts = new Map<Decision, number>();
  for (const item of checklist.items) {
    const d = item.decision?.decision ?? 'open';
    counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  out.push(style.bold(`${w.review} ${checklist.reviewId} — ${checklist.seriesName}, ${w.version} ${checklist.version} (${w.types[checklist.documentType]})`));
  out.push(`${w.document}: ${checklist.document.fileName ?? checklist.document.title} (SHA-256 ${checklist.document.fileSha256.slice(0, 16)}…)`);
  const tally = [...counts].map(([d, n]) => `${n} ${n === 1 ? w.decisions[d] : w.tally[d]}`).join(', ');
  out.push(`${checklist.items.length} ${w.items}: ${tally}. Status: ${w.status[checklist.status]}${checklist.completedBy ? ` (${checklist.completedBy}, ${checklist.completedAt})` : ''}`);
  if (checklist.version > 1) {
    const remaining = checklist.items.filter((i) => i.carry === 'remaining' && i.kind === 'finding').length;
    const fresh = checklist.items.filter((i) => i.carry === 'new' && i.kind === 'finding').length;
    out.push(`${w.carried}: ${checklist.resolved.length} ${w.resolved}, ${remaining} ${w.carry.remaining}, ${fresh} ${w.carry.new}; ${checklist.changes.length} ${w.changed}.`);
  }
  for (const signature of checklist.signatures) out.push(`${w.signed} ${signature.reviewer} ${signature.signedAt} (${signature.keyFingerprint})`);
  for (const principle of PRINCIPLES) {
    const items = checklist.items.filter((i) => i.principle === principle.id);
    if (items.length === 0) continue;
    out.push('', style.bold(principle.name[language]));
    for (const item of items) out.push(...renderItem(item, language, style));
  }
  if (checklist.resolved.length > 0) {
    out.push('', style.bold(`${w.resolved} (${checklist.resolved.length})`));
    for (const r of checklist.resolved) out.push(`  ${style.green('✓')} ${r.title[language]}${r.quote ? `: »${r.quote}«` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

function renderItem(item: ChecklistItem, language: Language, style: Style): string[] {
  const w = W[language];
  const decision = item.decision?.decision ?? 'open';
  const box = decision === 'open' ? '[ ]' : decision === 'fixed' ? '[x]' : '[~]';
  const marker = item.kind === 'question' ? '?' : item.severity === 'error' ? style.red('✖') : item.severity === 'warning' ? style.yellow('▲') : style.cyan('●');
  const first = item.occurrences[0];
  const where = first?.origin ? describeOrigin(first.origin, language) : item.kind === 'question' ? '' : w.whole;
  const extra = item.occurrences.length > 1 ? ` (+${item.occurrences.length - 1} ${w.more})` : '';
  const carry = item.reopened ? style.yellow(` [${w.carry.reopened}]`) : item.carry === 'remaining' ? style.dim(` [${w.carry.remaining}]`) : '';
  const lines = [`  ${box} ${marker} ${style.bold(item.key)}${where ? ` ${style.dim(`[${where}${extra}]`)}` : ''} ${item.message[language]}${carry}`];
  if (first?.quote && first.quote !== first.context) lines.push(`        ${style.dim('»')} ${first.quote}`);
  if (item.decision && item.decision.decision !== 'open') {
    const reason = item.decision.reason ? `; ${w.reason}: ${item.decision.reason}` : '';
    const answer = item.decision.answer ? `; ${w.answer}: ${item.decision.answer}` : '';
    lines.push(`        ${style.green(w.decisions[decision])} ${w.by} ${item.decision.reviewer} ${item.decision.decidedAt}${reason}${answer}`);
  } else if (item.answerPrompt) {
    lines.push(`        ${style.dim(item.answerPrompt[language])}`);
  }
  return lines;
}
