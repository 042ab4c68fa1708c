import { useId, useState, type FormEvent } from 'react';
import { useApp } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * Asks for the reviewer's name once and stores it in the settings: every decision, completion
 * and signature records who made it.
 */
export function ReviewerNameForm({ intro }: { readonly intro?: string }) {
  const i18n = useI18n();
  const { settings, updateSettings, announce } = useApp();
  const [name, setName] = useState(settings.reviewerName);
  const [error, setError] = useState<ServiceError | undefined>(undefined);
  const [missing, setMissing] = useState(false);
  const id = useId();
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      return;
    }
    updateSettings({ reviewerName: name.trim() }).then(
      (next) => {
        setError(undefined);
        setMissing(false);
        announce(i18n.t('reviewer.saved', { name: next.reviewerName }));
      },
      (e: unknown) => setError(toServiceError(e)),
    );
  };
  return (
    <form className="panel reviewer-form" onSubmit={submit} noValidate>
      {intro && <p>{intro}</p>}
      <label htmlFor={`${id}-name`}>{i18n.t('reviewer.nameLabel')}</label>
      <p id={`${id}-hint`} className="hint">
        {i18n.t('reviewer.nameHint')}
      </p>
      <div className="inline-fields">
        <input
          id={`${id}-name`}
          type="text"
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={missing || undefined}
          maxLength={200}
        />
        <button type="submit">{i18n.t('reviewer.save')}</button>
      </div>
      {missing && (
        <p id={`${id}-error`} className="field-error">
          {i18n.t('reviewer.nameMissing')}
        </p>
      )}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
