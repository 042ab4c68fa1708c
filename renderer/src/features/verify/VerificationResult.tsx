import type { SignatureCheck, VerificationReport, Verdict } from '../../../../core/signoff/verification-report.js';
import { useI18n, type I18n } from '../../i18n/i18n.js';
import { documentTypeLabel } from '../../i18n/labels.js';
import { decisionLabel } from '../checklist/decision-labels.js';
import { describeChange } from './describe-change.js';

/** How a verdict looks: good, a warning, or bad. */
function tone(verdict: Verdict): 'ok' | 'warn' | 'bad' {
  if (verdict === 'valid' || verdict === 'valid-same-text') return 'ok';
  if (verdict === 'unsigned' || verdict === 'unknown-signer') return 'warn';
  return 'bad';
}

function signerText(signature: SignatureCheck, i18n: I18n): string {
  switch (signature.signer) {
    case 'known':
      return i18n.t('verify.signer.known');
    case 'unknown-key':
      return i18n.t('verify.signer.unknown');
    case 'name-differs':
      return i18n.t('verify.signer.nameDiffers', { name: signature.knownAs ?? '?' });
    case 'not-checked':
      return '';
  }
}

/**
 * The verification report for people: the verdict and what it means, what was signed (review,
 * document, decisions), every signature with its fingerprint, time and problems, every change
 * since signing, and how the document given compares with the one signed.
 */
export function VerificationResult({ report }: { readonly report: VerificationReport }) {
  const i18n = useI18n();
  const { content } = report;
  const count = (decision: string): number => content.items.filter((item) => item.decision === decision).length;
  return (
    <div className="verification">
      <div className={`verdict verdict-${tone(report.verdict)}`}>
        <h3 id="verdict-title">{i18n.t(`verify.verdict.${report.verdict}`)}</h3>
        <p>{i18n.t(`verify.explain.${report.verdict}`)}</p>
      </div>

      <section aria-labelledby="verify-signed-what">
        <h3 id="verify-signed-what">{i18n.t('verify.whatTitle')}</h3>
        <dl className="facts">
          <dt>{i18n.t('verify.review')}</dt>
          <dd>
            {content.review.series} – {i18n.t('review.version', { version: content.review.version })} ({documentTypeLabel(content.review.documentType, i18n)}), <code>{content.review.id}</code>
          </dd>
          <dt>{i18n.t('verify.document')}</dt>
          <dd>
            {content.document.title}
            {content.document.fileName !== null && ` (${content.document.fileName})`}
          </dd>
          <dt>{i18n.t('verify.fileHash')}</dt>
          <dd>
            <code className="fingerprint">{content.document.fileSha256}</code>
          </dd>
          <dt>{i18n.t('verify.completed')}</dt>
          <dd>{content.review.completedAt !== null ? i18n.t('verify.completedBy', { reviewer: content.review.completedBy ?? '?', time: i18n.dateTime(content.review.completedAt) }) : i18n.t('verify.notCompleted')}</dd>
          <dt>{i18n.t('verify.items')}</dt>
          <dd>
            {i18n.t('verify.itemCounts', {
              total: content.items.length,
              fixed: count('fixed'),
              accepted: count('accepted'),
              na: count('not-applicable'),
              open: count('open'),
            })}
          </dd>
          <dt>{i18n.t('verify.ruleSet')}</dt>
          <dd>{content.ruleSet.version}</dd>
        </dl>
      </section>

      <section aria-labelledby="verify-signatures">
        <h3 id="verify-signatures">{i18n.tp('count.signatures', report.signatures.length)}</h3>
        {report.signatures.length === 0 && <p>{i18n.t('verify.noSignatures')}</p>}
        <ol className="signature-list">
          {report.signatures.map((signature) => (
            <li key={signature.index} className={signature.valid ? 'signature-ok' : 'signature-bad'}>
              <p>
                <strong>{signature.reviewer}</strong> – <time dateTime={signature.signedAt}>{i18n.dateTime(signature.signedAt)}</time>
              </p>
              <p>
                {i18n.t('signoff.fingerprint')} <code className="fingerprint">{signature.keyFingerprint}</code>
              </p>
              <p className="signature-status">
                {signature.valid ? i18n.t('verify.signatureValid') : i18n.t('verify.signatureInvalid')} {signerText(signature, i18n)}
              </p>
              {signature.problems.length > 0 && (
                <ul>
                  {signature.problems.map((problem) => (
                    <li key={problem}>{i18n.t(`verify.problem.${problem}`)}</li>
                  ))}
                  {signature.alteredFields.length > 0 && <li>{i18n.t('verify.alteredFields', { fields: signature.alteredFields.join(', ') })}</li>}
                </ul>
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="verify-changes">
        <h3 id="verify-changes">{i18n.t('verify.changesTitle')}</h3>
        {report.changes.length === 0 ? (
          <p>{i18n.t('verify.noChanges')}</p>
        ) : (
          <ul className="change-report">
            {report.changes.map((change, index) => (
              <li key={index}>
                {describeChange(change, content, i18n)} <code className="muted">{change.path}</code>
                {change.part === 'items' && change.field === 'decision' && (
                  <span className="hint"> – {i18n.t('verify.nowDecision', { decision: decisionLabel(content.items.find((item) => item.key === change.key)?.decision ?? 'open', i18n) })}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      {report.document && (
        <section aria-labelledby="verify-document">
          <h3 id="verify-document">{i18n.t('verify.documentTitle')}</h3>
          <p>{i18n.t(`verify.document.${report.document.conclusion}`)}</p>
        </section>
      )}
    </div>
  );
}
