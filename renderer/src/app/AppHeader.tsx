import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';
import { useApp, type View } from './app-context.js';
import { LanguageSwitch } from './LanguageSwitch.js';

const SECTIONS: readonly { readonly view: View; readonly label: MessageKey }[] = [
  { view: { name: 'start' }, label: 'nav.series' },
  { view: { name: 'import' }, label: 'nav.import' },
  { view: { name: 'rules' }, label: 'nav.rules' },
  { view: { name: 'settings' }, label: 'nav.settings' },
];

/** The banner: the product name, the main menu, verify and the language switch. */
export function AppHeader({ view }: { readonly view: View }) {
  const i18n = useI18n();
  const { navigate, openVerify } = useApp();
  const current = view.name === 'review' ? 'start' : view.name;
  return (
    <header className="app-header">
      <a className="skip-link" href="#main">
        {i18n.t('nav.skip')}
      </a>
      <p className="brand">
        <span aria-hidden="true" className="brand-mark">
          ✓
        </span>{' '}
        Värdekollen
      </p>
      <nav aria-label={i18n.t('nav.label')}>
        <ul className="nav-list">
          {SECTIONS.map(({ view: target, label }) => (
            <li key={target.name}>
              <button type="button" className="nav-button" aria-current={current === target.name ? 'page' : undefined} onClick={() => navigate(target)}>
                {i18n.t(label)}
              </button>
            </li>
          ))}
          <li>
            <button type="button" className="nav-button" onClick={openVerify}>
              {i18n.t('nav.verify')}
            </button>
          </li>
        </ul>
      </nav>
      <LanguageSwitch />
    </header>
  );
}
