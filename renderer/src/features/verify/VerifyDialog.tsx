import { useId, useState, type FormEvent } from 'react';
import type { VerificationReport } from '../../../../core/signoff/verification-report.js';
import type { PickedFile } from '../../api/api-types.js';
import { readPickedFile } from '../../api/file-bytes.js';
import { toServiceError, type ServiceError } from '../../api/service-error.js';
import { useApp } from '../../app/app-context.js';
import { Dialog } from '../../app/Dialog.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import { useI18n } from '../../i18n/i18n.js';
import { VerificationResult } from './VerificationResult.js';
import './verify.css';

/**
 * Verifying a signed checklist offline: choose the .vardekollen.json file (and, to check it is
 * about exactly that document, the document), then read the verdict, the signatures and every
 * change since signing.
 */
export function VerifyDialog({ onClose }: { readonly onClose: () => void }) {
  const i18n = useI18n();
  const { api, announce } = useApp();
  const id = useId();
  const [signed, setSigned] = useState<{ readonly name: string; readonly text: string } | undefined>(undefined);
  const [documentFile, setDocumentFile] = useState<PickedFile | undefined>(undefined);
  const [report, setReport] = useState<VerificationReport | undefined>(undefined);
  const [error, setError] = useState<ServiceError | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (!signed) return;
    setBusy(true);
    setReport(undefined);
    api
      .verify({ signedFile: signed.text, ...(documentFile ? { document: { kind: 'bytes', bytes: documentFile.bytes, fileName: documentFile.fileName } } : {}) })
      .then(
        (result) => {
          setBusy(false);
          setError(undefined);
          setReport(result);
          announce(i18n.t(`verify.verdict.${result.verdict}`));
        },
        (e: unknown) => {
          setBusy(false);
          setError(toServiceError(e));
        },
      );
  };

  return (
    <Dialog title={i18n.t('verify.title')} onClose={onClose} wide>
      <form onSubmit={submit} className="dialog-form">
        <p className="hint">{i18n.t('verify.intro')}</p>
        <div className="field">
          <label htmlFor={`${id}-signed`}>{i18n.t('verify.signedFile')}</label>
          <input
            id={`${id}-signed`}
            type="file"
            accept=".json,application/json"
            data-autofocus
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return setSigned(undefined);
              file.text().then((text) => setSigned({ name: file.name, text }), (err: unknown) => setError(toServiceError(err)));
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-document`}>{i18n.t('verify.documentFile')}</label>
          <p id={`${id}-document-hint`} className="hint">
            {i18n.t('verify.documentHint')}
          </p>
          <input
            id={`${id}-document`}
            type="file"
            aria-describedby={`${id}-document-hint`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (!file) return setDocumentFile(undefined);
              readPickedFile(file).then(setDocumentFile, (err: unknown) => setError(toServiceError(err)));
            }}
          />
        </div>
        <button type="submit" className="button-primary" disabled={!signed || busy}>
          {busy ? i18n.t('verify.checking') : i18n.t('verify.check')}
        </button>
      </form>
      {error && <ErrorMessage error={error} />}
      {report && <VerificationResult report={report} />}
    </Dialog>
  );
}
