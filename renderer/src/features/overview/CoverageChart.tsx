import { useId } from 'react';
import type { CoverageReport } from '../../../../core/check/value-word-coverage.js';
import { useI18n } from '../../i18n/i18n.js';
import { PRINCIPLE_ORDER, principleName } from '../../i18n/labels.js';

/**
 * Value-word coverage per principle as horizontal bars (plain SVG, no chart library, nothing
 * set at run time but SVG attributes, which the Content-Security-Policy allows), with the words
 * found beside each bar. The drawing is hidden from assistive technology; a table with the same
 * figures is its text alternative.
 */
export function CoverageChart({ coverage }: { readonly coverage: CoverageReport }) {
  const i18n = useI18n();
  const id = useId();
  const rows = PRINCIPLE_ORDER.map((principle) => coverage.principles.find((p) => p.principle === principle) ?? { principle, hits: 0, words: [] });
  const max = Math.max(1, ...rows.map((r) => r.hits));
  const wordsOf = (row: (typeof rows)[number]): string => row.words.map((w) => (w.count > 1 ? `${w.word} (${w.count})` : w.word)).join(', ');
  return (
    <figure className="coverage-chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{i18n.t('overview.coverageCaption')}</figcaption>
      <div className="bars" aria-hidden="true">
        {rows.map((row) => (
          <div key={row.principle} className={row.hits === 0 ? 'bar-row bar-row-empty' : 'bar-row'}>
            <span className="bar-label">{principleName(row.principle, i18n)}</span>
            <svg className="bar" width="100%" height="18" focusable="false">
              <rect className="bar-track" x="0" y="0" width="100%" height="18" rx="3" />
              {row.hits > 0 && <rect className="bar-fill" x="0" y="0" width={`${(row.hits / max) * 100}%`} height="18" rx="3" />}
            </svg>
            <span className="bar-value">{i18n.number(row.hits)}</span>
            <span className="bar-words">{row.hits > 0 ? wordsOf(row) : i18n.t('overview.noValueWords')}</span>
          </div>
        ))}
      </div>
      <table className="sr-only">
        <caption>{i18n.t('overview.coverageTableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{i18n.t('overview.colPrinciple')}</th>
            <th scope="col">{i18n.t('overview.colHits')}</th>
            <th scope="col">{i18n.t('overview.colWords')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.principle}>
              <th scope="row">{principleName(row.principle, i18n)}</th>
              <td>{i18n.number(row.hits)}</td>
              <td>{row.hits > 0 ? wordsOf(row) : i18n.t('overview.noValueWords')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
