import type { CheckResult } from '../check/check-document.js';
import type { ImportedDocument } from '../model/document.js';
import type { Language } from '../errors/localized-text.js';
import type { Checklist, ChecklistItem, Decision, DecisionRecord } from '../review/checklist-types.js';
import type { DocumentType } from '../rules/rule-types.js';
import type { HistoryEvent } from '../store/review-store.js';
import type { CheckRequest, ImportSource } from './contract.js';

/** Import a document version into a series, check it, and open its checklist. */
export interface StartReviewRequest extends CheckRequest {
  /** The series (the drafts of one document); default: derived from the document's title. */
  readonly seriesName?: string;
  /** Who starts the review (recorded in the history). */
  readonly reviewer: string;
}

export interface StartedReview {
  readonly checklist: Checklist;
  readonly check: CheckResult;
  /** True when this exact file was already the latest version: its existing review is returned. */
  readonly reused: boolean;
}

export interface ReviewRef {
  readonly reviewId: string;
}

export interface DecideRequest extends ReviewRef {
  readonly itemKey: string;
  readonly decision: Decision;
  /** Required for accepted and not-applicable. */
  readonly reason?: string;
  /** Answer to a standing question. */
  readonly answer?: string;
  readonly reviewer: string;
}

export interface ReviewerRequest extends ReviewRef {
  readonly reviewer: string;
}

export interface SignRequest extends ReviewerRequest {
  readonly passphrase: string;
}

export interface SeriesSummary {
  readonly name: string;
  readonly documentType: DocumentType;
  readonly versions: number;
  readonly latest?: { readonly version: number; readonly reviewId?: string; readonly status?: 'open' | 'completed'; readonly openItems?: number };
}

export interface ReviewerInfo {
  readonly name: string;
  readonly keyFingerprint: string;
  readonly createdAt: string;
}

export type ExportFormat = 'markdown' | 'html' | 'docx' | 'json' | 'sarif';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['markdown', 'html', 'docx', 'json', 'sarif'];

export interface ExportRequest extends ReviewRef {
  readonly format: ExportFormat;
  readonly language: Language;
}

/** An exported file, ready to save. */
export interface ExportedFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export interface VerifyRequest {
  /** The signed checklist file's text (JSON). */
  readonly signedFile: string;
  /** The document it is about, to compare its hash (and, if the bytes differ, its text). */
  readonly document?: ImportSource;
}

export interface HistoryRequest {
  readonly seriesName?: string;
  readonly reviewId?: string;
  readonly limit?: number;
}

/** The document behind a review, with the check, for the document view. */
export interface ReviewDocument {
  readonly document: ImportedDocument;
  readonly check: CheckResult;
}

export type { Checklist, ChecklistItem, DecisionRecord, HistoryEvent };
