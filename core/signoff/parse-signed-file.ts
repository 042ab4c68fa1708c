import { VardekollenError } from '../errors/vardekollen-error.js';
import type { DocumentFormat } from '../model/document.js';
import { PRINCIPLE_IDS } from '../principles/principles.js';
import { DECISIONS } from '../review/checklist-types.js';
import { DOCUMENT_TYPES, SEVERITIES } from '../rules/rule-types.js';
import { hasNoControlCharacters } from './control-characters.js';
import { isSha256Hex } from './hashes.js';
import { isIsoUtc } from './iso-time.js';
import {
  member,
  memberPath,
  readInteger,
  readList,
  readNullableInteger,
  readNullableText,
  readOneOf,
  readRecord,
  readText,
  ShapeError,
  type TextOptions,
} from './json-reader.js';
import { readJsonInput } from './read-json-input.js';
import { SIGNED_FILE_LIMITS } from './limits.js';
import type { KeyedDigest, Manifest, PartDigest } from './manifest.js';
import {
  SIGNED_CONTENT_FORMAT,
  SIGNED_CONTENT_FORMAT_VERSION,
  type SignedContent,
  type SignedDecision,
  type SignedDocument,
  type SignedItem,
  type SignedLocation,
  type SignedOccurrence,
  type SignedResolvedItem,
  type SignedReview,
} from './signed-content.js';
import { SIGNED_ENTRY_FIELDS, type SignatureEntry, type SignedEntryField } from './signature-entry.js';
import { SIGNED_FILE_FORMAT, SIGNED_FILE_FORMAT_VERSION, type SignedFile } from './signed-file.js';

const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['pdf', 'docx', 'text', 'markdown'];
const SHA256_HEX: TextOptions = { check: isSha256Hex, expected: 'a lowercase SHA-256 hex string' };
/** Keys, ids and names: short, one line, printable (they end up in messages and paths). */
const KEY_TEXT: TextOptions = { nonEmpty: true, maxLength: SIGNED_FILE_LIMITS.maxKeyLength, check: hasNoControlCharacters, expected: 'text without control characters' };
const ISO_TIME: TextOptions = { check: isIsoUtc, expected: 'an ISO 8601 UTC time' };
/** Hashes in a manifest are signed, so a bad one is reported by the signature check; only bound their size here. */
const HASH_TEXT: TextOptions = { maxLength: 128 };

/**
 * Reads an untrusted signed checklist: JSON text, the file's bytes or a parsed value. Returns a
 * fresh, fully typed copy (later changes to the input do not reach it).
 *
 * @throws VardekollenError SIGNED_FILE_INVALID whose detail names the place and the problem
 *   ("content.items[3].decision: expected one of …"); never any other error for bad input.
 */
export function readSignedFile(input: unknown): SignedFile {
  try {
    return parseFile(readJsonInput(input));
  } catch (error) {
    if (error instanceof ShapeError) throw new VardekollenError('SIGNED_FILE_INVALID', { detail: error.message }, { cause: error });
    if (error instanceof VardekollenError) throw error;
    // A caller's object may throw from a getter or proxy; that is still "not a signed file".
    throw new VardekollenError('SIGNED_FILE_INVALID', { detail: 'the value could not be read as JSON data' }, { cause: error });
  }
}

/**
 * Checks that a content built in memory is one the verifier will read back (keys and names
 * short and printable, times in ISO 8601 UTC, hashes in hex, no duplicate keys), so nothing is
 * signed that could not be verified later.
 *
 * @throws VardekollenError INVALID_ARGUMENT naming the place and the problem.
 */
export function assertVerifiableContent(content: SignedContent): void {
  try {
    parseContent(readJsonInput(content), 'content');
  } catch (error) {
    if (error instanceof ShapeError) throw new VardekollenError('INVALID_ARGUMENT', { detail: `the checklist cannot be signed: ${error.message}` }, { cause: error });
    throw error;
  }
}

function parseFile(value: unknown): SignedFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !Object.hasOwn(value, 'format')) {
    throw new ShapeError('', 'it has no "format" member, so it is not a signed checklist');
  }
  const record = value as Record<string, unknown>;
  if (record['format'] !== SIGNED_FILE_FORMAT) throw new ShapeError('format', `expected "${SIGNED_FILE_FORMAT}", found ${JSON.stringify(record['format']) ?? 'nothing'}`);
  if (record['formatVersion'] !== SIGNED_FILE_FORMAT_VERSION) {
    throw new ShapeError('formatVersion', `version ${JSON.stringify(record['formatVersion']) ?? 'missing'} is not supported (this version of Värdekollen reads ${SIGNED_FILE_FORMAT_VERSION})`);
  }
  const file = readRecord(value, '', ['format', 'formatVersion', 'content', 'signatures']);
  const signatures = readList(member(file, 'signatures'), 'signatures', SIGNED_FILE_LIMITS.maxSignatures);
  return {
    format: SIGNED_FILE_FORMAT,
    formatVersion: SIGNED_FILE_FORMAT_VERSION,
    content: parseContent(member(file, 'content'), 'content'),
    signatures: signatures.map((entry, i) => parseEntry(entry, `signatures[${i}]`)),
  };
}

function parseContent(value: unknown, path: string): SignedContent {
  const record = readRecord(value, path, ['format', 'formatVersion', 'document', 'ruleSet', 'review', 'items', 'resolved']);
  if (member(record, 'format') !== SIGNED_CONTENT_FORMAT) throw new ShapeError(memberPath(path, 'format'), `expected "${SIGNED_CONTENT_FORMAT}"`);
  if (member(record, 'formatVersion') !== SIGNED_CONTENT_FORMAT_VERSION) {
    throw new ShapeError(memberPath(path, 'formatVersion'), `only version ${SIGNED_CONTENT_FORMAT_VERSION} is supported`);
  }
  const ruleSet = readRecord(member(record, 'ruleSet'), memberPath(path, 'ruleSet'), ['version', 'hash']);
  const itemsPath = memberPath(path, 'items');
  const items = readList(member(record, 'items'), itemsPath, SIGNED_FILE_LIMITS.maxItems).map((item, i) => parseItem(item, `${itemsPath}[${i}]`));
  assertUnique(items.map((item) => item.key), (i) => `${itemsPath}[${i}].key`);
  const resolvedPath = memberPath(path, 'resolved');
  const resolved = readList(member(record, 'resolved'), resolvedPath, SIGNED_FILE_LIMITS.maxItems).map((item, i) => parseResolved(item, `${resolvedPath}[${i}]`));
  assertUnique(resolved.map((item) => item.previousKey), (i) => `${resolvedPath}[${i}].previousKey`);
  return {
    format: SIGNED_CONTENT_FORMAT,
    formatVersion: SIGNED_CONTENT_FORMAT_VERSION,
    document: parseDocument(member(record, 'document'), memberPath(path, 'document')),
    ruleSet: {
      version: readText(member(ruleSet, 'version'), memberPath(path, 'ruleSet.version'), { maxLength: 10_000 }),
      hash: readText(member(ruleSet, 'hash'), memberPath(path, 'ruleSet.hash'), { nonEmpty: true, maxLength: 200 }),
    },
    review: parseReview(member(record, 'review'), memberPath(path, 'review')),
    items,
    resolved,
  };
}

function parseDocument(value: unknown, path: string): SignedDocument {
  const r = readRecord(value, path, ['fileName', 'title', 'format', 'fileSha256', 'textSha256', 'pageCount']);
  return {
    fileName: readNullableText(member(r, 'fileName'), memberPath(path, 'fileName')),
    title: readText(member(r, 'title'), memberPath(path, 'title')),
    format: readOneOf(member(r, 'format'), memberPath(path, 'format'), DOCUMENT_FORMATS),
    fileSha256: readText(member(r, 'fileSha256'), memberPath(path, 'fileSha256'), SHA256_HEX),
    textSha256: readText(member(r, 'textSha256'), memberPath(path, 'textSha256'), SHA256_HEX),
    pageCount: readNullableInteger(member(r, 'pageCount'), memberPath(path, 'pageCount'), 0),
  };
}

function parseReview(value: unknown, path: string): SignedReview {
  const r = readRecord(value, path, ['id', 'series', 'version', 'documentType', 'createdAt', 'completedAt', 'completedBy']);
  return {
    id: readText(member(r, 'id'), memberPath(path, 'id'), KEY_TEXT),
    series: readText(member(r, 'series'), memberPath(path, 'series')),
    version: readInteger(member(r, 'version'), memberPath(path, 'version'), 1),
    documentType: readOneOf(member(r, 'documentType'), memberPath(path, 'documentType'), DOCUMENT_TYPES),
    createdAt: readText(member(r, 'createdAt'), memberPath(path, 'createdAt'), ISO_TIME),
    completedAt: readNullableText(member(r, 'completedAt'), memberPath(path, 'completedAt'), ISO_TIME),
    completedBy: readNullableText(member(r, 'completedBy'), memberPath(path, 'completedBy')),
  };
}

const ITEM_MEMBERS = ['key', 'kind', 'ruleId', 'questionId', 'principle', 'severity', 'message', 'occurrences', 'decision', 'reason', 'answer', 'decidedBy', 'decidedAt'];

function parseItem(value: unknown, path: string): SignedItem {
  const r = readRecord(value, path, ITEM_MEMBERS);
  const message = readRecord(member(r, 'message'), memberPath(path, 'message'), ['sv', 'en']);
  const occurrencesPath = memberPath(path, 'occurrences');
  return {
    key: readText(member(r, 'key'), memberPath(path, 'key'), KEY_TEXT),
    kind: readOneOf(member(r, 'kind'), memberPath(path, 'kind'), ['finding', 'question'] as const),
    ruleId: readNullableText(member(r, 'ruleId'), memberPath(path, 'ruleId')),
    questionId: readNullableText(member(r, 'questionId'), memberPath(path, 'questionId')),
    principle: readOneOf(member(r, 'principle'), memberPath(path, 'principle'), PRINCIPLE_IDS),
    severity: readOneOf(member(r, 'severity'), memberPath(path, 'severity'), SEVERITIES),
    message: { sv: readText(member(message, 'sv'), memberPath(path, 'message.sv')), en: readText(member(message, 'en'), memberPath(path, 'message.en')) },
    occurrences: readList(member(r, 'occurrences'), occurrencesPath, SIGNED_FILE_LIMITS.maxValues).map((o, i) => parseOccurrence(o, `${occurrencesPath}[${i}]`)),
    ...parseDecision(r, path),
  };
}

function parseOccurrence(value: unknown, path: string): SignedOccurrence {
  const r = readRecord(value, path, ['quote', 'location']);
  const locationPath = memberPath(path, 'location');
  const l = readRecord(member(r, 'location'), locationPath, [], ['start', 'end', 'page', 'paragraphOnPage', 'docxParagraph', 'line', 'table']);
  const location: { -readonly [K in keyof SignedLocation]: SignedLocation[K] } = {};
  for (const name of ['start', 'end'] as const) {
    if (Object.hasOwn(l, name)) location[name] = readInteger(member(l, name), memberPath(locationPath, name), 0);
  }
  for (const name of ['page', 'paragraphOnPage', 'docxParagraph', 'line'] as const) {
    if (Object.hasOwn(l, name)) location[name] = readInteger(member(l, name), memberPath(locationPath, name), 1);
  }
  if (Object.hasOwn(l, 'table')) {
    const tablePath = memberPath(locationPath, 'table');
    const t = readRecord(member(l, 'table'), tablePath, ['table', 'row', 'column']);
    location.table = {
      table: readInteger(member(t, 'table'), memberPath(tablePath, 'table'), 1),
      row: readInteger(member(t, 'row'), memberPath(tablePath, 'row'), 1),
      column: readInteger(member(t, 'column'), memberPath(tablePath, 'column'), 1),
    };
  }
  return { quote: readText(member(r, 'quote'), memberPath(path, 'quote')), location };
}

function parseDecision(r: Readonly<Record<string, unknown>>, path: string): SignedDecision {
  return {
    decision: readOneOf(member(r, 'decision'), memberPath(path, 'decision'), DECISIONS),
    reason: readNullableText(member(r, 'reason'), memberPath(path, 'reason')),
    answer: readNullableText(member(r, 'answer'), memberPath(path, 'answer')),
    decidedBy: readNullableText(member(r, 'decidedBy'), memberPath(path, 'decidedBy')),
    decidedAt: readNullableText(member(r, 'decidedAt'), memberPath(path, 'decidedAt'), ISO_TIME),
  };
}

function parseResolved(value: unknown, path: string): SignedResolvedItem {
  const r = readRecord(value, path, ['previousKey', 'ruleId', 'principle', 'quote', 'previousDecision']);
  const decisionPath = memberPath(path, 'previousDecision');
  const previous = member(r, 'previousDecision');
  return {
    previousKey: readText(member(r, 'previousKey'), memberPath(path, 'previousKey'), KEY_TEXT),
    ruleId: readNullableText(member(r, 'ruleId'), memberPath(path, 'ruleId')),
    principle: readOneOf(member(r, 'principle'), memberPath(path, 'principle'), PRINCIPLE_IDS),
    quote: readText(member(r, 'quote'), memberPath(path, 'quote')),
    previousDecision:
      previous === null ? null : parseDecision(readRecord(previous, decisionPath, ['decision', 'reason', 'answer', 'decidedBy', 'decidedAt']), decisionPath),
  };
}

function parseEntry(value: unknown, path: string): SignatureEntry {
  const r = readRecord(value, path, ['reviewer', 'keyFingerprint', 'publicKey', 'signedAt', 'manifest', 'signature', 'fieldHashes']);
  const hashesPath = memberPath(path, 'fieldHashes');
  const hashes = readRecord(member(r, 'fieldHashes'), hashesPath, SIGNED_ENTRY_FIELDS);
  const fieldHashes = Object.fromEntries(
    SIGNED_ENTRY_FIELDS.map((name) => [name, readText(member(hashes, name), memberPath(hashesPath, name), HASH_TEXT)]),
  ) as Record<SignedEntryField, string>;
  return {
    reviewer: readText(member(r, 'reviewer'), memberPath(path, 'reviewer'), KEY_TEXT),
    // The key, fingerprint and signature are checked by the verifier, which reports a bad one
    // for this signature alone; here only their size is bounded.
    keyFingerprint: readText(member(r, 'keyFingerprint'), memberPath(path, 'keyFingerprint'), { maxLength: 200 }),
    publicKey: readText(member(r, 'publicKey'), memberPath(path, 'publicKey'), { maxLength: 4_000 }),
    signedAt: readText(member(r, 'signedAt'), memberPath(path, 'signedAt'), ISO_TIME),
    manifest: parseManifest(member(r, 'manifest'), memberPath(path, 'manifest')),
    signature: readText(member(r, 'signature'), memberPath(path, 'signature'), { maxLength: 200 }),
    fieldHashes,
  };
}

function parseManifest(value: unknown, path: string): Manifest {
  const r = readRecord(value, path, ['content', 'document', 'ruleSet', 'review', 'items', 'resolved']);
  const keyed = (name: string): KeyedDigest[] =>
    readList(member(r, name), memberPath(path, name), SIGNED_FILE_LIMITS.maxItems).map((entry, i) => {
      const entryPath = `${memberPath(path, name)}[${i}]`;
      const e = readRecord(entry, entryPath, ['key', 'sha256', 'fields']);
      return { key: readText(member(e, 'key'), memberPath(entryPath, 'key'), KEY_TEXT), ...parsePart(e, entryPath) };
    });
  return {
    content: readText(member(r, 'content'), memberPath(path, 'content'), HASH_TEXT),
    document: parsePart(readRecord(member(r, 'document'), memberPath(path, 'document'), ['sha256', 'fields']), memberPath(path, 'document')),
    ruleSet: parsePart(readRecord(member(r, 'ruleSet'), memberPath(path, 'ruleSet'), ['sha256', 'fields']), memberPath(path, 'ruleSet')),
    review: parsePart(readRecord(member(r, 'review'), memberPath(path, 'review'), ['sha256', 'fields']), memberPath(path, 'review')),
    items: keyed('items'),
    resolved: keyed('resolved'),
  };
}

function parsePart(r: Readonly<Record<string, unknown>>, path: string): PartDigest {
  const fieldsPath = memberPath(path, 'fields');
  const raw = member(r, 'fields');
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ShapeError(fieldsPath, 'expected an object');
  const fields: Record<string, string> = {};
  for (const [name, hash] of Object.entries(raw)) {
    // Field paths come from our own schema, which has no "__proto__"; assigning one would set
    // the object's prototype instead of a member.
    if (name.length > 1_000 || name === '__proto__') throw new ShapeError(fieldsPath, `unexpected field path ${JSON.stringify(name.slice(0, 40))}`);
    fields[name] = readText(hash, memberPath(fieldsPath, name), HASH_TEXT);
  }
  return { sha256: readText(member(r, 'sha256'), memberPath(path, 'sha256'), HASH_TEXT), fields };
}

function assertUnique(keys: readonly string[], pathOf: (index: number) => string): void {
  const seen = new Map<string, number>();
  keys.forEach((key, index) => {
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new ShapeError(pathOf(index), `"${key}" appears twice (also at ${pathOf(earlier)})`);
    seen.set(key, index);
  });
}
