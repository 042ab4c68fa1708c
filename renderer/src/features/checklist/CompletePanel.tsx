import { useState } from 'react';
import type { Checklist } from '../../../../core/review/checklist-types.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { Dialog } from '../../app/Dialog.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useI18n } from '../../i18n/i18n.js';
import { decisionOf } from './filter-items.js';

/**
 * Completing the review: possible only when no item is open (the button stays disabled and
 * says why). A completed review can be reopened, after a warning that its signatures will no
 * longer fit.
 */
export function CompletePanel({ checklist, onChanged }: { readonly checklist: Checklist; readonly onChanged: (checklist: Checklist) => void }) {
  const i18n = useI18n();
  const { api, settings, announce } = useApp();
  const [error, setError] = useState<ServiceError | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [confirmReopen, setConfirmReopen] = useState(false);
  const open = checklist.items.filter((item) => decisionOf(item) === 'open').length;
  const reviewer = settings.reviewerName;

  const run = (action: 'complete' | 'reopen'): void => {
    setBusy(true);
    const call = action === 'complete' ? api.completeReview({ reviewId: checklist.reviewId, reviewer }) : api.reopenReview({ reviewId: checklist.reviewId, reviewer });
    call.then(
      (next) => {
        setBusy(false);
        setError(undefined);
        setConfirmReopen(false);
        onChanged(next);
        announce(action === 'complete' ? i18n.t('complete.done') : i18n.t('complete.reopened'));
      },
      (e: unknown) => {
        setBusy(false);
        setError(toServiceError(e));
      },
    );
  };

  if (checklist.status === 'completed') {
    return (
      <section className="panel complete-panel" aria-labelledby="complete-title">
        <h3 id="complete-title">{i18n.t('complete.title')}</h3>
        <p className="status-ok">
          {i18n.t('complete.completedBy', { reviewer: checklist.completedBy ?? '–', time: checklist.completedAt ? i18n.dateTime(checklist.completedAt) : '–' })}
        </p>
        <button type="button" className="button-secondary" onClick={() => setConfirmReopen(true)} disabled={!reviewer}>
          {i18n.t('complete.reopen')}
        </button>
        {error && <ErrorMessage error={error} />}
        {confirmReopen && (
          <Dialog title={i18n.t('complete.reopenTitle')} onClose={() => setConfirmReopen(false)}>
            <p>{checklist.signatures.length > 0 ? i18n.tp('complete.reopenWarningSigned', checklist.signatures.length) : i18n.t('complete.reopenWarning')}</p>
            <div className="button-row">
              <button type="button" className="button-primary" onClick={() => run('reopen')} disabled={busy} data-autofocus>
                {i18n.t('complete.reopenConfirm')}
              </button>
              <button type="button" className="button-quiet" onClick={() => setConfirmReopen(false)}>
                {i18n.t('common.cancel')}
              </button>
            </div>
          </Dialog>
        )}
      </section>
    );
  }

  const blocked = open > 0 || !reviewer;
  return (
    <section className="panel complete-panel" aria-labelledby="complete-title">
      <h3 id="complete-title">{i18n.t('complete.title')}</h3>
      <p id="complete-explanation">{open > 0 ? i18n.tp('complete.blocked', open) : !reviewer ? i18n.t('complete.needsReviewer') : i18n.t('complete.ready')}</p>
      <button type="button" className="button-primary" disabled={blocked || busy} aria-describedby="complete-explanation" onClick={() => run('complete')}>
        {i18n.t('complete.button')}
      </button>
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
