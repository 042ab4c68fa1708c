/**
 * Copies a value from the preload's isolated world into the page's world the way Electron's
 * contextBridge does (shell/renderer/api/electron_api_context_bridge.cc, PassValueToOtherContext):
 * primitives pass as they are; functions become proxies whose arguments and results are copied
 * again; promises are proxied, and what they resolve or reject with is copied; an Error becomes a
 * new Error with only its message; arrays and plain objects are copied member by member (their
 * prototype dropped); anything else (typed arrays, dates) is structured-cloned. The real bridge
 * cannot run here (no Electron binary), so this re-creation of its rules shows what the page sees.
 */
export function copyAcrossContextBridge(value: unknown): unknown {
  if (typeof value === 'function') {
    const fn = value as (...args: unknown[]) => unknown;
    return (...args: unknown[]) => copyAcrossContextBridge(fn(...args.map(copyAcrossContextBridge)));
  }
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Promise) {
    return value.then(copyAcrossContextBridge, (reason: unknown) => {
      throw copyAcrossContextBridge(reason);
    });
  }
  if (value instanceof Error) return new Error(value.message);
  if (Array.isArray(value)) return value.map(copyAcrossContextBridge);
  if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) {
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, copyAcrossContextBridge(member)]));
  }
  return structuredClone(value);
}
