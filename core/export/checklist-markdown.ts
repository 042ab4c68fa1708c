import type { Language } from '../errors/localized-text.js';
import { principleById } from '../principles/principles.js';
import { DECISIONS, type Checklist, type ChecklistItem } from '../review/checklist-types.js';
import { SEVERITIES } from '../rules/rule-types.js';
import {
  countByDecision,
  countBySeverity,
  describeChange,
  describeDecision,
  describeExtent,
  describeOccurrence,
  formatTimestamp,
  isDecided,
  principleSections,
} from './checklist-view.js';
import { CHECKLIST_WORDS, carryLabel, type ChecklistWords } from './checklist-words.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatLegalReference } from './format-legal-reference.js';

/**
 * A checklist as a Markdown task list: the review's facts, a summary by decision and
 * severity, then the six principles in order, each item a checkbox (ticked once decided)
 * with its places, message, quotes, suggestion, legal sources, carry state and decision;
 * then what was fixed since the previous version, what changed, and the signatures.
 *
 * Every text that comes from the document, the rules or the reviewers goes through
 * {@link escapeMarkdown}, so a quote can never change the list's structure.
 */
export function checklistMarkdown(checklist: Checklist, language: Language): string {
  const w = CHECKLIST_WORDS[language];
  const lines: string[] = [];
  const e = escapeMarkdown;
  const doc = checklist.document;

  lines.push(`# ${w.checklist}: ${e(doc.title || doc.fileName || checklist.seriesName)}`, '');
  lines.push(`- ${w.document}: ${e(doc.title)}${doc.fileName ? ` (${e(doc.fileName)})` : ''}`);
  lines.push(`- ${w.extent}: ${describeExtent(doc, language)}`);
  lines.push(`- ${w.fileSha256}: ${code(doc.fileSha256)}`);
  lines.push(`- ${w.textSha256}: ${code(doc.textSha256)}`);
  lines.push(`- ${w.series}: ${e(checklist.seriesName)}, ${w.version} ${checklist.version}`);
  lines.push(`- ${w.documentType}: ${w.documentTypes[checklist.documentType]}`);
  // In code spans: GFM would turn "vardegrund@1.0.0" into a mailto link.
  lines.push(`- ${w.ruleSet}: ${code(checklist.ruleSet.version)} (${code(checklist.ruleSet.hash)})`);
  lines.push(`- ${w.status}: ${w.statuses[checklist.status]}`);
  if (checklist.completedBy !== undefined || checklist.completedAt !== undefined) {
    const when = checklist.completedAt !== undefined ? formatTimestamp(checklist.completedAt) : '';
    lines.push(`- ${w.completedBy}: ${[e(checklist.completedBy ?? ''), when].filter(Boolean).join(', ')}`);
  }
  lines.push('');

  lines.push(`## ${w.summary}`, '');
  const decisions = countByDecision(checklist.items);
  lines.push(`| ${w.decision} | ${w.count} |`, '|---|---:|');
  for (const d of DECISIONS) lines.push(`| ${w.decisions[d]} | ${decisions[d]} |`);
  lines.push('');
  const severities = countBySeverity(checklist.items);
  lines.push(`| ${w.severity} | ${w.count} |`, '|---|---:|');
  for (const s of SEVERITIES) lines.push(`| ${w.severities[s]} | ${severities[s]} |`);
  lines.push('');

  for (const section of principleSections(checklist)) {
    lines.push(`## ${section.number}. ${section.principle.name[language]}`, '');
    if (section.findings.length === 0 && section.questions.length === 0) {
      lines.push(w.noItems, '');
      continue;
    }
    for (const item of section.findings) lines.push(...findingLines(item, language, w));
    if (section.questions.length > 0) {
      if (section.findings.length > 0) lines.push('');
      lines.push(`### ${w.questions}`, '');
      for (const item of section.questions) lines.push(...questionLines(item, language, w));
    }
    lines.push('');
  }

  lines.push(`## ${w.resolved}`, '');
  if (checklist.resolved.length === 0) lines.push(w.noResolved);
  for (const item of checklist.resolved) {
    const previous = item.previousDecision ? `${w.decisions[item.previousDecision.decision]}${item.previousDecision.reason ? ` (${e(item.previousDecision.reason)})` : ''}` : w.decisions.open;
    const quote = item.quote ? `: «${e(item.quote)}»` : '';
    lines.push(`- **${e(item.title[language])}** (${principleById(item.principle).name[language]})${quote}. ${w.previousDecision}: ${previous}`);
  }
  lines.push('');

  lines.push(`## ${w.changes}`, '');
  if (checklist.changes.length === 0) lines.push(w.noChanges);
  for (const change of checklist.changes) {
    lines.push(`- **${w.changeKinds[change.kind]}** (${describeChange(change, language)})`);
    if (change.before) lines.push(`  - ${w.before}: ${e(change.before.text)}`);
    if (change.after) lines.push(`  - ${w.after}: ${e(change.after.text)}`);
  }
  lines.push('');

  lines.push(`## ${w.signatures}`, '');
  if (checklist.signatures.length === 0) lines.push(w.noSignatures);
  else {
    lines.push(`| ${w.reviewer} | ${w.signedAt} | ${w.keyFingerprint} |`, '|---|---|---|');
    for (const s of checklist.signatures) lines.push(`| ${e(s.reviewer)} | ${formatTimestamp(s.signedAt)} | ${code(s.keyFingerprint, true)} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * A code span that holds any text literally: the fence is one backtick longer than the
 * longest run inside, padded when the text starts or ends with one (CommonMark 6.1). In a
 * table a pipe is escaped even here, because GFM splits cells before it reads code spans
 * (and removes the backslash again); elsewhere the backslash would show.
 */
function code(text: string, inTable = false): string {
  const flat = inTable ? text.replace(/\n/g, ' ').replace(/\|/g, '\\|') : text.replace(/\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function checkbox(item: ChecklistItem): string {
  return isDecided(item) ? '[x]' : '[ ]';
}

function decisionLines(item: ChecklistItem, language: Language, w: ChecklistWords): string[] {
  const lines = [`  - ${w.decision}: ${escapeMarkdown(describeDecision(item, language))}`];
  if (item.decision?.reason) lines.push(`  - ${w.reason}: ${escapeMarkdown(item.decision.reason)}`);
  return lines;
}

function findingLines(item: ChecklistItem, language: Language, w: ChecklistWords): string[] {
  const e = escapeMarkdown;
  const lines = [`- ${checkbox(item)} ${item.position + 1}. **${w.severities[item.severity]}** – ${e(item.title[language])} (${carryLabel(item, w)})`];
  if (item.occurrences.length === 0) lines.push(`  - ${w.location}: ${w.wholeDocument}`);
  else lines.push(`  - ${w.location}: ${item.occurrences.map((o) => e(describeOccurrence(o, language))).join('; ')}`);
  lines.push(`  - ${w.message}: ${e(item.message[language])}`);
  for (const occurrence of item.occurrences) {
    const context = occurrence.context && occurrence.context !== occurrence.quote ? ` – ${w.context.toLowerCase()}: ${e(occurrence.context)}` : '';
    lines.push(`  - ${w.quote} (${e(describeOccurrence(occurrence, language))}): «${e(occurrence.quote)}»${context}`);
  }
  if (item.suggestion) lines.push(`  - ${w.suggestion}: ${e(item.suggestion[language])}`);
  if (item.legal.length > 0) lines.push(`  - ${w.legal}: ${item.legal.map((l) => e(formatLegalReference(l, language))).join('; ')}`);
  if (item.ruleId) lines.push(`  - ${w.rule}: ${code(item.ruleId)}`);
  lines.push(...decisionLines(item, language, w));
  return lines;
}

function questionLines(item: ChecklistItem, language: Language, w: ChecklistWords): string[] {
  const e = escapeMarkdown;
  const lines = [`- ${checkbox(item)} ${item.position + 1}. **${e(item.title[language])}** (${carryLabel(item, w)})`, `  - ${w.question}: ${e(item.message[language])}`];
  const prompt = item.answerPrompt ? item.answerPrompt[language].replace(/:\s*$/, '') : w.answer;
  // An unanswered question keeps a visible blank, so a printed list can be filled in by hand.
  lines.push(`  - ${e(prompt)}: ${item.decision?.answer ? e(item.decision.answer) : '\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_'}`);
  if (item.legal.length > 0) lines.push(`  - ${w.legal}: ${item.legal.map((l) => e(formatLegalReference(l, language))).join('; ')}`);
  lines.push(...decisionLines(item, language, w));
  return lines;
}
