import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages.js';

const SHORTCUTS: readonly { readonly keys: readonly string[]; readonly text: MessageKey }[] = [
  { keys: ['j', '↓'], text: 'shortcut.next' },
  { keys: ['k', '↑'], text: 'shortcut.previous' },
  { keys: ['f'], text: 'shortcut.fixed' },
  { keys: ['a'], text: 'shortcut.accepted' },
  { keys: ['n'], text: 'shortcut.notApplicable' },
  { keys: ['o'], text: 'shortcut.open' },
  { keys: ['Ctrl', 'Enter'], text: 'shortcut.save' },
  { keys: ['?'], text: 'shortcut.help' },
];

/** The keyboard shortcuts of the checklist, as a definition list. */
export function ShortcutHelp({ id }: { readonly id: string }) {
  const i18n = useI18n();
  return (
    <section id={id} className="panel shortcut-help" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{i18n.t('shortcut.title')}</h3>
      <p className="hint">{i18n.t('shortcut.intro')}</p>
      <dl>
        {SHORTCUTS.map(({ keys, text }) => (
          <div key={text} className="shortcut-row">
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && (keys[0] === 'Ctrl' ? ' + ' : ` ${i18n.t('shortcut.or')} `)}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{i18n.t(text)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
