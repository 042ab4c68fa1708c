import { posix, win32 } from 'node:path';
import { isDocumentPath } from './document-files.js';

export interface ArgvOptions {
  /** True when Electron runs the app from source (`electron .`): argv[1] is then the app folder. */
  readonly isDefaultApp: boolean;
  /** The folder the command was given in, for relative names. */
  readonly workingDirectory: string;
  readonly platform: NodeJS.Platform;
}

/**
 * The documents named on a command line: Windows and Linux pass "open with" files this way, to
 * the first instance at start and to the running one through 'second-instance'. Switches
 * (Chromium adds some of its own) are skipped, as are the executable and, when Electron runs
 * the app from source, the app folder; of the rest, only names of documents Värdekollen opens
 * are kept, made absolute against the folder the command was given in.
 */
export function filesFromArgv(argv: readonly string[], options: ArgvOptions): string[] {
  const path = options.platform === 'win32' ? win32 : posix;
  const positional = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  if (options.isDefaultApp) positional.shift();
  return positional.filter(isDocumentPath).map((name) => (path.isAbsolute(name) ? name : path.resolve(options.workingDirectory, name)));
}
