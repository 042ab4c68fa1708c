import type { FormEvent } from 'react';
import type { ChecklistItem } from '../../../../core/review/checklist-types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DECISION_ORDER, needsReason } from '../../i18n/labels.js';
import { decisionLabel } from './decision-labels.js';
import type { DecisionDraft } from './decision-draft.js';

/** The id of an item's reason field, so the "a" and "n" shortcuts can move focus there. */
export function reasonFieldId(itemKey: string): string {
  return `reason-${itemKey}`;
}

export interface DecisionFormProps {
  readonly item: ChecklistItem;
  readonly draft: DecisionDraft;
  readonly onDraft: (draft: DecisionDraft) => void;
  readonly onSave: () => void;
  readonly saving: boolean;
  /** Why the form cannot be used (review completed, no reviewer name). */
  readonly lockedReason: string | undefined;
}

/**
 * The decision on one item: open, fixed, accepted or not applicable, with a reason (required
 * for accepted and not applicable, checked here before anything is sent) and, for a standing
 * question, the answer (e.g. a protocol reference). Ctrl+Enter in a text field saves.
 */
export function DecisionForm({ item, draft, onDraft, onSave, saving, lockedReason }: DecisionFormProps) {
  const i18n = useI18n();
  const base = `decision-${item.key}`;
  const required = needsReason(draft.decision);
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onSave();
  };
  const saveOnCtrlEnter = (event: React.KeyboardEvent): void => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSave();
    }
  };
  const reasonDescribedBy = [`${base}-reason-hint`, draft.reasonMissing ? `${base}-reason-error` : ''].filter(Boolean).join(' ');
  return (
    <form className="decision-form" onSubmit={submit} noValidate aria-label={i18n.t('decision.formLabel', { title: i18n.pick(item.title) })}>
      {lockedReason && <p className="notice">{lockedReason}</p>}
      <fieldset disabled={lockedReason !== undefined}>
        <fieldset className="decision-options">
          <legend>{i18n.t('decision.legend')}</legend>
          {DECISION_ORDER.map((decision) => (
            <label key={decision} className="radio">
              <input type="radio" name={`${base}-choice`} value={decision} checked={draft.decision === decision} onChange={() => onDraft({ ...draft, decision, reasonMissing: false })} />
              {decisionLabel(decision, i18n)}
              <span className="shortcut-hint" aria-hidden="true">
                {i18n.t(`shortcut.key.${decision}`)}
              </span>
            </label>
          ))}
        </fieldset>
        {item.kind === 'question' && (
          <div className="field">
            <label htmlFor={`${base}-answer`}>{item.answerPrompt ? i18n.pick(item.answerPrompt) : i18n.t('decision.answer')}</label>
            <input id={`${base}-answer`} type="text" value={draft.answer} maxLength={4000} onChange={(e) => onDraft({ ...draft, answer: e.target.value })} onKeyDown={saveOnCtrlEnter} />
          </div>
        )}
        <div className="field">
          <label htmlFor={reasonFieldId(item.key)}>
            {i18n.t('decision.reason')}
            {required && <span className="required"> {i18n.t('decision.required')}</span>}
          </label>
          <p id={`${base}-reason-hint`} className="hint">
            {required ? i18n.t('decision.reasonHintRequired') : i18n.t('decision.reasonHint')}
          </p>
          <textarea
            id={reasonFieldId(item.key)}
            rows={3}
            maxLength={4000}
            value={draft.reason}
            required={required}
            aria-invalid={draft.reasonMissing || undefined}
            aria-describedby={reasonDescribedBy}
            onChange={(e) => onDraft({ ...draft, reason: e.target.value, reasonMissing: false })}
            onKeyDown={saveOnCtrlEnter}
          />
          {draft.reasonMissing && (
            <p id={`${base}-reason-error`} className="field-error">
              {i18n.t('decision.reasonMissing', { decision: decisionLabel(draft.decision, i18n) })}
            </p>
          )}
        </div>
        <button type="submit" className="button-primary" disabled={saving}>
          {saving ? i18n.t('decision.saving') : i18n.t('decision.save')}
        </button>
      </fieldset>
    </form>
  );
}
