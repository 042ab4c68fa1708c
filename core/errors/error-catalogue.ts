import type { LocalizedText } from './localized-text.js';

/**
 * Every error a user can meet, with its message in Swedish and English. Placeholders are
 * written `{name}` and filled from the error's `params`. Codes are stable: tools and tests
 * match on codes, never on wording.
 */
export const ERROR_CATALOGUE = {
  UNSUPPORTED_FORMAT: {
    sv: 'Filformatet stöds inte ({detected}). Värdekollen läser PDF, Word (.docx), ren text och Markdown. Spara dokumentet som PDF eller .docx och försök igen.',
    en: 'Unsupported file format ({detected}). Värdekollen reads PDF, Word (.docx), plain text and Markdown. Save the document as PDF or .docx and try again.',
  },
  CORRUPT_FILE: {
    sv: 'Filen är skadad och kan inte läsas ({reason}). Öppna den i programmet den skapades i och spara den på nytt.',
    en: 'The file is damaged and cannot be read ({reason}). Open it in the program that created it and save it again.',
  },
  PASSWORD_REQUIRED: {
    sv: 'Dokumentet är lösenordsskyddat. Ange lösenordet och försök igen.',
    en: 'The document is password-protected. Give the password and try again.',
  },
  PASSWORD_INCORRECT: {
    sv: 'Lösenordet stämmer inte för det här dokumentet. Kontrollera stavning och stora/små bokstäver och försök igen.',
    en: 'The password is not correct for this document. Check spelling and capitals and try again.',
  },
  NO_TEXT_LAYER: {
    sv: 'Dokumentet innehåller ingen text, bara bilder (troligen inskannat). Kör textigenkänning (OCR) på det, till exempel i Adobe Acrobat eller med ocrmypdf, eller använd originalet i Word-format.',
    en: 'The document holds no text, only images (probably scanned). Run text recognition (OCR) on it, for example in Adobe Acrobat or with ocrmypdf, or use the original Word file.',
  },
  EMPTY_DOCUMENT: {
    sv: 'Dokumentet innehåller ingen text att granska.',
    en: 'The document contains no text to check.',
  },
  TOO_LARGE: {
    sv: 'Filen är för stor ({size}); gränsen är {limit}. Dela upp dokumentet eller höj gränsen för filstorlek.',
    en: 'The file is too large ({size}); the limit is {limit}. Split the document or raise the file size limit.',
  },
  TOO_LARGE_UNCOMPRESSED: {
    sv: 'Word-filen packas upp till {size}, mer än gränsen {limit}. Filen kan vara skadlig (en så kallad zip-bomb) och har inte packats upp.',
    en: 'The Word file would unpack to {size}, more than the limit of {limit}. It may be hostile (a so-called zip bomb) and was not unpacked.',
  },
  TOO_MANY_PAGES: {
    sv: 'Dokumentet har {pages} sidor; gränsen är {limit}. Dela upp dokumentet eller höj gränsen för antal sidor.',
    en: 'The document has {pages} pages; the limit is {limit}. Split the document or raise the page limit.',
  },
  TIMEOUT: {
    sv: 'Inläsningen tog längre tid än gränsen {limit} och avbröts. Dokumentet kan vara ovanligt komplext eller skadat; höj tidsgränsen om du litar på filen.',
    en: 'Reading the document took longer than the limit of {limit} and was stopped. The document may be unusually complex or damaged; raise the time limit if you trust the file.',
  },
  CANCELLED: {
    sv: 'Avbrutet: arbetet stoppades på begäran.',
    en: 'Cancelled: the work was stopped on request.',
  },
  OUT_OF_MEMORY: {
    sv: 'Dokumentet krävde mer minne än tillåtet och inläsningen avbröts. Filen kan vara skadad eller skadlig.',
    en: 'The document needed more memory than allowed and reading it was stopped. The file may be damaged or hostile.',
  },
  RULES_INVALID: {
    sv: '{count} fel i regelfilerna; inga regler har lästs in. Rätta filerna och försök igen.',
    en: '{count} errors in the rule files; no rules were loaded. Fix the files and try again.',
  },
  RULES_NOT_FOUND: {
    sv: 'Hittar inget regelpaket i {path} (en mapp med pack.yaml).',
    en: 'No rule pack found in {path} (a folder with pack.yaml).',
  },
  UNKNOWN_RULE: {
    sv: 'Okänd regel: {id}. Se regelkatalogen.',
    en: 'Unknown rule: {id}. See the rule catalogue.',
  },
  DATABASE_TOO_NEW: {
    sv: 'Databasen {path} har skapats av en nyare version av Värdekollen (schemaversion {found}; den här versionen kan {supported}). Uppdatera Värdekollen; databasen har inte ändrats.',
    en: 'The database {path} was created by a newer version of Värdekollen (schema version {found}; this version supports {supported}). Update Värdekollen; the database was not changed.',
  },
  DATABASE_ERROR: {
    sv: 'Databasen {path} kan inte användas: {detail}',
    en: 'The database {path} cannot be used: {detail}',
  },
  SERIES_NOT_FOUND: {
    sv: 'Det finns ingen dokumentserie som heter "{name}".',
    en: 'There is no document series named "{name}".',
  },
  REVIEW_NOT_FOUND: {
    sv: 'Det finns ingen granskning med id {id}.',
    en: 'There is no review with id {id}.',
  },
  ITEM_NOT_FOUND: {
    sv: 'Granskningen {review} har ingen punkt {item}.',
    en: 'The review {review} has no item {item}.',
  },
  REASON_REQUIRED: {
    sv: 'Beslutet "{decision}" kräver en motivering.',
    en: 'The decision "{decision}" needs a reason.',
  },
  REVIEW_COMPLETED: {
    sv: 'Granskningen är avslutad och kan inte ändras. Öppna den igen om beslut behöver ändras; befintliga underskrifter gäller då inte längre.',
    en: 'The review is completed and cannot be changed. Reopen it if decisions must change; existing signatures will then no longer match.',
  },
  ITEMS_OPEN: {
    sv: 'Granskningen kan inte avslutas: {count} punkter är fortfarande öppna.',
    en: 'The review cannot be completed: {count} items are still open.',
  },
  REVIEW_NOT_COMPLETED: {
    sv: 'Granskningen måste vara avslutad innan den kan skrivas under.',
    en: 'The review must be completed before it can be signed.',
  },
  REVIEWER_NOT_FOUND: {
    sv: 'Det finns ingen granskare som heter "{name}". Skapa en nyckel för granskaren först.',
    en: 'There is no reviewer named "{name}". Create a key for the reviewer first.',
  },
  REVIEWER_EXISTS: {
    sv: 'Det finns redan en granskare som heter "{name}".',
    en: 'A reviewer named "{name}" already exists.',
  },
  PASSPHRASE_INCORRECT: {
    sv: 'Lösenfrasen stämmer inte för granskaren {name}s nyckel.',
    en: "The passphrase does not match reviewer {name}'s key.",
  },
  PASSPHRASE_TOO_SHORT: {
    sv: 'Lösenfrasen måste ha minst {min} tecken.',
    en: 'The passphrase must have at least {min} characters.',
  },
  ALREADY_SIGNED: {
    sv: '{name} har redan skrivit under den här granskningen.',
    en: '{name} has already signed this review.',
  },
  SIGNED_FILE_INVALID: {
    sv: 'Filen är ingen underskriven Värdekollen-checklista: {detail}',
    en: 'The file is not a signed Värdekollen checklist: {detail}',
  },
  FILE_NOT_WRITABLE: {
    sv: 'Filen {path} kunde inte sparas: {reason}. Kontrollera att mappen finns, att du får skriva där och att disken inte är full.',
    en: 'The file {path} could not be saved: {reason}. Check that the folder exists, that you may write there and that the disk is not full.',
  },
  FILE_NOT_FOUND: {
    sv: 'Filen {path} finns inte eller kan inte läsas.',
    en: 'The file {path} does not exist or cannot be read.',
  },
  INVALID_ARGUMENT: {
    sv: 'Ogiltigt värde: {detail}',
    en: 'Invalid value: {detail}',
  },
  USAGE: {
    sv: '{detail}',
    en: '{detail}',
  },
  INTERNAL: {
    sv: 'Ett internt fel inträffade: {detail}. Det här är ett fel i Värdekollen; rapportera det gärna.',
    en: 'An internal error occurred: {detail}. This is a bug in Värdekollen; please report it.',
  },
} as const satisfies Record<string, LocalizedText>;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CATALOGUE, value);
}
