import { useState } from 'react';
import type { ChecklistItem } from '../../../../core/review/checklist-types.js';
import type { ServiceError } from '../../api/service-error.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { LegalList } from '../../app/LegalList.js';
import { formatOrigin } from '../../i18n/format-origin.js';
import { useI18n } from '../../i18n/i18n.js';
import { severityLabel } from '../../i18n/labels.js';
import { decisionLabel } from './decision-labels.js';
import type { DecisionDraft } from './decision-draft.js';
import { DecisionForm } from './DecisionForm.js';
import { decisionOf } from './filter-items.js';
import { ItemHistory } from './ItemHistory.js';

/** The id of an item's toggle button, for moving focus to it. */
export function itemButtonId(itemKey: string): string {
  return `item-${itemKey}`;
}

export interface ChecklistItemViewProps {
  readonly reviewId: string;
  readonly item: ChecklistItem;
  /** The number a person refers to ("punkt 3"): position + 1. */
  readonly number: number;
  readonly version: number;
  readonly selected: boolean;
  readonly onSelect: () => void;
  /** Scrolls to and focuses an occurrence's passage in the document. */
  readonly onShowPassage: (occurrence: number) => void;
  readonly draft: DecisionDraft | undefined;
  readonly onDraft: (draft: DecisionDraft) => void;
  readonly onSave: () => void;
  readonly saving: boolean;
  readonly saveError: ServiceError | undefined;
  readonly lockedReason: string | undefined;
}

/**
 * One checklist line. Collapsed: number, severity, title and decision. Selected: the message,
 * every occurrence with its place (each a way to the passage), the suggestion, the law, the
 * carry-over state, who decided what and when, the decision form and the item's history.
 */
export function ChecklistItemView(props: ChecklistItemViewProps) {
  const { item, number, selected, draft } = props;
  const i18n = useI18n();
  const [showHistory, setShowHistory] = useState(false);
  const decision = decisionOf(item);
  const carryState = item.reopened ? 'reopened' : item.carry;
  const detailsId = `${itemButtonId(item.key)}-details`;
  return (
    <li className={`item severity-${item.severity}${selected ? ' item-selected' : ''}`}>
      <h4 className="item-heading">
        <button type="button" id={itemButtonId(item.key)} className="item-toggle" aria-expanded={selected} aria-controls={selected ? detailsId : undefined} onClick={props.onSelect}>
          <span className="item-number">{number}.</span>
          <span className={`badge badge-${item.severity}`}>{severityLabel(item.severity, i18n)}</span>
          <span className="item-title">{i18n.pick(item.title)}</span>
          {props.version > 1 && <span className={`badge badge-carry-${carryState}`}>{i18n.t(`carry.${carryState}`)}</span>}
          <span className={`badge badge-decision-${decision}`}>{decisionLabel(decision, i18n)}</span>
        </button>
      </h4>
      {selected && draft && (
        <div id={detailsId} className="item-details">
          <p className="item-message">{i18n.pick(item.message)}</p>
          {item.kind === 'finding' && item.occurrences.length === 0 && <p className="hint">{i18n.t('item.wholeDocument')}</p>}
          {item.occurrences.length > 0 && (
            <ul className="occurrences" aria-label={i18n.t('item.occurrences')}>
              {item.occurrences.map((occurrence, index) => (
                <li key={occurrence.findingId}>
                  <blockquote lang="sv">{occurrence.quote || occurrence.context}</blockquote>
                  <span className="origin">{formatOrigin(occurrence.origin, i18n)}</span>{' '}
                  {occurrence.span && (
                    <button type="button" className="button-link" onClick={() => props.onShowPassage(index)}>
                      {i18n.t('item.showInDocument')}
                      <span className="sr-only"> – {formatOrigin(occurrence.origin, i18n)}</span>
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {item.suggestion && (
            <p className="suggestion">
              <strong>{i18n.t('item.suggestion')}</strong> {i18n.pick(item.suggestion)}
            </p>
          )}
          {item.legal.length > 0 && (
            <div className="legal">
              <p className="legal-title">{i18n.t('item.legal')}</p>
              <LegalList legal={item.legal} />
            </div>
          )}
          {props.version > 1 && (
            <p className="hint">
              {item.reopened
                ? i18n.t('item.carryReopened', { previous: props.version - 1, reviewer: item.reopened.reviewer, time: i18n.dateTime(item.reopened.decidedAt) })
                : item.carry === 'new'
                  ? i18n.t('item.carryNew')
                  : i18n.t('item.carryRemaining', { previous: props.version - 1 })}
            </p>
          )}
          {item.decision ? (
            <p className="decided-by">
              {i18n.t('item.decidedBy', { decision: decisionLabel(item.decision.decision, i18n), reviewer: item.decision.reviewer, time: i18n.dateTime(item.decision.decidedAt) })}
              {item.decision.reason && (
                <>
                  <br />
                  {i18n.t('item.reasonIs', { reason: item.decision.reason })}
                </>
              )}
            </p>
          ) : (
            <p className="decided-by">{i18n.t('item.notDecided')}</p>
          )}
          <DecisionForm item={item} draft={draft} onDraft={props.onDraft} onSave={props.onSave} saving={props.saving} lockedReason={props.lockedReason} />
          {props.saveError && <ErrorMessage error={props.saveError} />}
          <button type="button" className="button-quiet" aria-expanded={showHistory} onClick={() => setShowHistory(!showHistory)}>
            {i18n.t('item.history')}
          </button>
          {showHistory && <ItemHistory key={item.decision?.decidedAt ?? 'none'} reviewId={props.reviewId} itemKey={item.key} />}
        </div>
      )}
    </li>
  );
}
