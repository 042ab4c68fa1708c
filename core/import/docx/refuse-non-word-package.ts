import { VardekollenError } from '../../errors/index.js';
import { corruptDocx } from './docx-errors.js';

/** Part names that identify other kinds of zip-based files. */
const OTHER_PACKAGES: readonly { readonly test: (names: readonly string[]) => boolean; readonly description: string }[] = [
  { test: (names) => names.some((n) => n.startsWith('xl/')), description: 'Excel workbook (.xlsx)' },
  { test: (names) => names.some((n) => n.startsWith('ppt/')), description: 'PowerPoint presentation (.pptx)' },
  { test: (names) => names.some((n) => n.startsWith('visio/')), description: 'Visio drawing (.vsdx)' },
  { test: (names) => names.some((n) => n.endsWith('.fdseq')), description: 'XPS document' },
  { test: (names) => names.includes('mimetype') && names.includes('META-INF/container.xml') && !names.includes('content.xml'), description: 'EPUB' },
  { test: (names) => names.includes('mimetype') && names.includes('content.xml'), description: 'OpenDocument (.odt/.ods/.odp)' },
];

/**
 * The error for a zip without a Word main document: UNSUPPORTED_FORMAT when it is another
 * kind of file (the user picked the wrong file), CORRUPT_FILE only when it has Word parts
 * but lost its main document (a damaged .docx).
 */
export function nonWordPackageError(names: readonly string[], mainPath: string): VardekollenError {
  const other = OTHER_PACKAGES.find((candidate) => candidate.test(names));
  if (other) return new VardekollenError('UNSUPPORTED_FORMAT', { detected: other.description });
  if (!names.some((n) => n.startsWith('word/'))) {
    return new VardekollenError('UNSUPPORTED_FORMAT', { detected: 'zip archive without a Word document' });
  }
  return corruptDocx(`not a Word document: ${mainPath} missing`);
}
