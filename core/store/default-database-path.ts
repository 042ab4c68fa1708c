import { posix, win32 } from 'node:path';

/** The variable that, when set, names the database file directly (tests, portable installs, CI). */
export const DATABASE_PATH_VARIABLE = 'VARDEKOLLEN_DB';

/**
 * Where the review database lives when the user has not said, following each platform's
 * convention for application data:
 * - `VARDEKOLLEN_DB`, when set and not empty, wins everywhere;
 * - Linux and other Unixes: `$XDG_DATA_HOME/vardekollen/vardekollen.db`, or
 *   `~/.local/share/vardekollen/vardekollen.db` (the XDG Base Directory default; a relative
 *   `XDG_DATA_HOME` is invalid by that specification and ignored);
 * - macOS: `~/Library/Application Support/Vardekollen/vardekollen.db`;
 * - Windows: `%APPDATA%\Vardekollen\vardekollen.db` (the roaming profile, which follows the
 *   user between the agency's computers), or `<home>\AppData\Roaming\...` when APPDATA is unset.
 * Pure: the environment, platform and home folder are parameters, so every platform's answer
 * can be tested on any machine.
 */
export function defaultDatabasePath(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, home: string): string {
  const explicit = env[DATABASE_PATH_VARIABLE];
  if (explicit !== undefined && explicit.length > 0) return explicit;

  if (platform === 'win32') {
    const appData = env['APPDATA'];
    const base = appData !== undefined && appData.length > 0 ? appData : win32.join(home, 'AppData', 'Roaming');
    return win32.join(base, 'Vardekollen', 'vardekollen.db');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Application Support', 'Vardekollen', 'vardekollen.db');

  const xdg = env['XDG_DATA_HOME'];
  const base = xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.local', 'share');
  return posix.join(base, 'vardekollen', 'vardekollen.db');
}
