import type { FileFilter } from 'electron';
import { extname } from 'node:path';
import type { ShellTexts } from './shell-texts.js';

/** The file name extensions Värdekollen opens (the importer detects the real format from the bytes). */
export const DOCUMENT_EXTENSIONS = ['pdf', 'docx', 'txt', 'md', 'markdown'] as const;

/** True for a path whose extension is one Värdekollen opens (case-insensitive). */
export function isDocumentPath(path: string): boolean {
  return (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(path).slice(1).toLowerCase());
}

/** The open dialog's filters: all documents first (the default), then each kind. */
export function documentFilters(texts: ShellTexts): FileFilter[] {
  return [
    { name: texts.filterDocuments, extensions: [...DOCUMENT_EXTENSIONS] },
    { name: texts.filterPdf, extensions: ['pdf'] },
    { name: texts.filterWord, extensions: ['docx'] },
    { name: texts.filterText, extensions: ['txt'] },
    { name: texts.filterMarkdown, extensions: ['md', 'markdown'] },
  ];
}
