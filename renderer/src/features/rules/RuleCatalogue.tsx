import { FilterSelect } from '../../app/FilterSelect.js';
import { useCallback, useId, useState } from 'react';
import type { PrincipleId } from '../../../../core/principles/principles.js';
import type { DocumentType } from '../../../../core/rules/rule-types.js';
import type { CatalogueRule } from '../../../../core/service/contract.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';
import { DOCUMENT_TYPE_ORDER, PRINCIPLE_ORDER, documentTypeLabel, principleName } from '../../i18n/labels.js';
import { RuleCard } from './RuleCard.js';
import { packPattern, togglePack, toggleRule } from './rule-toggles.js';
import './rules.css';

interface RuleFilter {
  readonly query: string;
  readonly principle: PrincipleId | 'all';
  readonly type: DocumentType | 'all';
  readonly pack: string;
  readonly state: 'all' | 'on' | 'off';
}

/**
 * The rule catalogue: every rule with its principle, severity, rationale, legal sources and
 * examples; search and filters; each rule and each pack can be turned on or off (stored in the
 * settings and used by every later check).
 */
export function RuleCatalogue() {
  const i18n = useI18n();
  const { api, settings, updateSettings, announce } = useApp();
  const id = useId();
  const { disabledRules, enabledRules } = settings;
  // The selection is sent explicitly: the service then reports each rule's state under these settings.
  const load = useCallback(() => api.listRules({ disabled: disabledRules, enabled: enabledRules }), [api, disabledRules, enabledRules]);
  const catalogue = useLoad(load);
  const [filter, setFilter] = useState<RuleFilter>({ query: '', principle: 'all', type: 'all', pack: 'all', state: 'all' });
  const [error, setError] = useState<ServiceError | undefined>(undefined);

  const apply = (patch: Parameters<typeof updateSettings>[0], message: string): void => {
    updateSettings(patch).then(
      () => {
        setError(undefined);
        announce(message);
      },
      (e: unknown) => setError(toServiceError(e)),
    );
  };

  const rules = catalogue.data?.rules ?? [];
  const query = filter.query.trim().toLocaleLowerCase(i18n.locale);
  const matches = (rule: CatalogueRule): boolean => {
    if (filter.principle !== 'all' && rule.principle !== filter.principle) return false;
    if (filter.type !== 'all' && !rule.appliesTo.includes(filter.type)) return false;
    if (filter.pack !== 'all' && rule.pack !== filter.pack) return false;
    if (filter.state === 'on' && !rule.active) return false;
    if (filter.state === 'off' && rule.active) return false;
    if (!query) return true;
    const haystack = [rule.id, rule.title.sv, rule.title.en, i18n.pick(rule.rationale), i18n.pick(rule.suggestion)].join(' ').toLocaleLowerCase(i18n.locale);
    return haystack.includes(query);
  };
  const shown = rules.filter(matches);
  const packs = catalogue.data?.packs ?? [];

  return (
    <div className="screen rules-screen">
      <h1 tabIndex={-1}>{i18n.t('rules.title')}</h1>
      <p className="lead">{i18n.t('rules.intro')}</p>
      {catalogue.error && <ErrorMessage error={catalogue.error} />}
      {error && <ErrorMessage error={error} />}

      <section className="panel" aria-labelledby={`${id}-packs`}>
        <h2 id={`${id}-packs`}>{i18n.t('rules.packsTitle')}</h2>
        <ul className="pack-list">
          {packs.map((pack) => {
            const on = !disabledRules.includes(packPattern(pack.name));
            return (
              <li key={pack.name}>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) => apply(togglePack(settings, pack.name, e.target.checked), i18n.t(e.target.checked ? 'rules.packOn' : 'rules.packOff', { pack: i18n.pick(pack.title) }))}
                  />
                  <span>
                    <strong>{i18n.pick(pack.title)}</strong> <span className="muted">({pack.name} {pack.version})</span>
                  </span>
                </label>
                {pack.description && <p className="hint">{i18n.pick(pack.description)}</p>}
                <p className="hint">{i18n.tp('count.rules', pack.ruleCount)}</p>
              </li>
            );
          })}
        </ul>
        {catalogue.data && <p className="hint">{i18n.t('rules.ruleSet', { version: catalogue.data.version, hash: catalogue.data.hash.slice(0, 12) })}</p>}
      </section>

      <div role="search" className="panel rule-search" aria-labelledby={`${id}-search-title`}>
        <h2 id={`${id}-search-title`}>{i18n.t('rules.searchTitle')}</h2>
        <div className="filters">
          <div className="filter-field filter-wide">
            <label htmlFor={`${id}-q`}>{i18n.t('rules.search')}</label>
            <input id={`${id}-q`} type="search" value={filter.query} onChange={(e) => setFilter({ ...filter, query: e.target.value })} />
          </div>
          <FilterSelect
            label={i18n.t('filter.principle')}
            value={filter.principle}
            options={PRINCIPLE_ORDER.map((p) => ({ value: p, label: principleName(p, i18n) }))}
            onChange={(principle) => setFilter({ ...filter, principle })}
          />
          <FilterSelect
            label={i18n.t('rules.documentType')}
            value={filter.type}
            options={DOCUMENT_TYPE_ORDER.map((t) => ({ value: t, label: documentTypeLabel(t, i18n) }))}
            onChange={(type) => setFilter({ ...filter, type })}
          />
          {packs.length > 1 && (
            <div className="filter-field">
              <label htmlFor={`${id}-pack`}>{i18n.t('rules.pack')}</label>
              <select id={`${id}-pack`} value={filter.pack} onChange={(e) => setFilter({ ...filter, pack: e.target.value })}>
                <option value="all">{i18n.t('filter.all')}</option>
                {packs.map((p) => (
                  <option key={p.name} value={p.name}>
                    {i18n.pick(p.title)}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="filter-field">
            <label htmlFor={`${id}-state`}>{i18n.t('rules.state')}</label>
            <select id={`${id}-state`} value={filter.state} onChange={(e) => setFilter({ ...filter, state: e.target.value as RuleFilter['state'] })}>
              <option value="all">{i18n.t('filter.all')}</option>
              <option value="on">{i18n.t('rules.stateOn')}</option>
              <option value="off">{i18n.t('rules.stateOff')}</option>
            </select>
          </div>
        </div>
        <p className="filter-count" aria-live="polite">
          {i18n.t('rules.showing', { shown: i18n.number(shown.length), total: i18n.number(rules.length) })}
        </p>
      </div>

      {catalogue.loading && !catalogue.data && <p>{i18n.t('common.loading')}</p>}
      <ul className="rule-list" aria-label={i18n.t('rules.listLabel')}>
        {shown.map((rule) => (
          <RuleCard
            key={rule.id}
            rule={rule}
            packOff={disabledRules.includes(packPattern(rule.pack))}
            onToggle={(on) => apply(toggleRule(settings, rule, on), i18n.t(on ? 'rules.ruleOn' : 'rules.ruleOff', { rule: i18n.pick(rule.title) }))}
          />
        ))}
      </ul>
    </div>
  );
}
