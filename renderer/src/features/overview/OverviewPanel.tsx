import type { Checklist } from '../../../../core/review/checklist-types.js';
import type { ReviewDocument } from '../../../../core/service/review-contract.js';
import { useI18n } from '../../i18n/i18n.js';
import { PRINCIPLE_ORDER, SEVERITY_ORDER, principleName, severityLabel } from '../../i18n/labels.js';
import { CoverageChart } from './CoverageChart.js';
import './overview.css';

/**
 * The value-base overview: which principles the document's words express, readability (LIX and
 * sentence figures, overall and per section) and how many findings there are by severity and
 * principle.
 */
export function OverviewPanel({ checklist, reviewDocument }: { readonly checklist: Checklist; readonly reviewDocument: ReviewDocument | undefined }) {
  const i18n = useI18n();
  if (!reviewDocument) return <p>{i18n.t('common.loading')}</p>;
  const { check } = reviewDocument;
  const m = check.metrics;
  return (
    <div className="overview">
      <section className="panel" aria-labelledby="overview-coverage">
        <h2 id="overview-coverage">{i18n.t('overview.coverageTitle')}</h2>
        <p className="hint">{i18n.t('overview.coverageIntro')}</p>
        <CoverageChart coverage={check.coverage} />
      </section>

      <section className="panel" aria-labelledby="overview-readability">
        <h2 id="overview-readability">{i18n.t('overview.readabilityTitle')}</h2>
        <dl className="figures">
          <div>
            <dt>{i18n.t('overview.lix')}</dt>
            <dd>
              <span className="figure">{i18n.number(m.lix, 1)}</span> {i18n.pick(m.lixBand)}
            </dd>
          </div>
          <div>
            <dt>{i18n.t('overview.words')}</dt>
            <dd className="figure">{i18n.number(m.words)}</dd>
          </div>
          <div>
            <dt>{i18n.t('overview.sentences')}</dt>
            <dd className="figure">{i18n.number(m.sentences)}</dd>
          </div>
          <div>
            <dt>{i18n.t('overview.averageSentence')}</dt>
            <dd className="figure">{i18n.number(m.averageSentenceWords, 1)}</dd>
          </div>
          <div>
            <dt>{i18n.t('overview.longSentences')}</dt>
            <dd className="figure">{i18n.number(m.longSentences)}</dd>
          </div>
          <div>
            <dt>{i18n.t('overview.passives')}</dt>
            <dd className="figure">{i18n.number(m.sentencesWithPassive)}</dd>
          </div>
          <div>
            <dt>{i18n.t('overview.doublePassives')}</dt>
            <dd className="figure">{i18n.number(m.doublePassives)}</dd>
          </div>
        </dl>
        <p className="hint">{i18n.t('overview.lixHint')}</p>
        {m.sections.length > 1 && (
          <div className="table-scroll">
            <table className="data-table">
              <caption>{i18n.t('overview.sectionsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{i18n.t('overview.colSection')}</th>
                  <th scope="col">{i18n.t('overview.words')}</th>
                  <th scope="col">{i18n.t('overview.lix')}</th>
                </tr>
              </thead>
              <tbody>
                {m.sections.map((section) => (
                  <tr key={section.blockId}>
                    <th scope="row" lang="sv">
                      {section.heading ?? i18n.t('overview.beforeFirstHeading')}
                    </th>
                    <td>{i18n.number(section.words)}</td>
                    <td>
                      {i18n.number(section.lix, 1)} ({i18n.pick(section.lixBand)})
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="overview-findings">
        <h2 id="overview-findings">{i18n.t('overview.findingsTitle')}</h2>
        <div className="overview-tables">
          <table className="data-table">
            <caption>{i18n.t('overview.bySeverity')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('filter.severity')}</th>
                <th scope="col">{i18n.t('overview.colFindings')}</th>
                <th scope="col">{i18n.t('overview.colItems')}</th>
              </tr>
            </thead>
            <tbody>
              {SEVERITY_ORDER.map((severity) => (
                <tr key={severity}>
                  <th scope="row">
                    <span className={`badge badge-${severity}`}>{severityLabel(severity, i18n)}</span>
                  </th>
                  <td>{i18n.number(check.summary.bySeverity[severity])}</td>
                  <td>{i18n.number(checklist.items.filter((item) => item.kind === 'finding' && item.severity === severity).length)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table className="data-table">
            <caption>{i18n.t('overview.byPrinciple')}</caption>
            <thead>
              <tr>
                <th scope="col">{i18n.t('overview.colPrinciple')}</th>
                <th scope="col">{i18n.t('overview.colFindings')}</th>
              </tr>
            </thead>
            <tbody>
              {PRINCIPLE_ORDER.map((principle) => (
                <tr key={principle}>
                  <th scope="row">{principleName(principle, i18n)}</th>
                  <td>{i18n.number(check.summary.byPrinciple[principle])}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className="hint">{i18n.t('overview.ruleSet', { version: check.ruleSet.version, count: check.ruleSet.activeRules })}</p>
      </section>
    </div>
  );
}
