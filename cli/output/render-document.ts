import type { Language } from '../../core/errors/index.js';
import { describeOrigin, type Block, type ImportedDocument } from '../../core/model/index.js';

const KIND_NAMES: Readonly<Record<Language, Readonly<Record<Block['kind'], string>>>> = {
  sv: { heading: 'rubrik', paragraph: 'stycke', 'list-item': 'listpunkt', 'table-cell': 'tabellcell' },
  en: { heading: 'heading', paragraph: 'paragraph', 'list-item': 'list item', 'table-cell': 'table cell' },
};

const FORMAT_NAMES: Readonly<Record<ImportedDocument['metadata']['format'], string>> = {
  pdf: 'PDF',
  docx: 'Word (DOCX)',
  text: 'text',
  markdown: 'Markdown',
};

/** The imported document as readable terminal text: metadata, warnings, then every block with its location. */
export function renderDocumentText(document: ImportedDocument, language: Language): string {
  const sv = language === 'sv';
  const m = document.metadata;
  const lines: string[] = [];
  const facts = [FORMAT_NAMES[m.format]];
  if (m.pageCount !== undefined) facts.push(sv ? `${m.pageCount} sidor` : `${m.pageCount} pages`);
  facts.push(sv ? `${m.wordCount} ord` : `${m.wordCount} words`);
  facts.push(sv ? `${document.blocks.length} block` : `${document.blocks.length} blocks`);
  lines.push(`${m.fileName ?? ''}${m.fileName ? ' — ' : ''}${facts.join(', ')}`);
  lines.push(`${sv ? 'Titel' : 'Title'}: ${m.title || '—'}`);
  if (m.author) lines.push(`${sv ? 'Författare' : 'Author'}: ${m.author}`);
  lines.push(`SHA-256 (${sv ? 'fil' : 'file'}): ${m.fileSha256}`);
  lines.push(`SHA-256 (text): ${m.textSha256}`);
  if (document.warnings.length > 0) {
    lines.push('', sv ? 'Varningar:' : 'Warnings:');
    for (const warning of document.warnings) {
      const where = warning.page !== undefined ? ` (${sv ? 'sida' : 'page'} ${warning.page})` : '';
      lines.push(`  ! ${warning.message[language]}${where}`);
    }
  }
  lines.push('');
  for (const block of document.blocks) {
    const where = describeOrigin(block.origin, language);
    const kind = block.kind === 'heading' ? `${KIND_NAMES[language].heading} ${block.level ?? 1}` : KIND_NAMES[language][block.kind];
    lines.push(`[${where}] ${kind} ${block.span.start}–${block.span.end}`);
    lines.push(`  ${block.text}`);
  }
  return `${lines.join('\n')}\n`;
}
