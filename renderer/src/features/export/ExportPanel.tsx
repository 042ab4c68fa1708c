import { useId, useState } from 'react';
import type { Language } from '../../../../core/errors/localized-text.js';
import type { Checklist } from '../../../../core/review/checklist-types.js';
import type { ExportFormat } from '../../../../core/service/review-contract.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useI18n } from '../../i18n/i18n.js';
import { EXPORT_FORMAT_ORDER } from '../../i18n/labels.js';

/**
 * Exports the checklist in every format the service writes (Markdown, print-ready HTML, Word,
 * JSON, SARIF), in Swedish or English, and saves it: the save dialog in the desktop app, a
 * download in the browser.
 */
export function ExportPanel({ checklist }: { readonly checklist: Checklist }) {
  const i18n = useI18n();
  const { api, host, announce } = useApp();
  const id = useId();
  const [language, setLanguage] = useState<Language>(i18n.language);
  const [busy, setBusy] = useState<ExportFormat | undefined>(undefined);
  const [saved, setSaved] = useState<string[]>([]);
  const [error, setError] = useState<ServiceError | undefined>(undefined);

  const run = (format: ExportFormat): void => {
    setBusy(format);
    api
      .exportChecklist({ reviewId: checklist.reviewId, format, language })
      .then((file) => host.saveFile(file))
      .then(
        (savedAs) => {
          setBusy(undefined);
          setError(undefined);
          if (savedAs === undefined) return;
          setSaved((list) => [...list.filter((name) => name !== savedAs), savedAs]);
          announce(i18n.t('export.saved', { file: savedAs }));
        },
        (e: unknown) => {
          setBusy(undefined);
          setError(toServiceError(e));
        },
      );
  };

  return (
    <section className="panel" aria-labelledby="export-title">
      <h2 id="export-title">{i18n.t('export.title')}</h2>
      <p className="hint">{host.kind === 'browser' ? i18n.t('export.introBrowser') : i18n.t('export.introDesktop')}</p>
      <div className="field field-inline">
        <label htmlFor={`${id}-language`}>{i18n.t('export.language')}</label>
        <select id={`${id}-language`} value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </div>
      <ul className="export-list">
        {EXPORT_FORMAT_ORDER.map((format) => (
          <li key={format}>
            <button type="button" className="button-secondary" disabled={busy !== undefined} onClick={() => run(format)} aria-describedby={`${id}-${format}`}>
              {busy === format ? i18n.t('export.working') : i18n.t(`export.format.${format}`)}
            </button>
            <span id={`${id}-${format}`} className="hint">
              {format === 'json' && checklist.signatures.length > 0 ? i18n.t('export.about.jsonSigned') : i18n.t(`export.about.${format}`)}
            </span>
          </li>
        ))}
      </ul>
      {saved.length > 0 && (
        <div className="status-ok" role="status">
          <p>{i18n.t('export.savedList')}</p>
          <ul>
            {saved.map((name) => (
              <li key={name}>
                <code>{name}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <ErrorMessage error={error} />}
    </section>
  );
}
