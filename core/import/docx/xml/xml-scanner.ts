/**
 * A forward-only scanner over XML markup: start tags, end tags and empty-element tags, with
 * the text between them available on request. It is not a validating parser and never
 * resolves entities beyond the five predefined ones and character references, so it cannot
 * be made to fetch anything or to expand an entity bomb. It is used where we need one fast,
 * linear pass over a part mammoth has already parsed (the paragraph census) and for small
 * parts mammoth does not read (core properties, package relationships, the encryption
 * descriptor).
 */

/** What the scanner is positioned on. */
export type XmlTagKind = 'start' | 'end' | 'empty';

/**
 * One regular expression finds the next piece of markup: a start or empty-element tag with
 * its attributes (quoted values may contain '>'), an end tag, or a comment, CDATA section,
 * processing instruction or DOCTYPE (with an internal subset) to skip. Text between pieces
 * is jumped over by the regex engine, which keeps the pass linear and fast.
 */
const MARKUP =
  /<(?:([^\s/>!?][^\s/>]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|\/([^\s/>]+)\s*>|!--[\s\S]*?-->|!\[CDATA\[([\s\S]*?)\]\]>|\?[\s\S]*?\?>|!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>)/g;

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export class XmlScanner {
  private readonly pattern = new RegExp(MARKUP.source, 'g');
  /** Kind of the current tag. */
  kind: XmlTagKind = 'start';
  /** Qualified name of the current tag as written, e.g. "w:p". */
  name = '';
  /** The raw attribute text of the current start or empty tag. */
  rawAttributes = '';
  /** Raw text (and CDATA) between the previous tag and this one, collected only when asked. */
  private textParts: string[] = [];
  private lastEnd = 0;

  /**
   * @param collectText keep the text between tags (for small parts whose text we read);
   *   the census leaves it off and so never copies text.
   */
  constructor(
    private readonly xml: string,
    private readonly collectText = false,
  ) {}

  /** Moves to the next tag; false at the end of the input. */
  next(): boolean {
    if (this.collectText) this.textParts = [];
    for (;;) {
      const match = this.pattern.exec(this.xml);
      if (match === null) return false;
      if (this.collectText && match.index > this.lastEnd) this.textParts.push(decodeXmlText(this.xml.slice(this.lastEnd, match.index)));
      this.lastEnd = match.index + match[0].length;
      const startName = match[1];
      if (startName !== undefined) {
        this.kind = match[3] === '/' ? 'empty' : 'start';
        this.name = startName;
        this.rawAttributes = match[2] ?? '';
        return true;
      }
      const endName = match[4];
      if (endName !== undefined) {
        this.kind = 'end';
        this.name = endName;
        this.rawAttributes = '';
        return true;
      }
      const cdata = match[5];
      if (cdata !== undefined && this.collectText) this.textParts.push(cdata);
      // Comments, processing instructions and DOCTYPEs carry nothing we read.
    }
  }

  /** Text between the previous tag and the current one, entities decoded (needs collectText). */
  get textBefore(): string {
    return this.textParts.join('');
  }

  /** The current tag's attributes, values decoded. */
  attributes(): Map<string, string> {
    return parseAttributes(this.rawAttributes);
  }
}

/** Parses an attribute string into name → decoded value. */
export function parseAttributes(raw: string): Map<string, string> {
  const attributes = new Map<string, string>();
  if (raw.length === 0) return attributes;
  for (const match of raw.matchAll(ATTRIBUTE)) {
    const name = match[1];
    if (name !== undefined) attributes.set(name, decodeXmlText(match[2] ?? match[3] ?? ''));
  }
  return attributes;
}

/**
 * An attribute by local name, whatever prefix the file binds its namespace to ("w:val",
 * "ns0:val"). WordprocessingML attributes all live in the one namespace, so the local name
 * is enough to find them.
 */
export function attributeByLocalName(rawAttributes: string, local: string): string | undefined {
  for (const [name, value] of parseAttributes(rawAttributes)) {
    if (name === local || name.endsWith(`:${local}`)) return value;
  }
  return undefined;
}

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Decodes the five predefined entities and numeric character references. Anything else that
 * looks like an entity is left as written: we never expand entities a document declares.
 */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[body] ?? whole;
  });
}
