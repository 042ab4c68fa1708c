import { useState } from 'react';
import type { CatalogueRule } from '../../../../core/service/contract.js';
import { LegalList } from '../../app/LegalList.js';
import { useI18n } from '../../i18n/i18n.js';
import { documentTypeLabel, principleName, severityLabel } from '../../i18n/labels.js';

/** One rule in the catalogue: what it checks and why, with its on/off switch and, opened, its examples. */
export function RuleCard({ rule, packOff, onToggle }: { readonly rule: CatalogueRule; readonly packOff: boolean; readonly onToggle: (on: boolean) => void }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const base = `rule-${rule.id.replace(/[^a-z0-9-]/g, '-')}`;
  return (
    <li className={rule.active ? 'rule-card' : 'rule-card rule-off'}>
      <div className="rule-head">
        <h2 className="rule-title" id={`${base}-title`}>
          {i18n.pick(rule.title)}
        </h2>
        <label className="checkbox rule-switch">
          <input type="checkbox" checked={rule.active} disabled={packOff} onChange={(e) => onToggle(e.target.checked)} aria-describedby={packOff ? `${base}-packoff` : undefined} />
          {i18n.t('rules.active')}
          <span className="sr-only">: {i18n.pick(rule.title)}</span>
        </label>
      </div>
      {packOff && (
        <p id={`${base}-packoff`} className="hint">
          {i18n.t('rules.packIsOff')}
        </p>
      )}
      <p className="rule-meta">
        <span className={`badge badge-${rule.severity}`}>{severityLabel(rule.severity, i18n)}</span> <span>{principleName(rule.principle, i18n)}</span> ·{' '}
        <span>{rule.appliesTo.map((t) => documentTypeLabel(t, i18n)).join(', ')}</span> · <code>{rule.id}</code>
      </p>
      <p>{i18n.pick(rule.rationale)}</p>
      <button type="button" className="button-quiet" aria-expanded={open} aria-controls={open ? `${base}-details` : undefined} onClick={() => setOpen(!open)}>
        {open ? i18n.t('rules.hideDetails') : i18n.t('rules.showDetails')}
        <span className="sr-only">: {i18n.pick(rule.title)}</span>
      </button>
      {open && (
        <div id={`${base}-details`} className="rule-details">
          <h3>{i18n.t('rules.suggestion')}</h3>
          <p>{i18n.pick(rule.suggestion)}</p>
          {rule.legal.length > 0 && (
            <>
              <h3>{i18n.t('rules.legal')}</h3>
              <LegalList legal={rule.legal} />
            </>
          )}
          <h3>{i18n.t('rules.examplesFlag')}</h3>
          <ul className="examples examples-flag">
            {rule.examples.flag.map((example, index) => (
              <li key={index} lang="sv">
                {example.text}
              </li>
            ))}
          </ul>
          {rule.examples.pass.length > 0 && (
            <>
              <h3>{i18n.t('rules.examplesPass')}</h3>
              <ul className="examples examples-pass">
                {rule.examples.pass.map((example, index) => (
                  <li key={index} lang="sv">
                    {example.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="hint">{i18n.t('rules.source', { file: rule.source.file.split(/[\\/]/).slice(-3).join('/'), line: rule.source.line })}</p>
        </div>
      )}
    </li>
  );
}
