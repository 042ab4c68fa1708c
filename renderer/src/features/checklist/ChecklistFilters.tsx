import { useId } from 'react';
import type { Decision } from '../../../../core/review/checklist-types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DECISION_ORDER, PRINCIPLE_ORDER, SEVERITY_ORDER, principleName, severityLabel } from '../../i18n/labels.js';
import { decisionLabel } from './decision-labels.js';
import type { ChecklistFilter } from './filter-items.js';

/** Filters by severity, principle, decision and (from version 2 on) new or carried-over items. */
export function ChecklistFilters({ filter, onChange, showCarry }: { readonly filter: ChecklistFilter; readonly onChange: (filter: ChecklistFilter) => void; readonly showCarry: boolean }) {
  const i18n = useI18n();
  const id = useId();
  return (
    <fieldset className="filters">
      <legend>{i18n.t('filter.legend')}</legend>
      <div className="filter-field">
        <label htmlFor={`${id}-severity`}>{i18n.t('filter.severity')}</label>
        <select id={`${id}-severity`} value={filter.severity} onChange={(e) => onChange({ ...filter, severity: e.target.value as ChecklistFilter['severity'] })}>
          <option value="all">{i18n.t('filter.all')}</option>
          {SEVERITY_ORDER.map((s) => (
            <option key={s} value={s}>
              {severityLabel(s, i18n)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-principle`}>{i18n.t('filter.principle')}</label>
        <select id={`${id}-principle`} value={filter.principle} onChange={(e) => onChange({ ...filter, principle: e.target.value as ChecklistFilter['principle'] })}>
          <option value="all">{i18n.t('filter.all')}</option>
          {PRINCIPLE_ORDER.map((p) => (
            <option key={p} value={p}>
              {principleName(p, i18n)}
            </option>
          ))}
        </select>
      </div>
      <div className="filter-field">
        <label htmlFor={`${id}-decision`}>{i18n.t('filter.decision')}</label>
        <select id={`${id}-decision`} value={filter.decision} onChange={(e) => onChange({ ...filter, decision: e.target.value as ChecklistFilter['decision'] })}>
          <option value="all">{i18n.t('filter.all')}</option>
          {DECISION_ORDER.map((d: Decision) => (
            <option key={d} value={d}>
              {decisionLabel(d, i18n)}
            </option>
          ))}
          <option value="decided">{i18n.t('filter.decided')}</option>
        </select>
      </div>
      {showCarry && (
        <div className="filter-field">
          <label htmlFor={`${id}-carry`}>{i18n.t('filter.carry')}</label>
          <select id={`${id}-carry`} value={filter.carry} onChange={(e) => onChange({ ...filter, carry: e.target.value as ChecklistFilter['carry'] })}>
            <option value="all">{i18n.t('filter.all')}</option>
            <option value="new">{i18n.t('carry.new')}</option>
            <option value="remaining">{i18n.t('carry.remaining')}</option>
          </select>
        </div>
      )}
    </fieldset>
  );
}
