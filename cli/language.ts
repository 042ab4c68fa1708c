import type { Language } from '../core/errors/index.js';

/**
 * The CLI speaks Swedish unless told otherwise: `--lang en`, or VARDEKOLLEN_LANG=en. The
 * system locale is not consulted because build machines and CI runners usually say en_US or C
 * while the people reading the output are Swedish civil servants.
 */
export function chooseLanguage(flag: string | undefined, env: Readonly<Record<string, string | undefined>>): Language {
  const wanted = (flag ?? env['VARDEKOLLEN_LANG'] ?? 'sv').toLowerCase();
  return wanted.startsWith('en') ? 'en' : 'sv';
}
