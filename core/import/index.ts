export { importDocument } from './import-document.js';
export { documentFromText } from './document-from-text.js';
export { importDocumentIsolated } from './isolation/import-document-isolated.js';
export { importFile, readFileWithinLimit, type ImportBytes } from './import-file.js';
export {
  DEFAULT_IMPORT_LIMITS,
  resolveLimits,
  type ImportLimits,
  type ImportOptions,
  type ImportProgress,
  type ImportStage,
} from './import-options.js';
export { detectFormat, type DetectedFormat } from './detect-format.js';
export { normalizeBlockText, countWords } from './normalize-text.js';
export { formatBytes, formatDuration } from './format-units.js';
