/**
 * The part of mammoth's internal document model (mammoth/lib/documents.js, 1.13.0) that we
 * read in `transformDocument`. mammoth's own typings say `any` there; these interfaces name
 * what we rely on, so a change in a future mammoth shows up in one place (and in the tests).
 */

/** Any element of the model. `type` is one of documents.types. */
export interface ModelNode {
  readonly type: string;
  readonly children?: readonly ModelNode[];
}

export interface ModelDocument extends ModelNode {
  readonly type: 'document';
  readonly children: readonly ModelNode[];
}

export interface ModelParagraph extends ModelNode {
  readonly type: 'paragraph';
  readonly children: readonly ModelNode[];
  readonly styleId: string | null;
  readonly styleName: string | null;
  /** Set for numbered and bulleted paragraphs (also for headings with outline numbering). */
  readonly numbering: { readonly level: string; readonly isOrdered: boolean } | null;
}

export interface ModelText extends ModelNode {
  readonly type: 'text';
  readonly value: string;
}

export interface ModelCheckbox extends ModelNode {
  readonly type: 'checkbox';
  readonly checked: boolean;
}

export interface ModelTableCell extends ModelNode {
  readonly type: 'tableCell';
  readonly children: readonly ModelNode[];
  /** Columns the cell spans (w:gridSpan); may be NaN for a malformed value. */
  readonly colSpan?: number;
  /** Rows the cell spans, computed by mammoth from w:vMerge. */
  readonly rowSpan?: number;
}

/** Type guards for the model nodes we read. */
export function isParagraph(node: ModelNode): node is ModelParagraph {
  return node.type === 'paragraph';
}

export function isText(node: ModelNode): node is ModelText {
  return node.type === 'text';
}

export function isCheckbox(node: ModelNode): node is ModelCheckbox {
  return node.type === 'checkbox';
}

export function isTableCell(node: ModelNode): node is ModelTableCell {
  return node.type === 'tableCell';
}
