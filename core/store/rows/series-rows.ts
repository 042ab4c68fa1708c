import type { DocumentFormat } from '../../model/document.js';
import type { DocumentType } from '../../rules/rule-types.js';
import type { StoredSeries, StoredVersion } from '../review-store.js';

/** A row of `series`. */
export interface SeriesRow {
  readonly id: number;
  readonly name: string;
  readonly document_type: DocumentType;
  readonly created_at: string;
}

/** The columns of `document_versions` other than the document itself. */
export interface VersionRow {
  readonly id: number;
  readonly series_id: number;
  readonly number: number;
  readonly file_name: string | null;
  readonly title: string;
  readonly format: DocumentFormat;
  readonly file_sha256: string;
  readonly text_sha256: string;
  readonly page_count: number | null;
  readonly word_count: number;
  readonly imported_at: string;
}

/** The stored document of a version. */
export interface VersionDocumentRow {
  readonly document_encoding: string;
  readonly document: Buffer;
}

export function toStoredSeries(row: SeriesRow): StoredSeries {
  return { id: row.id, name: row.name, documentType: row.document_type, createdAt: row.created_at };
}

export function toStoredVersion(row: VersionRow): StoredVersion {
  return {
    id: row.id,
    seriesId: row.series_id,
    number: row.number,
    ...(row.file_name !== null ? { fileName: row.file_name } : {}),
    title: row.title,
    format: row.format,
    fileSha256: row.file_sha256,
    textSha256: row.text_sha256,
    importedAt: row.imported_at,
  };
}
