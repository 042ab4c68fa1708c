import { userInfo } from 'node:os';

/**
 * Who to name in the history for writes whose interface method has no actor (creating a series,
 * importing a version): the operating-system account running Värdekollen, which on a desktop
 * is the person at the keyboard.
 */
export function localActor(env: Readonly<Record<string, string | undefined>> = process.env): string {
  try {
    const name = userInfo().username;
    if (name.length > 0) return name;
  } catch {
    // userInfo() throws when the account has no passwd entry (containers with an arbitrary
    // uid). That is no reason to refuse an import; the environment usually still knows the name.
  }
  return env['USER'] ?? env['USERNAME'] ?? 'unknown';
}
