import { VardekollenError } from '../../errors/index.js';
import { corruptDocx } from './docx-errors.js';

/**
 * Turns whatever mammoth (or xmldom beneath it) throws into a typed error. Everything mammoth
 * throws while reading is about the file, not about us: mammoth has already been given a zip
 * that passed our checks, so what fails now is the Word content (malformed XML, undeclared
 * or external entities, a missing body, references to parts that are not there). Those are
 * CORRUPT_FILE with a short reason, never INTERNAL. Our own typed errors (a damaged zip
 * entry, a timeout) pass through unchanged.
 */
export function mapMammothError(error: unknown): VardekollenError {
  if (error instanceof VardekollenError) return error;
  const message = error instanceof Error ? error.message : String(error);

  if (error instanceof RangeError && /Maximum call stack size exceeded/.test(message)) {
    return corruptDocx('Word XML nested too deeply', error);
  }
  if (error instanceof RangeError && /Invalid string length|Array buffer allocation failed|Invalid array length/.test(message)) {
    return new VardekollenError('OUT_OF_MEMORY', {}, { cause: error });
  }
  if (/Could not find main document part/.test(message)) return corruptDocx('not a Word document: main document part missing', error);
  if (/Could not find the body element/.test(message)) return corruptDocx('not a Word document: document body missing', error);
  // xmldom reports through mammoth as "<level>: [xmldom <level>]\t<message> @#[line:..]".
  if (/entity not found/i.test(message)) return corruptDocx('Word XML uses a DTD entity (never in files Word writes)', error);
  if (/xmldom|^(?:warning|error|fatalError):/i.test(message)) return corruptDocx(`Word XML malformed: ${shortXmldomReason(message)}`, error);
  // TypeErrors and the like come from mammoth meeting a structure it does not expect (a
  // numbering definition pointing at a missing style, say). The file is the cause.
  return corruptDocx('Word structure not understood', error);
}

/** "error: [xmldom error]\tunclosed xml attribute @#[line:3,col:5]" → "unclosed xml attribute". */
function shortXmldomReason(message: string): string {
  const text = message
    .replace(/^(?:warning|error|fatalError):\s*/i, '')
    .replace(/\[xmldom [a-zA-Z]+\]\s*/g, '')
    .replace(/@#\[line:.*$/s, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text || 'parse error';
}
