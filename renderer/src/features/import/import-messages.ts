import type { ImportProgress } from '../../../../core/import/import-options.js';
import type { ServiceError } from '../../api/service-error.js';
import type { I18n } from '../../i18n/i18n.js';

/** The error codes that mean "ask for the document's password and try again". */
export function isPasswordError(error: ServiceError): boolean {
  return error.code === 'PASSWORD_REQUIRED' || error.code === 'PASSWORD_INCORRECT';
}

/**
 * What to tell the user about a failed import, in their language. The service's own message is
 * used, except where it names a command-line flag ("--max-bytes") that means nothing in this
 * window: there the interface says what to do here instead, with the same figures.
 */
export function importErrorText(error: ServiceError, i18n: I18n): string {
  const p = error.params;
  switch (error.code) {
    case 'PASSWORD_REQUIRED':
      return i18n.t('import.error.passwordRequired');
    case 'TOO_LARGE':
      return i18n.t('import.error.tooLarge', { size: p['size'] ?? '?', limit: p['limit'] ?? '?' });
    case 'TOO_MANY_PAGES':
      return i18n.t('import.error.tooManyPages', { pages: p['pages'] ?? '?', limit: p['limit'] ?? '?' });
    case 'TIMEOUT':
      return i18n.t('import.error.timeout', { limit: p['limit'] ?? '?' });
    default:
      return i18n.pick(error.messages);
  }
}

/** "Läser sida 3 av 12" and the like, for the progress bar's label. */
export function progressText(progress: ImportProgress | undefined, i18n: I18n): string {
  if (!progress) return i18n.t('import.progress.starting');
  switch (progress.stage) {
    case 'reading':
      return i18n.t('import.progress.reading');
    case 'pages':
      return i18n.t('import.progress.pages', { done: progress.done, total: progress.total });
    case 'assembling':
      return i18n.t('import.progress.assembling');
  }
}
