import type Database from 'better-sqlite3';
import type { ImportedDocument } from '../../model/document.js';
import type { DocumentType } from '../../rules/rule-types.js';
import { decodeJson, encodeJson } from '../json-codec.js';
import type { SeriesRow, VersionDocumentRow, VersionRow } from '../rows/series-rows.js';

const VERSION_COLUMNS = 'id, series_id, number, file_name, title, format, file_sha256, text_sha256, page_count, word_count, imported_at';

/** Series and their document versions. Statements are prepared once per connection. */
export function seriesRepository(db: Database.Database) {
  const insertSeries = db.prepare<[string, DocumentType, string]>('INSERT INTO series (name, document_type, created_at) VALUES (?, ?, ?)');
  const seriesByName = db.prepare<[string], SeriesRow>('SELECT id, name, document_type, created_at FROM series WHERE name = ?');
  const seriesById = db.prepare<[number], SeriesRow>('SELECT id, name, document_type, created_at FROM series WHERE id = ?');
  const allSeries = db.prepare<[], SeriesRow>('SELECT id, name, document_type, created_at FROM series ORDER BY id');
  const lastNumber = db.prepare<[number], number>('SELECT coalesce(max(number), 0) FROM document_versions WHERE series_id = ?').pluck();
  const insertVersion = db.prepare<[VersionInsert]>(
    `INSERT INTO document_versions (series_id, number, file_name, title, format, file_sha256, text_sha256, page_count,
       word_count, byte_length, document_encoding, document, imported_at)
     VALUES (@seriesId, @number, @fileName, @title, @format, @fileSha256, @textSha256, @pageCount,
       @wordCount, @byteLength, @encoding, @document, @importedAt)`,
  );
  const versionById = db.prepare<[number], VersionRow>(`SELECT ${VERSION_COLUMNS} FROM document_versions WHERE id = ?`);
  const versionDocument = db.prepare<[number], VersionDocumentRow>('SELECT document_encoding, document FROM document_versions WHERE id = ?');
  const versionsOf = db.prepare<[number], VersionRow>(`SELECT ${VERSION_COLUMNS} FROM document_versions WHERE series_id = ? ORDER BY number`);

  return {
    insertSeries(name: string, documentType: DocumentType, at: string): number {
      return Number(insertSeries.run(name, documentType, at).lastInsertRowid);
    },
    seriesByName: (name: string): SeriesRow | undefined => seriesByName.get(name),
    seriesById: (id: number): SeriesRow | undefined => seriesById.get(id),
    allSeries: (): SeriesRow[] => allSeries.all(),

    /** The number the next version of the series gets (1 for the first). */
    nextVersionNumber: (seriesId: number): number => (lastNumber.get(seriesId) ?? 0) + 1,

    insertVersion(seriesId: number, number: number, document: ImportedDocument, at: string): number {
      const { metadata } = document;
      const encoded = encodeJson(document);
      return Number(
        insertVersion.run({
          seriesId,
          number,
          fileName: metadata.fileName ?? null,
          title: metadata.title,
          format: metadata.format,
          fileSha256: metadata.fileSha256,
          textSha256: metadata.textSha256,
          pageCount: metadata.pageCount ?? null,
          wordCount: metadata.wordCount,
          byteLength: metadata.byteLength,
          encoding: encoded.encoding,
          document: encoded.bytes,
          importedAt: at,
        }).lastInsertRowid,
      );
    },
    versionById: (id: number): VersionRow | undefined => versionById.get(id),
    versionsOf: (seriesId: number): VersionRow[] => versionsOf.all(seriesId),
    versionDocument(id: number): ImportedDocument | undefined {
      const row = versionDocument.get(id);
      return row ? decodeJson<ImportedDocument>(row.document_encoding, row.document) : undefined;
    },
  };
}

interface VersionInsert {
  readonly seriesId: number;
  readonly number: number;
  readonly fileName: string | null;
  readonly title: string;
  readonly format: string;
  readonly fileSha256: string;
  readonly textSha256: string;
  readonly pageCount: number | null;
  readonly wordCount: number;
  readonly byteLength: number;
  readonly encoding: string;
  readonly document: Buffer;
  readonly importedAt: string;
}

/** The functions of {@link seriesRepository}. */
export type SeriesRepository = ReturnType<typeof seriesRepository>;
