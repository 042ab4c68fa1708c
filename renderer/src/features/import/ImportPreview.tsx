import { useCallback, useId, useState, type FormEvent } from 'react';
import type { DocumentType } from '../../../../core/rules/rule-types.js';
import type { CheckedDocument } from '../../../../core/service/contract.js';
import { useApp } from '../../app/app-context.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';
import { DOCUMENT_TYPE_ORDER, SEVERITY_ORDER, documentTypeLabel, severityLabel } from '../../i18n/labels.js';

/** What the user chose before the review starts. */
export interface StartChoices {
  readonly type: DocumentType;
  /** True when the user chose another type than the detected one. */
  readonly overridden: boolean;
  readonly seriesName: string;
  readonly reviewer: string;
}

/** A series name from the document, as the service would derive it (title, else file name). */
function suggestedSeriesName(checked: CheckedDocument, fileName: string): string {
  const title = checked.document.metadata.title.replace(/\s+/g, ' ').trim();
  if (title) return title.slice(0, 80).trimEnd();
  return fileName.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim() || fileName;
}

/**
 * What the check saw before anything is stored: the document's facts and warnings, the detected
 * type with its evidence (and a way to override it), the series (new, or the next version of
 * an existing one), and the reviewer's name when none is stored yet.
 */
export function ImportPreview({ checked, fileName, initialSeries, onStart, onCancel }: {
  readonly checked: CheckedDocument;
  readonly fileName: string;
  readonly initialSeries: string | undefined;
  readonly onStart: (choices: StartChoices) => void;
  readonly onCancel: () => void;
}) {
  const i18n = useI18n();
  const { api, settings } = useApp();
  const id = useId();
  const loadSeries = useCallback(() => api.listSeries(), [api]);
  const series = useLoad(loadSeries);
  const { document, result } = checked;
  const detected = result.documentType.detection;
  // Worded by core, so that the app says what the terminal and the reports say.
  const languageNote = checked.languageNotice;
  const [type, setType] = useState<DocumentType>(result.documentType.type);
  const [mode, setMode] = useState<'new' | 'existing'>(initialSeries ? 'existing' : 'new');
  const [newName, setNewName] = useState(() => suggestedSeriesName(checked, fileName));
  const [existing, setExisting] = useState(initialSeries ?? '');
  const [reviewer, setReviewer] = useState(settings.reviewerName);
  const [problem, setProblem] = useState<'series' | 'reviewer' | undefined>(undefined);

  const existingNames = series.data?.map((s) => s.name) ?? (initialSeries ? [initialSeries] : []);
  const chosenExisting = existing || existingNames[0] || '';

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const seriesName = mode === 'new' ? newName.trim() : chosenExisting;
    if (!seriesName) return setProblem('series');
    if (!reviewer.trim()) return setProblem('reviewer');
    setProblem(undefined);
    onStart({ type, overridden: type !== detected.type, seriesName, reviewer: reviewer.trim() });
  };

  const meta = document.metadata;
  return (
    <form className="import-preview" onSubmit={submit} noValidate>
      <section className="panel" aria-labelledby={`${id}-doc`}>
        <h2 id={`${id}-doc`}>{meta.title || fileName}</h2>
        <dl className="facts">
          <dt>{i18n.t('import.fileName')}</dt>
          <dd>{meta.fileName ?? fileName}</dd>
          <dt>{i18n.t('import.format')}</dt>
          <dd>{i18n.t(`format.${meta.format}`)}</dd>
          {meta.pageCount !== undefined && (
            <>
              <dt>{i18n.t('import.pages')}</dt>
              <dd>{i18n.number(meta.pageCount)}</dd>
            </>
          )}
          <dt>{i18n.t('import.words')}</dt>
          <dd>{i18n.number(meta.wordCount)}</dd>
          <dt>{i18n.t('import.findings')}</dt>
          <dd>
            {SEVERITY_ORDER.map((severity) => `${severityLabel(severity, i18n)}: ${i18n.number(result.summary.bySeverity[severity])}`).join(', ')}
          </dd>
        </dl>
        {document.warnings.length > 0 && (
          <div className="notice" role="note">
            <p className="notice-title">{i18n.t('import.warnings')}</p>
            <ul>
              {document.warnings.map((warning, index) => (
                <li key={index}>
                  {i18n.pick(warning.message)}
                  {warning.page !== undefined && ` (${i18n.t('origin.page', { n: warning.page })})`}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <fieldset className="panel">
        <legend>{i18n.t('import.typeLegend')}</legend>
        {languageNote && (
          <div className="notice" role="note">
            <p>{i18n.pick(languageNote)}</p>
          </div>
        )}
        <p className="hint">
          {i18n.t('import.typeDetected', { type: documentTypeLabel(detected.type, i18n), confidence: i18n.number(Math.round(detected.confidence * 100)) })}
          {detected.evidence.length > 0 && ` ${i18n.t('import.typeEvidence', { evidence: detected.evidence.join(', ') })}`}
        </p>
        <div className="radio-list">
          {DOCUMENT_TYPE_ORDER.map((option) => (
            <label key={option} className="radio">
              <input type="radio" name={`${id}-type`} value={option} checked={type === option} onChange={() => setType(option)} />
              {documentTypeLabel(option, i18n)}
              {option === detected.type && <span className="tag">{i18n.t('import.detected')}</span>}
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="panel">
        <legend>{i18n.t('import.seriesLegend')}</legend>
        <p className="hint">{i18n.t('import.seriesHint')}</p>
        <div className="radio-list">
          <label className="radio">
            <input type="radio" name={`${id}-mode`} checked={mode === 'new'} onChange={() => setMode('new')} />
            {i18n.t('import.seriesNew')}
          </label>
          {mode === 'new' && (
            <div className="nested-field">
              <label htmlFor={`${id}-new`}>{i18n.t('import.seriesName')}</label>
              <input
                id={`${id}-new`}
                type="text"
                value={newName}
                maxLength={200}
                onChange={(e) => setNewName(e.target.value)}
                aria-invalid={problem === 'series' || undefined}
                aria-describedby={problem === 'series' ? `${id}-series-error` : undefined}
              />
            </div>
          )}
          <label className="radio">
            <input type="radio" name={`${id}-mode`} checked={mode === 'existing'} disabled={existingNames.length === 0} onChange={() => setMode('existing')} />
            {existingNames.length === 0 ? i18n.t('import.seriesExistingNone') : i18n.t('import.seriesExisting')}
          </label>
          {mode === 'existing' && existingNames.length > 0 && (
            <div className="nested-field">
              <label htmlFor={`${id}-existing`}>{i18n.t('import.seriesChoose')}</label>
              <select id={`${id}-existing`} value={chosenExisting} onChange={(e) => setExisting(e.target.value)}>
                {existingNames.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        {problem === 'series' && (
          <p id={`${id}-series-error`} className="field-error">
            {i18n.t('import.seriesMissing')}
          </p>
        )}
      </fieldset>

      {!settings.reviewerName && (
        <div className="panel">
          <label htmlFor={`${id}-reviewer`}>{i18n.t('reviewer.nameLabel')}</label>
          <p id={`${id}-reviewer-hint`} className="hint">
            {i18n.t('reviewer.nameHint')}
          </p>
          <input
            id={`${id}-reviewer`}
            type="text"
            autoComplete="name"
            value={reviewer}
            maxLength={200}
            onChange={(e) => setReviewer(e.target.value)}
            aria-invalid={problem === 'reviewer' || undefined}
            aria-describedby={problem === 'reviewer' ? `${id}-reviewer-hint ${id}-reviewer-error` : `${id}-reviewer-hint`}
          />
          {problem === 'reviewer' && (
            <p id={`${id}-reviewer-error`} className="field-error">
              {i18n.t('reviewer.nameMissing')}
            </p>
          )}
        </div>
      )}

      <div className="button-row">
        <button type="submit" className="button-primary">
          {i18n.t('import.start')}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel}>
          {i18n.t('import.chooseAnother')}
        </button>
      </div>
    </form>
  );
}
