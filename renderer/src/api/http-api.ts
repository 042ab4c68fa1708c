import type { ImportProgress } from '../../../core/import/import-options.js';
import type { ProgressEvents } from '../../../core/service/contract.js';
import type { Api } from './api-types.js';
import { METHOD_NAMES, type MethodName } from './method-names.js';
import { readLines } from './ndjson.js';
import { toServiceError, transportError } from './service-error.js';
import { fromWireJson, toWireJson } from './wire-json.js';

/** The header the loopback server expects the access token in (server/local-server.ts). */
export const TOKEN_HEADER = 'x-vardekollen-token';

export interface HttpApiOptions {
  /** The server's origin, e.g. "http://127.0.0.1:53121"; "" for the page's own origin. */
  readonly baseUrl: string;
  /** The 256-bit token from the URL fragment the page was opened with. */
  readonly token: string;
  /** Injected in tests; the browser's fetch otherwise. */
  readonly fetch?: typeof fetch;
}

type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: unknown };

/**
 * The service over the loopback HTTP server: one POST per call to /api/<method> with the token
 * header and a wire-JSON body; the NDJSON answer's progress lines go to `events.onProgress`,
 * its last line is the result or the typed error, rebuilt as a ServiceError.
 */
export function createHttpApi(options: HttpApiOptions): Api {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function call(method: MethodName, request: unknown, events?: ProgressEvents): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
        body: toWireJson(request ?? {}),
        ...(events?.signal ? { signal: events.signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw toServiceError(error);
      throw transportError('TRANSPORT_FAILED', error instanceof Error ? error.message : String(error), error);
    }
    let outcome: Outcome | undefined;
    const onLine = (line: string): void => {
      let parsed: unknown;
      try {
        parsed = fromWireJson(line);
      } catch (error) {
        throw transportError('TRANSPORT_PROTOCOL', `HTTP ${response.status}: ${line.slice(0, 200)}`, error);
      }
      if (typeof parsed !== 'object' || parsed === null) throw transportError('TRANSPORT_PROTOCOL', `HTTP ${response.status}`);
      const record = parsed as Record<string, unknown>;
      if ('progress' in record) {
        events?.onProgress?.(record['progress'] as ImportProgress);
      } else if (record['ok'] === true) {
        outcome = { ok: true, value: record['value'] };
      } else if (record['ok'] === false) {
        outcome = { ok: false, error: record['error'] };
      }
    };
    try {
      if (response.body) await readLines(response.body, onLine);
      else (await response.text()).split('\n').forEach((line) => line.trim() && onLine(line.trim()));
    } catch (error) {
      throw toServiceError(error);
    }
    if (!outcome) throw transportError('TRANSPORT_PROTOCOL', `HTTP ${response.status} without a result`);
    if (!outcome.ok) throw toServiceError(outcome.error);
    return outcome.value;
  }

  const api: Record<string, (request?: unknown, events?: ProgressEvents) => Promise<unknown>> = {};
  for (const method of METHOD_NAMES) api[method] = (request, events) => call(method, request, events);
  return api as unknown as Api;
}
