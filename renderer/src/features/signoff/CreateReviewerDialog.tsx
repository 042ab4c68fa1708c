import { useId, useState, type FormEvent } from 'react';
import type { ReviewerInfo } from '../../../../core/service/review-contract.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { Dialog } from '../../app/Dialog.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useI18n } from '../../i18n/i18n.js';

/** Shortest passphrase the service accepts (core/signoff/passphrase.ts), checked here first to say so early. */
const MIN_PASSPHRASE = 8;

/**
 * Creates a reviewer's signing key: a name and a passphrase typed twice. Afterwards the key's
 * fingerprint is shown: it is what identifies the reviewer in every signature.
 */
export function CreateReviewerDialog({ onClose, onCreated }: { readonly onClose: () => void; readonly onCreated: (reviewer: ReviewerInfo) => void }) {
  const i18n = useI18n();
  const { api, settings, announce } = useApp();
  const id = useId();
  const [name, setName] = useState(settings.reviewerName);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<'name' | 'short' | 'mismatch' | undefined>(undefined);
  const [error, setError] = useState<ServiceError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<ReviewerInfo | undefined>(undefined);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!name.trim()) return setProblem('name');
    if ([...passphrase].length < MIN_PASSPHRASE) return setProblem('short');
    if (passphrase !== repeat) return setProblem('mismatch');
    setProblem(undefined);
    setBusy(true);
    api.createReviewer({ name: name.trim(), passphrase }).then(
      (reviewer) => {
        setBusy(false);
        setError(undefined);
        setCreated(reviewer);
        onCreated(reviewer);
        announce(i18n.t('signoff.keyCreated', { name: reviewer.name }));
      },
      (e: unknown) => {
        setBusy(false);
        setError(toServiceError(e));
      },
    );
  };

  return (
    <Dialog title={i18n.t('signoff.createTitle')} onClose={onClose}>
      {created ? (
        <div role="status">
          <p>{i18n.t('signoff.keyCreated', { name: created.name })}</p>
          <p>
            {i18n.t('signoff.fingerprint')} <code className="fingerprint">{created.keyFingerprint}</code>
          </p>
          <p className="hint">{i18n.t('signoff.fingerprintHint')}</p>
          <button type="button" className="button-primary" onClick={onClose} data-autofocus>
            {i18n.t('common.done')}
          </button>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="dialog-form">
          <p className="hint">{i18n.t('signoff.createIntro')}</p>
          <div className="field">
            <label htmlFor={`${id}-name`}>{i18n.t('signoff.reviewerName')}</label>
            <input id={`${id}-name`} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} aria-invalid={problem === 'name' || undefined} data-autofocus />
          </div>
          <div className="field">
            <label htmlFor={`${id}-pass`}>{i18n.t('signoff.passphrase')}</label>
            <p id={`${id}-pass-hint`} className="hint">
              {i18n.t('signoff.passphraseHint', { min: MIN_PASSPHRASE })}
            </p>
            <input id={`${id}-pass`} type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} aria-describedby={`${id}-pass-hint`} aria-invalid={problem === 'short' || undefined} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-repeat`}>{i18n.t('signoff.passphraseRepeat')}</label>
            <input id={`${id}-repeat`} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} aria-invalid={problem === 'mismatch' || undefined} />
          </div>
          {problem && (
            <p className="field-error" role="alert">
              {problem === 'name' ? i18n.t('signoff.nameMissing') : problem === 'short' ? i18n.t('signoff.passphraseShort', { min: MIN_PASSPHRASE }) : i18n.t('signoff.passphraseMismatch')}
            </p>
          )}
          {error && <ErrorMessage error={error} />}
          <div className="button-row">
            <button type="submit" className="button-primary" disabled={busy}>
              {busy ? i18n.t('signoff.creating') : i18n.t('signoff.create')}
            </button>
            <button type="button" className="button-quiet" onClick={onClose}>
              {i18n.t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
