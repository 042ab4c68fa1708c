export { span, spanContains, spanInText, shiftSpan, type Span } from './span.js';
export {
  BLOCK_SEPARATOR,
  type Block,
  type BlockKind,
  type BlockOrigin,
  type DocumentFormat,
  type DocumentMetadata,
  type ImportedDocument,
  type ImportWarning,
  type ImportWarningCode,
  type PageBox,
  type TableCellPosition,
} from './document.js';
export { describeOrigin } from './describe-origin.js';
