import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Settings } from '../../../core/service/settings.js';
import type { AppConnection } from '../api/api-types.js';
import { toServiceError, type ServiceError } from '../api/service-error.js';
import { I18nProvider, createI18n } from '../i18n/i18n.js';
import { ImportScreen } from '../features/import/ImportScreen.js';
import { ReviewScreen } from '../features/review/ReviewScreen.js';
import { RuleCatalogue } from '../features/rules/RuleCatalogue.js';
import { SeriesList } from '../features/series/SeriesList.js';
import { SettingsScreen } from '../features/settings/SettingsScreen.js';
import { VerifyDialog } from '../features/verify/VerifyDialog.js';
import { AppContext, type AppContextValue, type View } from './app-context.js';
import { AppHeader } from './AppHeader.js';
import { ErrorMessage } from './ErrorMessage.js';
import { LiveRegion } from './LiveRegion.js';
import './app.css';

/**
 * The whole interface: loads the settings (language, reviewer name), then shows the screen the
 * user navigated to. Every screen reaches the service through the context, never directly.
 */
export function App({ connection }: { readonly connection: AppConnection }) {
  const { api, host } = connection;
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [startupError, setStartupError] = useState<ServiceError | undefined>(undefined);
  // `moved` is false only for the first screen: focus moves to a screen's heading after navigation, not at start.
  const [{ view, moved }, setPlace] = useState<{ readonly view: View; readonly moved: boolean }>({ view: { name: 'start' }, moved: false });
  const [announcement, setAnnouncement] = useState('');
  const [verifyOpen, setVerifyOpen] = useState(false);

  useEffect(() => {
    api.getSettings().then(setSettings, (error: unknown) => setStartupError(toServiceError(error)));
  }, [api]);

  const language = settings?.language ?? 'sv';
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const navigate = useCallback((next: View, options?: { readonly focusHeading?: boolean }) => setPlace({ view: next, moved: options?.focusHeading ?? true }), []);

  // After a move to another screen, focus its heading so keyboard and screen reader users start there.
  useEffect(() => {
    if (moved) document.querySelector<HTMLElement>('main h1')?.focus();
  }, [view, moved]);

  useEffect(() => host.onOpenFile?.((file) => navigate({ name: 'import', file })), [host, navigate]);

  const announce = useCallback((message: string) => {
    // Emptied first, so the same message said twice is announced twice.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  // The desktop menu's "Export" opens the export tab of the review on screen.
  const currentView = useRef(view);
  useEffect(() => {
    currentView.current = view;
  }, [view]);
  useEffect(
    () =>
      host.onMenuCommand?.((command) => {
        if (command !== 'export') return;
        const shown = currentView.current;
        if (shown.name !== 'review') {
          announce(createI18n(language).t('menu.exportNeedsReview'));
          return;
        }
        navigate({ ...shown, tab: 'export' }, { focusHeading: false });
        requestAnimationFrame(() => document.getElementById('review-tab-export')?.focus());
      }),
    [host, navigate, announce, language],
  );

  const updateSettings = useCallback(
    async (patch: Partial<Settings>) => {
      const next = await api.updateSettings(patch);
      setSettings(next);
      return next;
    },
    [api],
  );

  const openVerify = useCallback(() => setVerifyOpen(true), []);

  const context = useMemo<AppContextValue | undefined>(
    () => (settings ? { api, host, settings, updateSettings, navigate, announce, openVerify } : undefined),
    [api, host, settings, updateSettings, navigate, announce, openVerify],
  );

  if (!context) {
    const i18n = createI18n('sv');
    return (
      <I18nProvider language="sv">
        <main id="main" className="startup">
          <h1>Värdekollen</h1>
          {startupError ? <ErrorMessage error={startupError} /> : <p role="status">{i18n.t('app.loading')}</p>}
        </main>
      </I18nProvider>
    );
  }

  return (
    <I18nProvider language={language}>
      <AppContext.Provider value={context}>
        <div id="app-shell">
          <AppHeader view={view} />
          <main id="main" tabIndex={-1}>
            {view.name === 'start' && <SeriesList />}
            {view.name === 'import' && <ImportScreen key={`${view.seriesName ?? ''}|${view.file?.fileName ?? ''}`} seriesName={view.seriesName} file={view.file} />}
            {view.name === 'review' && (
              <ReviewScreen key={view.reviewId} reviewId={view.reviewId} tab={view.tab ?? 'review'} onTab={(tab) => navigate({ ...view, tab }, { focusHeading: false })} />
            )}
            {view.name === 'rules' && <RuleCatalogue />}
            {view.name === 'settings' && <SettingsScreen />}
          </main>
          <LiveRegion message={announcement} />
        </div>
        {verifyOpen && <VerifyDialog onClose={() => setVerifyOpen(false)} />}
      </AppContext.Provider>
    </I18nProvider>
  );
}
