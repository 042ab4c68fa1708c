import { useCallback, useState } from 'react';
import type { Checklist } from '../../../../core/review/checklist-types.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';
import { CreateReviewerDialog } from './CreateReviewerDialog.js';
import { ReviewerKeys } from './ReviewerKeys.js';
import { signedFileToSave } from './save-signed-file.js';
import { SignDialog } from './SignDialog.js';
import './signoff.css';

/**
 * Sign-off: who has signed this review (with key fingerprints), the reviewers' keys, creating a
 * key, signing (only a completed review), saving the signed checklist file and verifying one.
 */
export function SignoffPanel({ checklist, onChecklist }: { readonly checklist: Checklist; readonly onChecklist: (checklist: Checklist) => void }) {
  const i18n = useI18n();
  const { api, host, announce, openVerify } = useApp();
  const loadReviewers = useCallback(() => api.listReviewers(), [api]);
  const reviewers = useLoad(loadReviewers);
  const [dialog, setDialog] = useState<'create' | 'sign' | undefined>(undefined);
  const [error, setError] = useState<ServiceError | undefined>(undefined);
  const [saved, setSaved] = useState<string | undefined>(undefined);
  const completed = checklist.status === 'completed';
  const keys = reviewers.data ?? [];

  const save = (): void => {
    api
      .signedFile({ reviewId: checklist.reviewId })
      .then((file) => {
        return host.saveFile(signedFileToSave(checklist.reviewId, file)).then((savedAs) => {
          if (savedAs === undefined) return;
          setSaved(savedAs);
          announce(i18n.t('signoff.saved', { file: savedAs }));
        });
      })
      .catch((e: unknown) => setError(toServiceError(e)));
  };

  return (
    <div className="signoff">
      <section className="panel" aria-labelledby="signoff-title">
        <h2 id="signoff-title">{i18n.t('signoff.title')}</h2>
        {!completed && <p className="notice">{i18n.t('signoff.notCompleted')}</p>}
        {checklist.signatures.length === 0 ? (
          <p>{i18n.t('signoff.noSignatures')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{i18n.t('signoff.signaturesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('signoff.colReviewer')}</th>
                  <th scope="col">{i18n.t('signoff.colFingerprint')}</th>
                  <th scope="col">{i18n.t('signoff.colSignedAt')}</th>
                </tr>
              </thead>
              <tbody>
                {checklist.signatures.map((s) => (
                  <tr key={s.keyFingerprint}>
                    <th scope="row">{s.reviewer}</th>
                    <td>
                      <code className="fingerprint">{s.keyFingerprint}</code>
                    </td>
                    <td>
                      <time dateTime={s.signedAt}>{i18n.dateTime(s.signedAt)}</time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <div className="button-row">
          <button type="button" className="button-primary" disabled={!completed || keys.length === 0} aria-describedby="sign-explanation" onClick={() => setDialog('sign')}>
            {i18n.t('signoff.sign')}
          </button>
          <button type="button" className="button-secondary" disabled={checklist.signatures.length === 0} onClick={save}>
            {i18n.t('signoff.save')}
          </button>
          <button type="button" className="button-quiet" onClick={openVerify}>
            {i18n.t('signoff.verify')}
          </button>
        </div>
        <p id="sign-explanation" className="hint">
          {!completed ? i18n.t('signoff.signNeedsCompleted') : keys.length === 0 ? i18n.t('signoff.signNeedsKey') : i18n.t('signoff.signReady')}
        </p>
        {saved && (
          <p className="status-ok" role="status">
            {i18n.t('signoff.saved', { file: saved })}
          </p>
        )}
        {error && <ErrorMessage error={error} />}
      </section>

      <ReviewerKeys reviewers={reviewers} onCreate={() => setDialog('create')} />

      {dialog === 'create' && <CreateReviewerDialog onClose={() => setDialog(undefined)} onCreated={() => reviewers.reload()} />}
      {dialog === 'sign' && (
        <SignDialog
          reviewId={checklist.reviewId}
          reviewers={keys}
          onClose={() => setDialog(undefined)}
          onSigned={(file) => {
            setDialog(undefined);
            announce(i18n.t('signoff.signed', { count: file.signatures.length }));
            api.getChecklist({ reviewId: checklist.reviewId }).then(onChecklist, (e: unknown) => setError(toServiceError(e)));
          }}
        />
      )}
    </div>
  );
}
