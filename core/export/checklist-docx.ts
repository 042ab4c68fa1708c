import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, PageOrientation, Paragraph, TextRun, type Table, type TableCell } from 'docx';
import type { Language } from '../errors/localized-text.js';
import { principleById } from '../principles/principles.js';
import { DECISIONS, type Checklist, type ChecklistItem } from '../review/checklist-types.js';
import { SEVERITIES } from '../rules/rule-types.js';
import {
  countByDecision,
  countBySeverity,
  decisionOf,
  describeChange,
  describeExtent,
  describeOccurrence,
  formatTimestamp,
  isDecided,
  principleSections,
  type PrincipleSection,
} from './checklist-view.js';
import { CHECKLIST_WORDS, carryLabel, type ChecklistWords } from './checklist-words.js';
import { corePropertiesXml, stripInvalidXml } from './docx-core-properties.js';
import { A4, cell, factTable, para, table } from './docx-blocks.js';
import { fixZipTimestamps } from './fix-zip-timestamps.js';
import { formatLegalReference } from './format-legal-reference.js';

/** Proofing languages Word understands (BCP 47). */
const PROOFING: Readonly<Record<Language, string>> = { sv: 'sv-SE', en: 'en-GB' };
const SMALL = 17;

/**
 * A checklist as a Word document for reviewers who work in Word: title, a table of the
 * review's facts, a summary, one Heading 1 per principle (so Word's navigation pane lists
 * them) with a table of its findings (item, location, message and quotes, decision, reason,
 * decided by/at) and a table of its standing questions with an answer field, then what was
 * fixed and changed since the previous version and a signature table with key fingerprints
 * (or empty lines for a signature on paper). The proofing language of every paragraph is
 * Swedish (sv-SE) or English per `language`, so Word's spelling check fits the text.
 *
 * The file depends only on the checklist: its dates come from the checklist, not the clock
 * (the package and zip timestamps included), so the same checklist gives the same bytes.
 */
export async function checklistDocx(checklist: Checklist, language: Language): Promise<Uint8Array> {
  const w = CHECKLIST_WORDS[language];
  const doc = checklist.document;
  const title = `${w.checklist}: ${doc.title || doc.fileName || checklist.seriesName}`;
  const subject = `${checklist.seriesName}, ${w.version} ${checklist.version}`;

  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: stripInvalidXml(title), heading: HeadingLevel.TITLE }),
    heading1(w.facts),
    factsTable(checklist, language, w),
    heading1(w.summary),
    summaryTable(checklist, w),
    ...principleSections(checklist).flatMap((section) => principleBlock(section, language, w)),
    ...resolvedBlock(checklist, language, w),
    ...changesBlock(checklist, language, w),
    ...signatureBlock(checklist, w),
  ];

  const document = new Document({
    title,
    subject,
    creator: 'Värdekollen',
    styles: {
      default: {
        document: { run: { font: 'Calibri', size: 20, language: { value: PROOFING[language] } } },
        // Outline levels are explicit so the navigation pane lists headings even where a
        // reader does not treat the style names as Word's built-in headings.
        heading1: { paragraph: { outlineLevel: 0, spacing: { before: 240, after: 120 }, keepNext: true }, run: { size: 28, bold: true } },
        heading2: { paragraph: { outlineLevel: 1, spacing: { before: 200, after: 80 }, keepNext: true }, run: { size: 24, bold: true } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } },
        },
        // A printed page says which review it belongs to and where it lies in it.
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ size: 16, children: [`${stripInvalidXml(subject)} – ${w.page} `, PageNumber.CURRENT, ' / ', PageNumber.TOTAL_PAGES] })] })] }) },
        children,
      },
    ],
  });

  const bytes = await Packer.pack(document, 'uint8array', false, [
    { path: 'docProps/core.xml', data: corePropertiesXml({ title, subject, creator: 'Värdekollen', language: PROOFING[language], created: checklist.createdAt, modified: checklist.completedAt ?? checklist.createdAt }) },
  ]);
  return fixZipTimestamps(bytes, checklist.completedAt ?? checklist.createdAt);
}

function heading1(text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ text: stripInvalidXml(text), heading: HeadingLevel.HEADING_1, ...(pageBreakBefore ? { pageBreakBefore: true } : {}) });
}

function heading2(text: string): Paragraph {
  return new Paragraph({ text: stripInvalidXml(text), heading: HeadingLevel.HEADING_2 });
}

function factsTable(checklist: Checklist, language: Language, w: ChecklistWords): Table {
  const doc = checklist.document;
  const facts: [string, string][] = [
    [w.document, doc.title],
    ...(doc.fileName ? ([[w.fileName, doc.fileName]] as [string, string][]) : []),
    [w.extent, describeExtent(doc, language)],
    [w.fileSha256, doc.fileSha256],
    [w.textSha256, doc.textSha256],
    [w.series, `${checklist.seriesName}, ${w.version} ${checklist.version}`],
    [w.documentType, w.documentTypes[checklist.documentType]],
    [w.ruleSet, `${checklist.ruleSet.version} (${checklist.ruleSet.hash})`],
    [w.status, w.statuses[checklist.status]],
    [w.createdAt, formatTimestamp(checklist.createdAt)],
  ];
  if (checklist.completedBy !== undefined || checklist.completedAt !== undefined) {
    facts.push([w.completedBy, [checklist.completedBy ?? '', checklist.completedAt !== undefined ? formatTimestamp(checklist.completedAt) : ''].filter(Boolean).join(', ')]);
  }
  return factTable([w.fact, w.value], facts);
}

function summaryTable(checklist: Checklist, w: ChecklistWords): Table {
  const decisions = countByDecision(checklist.items);
  const severities = countBySeverity(checklist.items);
  const rows: TableCell[][] = [];
  for (let i = 0; i < Math.max(DECISIONS.length, SEVERITIES.length); i++) {
    const d = DECISIONS[i];
    const s = SEVERITIES[i];
    rows.push([cell([d ? w.decisions[d] : '']), cell([d ? String(decisions[d]) : '']), cell([s ? w.severities[s] : '']), cell([s ? String(severities[s]) : ''])]);
  }
  return table([35, 15, 35, 15], [w.decision, w.count, w.severity, w.count], rows);
}

function principleBlock(section: PrincipleSection, language: Language, w: ChecklistWords): (Paragraph | Table)[] {
  const hasItems = section.findings.length + section.questions.length > 0;
  // Like the printed HTML: a principle with items starts a page, empty ones do not waste one.
  const blocks: (Paragraph | Table)[] = [heading1(`${section.number}. ${section.principle.name[language]}`, hasItems)];
  if (!hasItems) return [...blocks, para({ text: w.noItems, italics: true })];
  if (section.findings.length > 0) blocks.push(findingsTable(section.findings, language, w));
  if (section.questions.length > 0) blocks.push(heading2(w.questions), questionsTable(section.questions, language, w));
  return blocks;
}

function decisionCells(item: ChecklistItem, w: ChecklistWords): TableCell[] {
  const record = item.decision;
  return [
    cell([{ text: `${isDecided(item) ? '☑' : '☐'} ${w.decisions[decisionOf(item)]}`, bold: true }]),
    cell(record?.reason ? [record.reason] : []),
    cell(record?.reviewer ? [record.reviewer, formatTimestamp(record.decidedAt)] : [{ text: w.notDecided, italics: true }]),
  ];
}

function findingsTable(items: readonly ChecklistItem[], language: Language, w: ChecklistWords): Table {
  const rows = items.map((item) => {
    const places = item.occurrences.length === 0 ? [w.wholeDocument] : item.occurrences.map((o) => describeOccurrence(o, language));
    const details: Paragraph[] = [para(item.message[language])];
    for (const o of item.occurrences) details.push(para({ text: `${describeOccurrence(o, language)}: `, size: SMALL }, { text: `«${o.quote}»`, italics: true }));
    if (item.suggestion) details.push(para({ text: `${w.suggestion}: `, bold: true, size: SMALL }, { text: item.suggestion[language], size: SMALL }));
    if (item.legal.length > 0) details.push(para({ text: `${w.legal}: `, bold: true, size: SMALL }, { text: item.legal.map((l) => formatLegalReference(l, language)).join('; '), size: SMALL }));
    if (item.ruleId) details.push(para({ text: item.ruleId, size: 14 }));
    return [
      cell([{ text: `${item.position + 1}. ${w.severities[item.severity]}`, bold: true }, item.title[language], { text: carryLabel(item, w), italics: true }]),
      cell(places),
      cell(details),
      ...decisionCells(item, w),
    ];
  });
  return table([16, 10, 36, 11, 15, 12], [w.item, w.location, `${w.message} / ${w.quote.toLowerCase()}`, w.decision, w.reason, w.decidedBy], rows);
}

function questionsTable(items: readonly ChecklistItem[], language: Language, w: ChecklistWords): Table {
  const rows = items.map((item) => [
    cell([{ text: `${item.position + 1}. ${item.title[language]}`, bold: true }, item.message[language], { text: carryLabel(item, w), italics: true }]),
    // The answer field: the prompt, then the answer or an empty paragraph to type or write in.
    cell([{ text: item.answerPrompt?.[language] ?? `${w.answer}:`, bold: true }, item.decision?.answer ?? '']),
    ...decisionCells(item, w),
  ]);
  return table([30, 25, 12, 18, 15], [w.question, w.answer, w.decision, w.reason, w.decidedBy], rows, { minRowHeight: 700 });
}

function resolvedBlock(checklist: Checklist, language: Language, w: ChecklistWords): (Paragraph | Table)[] {
  if (checklist.resolved.length === 0) return [heading1(w.resolved), para({ text: w.noResolved, italics: true })];
  const rows = checklist.resolved.map((item) => {
    const previous = item.previousDecision;
    return [
      cell([item.title[language], ...(item.ruleId ? [{ text: item.ruleId, size: 14 }] : [])]),
      cell([principleById(item.principle).name[language]]),
      cell([item.quote ? `«${item.quote}»` : w.wholeDocument]),
      cell([
        { text: w.decisions[previous?.decision ?? 'open'], bold: true },
        ...(previous?.reviewer ? [`${previous.reviewer}, ${formatTimestamp(previous.decidedAt)}`] : []),
        ...(previous?.reason ? [`${w.reason}: ${previous.reason}`] : []),
      ]),
    ];
  });
  return [heading1(w.resolved), table([28, 20, 27, 25], [w.item, w.principle, w.quote, w.previousDecision], rows)];
}

function changesBlock(checklist: Checklist, language: Language, w: ChecklistWords): (Paragraph | Table)[] {
  if (checklist.changes.length === 0) return [heading1(w.changes), para({ text: w.noChanges, italics: true })];
  const rows = checklist.changes.map((change) => [
    cell([w.changeKinds[change.kind]]),
    cell([describeChange(change, language)]),
    cell([change.before?.text ?? '–']),
    cell([change.after?.text ?? '–']),
  ]);
  return [heading1(w.changes), table([12, 18, 35, 35], [w.change, w.location, w.before, w.after], rows)];
}

function signatureBlock(checklist: Checklist, w: ChecklistWords): (Paragraph | Table)[] {
  if (checklist.signatures.length === 0) {
    // Room for a signature on paper: one empty row, tall enough to sign in.
    return [heading1(w.signatures), para(w.noSignatures), table([45, 35, 20], [w.signature, w.nameInPrint, w.date], [[cell([]), cell([]), cell([])]], { minRowHeight: 900 })];
  }
  const rows = checklist.signatures.map((s) => [cell([s.reviewer]), cell([formatTimestamp(s.signedAt)]), cell([{ text: s.keyFingerprint, font: 'Consolas', size: SMALL }])]);
  return [heading1(w.signatures), table([30, 22, 48], [w.reviewer, w.signedAt, w.keyFingerprint], rows)];
}
