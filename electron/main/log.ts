/**
 * The main process's log: stderr, which the terminal shows when the app is started from one and
 * which the OS keeps for packaged apps. Security refusals are logged here, so an attack or a
 * bug in the page leaves a trace instead of failing silently.
 */
export function logWarning(message: string, detail?: unknown): void {
  console.warn(`[värdekollen] ${message}`, ...(detail === undefined ? [] : [detail]));
}

export function logError(message: string, error: unknown): void {
  console.error(`[värdekollen] ${message}`, error);
}
