import { NamespaceNames } from './xml/namespace-names.js';
import { XmlScanner } from './xml/xml-scanner.js';

/** Title and author from an OPC core-properties part (docProps/core.xml). */
export interface CoreProperties {
  readonly title?: string;
  readonly author?: string;
}

const NAMESPACES = new Map([['http://purl.org/dc/elements/1.1/', 'dc']]);

/** Longest property value we keep; metadata is a line, not a document. */
const MAX_VALUE_LENGTH = 1000;

/**
 * Reads dc:title and dc:creator. The part is read leniently (mammoth never looks at it, and a
 * broken title must not cost the user the document): text is taken up to the property's end
 * tag, or not at all if it has none.
 */
export function readCoreProperties(xml: string): CoreProperties {
  const scanner = new XmlScanner(xml, true);
  const names = new NamespaceNames(NAMESPACES);
  const found = new Map<string, string>();
  let open: { name: string; depth: number; parts: string[] } | undefined;
  let depth = 0;

  while (scanner.next()) {
    if (open) open.parts.push(scanner.textBefore);
    if (scanner.kind === 'end') {
      depth--;
      if (open && depth === open.depth) {
        if (!found.has(open.name)) found.set(open.name, open.parts.join('').trim().slice(0, MAX_VALUE_LENGTH));
        open = undefined;
      }
      names.exit();
      continue;
    }
    names.enter(scanner.rawAttributes);
    const name = names.canonical(scanner.name);
    if (scanner.kind === 'start') {
      if (!open && (name === 'dc:title' || name === 'dc:creator')) open = { name, depth, parts: [] };
      depth++;
    } else {
      names.exit();
    }
  }
  const title = found.get('dc:title');
  const author = found.get('dc:creator');
  return { ...(title ? { title } : {}), ...(author ? { author } : {}) };
}
