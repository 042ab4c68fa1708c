import { useId, useState, type FormEvent } from 'react';
import type { ReviewerInfo } from '../../../../core/service/review-contract.js';
import type { SignedFile } from '../../../../core/signoff/signed-file.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { Dialog } from '../../app/Dialog.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useI18n } from '../../i18n/i18n.js';

/** Signs a completed review with a reviewer's key, unlocked by its passphrase. */
export function SignDialog({ reviewId, reviewers, onClose, onSigned }: {
  readonly reviewId: string;
  readonly reviewers: readonly ReviewerInfo[];
  readonly onClose: () => void;
  readonly onSigned: (file: SignedFile) => void;
}) {
  const i18n = useI18n();
  const { api, settings } = useApp();
  const id = useId();
  const [reviewer, setReviewer] = useState(() => reviewers.find((r) => r.name === settings.reviewerName)?.name ?? reviewers[0]?.name ?? '');
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<ServiceError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const chosen = reviewers.find((r) => r.name === reviewer);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!reviewer || !passphrase) return;
    setBusy(true);
    api.signReview({ reviewId, reviewer, passphrase }).then(
      (file) => {
        setBusy(false);
        onSigned(file);
      },
      (e: unknown) => {
        setBusy(false);
        setError(toServiceError(e));
      },
    );
  };

  return (
    <Dialog title={i18n.t('signoff.signTitle')} onClose={onClose}>
      <form onSubmit={submit} className="dialog-form">
        <p className="hint">{i18n.t('signoff.signIntro')}</p>
        <div className="field">
          <label htmlFor={`${id}-who`}>{i18n.t('signoff.signAs')}</label>
          <select id={`${id}-who`} value={reviewer} onChange={(e) => setReviewer(e.target.value)}>
            {reviewers.map((r) => (
              <option key={r.keyFingerprint} value={r.name}>
                {r.name}
              </option>
            ))}
          </select>
          {chosen && (
            <p className="hint">
              {i18n.t('signoff.fingerprint')} <code className="fingerprint">{chosen.keyFingerprint}</code>
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-pass`}>{i18n.t('signoff.passphrase')}</label>
          <input id={`${id}-pass`} type="password" autoComplete="current-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} data-autofocus />
        </div>
        {error && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button-primary" disabled={busy || !passphrase}>
            {busy ? i18n.t('signoff.signing') : i18n.t('signoff.sign')}
          </button>
          <button type="button" className="button-quiet" onClick={onClose}>
            {i18n.t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
