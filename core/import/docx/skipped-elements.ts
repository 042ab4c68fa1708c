import type { ImportWarning } from '../../model/document.js';
import type { MammothMessage } from './convert-with-mammoth.js';

/**
 * Word elements mammoth does not read although they hold text the reader sees in Word. mammoth
 * reports each as "An unrecognised element was ignored: <name>"; we tell the user in words
 * what kind of content that was. Elements without readable text (shapes, OLE objects, fills)
 * are left out: reporting them would only be noise.
 */
const TEXT_BEARING: Readonly<Record<string, { readonly sv: string; readonly en: string }>> = {
  'w:fldSimple': { sv: 'fält (till exempel dokumentegenskaper och hänvisningar)', en: 'fields (such as document properties and cross-references)' },
  'w:altChunk': { sv: 'inklistrat innehåll från andra format (altChunk)', en: 'content imported from other formats (altChunk)' },
  'w:subDoc': { sv: 'underdokument', en: 'subdocuments' },
  'w:ruby': { sv: 'uttalsguider (ruby-text)', en: 'phonetic guides (ruby text)' },
  'w:dir': { sv: 'text med avvikande skrivriktning', en: 'text with a different writing direction' },
  'w:bdo': { sv: 'text med avvikande skrivriktning', en: 'text with a different writing direction' },
  '{http://schemas.openxmlformats.org/officeDocument/2006/math}oMath': { sv: 'formler', en: 'equations' },
  '{http://schemas.openxmlformats.org/officeDocument/2006/math}oMathPara': { sv: 'formler', en: 'equations' },
};

const UNRECOGNISED = /^An unrecognised element was ignored: (.+)$/;

/** One CONTENT_SKIPPED warning naming the kinds of text-bearing content mammoth skipped, if any. */
export function skippedElementsWarning(messages: readonly MammothMessage[]): ImportWarning | undefined {
  const kinds = new Map<string, { sv: string; en: string }>();
  for (const message of messages) {
    const element = UNRECOGNISED.exec(message.message)?.[1];
    const kind = element !== undefined && Object.hasOwn(TEXT_BEARING, element) ? TEXT_BEARING[element] : undefined;
    if (kind) kinds.set(kind.en, kind);
  }
  if (kinds.size === 0) return undefined;
  const list = [...kinds.values()];
  return {
    code: 'CONTENT_SKIPPED',
    message: {
      sv: `En del innehåll kunde inte läsas och granskas inte: ${list.map((k) => k.sv).join(', ')}. Kontrollera det i Word.`,
      en: `Some content could not be read and is not checked: ${list.map((k) => k.en).join(', ')}. Check it in Word.`,
    },
  };
}
