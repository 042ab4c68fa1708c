import { VardekollenError } from '../../errors/index.js';
import type { ExtractContext } from '../extract-context.js';
import type { ExtractionResult } from '../raw-block.js';

// Placeholder until the PDF extractor lands in this branch.
export function extractPdf(_bytes: Uint8Array, _context: ExtractContext): Promise<ExtractionResult> {
  return Promise.reject(new VardekollenError('INTERNAL', { detail: 'PDF import is not built yet' }));
}
