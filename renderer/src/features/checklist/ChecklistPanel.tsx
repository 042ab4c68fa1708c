import type { Checklist } from '../../../../core/review/checklist-types.js';
import type { ServiceError } from '../../api/service-error.js';
import { useI18n } from '../../i18n/i18n.js';
import { PRINCIPLE_ORDER, principleName } from '../../i18n/labels.js';
import { ChecklistFilters } from './ChecklistFilters.js';
import { ChecklistItemView } from './ChecklistItemView.js';
import { CompletePanel } from './CompletePanel.js';
import type { DecisionDraft } from './decision-draft.js';
import { decisionOf, type ChecklistFilter } from './filter-items.js';
import { ShortcutHelp } from './ShortcutHelp.js';
import './checklist.css';

const HELP_ID = 'shortcut-help';

export interface ChecklistPanelProps {
  readonly checklist: Checklist;
  /** The items the filter lets through, in order. */
  readonly visibleKeys: readonly string[];
  readonly filter: ChecklistFilter;
  readonly onFilter: (filter: ChecklistFilter) => void;
  readonly selectedKey: string | undefined;
  readonly onSelect: (itemKey: string) => void;
  readonly onShowPassage: (itemKey: string, occurrence: number) => void;
  readonly draft: DecisionDraft | undefined;
  readonly onDraft: (draft: DecisionDraft) => void;
  readonly onSave: () => void;
  readonly saving: boolean;
  readonly saveError: ServiceError | undefined;
  readonly lockedReason: string | undefined;
  readonly onChecklist: (checklist: Checklist) => void;
  readonly showHelp: boolean;
  readonly onToggleHelp: () => void;
}

/**
 * The checklist: how far the review has come, filters, the items grouped under the six
 * principles, the keyboard shortcuts and, last, completing the review.
 */
export function ChecklistPanel(props: ChecklistPanelProps) {
  const { checklist, visibleKeys } = props;
  const i18n = useI18n();
  const visible = new Set(visibleKeys);
  const items = [...checklist.items].sort((a, b) => a.position - b.position);
  const decided = items.filter((item) => decisionOf(item) !== 'open').length;

  return (
    <section className="checklist-panel" aria-labelledby="checklist-title">
      <div className="panel-heading">
        <h2 id="checklist-title">{i18n.t('checklist.title')}</h2>
        <button type="button" className="button-quiet" aria-expanded={props.showHelp} aria-controls={props.showHelp ? HELP_ID : undefined} onClick={props.onToggleHelp}>
          {i18n.t('shortcut.button')}
        </button>
      </div>
      {props.showHelp && <ShortcutHelp id={HELP_ID} />}
      <div className="review-progress">
        <p id="review-progress-label">{i18n.t('checklist.progress', { decided: i18n.number(decided), total: i18n.number(items.length) })}</p>
        <progress aria-labelledby="review-progress-label" value={decided} max={Math.max(items.length, 1)} />
      </div>
      <ChecklistFilters filter={props.filter} onChange={props.onFilter} showCarry={checklist.version > 1} />
      <p className="filter-count" aria-live="polite">
        {i18n.t('checklist.showing', { shown: i18n.number(visible.size), total: i18n.number(items.length) })}
      </p>
      {items.length === 0 && <p>{i18n.t('checklist.empty')}</p>}
      {PRINCIPLE_ORDER.map((principle) => {
        const inPrinciple = items.filter((item) => item.principle === principle);
        const shown = inPrinciple.filter((item) => visible.has(item.key));
        if (shown.length === 0) return null;
        const open = inPrinciple.filter((item) => decisionOf(item) === 'open').length;
        return (
          <section key={principle} className="principle-group" aria-labelledby={`principle-${principle}`}>
            <h3 id={`principle-${principle}`}>
              {principleName(principle, i18n)} <span className="count">({i18n.tp('count.openOf', open, { total: inPrinciple.length })})</span>
            </h3>
            <ol className="item-list">
              {shown.map((item) => (
                <ChecklistItemView
                  key={item.key}
                  reviewId={checklist.reviewId}
                  item={item}
                  number={item.position + 1}
                  version={checklist.version}
                  selected={item.key === props.selectedKey}
                  onSelect={() => props.onSelect(item.key)}
                  onShowPassage={(occurrence) => props.onShowPassage(item.key, occurrence)}
                  draft={props.draft?.itemKey === item.key ? props.draft : undefined}
                  onDraft={props.onDraft}
                  onSave={props.onSave}
                  saving={props.saving}
                  saveError={props.saveError}
                  lockedReason={props.lockedReason}
                />
              ))}
            </ol>
          </section>
        );
      })}
      <CompletePanel checklist={checklist} onChanged={props.onChecklist} />
    </section>
  );
}
