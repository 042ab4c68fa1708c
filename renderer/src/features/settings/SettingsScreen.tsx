import { useCallback, useState } from 'react';
import { useApp } from '../../app/app-context.js';
import { LanguageSwitch } from '../../app/LanguageSwitch.js';
import { useLoad } from '../../app/use-load.js';
import { useI18n } from '../../i18n/i18n.js';
import { CreateReviewerDialog } from '../signoff/CreateReviewerDialog.js';
import { ReviewerKeys } from '../signoff/ReviewerKeys.js';
import { ReviewerNameForm } from './ReviewerNameForm.js';

/**
 * The reviewer's profile and preferences: the name recorded in decisions, the language, the
 * signing keys on this computer, and which extra rule packs and rule switches are in use.
 */
export function SettingsScreen() {
  const i18n = useI18n();
  const { api, settings, navigate } = useApp();
  const loadReviewers = useCallback(() => api.listReviewers(), [api]);
  const reviewers = useLoad(loadReviewers);
  const [creating, setCreating] = useState(false);
  return (
    <div className="screen settings-screen">
      <h1 tabIndex={-1}>{i18n.t('settings.title')}</h1>
      <section className="panel" aria-labelledby="settings-profile">
        <h2 id="settings-profile">{i18n.t('settings.profile')}</h2>
        <ReviewerNameForm />
      </section>
      <section className="panel" aria-labelledby="settings-language">
        <h2 id="settings-language">{i18n.t('language.label')}</h2>
        <p className="hint">{i18n.t('settings.languageHint')}</p>
        <LanguageSwitch />
      </section>
      <ReviewerKeys reviewers={reviewers} onCreate={() => setCreating(true)} />
      <section className="panel" aria-labelledby="settings-rules">
        <h2 id="settings-rules">{i18n.t('settings.rules')}</h2>
        <p>
          {i18n.t('settings.rulesSummary', { off: settings.disabledRules.length, on: settings.enabledRules.length })}{' '}
          <button type="button" className="button-link" onClick={() => navigate({ name: 'rules' })}>
            {i18n.t('settings.openCatalogue')}
          </button>
        </p>
        {settings.rulePacks.length > 0 && (
          <>
            <p>{i18n.t('settings.extraPacks')}</p>
            <ul>
              {settings.rulePacks.map((path) => (
                <li key={path}>
                  <code>{path}</code>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {creating && <CreateReviewerDialog onClose={() => setCreating(false)} onCreated={() => reviewers.reload()} />}
    </div>
  );
}
