import { VardekollenError } from '../../errors/index.js';
import type { ExtractContext } from '../extract-context.js';
import type { ExtractionResult } from '../raw-block.js';

// Placeholder until the DOCX extractor lands in this branch.
export function extractDocx(_bytes: Uint8Array, _context: ExtractContext): Promise<ExtractionResult> {
  return Promise.reject(new VardekollenError('INTERNAL', { detail: 'DOCX import is not built yet' }));
}
