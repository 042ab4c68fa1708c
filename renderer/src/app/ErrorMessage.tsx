import type { ServiceError } from '../api/service-error.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * A service error in the user's language, as an alert so screen readers say it at once. The
 * code is shown small for support ("PASSWORD_INCORRECT"); details (e.g. every invalid rule file)
 * are listed below.
 */
export function ErrorMessage({ error, title }: { readonly error: ServiceError; readonly title?: string }) {
  const i18n = useI18n();
  return (
    <div className="error-box" role="alert">
      <p className="error-title">{title ?? i18n.t('error.title')}</p>
      <p>{i18n.pick(error.messages)}</p>
      {error.details.length > 0 && (
        <ul className="error-details">
          {error.details.map((detail, index) => (
            <li key={index}>{detail}</li>
          ))}
        </ul>
      )}
      <p className="error-code">
        {i18n.t('error.code')} <code>{error.code}</code>
      </p>
    </div>
  );
}
