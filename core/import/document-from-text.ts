import type { ImportedDocument } from '../model/document.js';
import { assembleDocument } from './assemble-document.js';
import { parsePlainText } from './text/parse-plain-text.js';
import { splitLines } from './text/decode-text.js';

/**
 * Builds a document from text already in memory (pasted text, rule examples), read as plain
 * text: blank lines separate paragraphs, bullets make list items, tabs make table cells.
 */
export function documentFromText(text: string, fileName?: string): ImportedDocument {
  const bytes = new TextEncoder().encode(text);
  return assembleDocument({
    extraction: { blocks: parsePlainText(splitLines(text)), warnings: [] },
    format: 'text',
    bytes,
    ...(fileName !== undefined ? { fileName } : {}),
  });
}
