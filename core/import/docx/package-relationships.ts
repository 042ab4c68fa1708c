import { NamespaceNames } from './xml/namespace-names.js';
import { XmlScanner, parseAttributes } from './xml/xml-scanner.js';

/** One relationship from an OPC .rels part. */
export interface Relationship {
  readonly type: string;
  readonly target: string;
}

const RELATIONSHIPS_NAMESPACE = new Map([['http://schemas.openxmlformats.org/package/2006/relationships', 'rel']]);

/** The package's main-document relationship type, exactly as mammoth looks for it (docx-reader.js). */
const OFFICE_DOCUMENT = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

/** Core-properties relationship types: transitional and ISO Strict. */
const CORE_PROPERTIES = /\/metadata\/core-properties$/;

/** Reads the Relationship elements of a .rels part. Unreadable markup yields fewer relationships, never an error. */
export function readRelationships(xml: string): Relationship[] {
  const scanner = new XmlScanner(xml);
  const names = new NamespaceNames(RELATIONSHIPS_NAMESPACE);
  const relationships: Relationship[] = [];
  while (scanner.next()) {
    if (scanner.kind === 'end') {
      names.exit();
      continue;
    }
    names.enter(scanner.rawAttributes);
    if (names.canonical(scanner.name) === 'rel:Relationship') {
      const attributes = parseAttributes(scanner.rawAttributes);
      relationships.push({ type: attributes.get('Type') ?? '', target: attributes.get('Target') ?? '' });
    }
    if (scanner.kind === 'empty') names.exit();
  }
  return relationships;
}

/**
 * The main document's part name, found the way mammoth finds it: the first officeDocument
 * relationship whose target exists, else "word/document.xml". Kept identical so that the
 * paragraph census reads the very part mammoth converted.
 */
export function findMainDocumentPath(packageRelationships: readonly Relationship[], exists: (name: string) => boolean): string {
  for (const relationship of packageRelationships) {
    if (relationship.type !== OFFICE_DOCUMENT) continue;
    const target = relationship.target.replace(/^\//, '');
    if (exists(target)) return target;
  }
  return 'word/document.xml';
}

/** The core-properties part's name (title, author), from the package relationships. */
export function findCorePropertiesPath(packageRelationships: readonly Relationship[], exists: (name: string) => boolean): string | undefined {
  for (const relationship of packageRelationships) {
    if (!CORE_PROPERTIES.test(relationship.type)) continue;
    const target = relationship.target.replace(/^\//, '');
    if (exists(target)) return target;
  }
  return exists('docProps/core.xml') ? 'docProps/core.xml' : undefined;
}

/** The .rels part holding a part's own relationships: "word/document.xml" → "word/_rels/document.xml.rels". */
export function relationshipsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return slash < 0 ? `_rels/${partPath}.rels` : `${partPath.slice(0, slash)}/_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * The part related to the main document by relationship `kind` ("styles", "numbering", ...),
 * resolved as mammoth resolves it (relative to the main document's folder, a leading "/"
 * meaning the package root, no "../" handling), else "word/<kind>.xml".
 */
export function findRelatedPartPath(
  documentRelationships: readonly Relationship[],
  mainPath: string,
  kind: string,
  exists: (name: string) => boolean,
): string {
  const type = `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${kind}`;
  const slash = mainPath.lastIndexOf('/');
  const base = slash < 0 ? '' : mainPath.slice(0, slash);
  for (const relationship of documentRelationships) {
    if (relationship.type !== type || relationship.target === '') continue;
    const joined = relationship.target.startsWith('/') || base === '' ? relationship.target : `${base}/${relationship.target}`;
    const target = joined.replace(/^\//, '');
    if (exists(target)) return target;
  }
  return `word/${kind}.xml`;
}
