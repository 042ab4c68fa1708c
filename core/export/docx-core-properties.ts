import { escapeHtml } from './escape-html.js';

/** What the Word file's package properties (docProps/core.xml) say about it. */
export interface CoreProperties {
  readonly title: string;
  readonly subject: string;
  readonly creator: string;
  /** BCP 47, e.g. "sv-SE". */
  readonly language: string;
  /** ISO 8601 times; a value that is not a time is left out. */
  readonly created: string;
  readonly modified: string;
}

/**
 * The package's core properties, written by us rather than by `docx`, which stamps them with
 * the current time: a checklist's Word file should say when the review was made, and the same
 * checklist should give the same file. Element order follows what `docx` writes (and Word
 * accepts); characters XML 1.0 forbids are dropped, since one would make Word refuse the file.
 */
export function corePropertiesXml(properties: CoreProperties): string {
  const text = (value: string) => escapeHtml(stripInvalidXml(value));
  const time = (name: string, iso: string) => {
    const ms = Date.parse(iso);
    return Number.isNaN(ms) ? '' : `<dcterms:${name} xsi:type="dcterms:W3CDTF">${new Date(ms).toISOString()}</dcterms:${name}>`;
  };
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${text(properties.title)}</dc:title>` +
    `<dc:subject>${text(properties.subject)}</dc:subject>` +
    `<dc:creator>${text(properties.creator)}</dc:creator>` +
    `<dc:language>${text(properties.language)}</dc:language>` +
    `<cp:lastModifiedBy>${text(properties.creator)}</cp:lastModifiedBy>` +
    '<cp:revision>1</cp:revision>' +
    time('created', properties.created) +
    time('modified', properties.modified) +
    '</cp:coreProperties>'
  );
}

/** Removes the control characters (and lone surrogates) that XML 1.0 does not allow in text. */
export function stripInvalidXml(value: string): string {
  // eslint-disable-next-line no-control-regex -- matching the forbidden control characters is the point
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');
}
