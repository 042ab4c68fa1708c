import type { ErrorCode, LocalizedText } from '../core/errors/index.js';

/**
 * What to type next, for errors whose remedy on the command line is a flag or a command. The
 * messages themselves (in core) stay free of any one shell's vocabulary, because the desktop
 * app shows them too.
 */
export const CLI_HINTS: Partial<Readonly<Record<ErrorCode, LocalizedText>>> = {
  PASSWORD_REQUIRED: { sv: 'Ange lösenordet med --password-file FIL eller VARDEKOLLEN_PASSWORD (i en terminal frågar kommandot).', en: 'Give the password with --password-file FILE or VARDEKOLLEN_PASSWORD (in a terminal the command asks).' },
  PASSWORD_INCORRECT: { sv: 'Ange rätt lösenord med --password-file FIL eller VARDEKOLLEN_PASSWORD.', en: 'Give the right password with --password-file FILE or VARDEKOLLEN_PASSWORD.' },
  TOO_LARGE: { sv: 'Höj gränsen med --max-bytes, t.ex. --max-bytes 200M.', en: 'Raise the limit with --max-bytes, e.g. --max-bytes 200M.' },
  TOO_LARGE_UNCOMPRESSED: { sv: 'Om du litar på filen: höj gränsen med --max-unpacked.', en: 'If you trust the file: raise the limit with --max-unpacked.' },
  TOO_MANY_PAGES: { sv: 'Höj gränsen med --max-pages.', en: 'Raise the limit with --max-pages.' },
  TIMEOUT: { sv: 'Höj tidsgränsen med --timeout SEKUNDER.', en: 'Raise the time limit with --timeout SECONDS.' },
  REASON_REQUIRED: { sv: 'Lägg till --reason "motivering".', en: 'Add --reason "the reason".' },
  REVIEW_COMPLETED: { sv: 'Öppna granskningen igen med vardekollen reopen GRANSKNING.', en: 'Reopen the review with vardekollen reopen REVIEW.' },
  REVIEW_NOT_FOUND: { sv: 'vardekollen series visar serierna och deras granskningar.', en: 'vardekollen series lists the series and their reviews.' },
  ITEM_NOT_FOUND: { sv: 'vardekollen show GRANSKNING visar punkternas nycklar.', en: 'vardekollen show REVIEW lists the items’ keys.' },
  REVIEWER_NOT_FOUND: { sv: 'Skapa nyckeln med vardekollen reviewer create NAMN.', en: 'Create the key with vardekollen reviewer create NAME.' },
  UNKNOWN_RULE: { sv: 'vardekollen rules listar reglerna.', en: 'vardekollen rules lists the rules.' },
  ITEMS_OPEN: { sv: 'vardekollen show GRANSKNING visar vilka punkter som är öppna.', en: 'vardekollen show REVIEW shows which items are open.' },
};
