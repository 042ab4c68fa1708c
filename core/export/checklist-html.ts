import type { Language } from '../errors/localized-text.js';
import { principleById } from '../principles/principles.js';
import { DECISIONS, type Checklist, type ChecklistItem } from '../review/checklist-types.js';
import { SEVERITIES } from '../rules/rule-types.js';
import { CHECKLIST_CSS } from './checklist-html-style.js';
import {
  countByDecision,
  countBySeverity,
  describeChange,
  describeExtent,
  decisionOf,
  describeOccurrence,
  formatTimestamp,
  isDecided,
  principleSections,
  type PrincipleSection,
} from './checklist-view.js';
import { CHECKLIST_WORDS, carryLabel, type ChecklistWords } from './checklist-words.js';
import { formatLegalReference } from './format-legal-reference.js';
import { html, SafeHtml } from './html-template.js';

/**
 * The page's only policy: nothing may load (no images, fonts, frames, scripts or
 * connections) and only the inline style sheet applies. `base-uri` and `form-action` do not
 * fall back to `default-src`, so they are closed separately.
 */
export const CHECKLIST_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/**
 * A checklist as one self-contained, print-ready HTML5 page (A4): the review's facts, a
 * summary, one section per principle with a table of findings and one of standing questions,
 * what was fixed and changed since the previous version, and a signature block (each
 * signature with its key fingerprint, or empty lines for a signature on paper when there is
 * none). The page has no scripts and refers to nothing outside itself; every text is escaped
 * by the {@link html} template.
 */
export function checklistHtml(checklist: Checklist, language: Language): string {
  const w = CHECKLIST_WORDS[language];
  const doc = checklist.document;
  const heading = `${w.checklist}: ${doc.title || doc.fileName || checklist.seriesName}`;
  const page = html`<!DOCTYPE html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CHECKLIST_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Värdekollen">
<title>${heading}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${heading}</h1>
${factsTable(checklist, language, w)}
</header>
<main>
${summarySection(checklist, w)}
${principleSections(checklist).map((section) => principleSection(section, language, w))}
${resolvedSection(checklist, language, w)}
${changesSection(checklist, language, w)}
${signatureSection(checklist, w)}
</main>
</body>
</html>
`;
  return page.markup;
}

/** The style sheet is our own constant, not data: inserted as markup. */
const STYLE = new SafeHtml(CHECKLIST_CSS);

function factsTable(checklist: Checklist, language: Language, w: ChecklistWords): SafeHtml {
  const doc = checklist.document;
  const rows: [string, SafeHtml | string][] = [
    [w.document, doc.title],
    ...(doc.fileName ? ([[w.fileName, doc.fileName]] as [string, string][]) : []),
    [w.extent, describeExtent(doc, language)],
    [w.fileSha256, html`<span class="hash">${doc.fileSha256}</span>`],
    [w.textSha256, html`<span class="hash">${doc.textSha256}</span>`],
    [w.series, `${checklist.seriesName}, ${w.version} ${checklist.version}`],
    [w.documentType, w.documentTypes[checklist.documentType]],
    [w.ruleSet, html`${checklist.ruleSet.version} <span class="hash">(${checklist.ruleSet.hash})</span>`],
    [w.status, w.statuses[checklist.status]],
    [w.createdAt, formatTimestamp(checklist.createdAt)],
  ];
  if (checklist.completedBy !== undefined || checklist.completedAt !== undefined) {
    rows.push([w.completedBy, [checklist.completedBy ?? '', checklist.completedAt !== undefined ? formatTimestamp(checklist.completedAt) : ''].filter(Boolean).join(', ')]);
  }
  return html`<table class="facts">
<caption>${w.facts}</caption>
<tbody>
${rows.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>\n`)}</tbody>
</table>`;
}

function summarySection(checklist: Checklist, w: ChecklistWords): SafeHtml {
  const decisions = countByDecision(checklist.items);
  const severities = countBySeverity(checklist.items);
  return html`<section class="summary" aria-labelledby="summary">
<h2 id="summary">${w.summary}</h2>
<table>
<caption>${w.decision}</caption>
<thead><tr><th scope="col">${w.decision}</th><th scope="col" class="num">${w.count}</th></tr></thead>
<tbody>
${DECISIONS.map((d) => html`<tr><th scope="row">${w.decisions[d]}</th><td class="num">${decisions[d]}</td></tr>\n`)}</tbody>
</table>
<table>
<caption>${w.severity}</caption>
<thead><tr><th scope="col">${w.severity}</th><th scope="col" class="num">${w.count}</th></tr></thead>
<tbody>
${SEVERITIES.map((s) => html`<tr><th scope="row">${w.severities[s]}</th><td class="num">${severities[s]}</td></tr>\n`)}</tbody>
</table>
</section>`;
}

function principleSection(section: PrincipleSection, language: Language, w: ChecklistWords): SafeHtml {
  const id = `p-${section.principle.id}`;
  const name = section.principle.name[language];
  const hasItems = section.findings.length + section.questions.length > 0;
  return html`
<section class="principle${hasItems ? ' has-items' : ''}" aria-labelledby="${id}">
<h2 id="${id}">${section.number}. ${name}</h2>
${hasItems ? false : html`<p class="empty">${w.noItems}</p>`}
${section.findings.length > 0 && findingsTable(section.findings, `${w.findings} – ${name}`, language, w)}
${section.questions.length > 0 && html`<h3>${w.questions}</h3>\n${questionsTable(section.questions, `${w.questions} – ${name}`, language, w)}`}
</section>`;
}

/** "☑ Accepterad" — the box is decoration; the word carries the meaning for screen readers and print. */
function decisionCell(item: ChecklistItem, w: ChecklistWords): SafeHtml {
  const record = item.decision;
  return html`<p><span class="box" aria-hidden="true">${isDecided(item) ? '☑' : '☐'}</span> <span class="label">${w.decisions[decisionOf(item)]}</span></p>${
    record?.reviewer ? html`<p>${w.decidedBy}: ${record.reviewer}</p><p>${w.decidedAt}: ${formatTimestamp(record.decidedAt)}</p>` : false
  }${record?.reason ? html`<p><span class="label">${w.reason}:</span> ${record.reason}</p>` : false}`;
}

function legalList(item: ChecklistItem, language: Language): string {
  return item.legal.map((l) => formatLegalReference(l, language)).join('; ');
}

function findingsTable(items: readonly ChecklistItem[], caption: string, language: Language, w: ChecklistWords): SafeHtml {
  // The caption repeats the section heading for screen readers only.
  return html`<table class="items">
<caption class="visually-hidden">${caption}</caption>
<colgroup><col style="width:6%"><col style="width:18%"><col style="width:14%"><col style="width:40%"><col style="width:22%"></colgroup>
<thead><tr><th scope="col" class="num">${w.number}</th><th scope="col">${w.item}</th><th scope="col">${w.location}</th><th scope="col">${w.message} / ${w.quote.toLowerCase()}</th><th scope="col">${w.decision}</th></tr></thead>
<tbody>
${items.map(
  (item) => html`<tr>
<td class="num">${item.position + 1}</td>
<td><p><span class="severity severity-${item.severity}">${w.severities[item.severity]}</span></p><p>${item.title[language]}</p><p class="carry">${carryLabel(item, w)}</p></td>
<td>${item.occurrences.length === 0 ? w.wholeDocument : html`<ul class="places">${item.occurrences.map((o) => html`<li>${describeOccurrence(o, language)}</li>`)}</ul>`}</td>
<td><p>${item.message[language]}</p>${item.occurrences.map(
    (o) => html`<blockquote><span class="label">${describeOccurrence(o, language)}:</span> «${o.quote}»${o.context && o.context !== o.quote ? html`<br>${w.context}: ${o.context}` : false}</blockquote>`,
  )}${item.suggestion ? html`<p><span class="label">${w.suggestion}:</span> ${item.suggestion[language]}</p>` : false}${
    item.legal.length > 0 ? html`<p><span class="label">${w.legal}:</span> ${legalList(item, language)}</p>` : false
  }${item.ruleId ? html`<p><span class="label">${w.rule}:</span> <span class="hash">${item.ruleId}</span></p>` : false}</td>
<td>${decisionCell(item, w)}</td>
</tr>
`,
)}</tbody>
</table>`;
}

function questionsTable(items: readonly ChecklistItem[], caption: string, language: Language, w: ChecklistWords): SafeHtml {
  return html`<table class="questions">
<caption class="visually-hidden">${caption}</caption>
<colgroup><col style="width:6%"><col style="width:40%"><col style="width:30%"><col style="width:24%"></colgroup>
<thead><tr><th scope="col" class="num">${w.number}</th><th scope="col">${w.question}</th><th scope="col">${w.answer}</th><th scope="col">${w.decision}</th></tr></thead>
<tbody>
${items.map(
  (item) => html`<tr>
<td class="num">${item.position + 1}</td>
<td><span class="label">${item.title[language]}</span> <span class="carry">(${carryLabel(item, w)})</span><br>${item.message[language]}${
    item.legal.length > 0 ? html`<br><span class="label">${w.legal}:</span> ${legalList(item, language)}` : false
  }</td>
<td>${item.answerPrompt ? html`<span class="label">${item.answerPrompt[language]}</span><br>` : false}${item.decision?.answer ? item.decision.answer : html`<span class="blank"></span>`}</td>
<td>${decisionCell(item, w)}</td>
</tr>
`,
)}</tbody>
</table>`;
}

function resolvedSection(checklist: Checklist, language: Language, w: ChecklistWords): SafeHtml {
  return html`
<section class="resolved" aria-labelledby="resolved">
<h2 id="resolved">${w.resolved}</h2>
${
  checklist.resolved.length === 0
    ? html`<p class="empty">${w.noResolved}</p>`
    : html`<table>
<caption class="visually-hidden">${w.resolved}</caption>
<thead><tr><th scope="col">${w.item}</th><th scope="col">${w.principle}</th><th scope="col">${w.quote}</th><th scope="col">${w.previousDecision}</th></tr></thead>
<tbody>
${checklist.resolved.map(
  (item) => html`<tr><td>${item.title[language]}${item.ruleId ? html`<br><span class="hash">${item.ruleId}</span>` : false}</td><td>${principleById(item.principle).name[language]}</td><td>${
    item.quote ? html`«${item.quote}»` : w.wholeDocument
  }</td><td>${w.decisions[item.previousDecision?.decision ?? 'open']}${item.previousDecision?.reviewer ? html`<br>${item.previousDecision.reviewer}, ${formatTimestamp(item.previousDecision.decidedAt)}` : false}${
    item.previousDecision?.reason ? html`<br>${w.reason}: ${item.previousDecision.reason}` : false
  }</td></tr>\n`,
)}</tbody>
</table>`
}
</section>`;
}

function changesSection(checklist: Checklist, language: Language, w: ChecklistWords): SafeHtml {
  return html`
<section class="changes" aria-labelledby="changes">
<h2 id="changes">${w.changes}</h2>
${
  checklist.changes.length === 0
    ? html`<p class="empty">${w.noChanges}</p>`
    : html`<table>
<caption class="visually-hidden">${w.changes}</caption>
<thead><tr><th scope="col">${w.change}</th><th scope="col">${w.location}</th><th scope="col">${w.before}</th><th scope="col">${w.after}</th></tr></thead>
<tbody>
${checklist.changes.map(
  (change) => html`<tr><td>${w.changeKinds[change.kind]}</td><td>${describeChange(change, language)}</td><td>${change.before?.text ?? '–'}</td><td>${change.after?.text ?? '–'}</td></tr>\n`,
)}</tbody>
</table>`
}
</section>`;
}

function signatureSection(checklist: Checklist, w: ChecklistWords): SafeHtml {
  return html`
<section class="signatures" aria-labelledby="signatures">
<h2 id="signatures">${w.signatures}</h2>
${
  checklist.signatures.length === 0
    ? html`<p>${w.noSignatures}</p>
<div class="paper" role="group" aria-label="${w.paperSignature}"><div>${w.signature}</div><div>${w.nameInPrint}</div><div>${w.date}</div></div>`
    : html`<table>
<caption class="visually-hidden">${w.signatures}</caption>
<thead><tr><th scope="col">${w.reviewer}</th><th scope="col">${w.signedAt}</th><th scope="col">${w.keyFingerprint}</th></tr></thead>
<tbody>
${checklist.signatures.map((s) => html`<tr><td>${s.reviewer}</td><td>${formatTimestamp(s.signedAt)}</td><td class="hash">${s.keyFingerprint}</td></tr>\n`)}</tbody>
</table>`
}
</section>`;
}
