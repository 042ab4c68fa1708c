import { useCallback } from 'react';
import { useApp } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';
import { decisionLabel } from './decision-labels.js';

/** Every decision recorded on an item, oldest first: who, when, what and why. */
export function ItemHistory({ reviewId, itemKey }: { readonly reviewId: string; readonly itemKey: string }) {
  const i18n = useI18n();
  const { api } = useApp();
  // The parent keys this component by the current decision, so a new decision loads it again.
  const load = useCallback(() => api.itemHistory({ reviewId, itemKey }), [api, reviewId, itemKey]);
  const history = useLoad(load);
  if (history.error) return <ErrorMessage error={history.error} />;
  if (!history.data) return <p>{i18n.t('common.loading')}</p>;
  if (history.data.length === 0) return <p>{i18n.t('item.historyEmpty')}</p>;
  return (
    <ol className="item-history">
      {history.data.map((record, index) => (
        <li key={index}>
          <strong>{decisionLabel(record.decision, i18n)}</strong> – {record.reviewer}, <time dateTime={record.decidedAt}>{i18n.dateTime(record.decidedAt)}</time>
          {record.reason && <div>{i18n.t('item.reasonIs', { reason: record.reason })}</div>}
          {record.answer && <div>{i18n.t('item.answerIs', { answer: record.answer })}</div>}
        </li>
      ))}
    </ol>
  );
}
