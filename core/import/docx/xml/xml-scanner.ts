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
 * A start or empty-element tag at a given position: name, attributes (quoted values), and
 * the closing "/>" or ">". Names and values cannot contain '<' (XML forbids it), so a failed
 * match never looks past the next '<': each '<' costs at most the distance to the next one,
 * and the whole scan stays linear even on hostile input.
 */
const START_TAG = /<([^\s/>=<"'!?][^\s/>=<"']*)((?:\s+[^\s=/><"']+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([^\s/>=<"']+)\s*>/y;

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Steps through the tags of an XML string in document order; see the file comment. */
export class XmlScanner {
  /** Kind of the current tag. */
  kind: XmlTagKind = 'start';
  /** Qualified name of the current tag as written, e.g. "w:p". */
  name = '';
  /** The raw attribute text of the current start or empty tag. */
  rawAttributes = '';
  /** Raw text (and CDATA) between the previous tag and this one, collected only when asked. */
  private textParts: string[] = [];
  private position = 0;
  private textStart = 0;
  private readonly startTag = new RegExp(START_TAG.source, 'y');
  private readonly endTag = new RegExp(END_TAG.source, 'y');

  /**
   * @param collectText keep the text between tags (for small parts whose text we read);
   *   the census leaves it off and so never copies text.
   */
  constructor(
    private readonly xml: string,
    private readonly collectText = false,
  ) {}

  /** Moves to the next tag; false at the end of the input (or at unterminated markup). */
  next(): boolean {
    if (this.collectText) this.textParts = [];
    const xml = this.xml;
    for (;;) {
      const open = xml.indexOf('<', this.position);
      if (open < 0) {
        this.keepText(xml.length);
        this.position = xml.length;
        return false;
      }
      const after = xml.charCodeAt(open + 1);
      if (after === 0x21 /* ! */ || after === 0x3f /* ? */) {
        // Comment, CDATA, processing instruction or DOCTYPE: skip to its end. Unterminated
        // markup ends the scan (searching on from every later '<' would be quadratic).
        const end = this.skipSpecial(open);
        if (end < 0) {
          this.position = xml.length;
          return false;
        }
        this.position = end;
        continue;
      }
      if (after === 0x2f /* / */) {
        this.endTag.lastIndex = open;
        const match = this.endTag.exec(xml);
        if (match?.[1] !== undefined) {
          this.keepText(open);
          this.kind = 'end';
          this.name = match[1];
          this.rawAttributes = '';
          this.position = this.textStart = this.endTag.lastIndex;
          return true;
        }
      } else {
        this.startTag.lastIndex = open;
        const match = this.startTag.exec(xml);
        if (match?.[1] !== undefined) {
          this.keepText(open);
          this.kind = match[3] === '/' ? 'empty' : 'start';
          this.name = match[1];
          this.rawAttributes = match[2] ?? '';
          this.position = this.textStart = this.startTag.lastIndex;
          return true;
        }
      }
      // Not markup after all (a stray '<' in a damaged part): read on after it.
      this.position = open + 1;
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

  private keepText(end: number): void {
    if (this.collectText && end > this.textStart) this.textParts.push(decodeXmlText(this.xml.slice(this.textStart, end)));
  }

  /** Returns the index just after the comment/CDATA/PI/DOCTYPE starting at `open`, or -1. */
  private skipSpecial(open: number): number {
    const xml = this.xml;
    if (xml.startsWith('<!--', open)) return endAfter(xml, '-->', open + 4);
    if (xml.startsWith('<![CDATA[', open)) {
      const end = endAfter(xml, ']]>', open + 9);
      if (end >= 0 && this.collectText) {
        this.keepText(open);
        this.textParts.push(xml.slice(open + 9, end - 3));
        this.textStart = end;
      }
      return end;
    }
    if (xml.startsWith('<?', open)) return endAfter(xml, '?>', open + 2);
    // <!DOCTYPE ...> possibly with an internal subset in brackets, which may contain '>'.
    const bracket = xml.indexOf('[', open);
    const close = xml.indexOf('>', open);
    if (close < 0) return -1;
    if (bracket < 0 || bracket > close) return close + 1;
    const subsetEnd = xml.indexOf(']', bracket);
    return subsetEnd < 0 ? -1 : endAfter(xml, '>', subsetEnd);
  }
}

function endAfter(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length;
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
