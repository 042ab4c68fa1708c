import type { Language } from '../errors/localized-text.js';
import type { ContentChange } from './compare-manifests.js';
import type { SignatureCheck, SignatureProblem, VerificationReport, Verdict } from './verification-report.js';

/**
 * The report as lines a person reads (the CLI prints them as they are): the verdict first, then
 * what was signed, who signed it and when, what changed since, and how the document compares.
 * Field paths stay in the text as they are in the file, so a technical reader can find them.
 */
export function describeVerification(report: VerificationReport, language: Language): string[] {
  const t = TEXTS[language];
  const { content } = report;
  const { document, review } = content;
  const lines: string[] = [t.verdict[report.verdict]];

  lines.push(t.review(review.id, review.series, review.version, review.documentType));
  const pages = document.pageCount !== null ? t.pages(document.pageCount) : '';
  lines.push(t.document(document.title, document.fileName, document.format, pages));
  lines.push(`${t.fileHash}: ${document.fileSha256}`, `${t.textHash}: ${document.textSha256}`);
  lines.push(t.ruleSet(content.ruleSet.version, content.ruleSet.hash));
  lines.push(review.completedAt !== null ? t.completed(review.completedAt, review.completedBy ?? '?') : t.notCompleted);
  const count = (decision: string): number => content.items.filter((item) => item.decision === decision).length;
  lines.push(t.items(content.items.length, count('fixed'), count('accepted'), count('not-applicable'), count('open')));
  if (content.resolved.length > 0) lines.push(t.resolved(content.resolved.length));

  lines.push(t.signaturesHeading(report.signatures.length));
  for (const signature of report.signatures) lines.push(`  ${signature.index + 1}. ${describeSignature(signature, language)}`);

  if (report.changes.length > 0) {
    lines.push(t.changesHeading);
    for (const change of report.changes) lines.push(`  - ${describeChange(change, language)}`);
  }

  if (report.document) {
    const d = report.document;
    if (d.fileMatches === true) lines.push(t.fileMatches(d.signedFileSha256));
    if (d.fileMatches === false) lines.push(t.fileDiffers(d.signedFileSha256, d.fileSha256 ?? ''));
    if (d.textMatches === true) lines.push(t.textMatches);
    if (d.textMatches === false) lines.push(t.textDiffers(d.signedTextSha256, d.textSha256 ?? ''));
  }
  return lines;
}

function describeSignature(signature: SignatureCheck, language: Language): string {
  const t = TEXTS[language];
  const who = `${signature.reviewer} (${signature.keyFingerprint}), ${signature.signedAt}`;
  const signer =
    signature.signer === 'known' ? ` ${t.knownKey}` : signature.signer === 'unknown-key' ? ` ${t.unknownKey}` : signature.signer === 'name-differs' ? ` ${t.keyBelongsTo(signature.knownAs ?? '?')}` : '';
  if (signature.valid) return `${who}: ${t.signatureValid}${signer}`;
  const reasons = signature.problems.flatMap((problem) => describeProblem(problem, signature, language));
  return `${who}: ${t.signatureInvalid} – ${reasons.join('; ')}${signer}`;
}

function describeProblem(problem: SignatureProblem, signature: SignatureCheck, language: Language): string[] {
  const t = TEXTS[language];
  if (problem === 'signature-mismatch') {
    const fields = signature.alteredFields.filter((f) => f !== 'fieldHashes');
    if (fields.length === 0) return [t.problem[problem]];
    return fields.map((f) => (f === 'signature' ? t.signatureValueAltered : t.fieldAltered(f)));
  }
  return [t.problem[problem]];
}

/** One content change as a phrase: "item f-3a9c: decision changed" / "punkt f-3a9c: decision (beslut) har ändrats". */
export function describeChange(change: ContentChange, language: Language): string {
  const t = TEXTS[language];
  if (change.change === 'reordered') return change.part === 'items' ? t.itemsReordered : t.resolvedReordered;
  const verb = t.change[change.change];
  if (change.part === 'items' || change.part === 'resolved') {
    const what = change.part === 'items' ? t.item(change.key ?? '?') : t.resolvedItem(change.key ?? '?');
    return change.field === undefined ? `${what} ${verb}` : `${what}: ${fieldLabel(change.field, language)} ${verb}`;
  }
  if (change.part === 'content') return `${t.content} ${verb}`;
  return `${fieldLabel(change.path, language)} ${verb}`;
}

/** The field path, followed in Swedish by its words ("decision (beslut)"). */
function fieldLabel(path: string, language: Language): string {
  if (language === 'en') return path;
  const words = path.split('.').map((segment) => {
    const indexed = /^(\w+)\[(\d+)\]$/.exec(segment);
    if (indexed) return `${SWEDISH_FIELDS[indexed[1] ?? ''] ?? indexed[1]} ${Number(indexed[2]) + 1}`;
    return SWEDISH_FIELDS[segment] ?? segment;
  });
  return `${path} (${words.join(' › ')})`;
}

const SWEDISH_FIELDS: Readonly<Record<string, string>> = {
  document: 'dokument',
  ruleSet: 'regeluppsättning',
  review: 'granskning',
  fileName: 'filnamn',
  title: 'titel',
  format: 'format',
  fileSha256: 'filens SHA-256',
  textSha256: 'textens SHA-256',
  pageCount: 'antal sidor',
  version: 'version',
  hash: 'hash',
  id: 'id',
  series: 'serie',
  documentType: 'dokumenttyp',
  createdAt: 'skapad',
  completedAt: 'avslutad',
  completedBy: 'avslutad av',
  key: 'nyckel',
  kind: 'typ',
  ruleId: 'regel',
  questionId: 'fråga',
  principle: 'princip',
  severity: 'allvarlighetsgrad',
  message: 'meddelande',
  sv: 'svenska',
  en: 'engelska',
  occurrences: 'förekomst',
  quote: 'citat',
  location: 'plats',
  start: 'början',
  end: 'slut',
  page: 'sida',
  paragraphOnPage: 'stycke på sidan',
  docxParagraph: 'Word-stycke',
  line: 'rad',
  table: 'tabell',
  row: 'rad',
  column: 'kolumn',
  decision: 'beslut',
  reason: 'motivering',
  answer: 'svar',
  decidedBy: 'beslutat av',
  decidedAt: 'beslutstid',
  previousKey: 'tidigare nyckel',
  previousDecision: 'tidigare beslut',
};

interface Texts {
  readonly verdict: Readonly<Record<Verdict, string>>;
  review(id: string, series: string, version: number, type: string): string;
  document(title: string, fileName: string | null, format: string, pages: string): string;
  pages(count: number): string;
  readonly fileHash: string;
  readonly textHash: string;
  ruleSet(version: string, hash: string): string;
  completed(at: string, by: string): string;
  readonly notCompleted: string;
  items(total: number, fixed: number, accepted: number, notApplicable: number, open: number): string;
  resolved(count: number): string;
  signaturesHeading(count: number): string;
  readonly signatureValid: string;
  readonly signatureInvalid: string;
  readonly knownKey: string;
  readonly unknownKey: string;
  keyBelongsTo(name: string): string;
  readonly problem: Readonly<Record<SignatureProblem, string>>;
  fieldAltered(field: string): string;
  readonly signatureValueAltered: string;
  readonly changesHeading: string;
  readonly change: Readonly<Record<'changed' | 'added' | 'removed', string>>;
  item(key: string): string;
  resolvedItem(key: string): string;
  readonly itemsReordered: string;
  readonly resolvedReordered: string;
  readonly content: string;
  fileMatches(sha: string): string;
  fileDiffers(listed: string, actual: string): string;
  readonly textMatches: string;
  textDiffers(listed: string, actual: string): string;
}

const TEXTS: Readonly<Record<Language, Texts>> = {
  sv: {
    verdict: {
      valid: 'Resultat: GILTIG – checklistan är underskriven och har inte ändrats sedan dess.',
      'valid-same-text':
        'Resultat: GILTIG FÖR TEXTEN – underskrifterna håller och dokumentets text är den underskrivna, men filen är inte byte för byte densamma (till exempel en PDF som sparats om).',
      'document-mismatch': 'Resultat: FEL DOKUMENT – underskrifterna håller, men dokumentet är inte det som skrevs under.',
      'unknown-signer': 'Resultat: OKÄND UNDERTECKNARE – underskrifterna håller, men minst en nyckel hör inte till någon känd granskare.',
      unsigned: 'Resultat: INTE UNDERSKRIVEN – checklistan har inga underskrifter.',
      invalid: 'Resultat: OGILTIG – filen har ändrats efter underskriften, eller en underskrift håller inte.',
    },
    review: (id, series, version, type) => `Granskning ${id} av "${series}", version ${version} (${({ jobad: 'platsannons', policy: 'styrdokument', other: 'annat dokument' } as Record<string, string>)[type] ?? type})`,
    document: (title, fileName, format, pages) => `Dokument: "${title}"${fileName !== null ? `, fil ${fileName}` : ''} (${format}${pages})`,
    pages: (count) => (count === 1 ? ', 1 sida' : `, ${count} sidor`),
    fileHash: 'Filens SHA-256',
    textHash: 'Textens SHA-256',
    ruleSet: (version, hash) => `Regeluppsättning: ${version} (hash ${hash})`,
    completed: (at, by) => `Avslutad ${at} av ${by}`,
    notCompleted: 'Granskningen är inte avslutad.',
    items: (total, fixed, accepted, na, open) => `Punkter: ${total} – åtgärdade: ${fixed}, godtagna: ${accepted}, ej tillämpliga: ${na}, öppna: ${open}`,
    resolved: (count) => `Åtgärdade sedan förra versionen: ${count}`,
    signaturesHeading: (count) => `Underskrifter (${count}):`,
    signatureValid: 'giltig',
    signatureInvalid: 'OGILTIG',
    knownKey: '(känd nyckel)',
    unknownKey: '(okänd nyckel)',
    keyBelongsTo: (name) => `(nyckeln hör till ${name})`,
    problem: {
      'public-key-unreadable': 'den publika nyckeln går inte att läsa eller har ändrats',
      'fingerprint-mismatch': 'fingeravtrycket hör inte till den publika nyckeln',
      'signature-mismatch': 'underskriften stämmer inte',
      'field-hashes-altered': 'kontrollsummorna bredvid underskriften har ändrats',
      'content-changed': 'innehållet har ändrats efter underskriften (se nedan)',
      'duplicate-signer': 'samma nyckel har redan skrivit under',
    },
    fieldAltered: (field) => `${field} har ändrats (underskriften håller inte)`,
    signatureValueAltered: 'själva underskriften har ändrats',
    changesHeading: 'Ändrat efter underskriften:',
    change: { changed: 'har ändrats', added: 'har lagts till', removed: 'har tagits bort' },
    item: (key) => `punkt ${key}`,
    resolvedItem: (key) => `åtgärdad punkt ${key}`,
    itemsReordered: 'punkternas ordning har ändrats',
    resolvedReordered: 'de åtgärdade punkternas ordning har ändrats',
    content: 'innehållet',
    fileMatches: (sha) => `Dokumentfilen är den som checklistan gäller (SHA-256 ${sha}).`,
    fileDiffers: (listed, actual) => `Dokumentfilen är INTE den som checklistan gäller: checklistan anger SHA-256 ${listed}, filen har ${actual}.`,
    textMatches: 'Dokumentets text är den som checklistan gäller.',
    textDiffers: (listed, actual) => `Dokumentets text är INTE den som checklistan gäller: checklistan anger SHA-256 ${listed}, texten har ${actual}.`,
  },
  en: {
    verdict: {
      valid: 'Result: VALID – the checklist is signed and has not changed since.',
      'valid-same-text':
        "Result: VALID FOR THE TEXT – the signatures hold and the document's text is the signed one, but the file is not byte for byte the same (for example a re-saved PDF).",
      'document-mismatch': 'Result: WRONG DOCUMENT – the signatures hold, but the document is not the one that was signed.',
      'unknown-signer': 'Result: UNKNOWN SIGNER – the signatures hold, but at least one key belongs to no known reviewer.',
      unsigned: 'Result: NOT SIGNED – the checklist has no signatures.',
      invalid: 'Result: INVALID – the file was changed after signing, or a signature does not hold.',
    },
    review: (id, series, version, type) => `Review ${id} of "${series}", version ${version} (${({ jobad: 'job ad', policy: 'policy', other: 'other document' } as Record<string, string>)[type] ?? type})`,
    document: (title, fileName, format, pages) => `Document: "${title}"${fileName !== null ? `, file ${fileName}` : ''} (${format}${pages})`,
    pages: (count) => (count === 1 ? ', 1 page' : `, ${count} pages`),
    fileHash: 'File SHA-256',
    textHash: 'Text SHA-256',
    ruleSet: (version, hash) => `Rule set: ${version} (hash ${hash})`,
    completed: (at, by) => `Completed ${at} by ${by}`,
    notCompleted: 'The review is not completed.',
    items: (total, fixed, accepted, na, open) => `Items: ${total} – ${fixed} fixed, ${accepted} accepted, ${na} not applicable, ${open} open`,
    resolved: (count) => `Resolved since the previous version: ${count}`,
    signaturesHeading: (count) => `Signatures (${count}):`,
    signatureValid: 'valid',
    signatureInvalid: 'INVALID',
    knownKey: '(known key)',
    unknownKey: '(unknown key)',
    keyBelongsTo: (name) => `(the key belongs to ${name})`,
    problem: {
      'public-key-unreadable': 'the public key cannot be read or was changed',
      'fingerprint-mismatch': 'the fingerprint does not belong to the public key',
      'signature-mismatch': 'the signature does not match',
      'field-hashes-altered': 'the check hashes beside the signature were changed',
      'content-changed': 'the content changed after signing (see below)',
      'duplicate-signer': 'the same key already signed',
    },
    fieldAltered: (field) => `${field} changed (signature invalid)`,
    signatureValueAltered: 'the signature itself was changed',
    changesHeading: 'Changed after signing:',
    change: { changed: 'changed', added: 'added', removed: 'removed' },
    item: (key) => `item ${key}`,
    resolvedItem: (key) => `resolved item ${key}`,
    itemsReordered: 'the order of the items changed',
    resolvedReordered: 'the order of the resolved items changed',
    content: 'the content',
    fileMatches: (sha) => `The document file is the one the checklist is about (SHA-256 ${sha}).`,
    fileDiffers: (listed, actual) => `The document file is NOT the one the checklist is about: the checklist gives SHA-256 ${listed}, the file has ${actual}.`,
    textMatches: "The document's text is the one the checklist is about.",
    textDiffers: (listed, actual) => `The document's text is NOT the one the checklist is about: the checklist gives SHA-256 ${listed}, the text has ${actual}.`,
  },
};
