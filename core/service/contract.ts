import type { LocalizedText } from '../errors/localized-text.js';
import type { ImportedDocument } from '../model/document.js';
import type { ImportLimits, ImportProgress } from '../import/import-options.js';
import type { CheckResult } from '../check/check-document.js';
import type { DocumentType, Rule, RulePackInfo } from '../rules/rule-types.js';
import type { RuleSelection } from '../rules/rule-selection.js';
import type { SignedFile } from '../signoff/signed-file.js';
import type { VerificationReport } from '../signoff/verification-report.js';
import type { Settings } from './settings.js';
import type {
  Checklist,
  ChecklistItem,
  DecideRequest,
  DecisionRecord,
  ExportedFile,
  ExportRequest,
  HistoryEvent,
  HistoryRequest,
  ReviewDocument,
  ReviewerInfo,
  ReviewerRequest,
  ReviewRef,
  SeriesSummary,
  SignRequest,
  StartedReview,
  StartReviewRequest,
  VerifyRequest,
} from './review-contract.js';

/**
 * The one application API. Every user action is a method here; the CLI, the Electron main
 * process and the loopback web server are transports over it. Only plain data crosses it,
 * so every request and result survives JSON and structured cloning (Uint8Array included).
 */
export interface ReviewService {
  // --- Documents and checks ---
  /** Reads a PDF, DOCX, text or Markdown file into the located document model. */
  importDocument(request: ImportRequest, events?: ProgressEvents): Promise<ImportedDocument>;
  /** Imports a document and checks it against the rule set (nothing is stored). */
  checkDocument(request: CheckRequest, events?: ProgressEvents): Promise<CheckedDocument>;
  /** The rule catalogue: every loaded rule, whether it is active, and the packs. */
  listRules(request?: RuleSelection): Promise<RuleCatalogue>;

  // --- Reviews ---
  /** Imports a draft into its series, checks it and opens its checklist (carrying the previous version's review over). */
  startReview(request: StartReviewRequest, events?: ProgressEvents): Promise<StartedReview>;
  getChecklist(request: ReviewRef): Promise<Checklist>;
  /** The document and check behind a review, for showing findings in the text. */
  getReviewDocument(request: ReviewRef): Promise<ReviewDocument>;
  /** Records a decision (open, fixed, accepted, not-applicable) on one item. */
  decide(request: DecideRequest): Promise<ChecklistItem>;
  /** Every decision on an item, oldest first. */
  itemHistory(request: ReviewRef & { readonly itemKey: string }): Promise<DecisionRecord[]>;
  /** Completes a review; refused while any item is open. */
  completeReview(request: ReviewerRequest): Promise<Checklist>;
  /** Reopens a completed review for changes (its signatures then no longer fit). */
  reopenReview(request: ReviewerRequest): Promise<Checklist>;
  listSeries(): Promise<SeriesSummary[]>;
  /** The append-only log of everything that happened, for a series, a review or all. */
  history(request?: HistoryRequest): Promise<HistoryEvent[]>;

  // --- Sign-off ---
  /** Creates a reviewer's key pair, protected by a passphrase. */
  createReviewer(request: { readonly name: string; readonly passphrase: string }): Promise<ReviewerInfo>;
  listReviewers(): Promise<ReviewerInfo[]>;
  /** Signs a completed review; returns the signed checklist file with all signatures so far. */
  signReview(request: SignRequest): Promise<SignedFile>;
  /** The review's signed checklist file as it stands. */
  signedFile(request: ReviewRef): Promise<SignedFile>;
  /** Verifies a signed checklist file offline, optionally against the document. */
  verify(request: VerifyRequest): Promise<VerificationReport>;

  // --- Exports ---
  exportChecklist(request: ExportRequest): Promise<ExportedFile>;

  // --- Settings ---
  /** The user's settings: language, reviewer name, extra rule packs, rules turned off or on. */
  getSettings(): Promise<Settings>;
  /** Changes some settings and returns them all. Checks and reviews without explicit rules use them. */
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
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
  /**
   * What to tell the user when the text is not Swedish (see core/check/language-notice.ts), so
   * that every front end shows the same words; absent for Swedish text.
   */
  readonly languageNotice?: LocalizedText;
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
