export { ERROR_CATALOGUE, isErrorCode, type ErrorCode } from './error-catalogue.js';
export {
  VardekollenError,
  formatMessage,
  isVardekollenError,
  toVardekollenError,
  type ErrorParams,
  type SerializedError,
} from './vardekollen-error.js';
export { LANGUAGES, type Language, type LocalizedText } from './localized-text.js';
