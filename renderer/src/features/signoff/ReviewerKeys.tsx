import type { ReviewerInfo } from '../../../../core/service/review-contract.js';
import { ErrorMessage } from '../../app/ErrorMessage.js';
import type { Loaded } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';

/** The reviewers' signing keys on this computer, with fingerprints, and the way to create one. */
export function ReviewerKeys({ reviewers, onCreate, headingLevel = 2 }: { readonly reviewers: Loaded<ReviewerInfo[]>; readonly onCreate: () => void; readonly headingLevel?: 2 | 3 }) {
  const i18n = useI18n();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="panel" aria-labelledby="reviewer-keys-title">
      <Heading id="reviewer-keys-title">{i18n.t('signoff.keysTitle')}</Heading>
      <p className="hint">{i18n.t('signoff.keysIntro')}</p>
      {reviewers.error && <ErrorMessage error={reviewers.error} />}
      {reviewers.data && reviewers.data.length === 0 && <p>{i18n.t('signoff.noKeys')}</p>}
      {reviewers.data && reviewers.data.length > 0 && (
        <ul className="key-list">
          {reviewers.data.map((r) => (
            <li key={r.keyFingerprint}>
              <strong>{r.name}</strong> <code className="fingerprint">{r.keyFingerprint}</code>{' '}
              <span className="muted">{i18n.t('signoff.keyCreatedAt', { time: i18n.dateTime(r.createdAt) })}</span>
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="button-secondary" onClick={onCreate}>
        {i18n.t('signoff.createTitle')}
      </button>
    </section>
  );
}
