import { Fragment, type ReactNode } from 'react';
import type { Checklist, ParagraphChange } from '../../../../core/review/checklist-types.js';
import { useApp } from '../../app/app-context.js';
import { formatOrigin } from '../../i18n/format-origin.js';
import { useI18n } from '../../i18n/i18n.js';
import { principleName } from '../../i18n/labels.js';
import { decisionLabel } from '../checklist/decision-labels.js';
import { decisionOf } from '../checklist/filter-items.js';
import { diffWords } from './word-diff.js';
import './versions.css';

/**
 * What changed since the previous draft: items new in this version, items still there (with the
 * decision they kept), items of the previous version that are gone (fixed), and the paragraphs
 * that were added, removed or changed, before and after. The next draft is imported from here.
 */
export function VersionsPanel({ checklist }: { readonly checklist: Checklist }) {
  const i18n = useI18n();
  const { navigate } = useApp();
  const items = [...checklist.items].sort((a, b) => a.position - b.position);
  const added = items.filter((item) => item.carry === 'new');
  const remaining = items.filter((item) => item.carry === 'remaining');
  const importNext = (
    <button type="button" className="button-primary" onClick={() => navigate({ name: 'import', seriesName: checklist.seriesName })}>
      {i18n.t('versions.importNext')}
    </button>
  );

  if (checklist.version === 1) {
    return (
      <div className="versions">
        <section className="panel" aria-labelledby="versions-title">
          <h2 id="versions-title">{i18n.t('versions.title')}</h2>
          <p>{i18n.t('versions.first')}</p>
          {importNext}
        </section>
      </div>
    );
  }

  return (
    <div className="versions">
      <section className="panel" aria-labelledby="versions-title">
        <h2 id="versions-title">{i18n.t('versions.titleSince', { previous: checklist.version - 1, version: checklist.version })}</h2>
        <ul className="carry-summary">
          <li>
            <span className="figure">{i18n.number(checklist.resolved.length)}</span> {i18n.t('versions.countResolved')}
          </li>
          <li>
            <span className="figure">{i18n.number(remaining.length)}</span> {i18n.t('versions.countRemaining')}
          </li>
          <li>
            <span className="figure">{i18n.number(added.length)}</span> {i18n.t('versions.countNew')}
          </li>
          <li>
            <span className="figure">{i18n.number(checklist.changes.length)}</span> {i18n.t('versions.countChanges')}
          </li>
        </ul>
        {importNext}
      </section>

      <section className="panel" aria-labelledby="versions-resolved">
        <h2 id="versions-resolved">{i18n.t('versions.resolvedTitle')}</h2>
        {checklist.resolved.length === 0 ? (
          <p>{i18n.t('versions.resolvedNone')}</p>
        ) : (
          <ul className="carry-list">
            {checklist.resolved.map((item) => (
              <li key={item.previousKey}>
                <span className="badge badge-decision-fixed">{i18n.t('carry.resolved')}</span> <strong>{i18n.pick(item.title)}</strong> <span className="muted">({principleName(item.principle, i18n)})</span>
                {item.quote && <blockquote lang="sv">{item.quote}</blockquote>}
                {item.previousDecision && (
                  <p className="hint">{i18n.t('versions.previousDecision', { decision: decisionLabel(item.previousDecision.decision, i18n), reviewer: item.previousDecision.reviewer })}</p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="versions-remaining">
        <h2 id="versions-remaining">{i18n.t('versions.remainingTitle')}</h2>
        {remaining.length === 0 ? (
          <p>{i18n.t('versions.remainingNone')}</p>
        ) : (
          <ul className="carry-list">
            {remaining.map((item) => (
              <li key={item.key}>
                {item.reopened ? (
                  <span className="badge badge-carry-reopened">{i18n.t('carry.reopened')}</span>
                ) : (
                  <span className="badge badge-carry-remaining">{i18n.t('carry.remaining')}</span>
                )}{' '}
                <strong>{item.position + 1}. {i18n.pick(item.title)}</strong>{' '}
                <span className="muted">
                  –{' '}
                  {item.decision
                    ? i18n.t('versions.keptDecision', { decision: decisionLabel(decisionOf(item), i18n) })
                    : item.reopened
                      ? i18n.t('versions.reopened', { reviewer: item.reopened.reviewer })
                      : decisionLabel('open', i18n)}
                </span>
                {item.occurrences[0]?.quote && <blockquote lang="sv">{item.occurrences[0].quote}</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="versions-new">
        <h2 id="versions-new">{i18n.t('versions.newTitle')}</h2>
        {added.length === 0 ? (
          <p>{i18n.t('versions.newNone')}</p>
        ) : (
          <ul className="carry-list">
            {added.map((item) => (
              <li key={item.key}>
                <span className="badge badge-carry-new">{i18n.t('carry.new')}</span> <strong>{item.position + 1}. {i18n.pick(item.title)}</strong>
                {item.occurrences[0]?.quote && <blockquote lang="sv">{item.occurrences[0].quote}</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="versions-changes">
        <h2 id="versions-changes">{i18n.t('versions.changesTitle')}</h2>
        {checklist.changes.length === 0 ? <p>{i18n.t('versions.changesNone')}</p> : <ChangeList changes={checklist.changes} />}
      </section>
    </div>
  );
}

/** A run of words, struck through or underlined when it changed; the space after it stays unmarked. */
function marked(tag: 'del' | 'ins' | undefined, text: string, key: number): ReactNode {
  if (!tag) return <span key={key}>{text}</span>;
  const words = text.trimEnd();
  const Tag = tag;
  return (
    <Fragment key={key}>
      <Tag>{words}</Tag>
      {text.slice(words.length)}
    </Fragment>
  );
}

function ChangeList({ changes }: { readonly changes: readonly ParagraphChange[] }) {
  const i18n = useI18n();
  return (
    <ol className="change-list">
      {changes.map((change, index) => {
        const parts = change.kind === 'changed' && change.before && change.after ? diffWords(change.before.text, change.after.text) : undefined;
        return (
          <li key={index} className={`change change-${change.kind}`}>
            <p className="change-kind">
              <strong>{i18n.t(`versions.change.${change.kind}`)}</strong>
              {change.after && <> – {formatOrigin(change.after.origin, i18n)}</>}
              {!change.after && change.before && <> – {i18n.t('versions.previousPlace', { place: formatOrigin(change.before.origin, i18n) })}</>}
            </p>
            <div className="before-after">
              {change.before && (
                <div className="before">
                  <p className="label">{i18n.t('versions.before')}</p>
                  <p lang="sv">{parts ? parts.filter((p) => p.kind !== 'added').map((p, i) => marked(p.kind === 'removed' ? 'del' : undefined, p.text, i)) : change.before.text}</p>
                </div>
              )}
              {change.after && (
                <div className="after">
                  <p className="label">{i18n.t('versions.after')}</p>
                  <p lang="sv">{parts ? parts.filter((p) => p.kind !== 'removed').map((p, i) => marked(p.kind === 'added' ? 'ins' : undefined, p.text, i)) : change.after.text}</p>
                </div>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
