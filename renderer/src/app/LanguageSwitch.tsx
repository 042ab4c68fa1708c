import { useState } from 'react';
import type { Language } from '../../../core/errors/localized-text.js';
import { toServiceError, type ServiceError } from '../api/service-error.js';
import { createI18n, useI18n } from '../i18n/i18n.js';
import { useApp } from './app-context.js';
import { ErrorMessage } from './ErrorMessage.js';

const LANGUAGES: readonly { readonly code: Language; readonly name: string }[] = [
  { code: 'sv', name: 'Svenska' },
  { code: 'en', name: 'English' },
];

/**
 * Svenska / English. Each name is written in its own language (and marked so with `lang`), so
 * someone who cannot read the current one still finds theirs. The choice is stored in settings.
 */
export function LanguageSwitch() {
  const i18n = useI18n();
  const { settings, updateSettings, announce } = useApp();
  const [error, setError] = useState<ServiceError | undefined>(undefined);
  const choose = (language: Language): void => {
    if (language === settings.language) return;
    updateSettings({ language }).then(
      () => {
        setError(undefined);
        announce(createI18n(language).t('language.changed'));
      },
      (e: unknown) => setError(toServiceError(e)),
    );
  };
  return (
    <div className="language-switch" role="group" aria-label={i18n.t('language.label')}>
      {LANGUAGES.map(({ code, name }) => (
        <button key={code} type="button" lang={code} aria-pressed={settings.language === code} onClick={() => choose(code)}>
          {name}
        </button>
      ))}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
