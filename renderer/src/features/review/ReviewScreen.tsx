import { useCallback } from 'react';
import { useApp, type ReviewTab } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { Tabs, type TabDefinition } from '../../app/Tabs.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';
import { documentTypeLabel } from '../../i18n/labels.js';
import { ExportPanel } from '../export/ExportPanel.js';
import { HistoryList } from '../history/HistoryList.js';
import { OverviewPanel } from '../overview/OverviewPanel.js';
import { SignoffPanel } from '../signoff/SignoffPanel.js';
import { VersionsPanel } from '../versions/VersionsPanel.js';
import { ReviewWorkspace } from './ReviewWorkspace.js';

/**
 * One review: its title and state, then tabs for reviewing (document and checklist), the
 * value-base overview, versions, sign-off, export and history.
 */
export function ReviewScreen({ reviewId, tab, onTab }: { readonly reviewId: string; readonly tab: ReviewTab; readonly onTab: (tab: ReviewTab) => void }) {
  const i18n = useI18n();
  const { api } = useApp();
  const loadChecklist = useCallback(() => api.getChecklist({ reviewId }), [api, reviewId]);
  const checklist = useLoad(loadChecklist);
  const loadDocument = useCallback(() => api.getReviewDocument({ reviewId }), [api, reviewId]);
  const reviewDocument = useLoad(loadDocument);

  const tabs: readonly TabDefinition<ReviewTab>[] = [
    { id: 'review', label: i18n.t('review.tab.review') },
    { id: 'overview', label: i18n.t('review.tab.overview') },
    { id: 'versions', label: i18n.t('review.tab.versions') },
    { id: 'signoff', label: i18n.t('review.tab.signoff') },
    { id: 'export', label: i18n.t('review.tab.export') },
    { id: 'history', label: i18n.t('review.tab.history') },
  ];

  const data = checklist.data;
  if (!data) {
    // The same outline as below, so the heading that received focus stays the same element.
    return (
      <div className="screen review-screen">
        <div className="review-header">
          <h1 tabIndex={-1}>{i18n.t('review.loadingTitle')}</h1>
        </div>
        {checklist.error ? <ErrorMessage error={checklist.error} /> : <p>{i18n.t('common.loading')}</p>}
      </div>
    );
  }
  const itemTitle = (key: string): string | undefined => {
    const item = data.items.find((i) => i.key === key);
    return item ? `${item.position + 1}. ${i18n.pick(item.title)}` : undefined;
  };

  return (
    <div className="screen review-screen">
      <div className="review-header">
        <h1 tabIndex={-1}>
          {data.seriesName} <span className="version-tag">{i18n.t('review.version', { version: data.version })}</span>
        </h1>
        <p className="review-meta">
          <span>{data.document.fileName ?? data.document.title}</span>
          <span>{documentTypeLabel(data.documentType, i18n)}</span>
          <span className={data.status === 'completed' ? 'status-ok' : 'status-open'}>{data.status === 'completed' ? i18n.t('review.statusCompleted') : i18n.t('review.statusOpen')}</span>
          {data.signatures.length > 0 && <span>{i18n.tp('count.signatures', data.signatures.length)}</span>}
        </p>
      </div>
      {reviewDocument.error && <ErrorMessage error={reviewDocument.error} />}
      <Tabs label={i18n.t('review.tabsLabel')} tabs={tabs} selected={tab} onSelect={onTab} idPrefix="review">
        {tab === 'review' && <ReviewWorkspace checklist={data} reviewDocument={reviewDocument.data} onChecklist={checklist.replace} />}
        {tab === 'overview' && <OverviewPanel checklist={data} reviewDocument={reviewDocument.data} />}
        {tab === 'versions' && <VersionsPanel checklist={data} />}
        {tab === 'signoff' && <SignoffPanel checklist={data} onChecklist={checklist.replace} />}
        {tab === 'export' && <ExportPanel checklist={data} />}
        {tab === 'history' && <HistoryList request={{ reviewId }} headingLevel={2} itemTitle={itemTitle} />}
      </Tabs>
    </div>
  );
}
