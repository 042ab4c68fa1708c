/** The name that marks an image XObject's dictionary: `/Subtype /Image`. */
const SUBTYPE = '/Subtype';
const IMAGE = '/Image';
/** PDF delimiters and white space: what may follow a name. */
const NAME_END = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);

/**
 * True when the file holds an image XObject. Asked only for documents without any text, to
 * tell a scan (NO_TEXT_LAYER: run OCR) from a truly empty file.
 *
 * This reads the raw bytes instead of asking pdf.js for operator lists: building an operator
 * list decodes the page's drawing and images, and pdf.js 5.6 exhausts the heap on a Form →
 * Pattern → Form cycle (operator_list_cycle.pdf in the test corpus), which would take the
 * whole process down. Stream dictionaries can never sit inside compressed object streams, and
 * encryption leaves names alone, so every image XObject's `/Subtype /Image` is visible in the
 * file as it is. (Inline images inside compressed content streams are not; such files are
 * reported as empty.)
 */
export function hasImageXObject(bytes: Uint8Array): boolean {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = data.indexOf(IMAGE, 0, 'latin1'); at >= 0; at = data.indexOf(IMAGE, at + IMAGE.length, 'latin1')) {
    const next = data[at + IMAGE.length];
    if (next !== undefined && !NAME_END.has(next)) continue; // "/ImageMask", "/ImageB", ...
    let before = at - 1;
    while (before >= 0 && isWhiteSpace(data[before] ?? 0)) before--;
    const start = before + 1 - SUBTYPE.length;
    if (start >= 0 && data.toString('latin1', start, before + 1) === SUBTYPE) return true;
  }
  return false;
}

function isWhiteSpace(byte: number): boolean {
  return byte === 0x00 || byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x20;
}
