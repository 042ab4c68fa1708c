import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Checklist, ChecklistItem, Decision } from '../../../../core/review/checklist-types.js';
import type { ReviewDocument } from '../../../../core/service/review-contract.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { useI18n } from '../../i18n/i18n.js';
import { needsReason } from '../../i18n/labels.js';
import { ChecklistPanel } from '../checklist/ChecklistPanel.js';
import { itemButtonId } from '../checklist/ChecklistItemView.js';
import { decisionLabel } from '../checklist/decision-labels.js';
import { draftFor, type DecisionDraft } from '../checklist/decision-draft.js';
import { reasonFieldId } from '../checklist/DecisionForm.js';
import { NO_FILTER, filterItems, type ChecklistFilter } from '../checklist/filter-items.js';
import { DocumentView } from '../document/DocumentView.js';
import { findPassage } from '../document/passage-marks.js';
import { ReviewerNameForm } from '../settings/ReviewerNameForm.js';
import { isTypingTarget } from './keyboard.js';
import './review.css';

const DECISION_KEYS: Readonly<Record<string, Decision>> = { f: 'fixed', a: 'accepted', n: 'not-applicable', o: 'open' };

/**
 * Moves focus to an item's reason box. At once when the box is already there (the selected
 * item's form always has one): a shortcut's key press then hands the next keys straight to the
 * box, so a fast typist's reason is not read as shortcuts ("a" and "f" are letters of most
 * reasons). Otherwise after the next render.
 */
function focusReasonField(itemKey: string): void {
  const field = document.getElementById(reasonFieldId(itemKey));
  if (field) field.focus();
  else requestAnimationFrame(() => document.getElementById(reasonFieldId(itemKey))?.focus());
}

/**
 * Reviewing: the document on one side, the checklist on the other, tied together (a highlight
 * selects its item; an item's occurrence leads to its passage), with keyboard shortcuts for
 * moving through the items and deciding them.
 */
export function ReviewWorkspace({ checklist, reviewDocument, onChecklist }: { readonly checklist: Checklist; readonly reviewDocument: ReviewDocument | undefined; readonly onChecklist: (checklist: Checklist) => void }) {
  const i18n = useI18n();
  const { api, settings, announce } = useApp();
  const [filter, setFilter] = useState<ChecklistFilter>(NO_FILTER);
  const [selectedKey, setSelectedKey] = useState<string | undefined>(undefined);
  const [draft, setDraft] = useState<DecisionDraft | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ServiceError | undefined>(undefined);
  const [showHelp, setShowHelp] = useState(false);
  const documentPane = useRef<HTMLElement>(null);

  const visible = useMemo(() => filterItems(checklist.items, filter), [checklist.items, filter]);
  const visibleKeys = useMemo(() => visible.map((item) => item.key), [visible]);
  const byKey = useMemo(() => new Map(checklist.items.map((item) => [item.key, item])), [checklist.items]);
  const itemTitle = (key: string): string => {
    const item = byKey.get(key);
    return item ? `${item.position + 1}. ${i18n.pick(item.title)}` : key;
  };

  const lockedReason = checklist.status === 'completed' ? i18n.t('decision.lockedCompleted') : !settings.reviewerName ? i18n.t('decision.lockedNoReviewer') : undefined;

  const scrollToPassage = (key: string, occurrence: number, focus: boolean): void => {
    const root = documentPane.current;
    const passage = root ? findPassage(root, key, occurrence) : null;
    if (!passage) return;
    passage.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    if (focus) passage.focus({ preventScroll: true });
  };

  const select = (key: string, options: { focusItem?: boolean; scrollPassage?: boolean } = {}): void => {
    const item = byKey.get(key);
    if (!item) return;
    if (key !== selectedKey) {
      setSelectedKey(key);
      setDraft(draftFor(item));
      setSaveError(undefined);
    }
    requestAnimationFrame(() => {
      const button = document.getElementById(itemButtonId(key));
      button?.scrollIntoView?.({ block: 'nearest' });
      if (options.focusItem) button?.focus({ preventScroll: true });
      if (options.scrollPassage !== false && item.occurrences.some((o) => o.span)) scrollToPassage(key, item.occurrences.findIndex((o) => o.span), false);
    });
  };

  const save = (toSave: DecisionDraft | undefined = draft): void => {
    if (!toSave || lockedReason) return;
    const item = byKey.get(toSave.itemKey);
    if (!item) return;
    const reason = toSave.reason.trim();
    if (needsReason(toSave.decision) && !reason) {
      setDraft({ ...toSave, reasonMissing: true });
      focusReasonField(toSave.itemKey);
      return;
    }
    setDraft(toSave);
    setSaving(true);
    // Saved from inside the form (Ctrl+Enter, the save button): afterwards focus goes back to the
    // item, where j/k and the decision keys work again.
    const fromForm = document.activeElement instanceof Element && document.activeElement.closest('.decision-form') !== null;
    const answer = toSave.answer.trim();
    api
      .decide({
        reviewId: checklist.reviewId,
        itemKey: toSave.itemKey,
        decision: toSave.decision,
        ...(reason ? { reason } : {}),
        ...(answer ? { answer } : {}),
        reviewer: settings.reviewerName,
      })
      .then(
        (updated: ChecklistItem) => {
          setSaving(false);
          setSaveError(undefined);
          onChecklist({ ...checklist, items: checklist.items.map((i) => (i.key === updated.key ? updated : i)) });
          // Only if the reviewer is still on that item: after j the draft is the next item's.
          setDraft((current) => (current === undefined || current.itemKey === updated.key ? draftFor(updated) : current));
          if (fromForm) requestAnimationFrame(() => document.getElementById(itemButtonId(updated.key))?.focus());
          announce(i18n.t('decision.saved', { number: updated.position + 1, decision: decisionLabel(updated.decision?.decision ?? 'open', i18n) }));
        },
        (e: unknown) => {
          setSaving(false);
          setSaveError(toServiceError(e));
        },
      );
  };

  // The shortcuts read the latest state through a ref updated after each render, before the
  // browser paints it: updated in a plain effect, a key pressed the moment the next item showed
  // (j, then at once a) still saw the previous item and its draft.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => undefined);
  useLayoutEffect(() => {
    onKey.current = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (document.getElementById('app-shell')?.hasAttribute('inert')) return;
      if (isTypingTarget(event.target)) return;
      const key = event.key;
      if (key === '?') {
        event.preventDefault();
        setShowHelp((shown) => !shown);
        return;
      }
      const inChecklist = event.target instanceof Element && (event.target.closest('.checklist-panel') !== null || event.target === document.body);
      const step = key === 'j' || (key === 'ArrowDown' && inChecklist) ? 1 : key === 'k' || (key === 'ArrowUp' && inChecklist) ? -1 : 0;
      if (step !== 0) {
        event.preventDefault();
        if (visibleKeys.length === 0) return;
        const index = selectedKey ? visibleKeys.indexOf(selectedKey) : -1;
        const next = index < 0 ? (step > 0 ? 0 : visibleKeys.length - 1) : Math.min(visibleKeys.length - 1, Math.max(0, index + step));
        const nextKey = visibleKeys[next];
        if (nextKey) select(nextKey, { focusItem: true });
        return;
      }
      const decision = DECISION_KEYS[key];
      if (!decision || !selectedKey || !draft || lockedReason) return;
      event.preventDefault();
      if (needsReason(decision)) {
        setDraft({ ...draft, decision, reasonMissing: false });
        focusReasonField(draft.itemKey);
      } else {
        save({ ...draft, decision, reasonMissing: false });
      }
    };
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent): void => onKey.current(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  return (
    <div className="workspace">
      {!settings.reviewerName && <ReviewerNameForm intro={i18n.t('reviewer.askBeforeDeciding')} />}
      <div className="workspace-columns">
        <section ref={documentPane} className="document-pane" aria-labelledby="document-title">
          <h2 id="document-title">{i18n.t('document.title')}</h2>
          {reviewDocument ? (
            <DocumentView
              document={reviewDocument.document}
              items={checklist.items}
              selectedKey={selectedKey}
              itemTitle={itemTitle}
              onSelectItem={(key) => {
                if (filter !== NO_FILTER && !visibleKeys.includes(key)) setFilter(NO_FILTER);
                select(key, { focusItem: true, scrollPassage: false });
              }}
            />
          ) : (
            <p>{i18n.t('common.loading')}</p>
          )}
        </section>
        <div className="checklist-pane">
          <ChecklistPanel
            checklist={checklist}
            visibleKeys={visibleKeys}
            filter={filter}
            onFilter={setFilter}
            selectedKey={selectedKey}
            onSelect={(key) => (key === selectedKey ? setSelectedKey(undefined) : select(key))}
            onShowPassage={(key, occurrence) => scrollToPassage(key, occurrence, true)}
            draft={draft}
            onDraft={setDraft}
            onSave={() => save()}
            saving={saving}
            saveError={saveError}
            lockedReason={lockedReason}
            onChecklist={onChecklist}
            showHelp={showHelp}
            onToggleHelp={() => setShowHelp(!showHelp)}
          />
        </div>
      </div>
    </div>
  );
}
