import { posix, win32 } from 'node:path';

/** The variable that names the cache folder, or turns the cache off with "off". */
export const CACHE_DIRECTORY_VARIABLE = 'VARDEKOLLEN_CACHE';

/**
 * Where Värdekollen keeps data it can always make again (loaded rule packs), following each
 * platform's convention for caches; undefined when the user turned caching off:
 * - `VARDEKOLLEN_CACHE`: a folder, or `off`;
 * - Linux and other Unixes: `$XDG_CACHE_HOME/vardekollen`, or `~/.cache/vardekollen` (a relative
 *   `XDG_CACHE_HOME` is invalid by the XDG specification and ignored);
 * - macOS: `~/Library/Caches/Vardekollen`;
 * - Windows: `%LOCALAPPDATA%\Vardekollen\Cache` (not the roaming profile: a cache should not
 *   follow the user between computers), or `<home>\AppData\Local\...` when LOCALAPPDATA is unset.
 * Pure, like defaultDatabasePath: every platform's answer can be tested on any machine.
 */
export function defaultCacheDirectory(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, home: string): string | undefined {
  const explicit = env[CACHE_DIRECTORY_VARIABLE];
  if (explicit !== undefined && explicit.length > 0) return explicit.toLowerCase() === 'off' ? undefined : explicit;

  if (platform === 'win32') {
    const localAppData = env['LOCALAPPDATA'];
    const base = localAppData !== undefined && localAppData.length > 0 ? localAppData : win32.join(home, 'AppData', 'Local');
    return win32.join(base, 'Vardekollen', 'Cache');
  }
  if (platform === 'darwin') return posix.join(home, 'Library', 'Caches', 'Vardekollen');

  const xdg = env['XDG_CACHE_HOME'];
  const base = xdg !== undefined && posix.isAbsolute(xdg) ? xdg : posix.join(home, '.cache');
  return posix.join(base, 'vardekollen');
}
