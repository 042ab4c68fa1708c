import type { Language } from '../errors/localized-text.js';
import type { CarryState, ChecklistItem, Decision } from '../review/checklist-types.js';
import type { DocumentType, Severity } from '../rules/rule-types.js';

/** The labels a checklist export prints, in one language. */
export interface ChecklistWords {
  readonly checklist: string;
  readonly facts: string;
  readonly fact: string;
  readonly value: string;
  readonly document: string;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly textSha256: string;
  readonly series: string;
  readonly version: string;
  readonly documentType: string;
  readonly ruleSet: string;
  readonly status: string;
  readonly completedBy: string;
  readonly completedAt: string;
  readonly createdAt: string;
  readonly reviewId: string;
  readonly summary: string;
  readonly decision: string;
  readonly severity: string;
  readonly count: string;
  readonly findings: string;
  readonly questions: string;
  readonly noItems: string;
  readonly item: string;
  readonly number: string;
  readonly location: string;
  readonly message: string;
  readonly quote: string;
  readonly context: string;
  readonly suggestion: string;
  readonly legal: string;
  readonly rule: string;
  readonly carry: string;
  readonly reason: string;
  readonly answer: string;
  readonly question: string;
  readonly decidedBy: string;
  readonly decidedAt: string;
  readonly notDecided: string;
  readonly wholeDocument: string;
  readonly unknownPlace: string;
  readonly principle: string;
  readonly resolved: string;
  readonly noResolved: string;
  readonly previousDecision: string;
  readonly changes: string;
  readonly noChanges: string;
  readonly change: string;
  readonly before: string;
  readonly after: string;
  readonly signatures: string;
  readonly noSignatures: string;
  readonly reviewer: string;
  readonly signedAt: string;
  readonly keyFingerprint: string;
  readonly paperSignature: string;
  readonly signature: string;
  readonly nameInPrint: string;
  readonly date: string;
  readonly extent: string;
  readonly pages: string;
  readonly page: string;
  readonly words: string;
  readonly decisions: Readonly<Record<Decision, string>>;
  readonly severities: Readonly<Record<Severity, string>>;
  readonly carryStates: Readonly<Record<CarryState, string>>;
  /** The carry state of a finding marked fixed in the previous version that is still there. */
  readonly reopened: string;
  readonly documentTypes: Readonly<Record<DocumentType, string>>;
  readonly statuses: Readonly<Record<'open' | 'completed', string>>;
  readonly changeKinds: Readonly<Record<'added' | 'removed' | 'changed', string>>;
}

/**
 * One vocabulary for every checklist export, so the Markdown, HTML and Word files a reviewer
 * compares use the same words ("Accepterad", "kvarstår", "hela dokumentet").
 */
export const CHECKLIST_WORDS: Readonly<Record<Language, ChecklistWords>> = {
  sv: {
    checklist: 'Granskningslista',
    facts: 'Uppgifter om granskningen',
    fact: 'Uppgift',
    value: 'Värde',
    document: 'Dokument',
    fileName: 'Fil',
    fileSha256: 'Filens SHA-256',
    textSha256: 'Textens SHA-256',
    series: 'Serie och version',
    version: 'version',
    documentType: 'Dokumenttyp',
    ruleSet: 'Regeluppsättning',
    status: 'Status',
    completedBy: 'Slutförd av',
    completedAt: 'Slutförd',
    createdAt: 'Skapad',
    reviewId: 'Gransknings-id',
    summary: 'Sammanfattning',
    decision: 'Beslut',
    severity: 'Allvarlighet',
    count: 'Antal',
    findings: 'Fynd',
    questions: 'Stående frågor',
    noItems: 'Inga punkter.',
    item: 'Punkt',
    number: 'Nr',
    location: 'Plats',
    message: 'Meddelande',
    quote: 'Citat',
    context: 'Sammanhang',
    suggestion: 'Förslag',
    legal: 'Rättskälla',
    rule: 'Regel',
    carry: 'Läge',
    reason: 'Motivering',
    answer: 'Svar',
    question: 'Fråga',
    decidedBy: 'Beslutat av',
    decidedAt: 'Beslutat',
    notDecided: 'inte beslutad',
    wholeDocument: 'hela dokumentet',
    unknownPlace: 'okänd plats',
    principle: 'Princip',
    resolved: 'Åtgärdat sedan förra versionen',
    noResolved: 'Inga punkter från förra versionen har åtgärdats.',
    previousDecision: 'Tidigare beslut',
    changes: 'Ändringar sedan förra versionen',
    noChanges: 'Inga ändringar (första versionen eller oförändrad text).',
    change: 'Ändring',
    before: 'Före',
    after: 'Efter',
    signatures: 'Underskrifter',
    noSignatures: 'Granskningen är inte elektroniskt underskriven.',
    reviewer: 'Granskare',
    signedAt: 'Tidpunkt',
    keyFingerprint: 'Nyckelns fingeravtryck',
    paperSignature: 'Underskrift på papper',
    signature: 'Underskrift',
    nameInPrint: 'Namnförtydligande',
    date: 'Datum',
    extent: 'Omfång',
    pages: 'sidor',
    page: 'sida',
    words: 'ord',
    decisions: { open: 'Öppen', fixed: 'Åtgärdad', accepted: 'Accepterad', 'not-applicable': 'Ej tillämplig' },
    severities: { error: 'Fel', warning: 'Varning', info: 'Info' },
    carryStates: { new: 'ny', remaining: 'kvarstår' },
    reopened: 'kvarstår trots att den markerades åtgärdad i förra versionen',
    documentTypes: { jobad: 'platsannons', policy: 'policy/riktlinje', other: 'annat dokument' },
    statuses: { open: 'pågående', completed: 'slutförd' },
    changeKinds: { added: 'Tillagt', removed: 'Borttaget', changed: 'Ändrat' },
  },
  en: {
    checklist: 'Review checklist',
    facts: 'About this review',
    fact: 'Fact',
    value: 'Value',
    document: 'Document',
    fileName: 'File',
    fileSha256: 'File SHA-256',
    textSha256: 'Text SHA-256',
    series: 'Series and version',
    version: 'version',
    documentType: 'Document type',
    ruleSet: 'Rule set',
    status: 'Status',
    completedBy: 'Completed by',
    completedAt: 'Completed',
    createdAt: 'Created',
    reviewId: 'Review id',
    summary: 'Summary',
    decision: 'Decision',
    severity: 'Severity',
    count: 'Count',
    findings: 'Findings',
    questions: 'Standing questions',
    noItems: 'No items.',
    item: 'Item',
    number: 'No.',
    location: 'Location',
    message: 'Message',
    quote: 'Quote',
    context: 'Context',
    suggestion: 'Suggestion',
    legal: 'Legal source',
    rule: 'Rule',
    carry: 'State',
    reason: 'Reason',
    answer: 'Answer',
    question: 'Question',
    decidedBy: 'Decided by',
    decidedAt: 'Decided',
    notDecided: 'not decided',
    wholeDocument: 'whole document',
    unknownPlace: 'unknown location',
    principle: 'Principle',
    resolved: 'Fixed since the previous version',
    noResolved: 'No items of the previous version were fixed.',
    previousDecision: 'Previous decision',
    changes: 'Changes since the previous version',
    noChanges: 'No changes (first version or unchanged text).',
    change: 'Change',
    before: 'Before',
    after: 'After',
    signatures: 'Signatures',
    noSignatures: 'The review has not been signed electronically.',
    reviewer: 'Reviewer',
    signedAt: 'Time',
    keyFingerprint: 'Key fingerprint',
    paperSignature: 'Signature on paper',
    signature: 'Signature',
    nameInPrint: 'Name in print',
    date: 'Date',
    extent: 'Length',
    pages: 'pages',
    page: 'page',
    words: 'words',
    decisions: { open: 'Open', fixed: 'Fixed', accepted: 'Accepted', 'not-applicable': 'Not applicable' },
    severities: { error: 'Error', warning: 'Warning', info: 'Info' },
    carryStates: { new: 'new', remaining: 'remaining' },
    reopened: 'remaining, although marked fixed in the previous version',
    documentTypes: { jobad: 'job ad', policy: 'policy/guideline', other: 'other document' },
    statuses: { open: 'in progress', completed: 'completed' },
    changeKinds: { added: 'Added', removed: 'Removed', changed: 'Changed' },
  },
};

/** How an item relates to the previous version, in the export's words. */
export function carryLabel(item: Pick<ChecklistItem, 'carry' | 'reopened'>, words: ChecklistWords): string {
  return item.reopened ? words.reopened : words.carryStates[item.carry];
}
