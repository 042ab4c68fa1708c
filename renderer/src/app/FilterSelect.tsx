import { useId } from 'react';
import { useI18n } from '../i18n/i18n.js';

export interface FilterOption<V extends string> {
  readonly value: V;
  readonly label: string;
}

/**
 * One labelled filter: "all" first, then the options. Shared by the checklist's and the rule
 * catalogue's filters so that every filter looks, reads and is announced the same way.
 */
export function FilterSelect<V extends string>({
  label,
  value,
  options,
  onChange,
}: {
  readonly label: string;
  readonly value: V | 'all';
  readonly options: readonly FilterOption<V>[];
  readonly onChange: (value: V | 'all') => void;
}) {
  const i18n = useI18n();
  const id = useId();
  return (
    <div className="filter-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as V | 'all')}>
        <option value="all">{i18n.t('filter.all')}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
