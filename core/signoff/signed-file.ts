import { VardekollenError } from '../errors/vardekollen-error.js';
import { canonicalJson } from '../util/canonical-json.js';
import { sha256Hex } from './hashes.js';
import type { SignedContent } from './signed-content.js';
import type { SignatureEntry } from './signature-entry.js';

export const SIGNED_FILE_FORMAT = 'vardekollen-signed-checklist';
export const SIGNED_FILE_FORMAT_VERSION = 1;

/** The portable signed checklist, written as JSON to a `.vardekollen.json` file (see README.md in this folder). */
export interface SignedFile {
  readonly format: typeof SIGNED_FILE_FORMAT;
  readonly formatVersion: typeof SIGNED_FILE_FORMAT_VERSION;
  readonly content: SignedContent;
  /** Oldest first. */
  readonly signatures: readonly SignatureEntry[];
}

/**
 * Puts a content and its signatures into the portable file object.
 *
 * @throws VardekollenError ALREADY_SIGNED when two entries are by the same key;
 *   INVALID_ARGUMENT when an entry was made over a different content.
 */
export function buildSignedFile(content: SignedContent, entries: readonly SignatureEntry[]): SignedFile {
  const contentHash = sha256Hex(canonicalJson(content));
  const seen = new Set<string>();
  for (const entry of entries) {
    if (entry.manifest.content !== contentHash) {
      throw new VardekollenError('INVALID_ARGUMENT', { detail: `the signature of ${entry.reviewer} was made over a different checklist` });
    }
    if (seen.has(entry.keyFingerprint)) throw new VardekollenError('ALREADY_SIGNED', { name: entry.reviewer });
    seen.add(entry.keyFingerprint);
  }
  return { format: SIGNED_FILE_FORMAT, formatVersion: SIGNED_FILE_FORMAT_VERSION, content, signatures: [...entries] };
}

/**
 * The file as text for disk: indented JSON a person can read in any editor. Layout is not
 * signed (signatures cover canonical JSON of the values), so re-indenting the file is harmless.
 */
export function serializeSignedFile(file: SignedFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
