import { useCallback, useState } from 'react';
import { useApp } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';
import { documentTypeLabel } from '../../i18n/labels.js';
import { HistoryList } from '../history/HistoryList.js';
import { ReviewerNameForm } from '../settings/ReviewerNameForm.js';
import './series.css';

/**
 * The start screen: every document series with its latest review, a way into each, and the
 * button to import a new document. A series is the drafts of one document.
 */
export function SeriesList() {
  const i18n = useI18n();
  const { api, navigate, settings } = useApp();
  const load = useCallback(() => api.listSeries(), [api]);
  const series = useLoad(load);
  const [historyOf, setHistoryOf] = useState<string | undefined>(undefined);

  return (
    <div className="screen">
      <h1 tabIndex={-1}>{i18n.t('series.title')}</h1>
      <p className="lead">{i18n.t('series.intro')}</p>
      {!settings.reviewerName && <ReviewerNameForm intro={i18n.t('reviewer.askOnce')} />}
      <p>
        <button type="button" className="button-primary" onClick={() => navigate({ name: 'import' })}>
          {i18n.t('series.importNew')}
        </button>
      </p>
      {series.error && <ErrorMessage error={series.error} />}
      {series.loading && !series.data && <p>{i18n.t('common.loading')}</p>}
      {series.data && series.data.length === 0 && (
        <div className="panel empty-state">
          <h2>{i18n.t('series.emptyTitle')}</h2>
          <p>{i18n.t('series.emptyText')}</p>
        </div>
      )}
      {series.data && series.data.length > 0 && (
        <div className="table-scroll">
          <table className="data-table series-table">
            <caption>{i18n.t('series.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('series.colName')}</th>
                <th scope="col">{i18n.t('series.colType')}</th>
                <th scope="col">{i18n.t('series.colVersions')}</th>
                <th scope="col">{i18n.t('series.colStatus')}</th>
                <th scope="col">{i18n.t('series.colActions')}</th>
              </tr>
            </thead>
            <tbody>
              {series.data.map((s) => {
                const latest = s.latest;
                return (
                  <tr key={s.name}>
                    <th scope="row">{s.name}</th>
                    <td>{documentTypeLabel(s.documentType, i18n)}</td>
                    <td>{i18n.number(s.versions)}</td>
                    <td>
                      {latest?.reviewId === undefined
                        ? i18n.t('series.noReview')
                        : latest.status === 'completed'
                          ? i18n.t('series.statusCompleted', { version: latest.version })
                          : i18n.t('series.statusOpen', { version: latest.version, open: i18n.tp('count.openItems', latest.openItems ?? 0) })}
                    </td>
                    <td className="actions">
                      {latest?.reviewId !== undefined && (
                        <button type="button" onClick={() => navigate({ name: 'review', reviewId: latest.reviewId as string })}>
                          {i18n.t('series.open')}
                          <span className="sr-only"> {s.name}</span>
                        </button>
                      )}
                      <button type="button" className="button-secondary" onClick={() => navigate({ name: 'import', seriesName: s.name })}>
                        {i18n.t('series.nextVersion')}
                        <span className="sr-only"> {s.name}</span>
                      </button>
                      <button type="button" className="button-quiet" aria-expanded={historyOf === s.name} onClick={() => setHistoryOf(historyOf === s.name ? undefined : s.name)}>
                        {i18n.t('series.history')}
                        <span className="sr-only"> {s.name}</span>
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {historyOf !== undefined && <HistoryList request={{ seriesName: historyOf }} headingLevel={2} />}
    </div>
  );
}
