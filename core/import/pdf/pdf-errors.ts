import { VardekollenError } from '../../errors/index.js';

/** pdf.js PasswordResponses: why it asks for a password. */
const NEED_PASSWORD = 1;
const INCORRECT_PASSWORD = 2;

/** Longest library message quoted to the user inside our own message. */
const MAX_REASON_LENGTH = 120;

/**
 * Turns what pdf.js threw while opening a document into the error the user should see.
 * pdf.js errors cross its (fake) worker boundary as plain objects rebuilt on this side, so
 * they are recognised by `name` and `code`, not by class.
 */
export function openErrorToVardekollen(error: unknown): VardekollenError {
  if (error instanceof VardekollenError) return error;
  const { name, code } = describe(error);
  if (name === 'PasswordException') {
    if (code === NEED_PASSWORD) return new VardekollenError('PASSWORD_REQUIRED', {}, { cause: error });
    if (code === INCORRECT_PASSWORD) return new VardekollenError('PASSWORD_INCORRECT', {}, { cause: error });
  }
  // InvalidPDFException, UnknownErrorException (circular page trees, bad xref, broken
  // streams) and anything else the parser throws while opening all mean the same to a user:
  // this file cannot be read as it is.
  return corruptFile(error);
}

/** CORRUPT_FILE with a short reason taken from the library's message. */
export function corruptFile(error: unknown): VardekollenError {
  return new VardekollenError('CORRUPT_FILE', { reason: shortReason(error) }, { cause: error });
}

/** The first line of an error's message, shortened, for quoting in a user-facing message. */
export function shortReason(error: unknown): string {
  const message = describe(error).message.split('\n')[0]?.trim().replace(/\.$/, '') ?? '';
  if (message === '') return 'unreadable PDF structure';
  return message.length > MAX_REASON_LENGTH ? `${message.slice(0, MAX_REASON_LENGTH - 1)}…` : message;
}

function describe(error: unknown): { name: string; code: unknown; message: string } {
  if (typeof error === 'object' && error !== null) {
    const record = error as { name?: unknown; code?: unknown; message?: unknown };
    return {
      name: typeof record.name === 'string' ? record.name : '',
      code: record.code,
      message: typeof record.message === 'string' ? record.message : '',
    };
  }
  return { name: '', code: undefined, message: typeof error === 'string' ? error : '' };
}
