import { VardekollenError } from '../../errors/index.js';
import type { ExtractContext } from '../extract-context.js';
import type { ExtractionResult } from '../raw-block.js';

// Placeholder until encrypted DOCX support lands in this branch.
export function extractEncryptedDocx(_bytes: Uint8Array, _context: ExtractContext): Promise<ExtractionResult> {
  return Promise.reject(new VardekollenError('INTERNAL', { detail: 'encrypted DOCX import is not built yet' }));
}
