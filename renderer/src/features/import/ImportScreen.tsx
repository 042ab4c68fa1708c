import { useEffect, useRef, useState } from 'react';
import type { ImportProgress } from '../../../../core/import/import-options.js';
import type { CheckedDocument } from '../../../../core/service/contract.js';
import type { PickedFile } from '../../api/api-types.js';
import { readPickedFile } from '../../api/file-bytes.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { ProgressBar } from '../../app/ProgressBar.js';
import { useI18n } from '../../i18n/i18n.js';
import { FilePicker } from './FilePicker.js';
import { ImportPreview, type StartChoices } from './ImportPreview.js';
import { importErrorText, isPasswordError, progressText } from './import-messages.js';
import { PasswordForm } from './PasswordForm.js';
import './import.css';

type Phase =
  | { readonly kind: 'choose'; readonly note?: string }
  | { readonly kind: 'reading'; readonly file: PickedFile; readonly progress?: ImportProgress }
  | { readonly kind: 'failed'; readonly file: PickedFile; readonly error: ServiceError }
  | { readonly kind: 'preview'; readonly file: PickedFile; readonly checked: CheckedDocument }
  | { readonly kind: 'starting'; readonly file: PickedFile; readonly checked: CheckedDocument; readonly progress?: ImportProgress }
  | { readonly kind: 'start-failed'; readonly file: PickedFile; readonly checked: CheckedDocument; readonly error: ServiceError };

/**
 * Bringing a document in: choose or drop a file, watch it being read page by page, give the
 * password if it is encrypted, see what was found and confirm type and series, then start the
 * review. `seriesName` preselects an existing series (importing the next draft).
 */
export function ImportScreen({ seriesName, file: initialFile }: { readonly seriesName?: string | undefined; readonly file?: PickedFile | undefined }) {
  const i18n = useI18n();
  const { api, navigate, announce, updateSettings, settings } = useApp();
  const [phase, setPhase] = useState<Phase>(initialFile ? { kind: 'reading', file: initialFile } : { kind: 'choose' });
  const password = useRef<string | undefined>(undefined);
  const abort = useRef<AbortController | undefined>(undefined);
  const lastAnnounced = useRef('');

  /** Announces progress only when its stage or quarter changes, so screen readers are not flooded. */
  const onProgress = (progress: ImportProgress, update: (progress: ImportProgress) => void): void => {
    update(progress);
    const quarter = progress.total > 0 ? Math.floor((progress.done / progress.total) * 4) : 0;
    const key = `${progress.stage}:${quarter}`;
    if (key !== lastAnnounced.current) {
      lastAnnounced.current = key;
      announce(progressText(progress, i18n));
    }
  };

  const check = async (file: PickedFile): Promise<void> => {
    const controller = new AbortController();
    abort.current = controller;
    try {
      const checked = await api.checkDocument(
        { source: { kind: 'bytes', bytes: file.bytes, fileName: file.fileName }, ...(password.current ? { password: password.current } : {}) },
        { signal: controller.signal, onProgress: (p) => onProgress(p, (progress) => setPhase((now) => (now.kind === 'reading' ? { ...now, progress } : now))) },
      );
      setPhase({ kind: 'preview', file, checked });
      announce(i18n.t('import.readDone', { title: checked.document.metadata.title || file.fileName, count: checked.result.findings.length }));
    } catch (e) {
      const error = toServiceError(e);
      if (error.code === 'ABORTED') {
        setPhase({ kind: 'choose', note: i18n.t('import.cancelled') });
        return;
      }
      setPhase({ kind: 'failed', file, error });
    }
  };

  // A document handed over from outside ("open with") is read at once.
  const started = useRef(false);
  useEffect(() => {
    if (initialFile && !started.current) {
      started.current = true;
      void check(initialFile);
    }
    // Runs once for the file this screen was opened with (the screen is keyed by it).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const chooseFile = (file: File): void => {
    password.current = undefined;
    readPickedFile(file).then(
      (picked) => {
        setPhase({ kind: 'reading', file: picked });
        void check(picked);
      },
      (e: unknown) => setPhase({ kind: 'failed', file: { fileName: file.name, bytes: new Uint8Array() }, error: toServiceError(e) }),
    );
  };

  const retryWithPassword = (file: PickedFile, value: string): void => {
    password.current = value;
    setPhase({ kind: 'reading', file });
    void check(file);
  };

  const start = (file: PickedFile, checked: CheckedDocument, choices: StartChoices): void => {
    setPhase({ kind: 'starting', file, checked });
    const run = async (): Promise<void> => {
      if (choices.reviewer !== settings.reviewerName) await updateSettings({ reviewerName: choices.reviewer });
      const review = await api.startReview(
        {
          source: { kind: 'bytes', bytes: file.bytes, fileName: file.fileName },
          ...(password.current ? { password: password.current } : {}),
          ...(choices.overridden ? { type: choices.type } : {}),
          seriesName: choices.seriesName,
          reviewer: choices.reviewer,
        },
        { onProgress: (p) => onProgress(p, (progress) => setPhase((now) => (now.kind === 'starting' ? { ...now, progress } : now))) },
      );
      announce(review.reused ? i18n.t('import.reused') : i18n.t('import.started', { series: review.checklist.seriesName, version: review.checklist.version }));
      navigate({ name: 'review', reviewId: review.checklist.reviewId });
    };
    run().catch((e: unknown) => {
      const error = toServiceError(e);
      setPhase({ kind: 'start-failed', file, checked, error });
    });
  };

  const cancel = (
    <button type="button" className="button-quiet" onClick={() => abort.current?.abort()}>
      {i18n.t('import.cancel')}
    </button>
  );

  return (
    <div className="screen import-screen">
      <h1 tabIndex={-1}>{seriesName ? i18n.t('import.titleNext', { series: seriesName }) : i18n.t('import.title')}</h1>
      <p className="lead">{seriesName ? i18n.t('import.introNext') : i18n.t('import.intro')}</p>

      {phase.kind === 'choose' && (
        <>
          {phase.note && <p className="notice">{phase.note}</p>}
          <FilePicker onFile={chooseFile} />
        </>
      )}

      {phase.kind === 'reading' && (
        <div className="panel">
          <p className="file-name">{phase.file.fileName}</p>
          <ProgressBar label={progressText(phase.progress, i18n)} done={phase.progress?.stage === 'pages' ? phase.progress.done : undefined} total={phase.progress?.stage === 'pages' ? phase.progress.total : undefined} />
          {cancel}
        </div>
      )}

      {phase.kind === 'failed' && (
        <div className="import-failed">
          <div className="error-box" role="alert">
            <p className="error-title">{i18n.t('import.failedTitle', { file: phase.file.fileName })}</p>
            <p>{importErrorText(phase.error, i18n)}</p>
            {phase.error.details.length > 0 && (
              <ul className="error-details">
                {phase.error.details.map((detail, index) => (
                  <li key={index}>{detail}</li>
                ))}
              </ul>
            )}
            <p className="error-code">
              {i18n.t('error.code')} <code>{phase.error.code}</code>
            </p>
          </div>
          {isPasswordError(phase.error) ? (
            <PasswordForm onSubmit={(value) => retryWithPassword(phase.file, value)} onCancel={() => setPhase({ kind: 'choose' })} />
          ) : (
            <FilePicker onFile={chooseFile} />
          )}
        </div>
      )}

      {(phase.kind === 'preview' || phase.kind === 'start-failed') && (
        <>
          {phase.kind === 'start-failed' && (
            <div className="error-box" role="alert">
              <p className="error-title">{i18n.t('import.startFailed')}</p>
              <p>{importErrorText(phase.error, i18n)}</p>
              <p className="error-code">
                {i18n.t('error.code')} <code>{phase.error.code}</code>
              </p>
            </div>
          )}
          <ImportPreview
            checked={phase.checked}
            fileName={phase.file.fileName}
            initialSeries={seriesName}
            onStart={(choices) => start(phase.file, phase.checked, choices)}
            onCancel={() => setPhase({ kind: 'choose' })}
          />
        </>
      )}

      {phase.kind === 'starting' && (
        <div className="panel">
          <p className="file-name">{phase.file.fileName}</p>
          {/* No cancel here: the service stores the review even if the page stops waiting. */}
          <ProgressBar label={phase.progress ? progressText(phase.progress, i18n) : i18n.t('import.progress.reviewing')} done={phase.progress?.stage === 'pages' ? phase.progress.done : undefined} total={phase.progress?.stage === 'pages' ? phase.progress.total : undefined} />
        </div>
      )}
    </div>
  );
}
