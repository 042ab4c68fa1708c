import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/i18n.js';

/** Asks for an encrypted document's password; the import is retried with it. */
export function PasswordForm({ onSubmit, onCancel }: { readonly onSubmit: (password: string) => void; readonly onCancel: () => void }) {
  const i18n = useI18n();
  const id = useId();
  const [password, setPassword] = useState('');
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (password) onSubmit(password);
  };
  return (
    <form className="panel password-form" onSubmit={submit}>
      <label htmlFor={id}>{i18n.t('import.passwordLabel')}</label>
      <div className="inline-fields">
        <input id={id} type="password" autoComplete="off" value={password} onChange={(e) => setPassword(e.target.value)} data-autofocus autoFocus />
        <button type="submit" className="button-primary" disabled={!password}>
          {i18n.t('import.passwordRetry')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {i18n.t('import.chooseAnother')}
        </button>
      </div>
    </form>
  );
}
