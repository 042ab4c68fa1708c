import type { ImportedDocument } from '../../model/document.js';

/** Longest series name derived from a document. */
const MAX_NAME = 80;

/**
 * The series a document belongs to when the user does not say: its title (which survives from
 * draft to draft better than file names like "policy_v3_slutlig.docx"), else its file name
 * without extension and version markers.
 */
export function deriveSeriesName(document: ImportedDocument): string {
  const title = document.metadata.title.replace(/\s+/g, ' ').trim();
  if (title) return title.length > MAX_NAME ? title.slice(0, MAX_NAME).trimEnd() : title;
  const file = (document.metadata.fileName ?? 'dokument').replace(/\.[^.]+$/, '');
  return file.replace(/[-_ ]*(v(ersion)?|utkast|draft)[-_ ]*\d+$/i, '').replace(/[-_]+/g, ' ').trim() || 'dokument';
}

/**
 * A review id a person can type: the series name as ASCII ("Mediepolicy för Länsstyrelsen" →
 * "mediepolicy-for-lansstyrelsen"), the version, and a counter when a version is reviewed again.
 */
export function reviewIdFor(seriesName: string, version: number, earlierReviewsOfVersion: number): string {
  const slug =
    seriesName
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'granskning';
  return `${slug}-v${version}${earlierReviewsOfVersion > 0 ? `-${earlierReviewsOfVersion + 1}` : ''}`;
}
