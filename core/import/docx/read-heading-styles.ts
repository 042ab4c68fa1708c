import { NamespaceNames } from './xml/namespace-names.js';
import { XmlScanner, attributeByLocalName } from './xml/xml-scanner.js';

/**
 * Which paragraph styles are headings, from styles.xml. Word treats a paragraph as a heading
 * when its outline level (w:outlineLvl 0–8) says so, and styles inherit it through w:basedOn.
 * Agencies' templates define their own heading styles ("Rubrik 1 Länsstyrelsen", based on
 * "heading 1"), which mammoth reports only by name; resolving the inheritance here finds them.
 */

const NAMESPACES = new Map([
  ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'w'],
  ['http://purl.oclc.org/ooxml/wordprocessingml/main', 'w'],
]);

/** w:outlineLvl 9 means "body text": the style is explicitly not a heading. */
const BODY_TEXT_LEVEL = 9;
/** Longest w:basedOn chain followed; Word's own limit is far lower, and cycles must end. */
const MAX_CHAIN = 20;
const BUILT_IN_HEADING = /^heading ([1-9])$/i;

interface StyleDefinition {
  readonly name?: string;
  readonly basedOn?: string;
  /** 0-based outline level as written, if the style sets one. */
  readonly outlineLevel?: number;
}

/**
 * Maps paragraph style ids to heading levels 1–9 (callers clamp to the model's six). Styles
 * that are not headings are absent. A damaged styles part yields what could be read.
 */
export function readHeadingStyles(xml: string): ReadonlyMap<string, number> {
  const definitions = readParagraphStyles(xml);
  const levels = new Map<string, number>();
  for (const id of definitions.keys()) {
    const level = resolveLevel(id, definitions);
    if (level !== undefined) levels.set(id, level);
  }
  return levels;
}

/** Follows w:basedOn: the nearest outline level decides; else a built-in "heading N" ancestor. */
function resolveLevel(id: string, definitions: ReadonlyMap<string, StyleDefinition>): number | undefined {
  const seen = new Set<string>();
  let current: string | undefined = id;
  let builtIn: number | undefined;
  while (current !== undefined && !seen.has(current) && seen.size < MAX_CHAIN) {
    seen.add(current);
    const definition = definitions.get(current);
    if (!definition) break;
    if (definition.outlineLevel !== undefined) {
      return definition.outlineLevel >= 0 && definition.outlineLevel < BODY_TEXT_LEVEL ? definition.outlineLevel + 1 : undefined;
    }
    const match = definition.name !== undefined ? BUILT_IN_HEADING.exec(definition.name) : null;
    if (builtIn === undefined && match?.[1] !== undefined) builtIn = Number(match[1]);
    current = definition.basedOn;
  }
  return builtIn;
}

function readParagraphStyles(xml: string): Map<string, StyleDefinition> {
  const scanner = new XmlScanner(xml);
  const names = new NamespaceNames(NAMESPACES);
  const definitions = new Map<string, StyleDefinition>();
  const path: string[] = [];
  let current: { id: string; name?: string; basedOn?: string; outlineLevel?: number } | undefined;

  while (scanner.next()) {
    if (scanner.kind === 'end') {
      const closed = path.pop();
      if (closed === 'w:style' && current) {
        if (!definitions.has(current.id)) definitions.set(current.id, current);
        current = undefined;
      }
      names.exit();
      continue;
    }
    names.enter(scanner.rawAttributes);
    const name = names.canonical(scanner.name);
    const parent = path.at(-1);
    if (name === 'w:style' && parent === 'w:styles') {
      const type = attributeByLocalName(scanner.rawAttributes, 'type');
      const id = attributeByLocalName(scanner.rawAttributes, 'styleId');
      current = type === 'paragraph' && id !== undefined ? { id } : undefined;
    } else if (current && parent === 'w:style') {
      if (name === 'w:name') current.name = attributeByLocalName(scanner.rawAttributes, 'val');
      else if (name === 'w:basedOn') current.basedOn = attributeByLocalName(scanner.rawAttributes, 'val');
    } else if (current && name === 'w:outlineLvl' && parent === 'w:pPr' && path.at(-2) === 'w:style') {
      const value = Number.parseInt(attributeByLocalName(scanner.rawAttributes, 'val') ?? '', 10);
      if (Number.isInteger(value)) current.outlineLevel = value;
    }
    if (scanner.kind === 'start') {
      path.push(name);
    } else {
      if (name === 'w:style' && current) {
        definitions.set(current.id, current);
        current = undefined;
      }
      names.exit();
    }
  }
  return definitions;
}
