import { useCallback } from 'react';
import type { Decision } from '../../../../core/review/checklist-types.js';
import type { HistoryEvent, HistoryRequest } from '../../../../core/service/review-contract.js';
import { useApp } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n, type I18n } from '../../i18n/i18n.js';
import { decisionLabel } from '../checklist/decision-labels.js';
import './history.css';

export interface HistoryListProps {
  readonly request: HistoryRequest;
  /** The heading's level in the screen it sits in. */
  readonly headingLevel: 2 | 3;
  /** Names an item by its title instead of its key, when the checklist is at hand. */
  readonly itemTitle?: (itemKey: string) => string | undefined;
}

/** The append-only log of a series or a review, newest first, as sentences a person reads. */
export function HistoryList({ request, headingLevel, itemTitle }: HistoryListProps) {
  const i18n = useI18n();
  const { api } = useApp();
  const { seriesName, reviewId, limit } = request;
  const load = useCallback(
    () =>
      api.history({
        ...(seriesName !== undefined ? { seriesName } : {}),
        ...(reviewId !== undefined ? { reviewId } : {}),
        ...(limit !== undefined ? { limit } : {}),
      }),
    [api, seriesName, reviewId, limit],
  );
  const history = useLoad(load);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const events = history.data ? [...history.data].reverse() : [];
  return (
    <section className="panel history" aria-labelledby={`history-${reviewId ?? seriesName ?? 'all'}`}>
      <Heading id={`history-${reviewId ?? seriesName ?? 'all'}`}>{seriesName !== undefined ? i18n.t('history.seriesTitle', { name: seriesName }) : i18n.t('history.title')}</Heading>
      {history.error && <ErrorMessage error={history.error} />}
      {history.loading && !history.data && <p>{i18n.t('common.loading')}</p>}
      {history.data && events.length === 0 && <p>{i18n.t('history.empty')}</p>}
      {events.length > 0 && (
        <ol className="history-list">
          {events.map((event) => (
            <li key={event.id}>
              <time dateTime={event.at}>{i18n.dateTime(event.at)}</time>
              <span className="history-actor">{event.actor}</span>
              <span className="history-text">{describeEvent(event, i18n, itemTitle)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function text(details: Readonly<Record<string, unknown>>, key: string): string {
  const value = details[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** One history event as a sentence ("Beslut på punkten … : Accepterad – motivering"). */
export function describeEvent(event: HistoryEvent, i18n: I18n, itemTitle?: (itemKey: string) => string | undefined): string {
  const d = event.details;
  switch (event.action) {
    case 'series-created':
      return i18n.t('history.seriesCreated', { name: text(d, 'name') });
    case 'version-imported':
      return i18n.t('history.versionImported', { number: text(d, 'number'), file: text(d, 'fileName') || '–' });
    case 'review-created':
      return i18n.t('history.reviewCreated', { id: event.reviewId ?? '', items: text(d, 'items'), carried: text(d, 'carriedDecisions') || '0' });
    case 'decision-recorded': {
      const item = (event.itemKey && itemTitle?.(event.itemKey)) || event.itemKey || '';
      const decision = decisionLabel(text(d, 'decision') as Decision, i18n);
      const reason = text(d, 'reason');
      const answer = text(d, 'answer');
      return [i18n.t('history.decision', { item, decision }), reason && i18n.t('history.reason', { reason }), answer && i18n.t('history.answer', { answer })].filter(Boolean).join(' ');
    }
    case 'review-completed':
      return i18n.t('history.completed', { id: event.reviewId ?? '' });
    case 'review-reopened':
      return i18n.t('history.reopened', { id: event.reviewId ?? '', count: text(d, 'signaturesNoLongerValid') || '0' });
    case 'reviewer-created':
      return i18n.t('history.reviewerCreated', { fingerprint: text(d, 'keyFingerprint') });
    case 'review-signed':
      return i18n.t('history.signed', { id: event.reviewId ?? '', fingerprint: text(d, 'keyFingerprint') });
  }
}
