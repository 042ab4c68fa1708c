import { useId } from 'react';
import type { Decision } from '../../../../core/review/checklist-types.js';
import { useI18n } from '../../i18n/i18n.js';
import { DECISION_ORDER, PRINCIPLE_ORDER, SEVERITY_ORDER, principleName, severityLabel } from '../../i18n/labels.js';
import { decisionLabel } from './decision-labels.js';
import { FilterSelect } from '../../app/FilterSelect.js';
import type { ChecklistFilter } from './filter-items.js';

/** Filters by severity, principle, decision and (from version 2 on) new or carried-over items. */
export function ChecklistFilters({ filter, onChange, showCarry }: { readonly filter: ChecklistFilter; readonly onChange: (filter: ChecklistFilter) => void; readonly showCarry: boolean }) {
  const i18n = useI18n();
  const id = useId();
  return (
    <fieldset className="filters">
      <legend>{i18n.t('filter.legend')}</legend>
      <FilterSelect
        label={i18n.t('filter.severity')}
        value={filter.severity}
        options={SEVERITY_ORDER.map((s) => ({ value: s, label: severityLabel(s, i18n) }))}
        onChange={(severity) => onChange({ ...filter, severity })}
      />
      <FilterSelect
        label={i18n.t('filter.principle')}
        value={filter.principle}
        options={PRINCIPLE_ORDER.map((p) => ({ value: p, label: principleName(p, i18n) }))}
        onChange={(principle) => onChange({ ...filter, principle })}
      />
      <FilterSelect
        label={i18n.t('filter.decision')}
        value={filter.decision}
        options={[...DECISION_ORDER.map((d: Decision) => ({ value: d as Decision | 'decided', label: decisionLabel(d, i18n) })), { value: 'decided' as const, label: i18n.t('filter.decided') }]}
        onChange={(decision) => onChange({ ...filter, decision })}
      />
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
