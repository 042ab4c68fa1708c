import type { ImportedDocument } from '../model/document.js';
import type { ImportLimits, ImportProgress } from '../import/import-options.js';
import type { CheckResult } from '../check/check-document.js';
import type { DocumentType, Rule, RulePackInfo } from '../rules/rule-types.js';
import type { RuleSelection } from '../rules/rule-selection.js';

/**
 * The one application API. Every user action is a method here; the CLI, the Electron main
 * process and the loopback web server are transports over it. Only plain data crosses it,
 * so every request and result survives JSON and structured cloning.
 */
export interface ReviewService {
  /** Reads a PDF, DOCX, text or Markdown file into the located document model. */
  importDocument(request: ImportRequest, events?: ProgressEvents): Promise<ImportedDocument>;
  /** Imports a document and checks it against the rule set. */
  checkDocument(request: CheckRequest, events?: ProgressEvents): Promise<CheckedDocument>;
  /** The rule catalogue: every loaded rule, whether it is active, and the packs. */
  listRules(request?: RuleSelection): Promise<RuleCatalogue>;
}

/** Where the document comes from: a path on this machine, or bytes (drag and drop, upload). */
export type ImportSource =
  | { readonly kind: 'path'; readonly path: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly fileName: string };

export interface ImportRequest {
  readonly source: ImportSource;
  /** Password for an encrypted PDF or DOCX. */
  readonly password?: string;
  readonly limits?: Partial<ImportLimits>;
}

export interface CheckRequest extends ImportRequest {
  /** Check as this document type instead of the detected one. */
  readonly type?: DocumentType;
  readonly rules?: RuleSelection;
}

/** A document and what the check found in it. */
export interface CheckedDocument {
  readonly document: ImportedDocument;
  readonly result: CheckResult;
}

export interface RuleCatalogue {
  readonly version: string;
  readonly hash: string;
  readonly packs: readonly RulePackInfo[];
  readonly rules: readonly CatalogueRule[];
}

export type CatalogueRule = Rule & { readonly active: boolean };

export interface ProgressEvents {
  readonly onProgress?: (progress: ImportProgress) => void;
  readonly signal?: AbortSignal;
}
