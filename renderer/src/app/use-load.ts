import { useCallback, useEffect, useState } from 'react';
import { toServiceError, type ServiceError } from '../api/service-error.js';

/** A value loaded from the service, with its error and a way to load it again. */
export interface Loaded<T> {
  readonly data: T | undefined;
  readonly error: ServiceError | undefined;
  readonly loading: boolean;
  reload(): void;
  /** Replaces the value after a change the screen made itself (a decision), without a round trip. */
  replace(value: T): void;
}

interface Result<T> {
  readonly load: () => Promise<T>;
  readonly round: number;
  readonly data?: T;
  readonly error?: ServiceError;
}

/**
 * Loads data when `load` changes (pass a useCallback) or on reload(). The state remembers which
 * load it belongs to, so "loading" is derived instead of set at the start of the effect, and an
 * answer that arrives after the screen moved on is dropped.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [round, setRound] = useState(0);
  const [result, setResult] = useState<Result<T> | undefined>(undefined);
  useEffect(() => {
    let current = true;
    load().then(
      (data) => current && setResult({ load, round, data }),
      (error: unknown) => current && setResult({ load, round, error: toServiceError(error) }),
    );
    return () => {
      current = false;
    };
  }, [load, round]);
  const fresh = result !== undefined && result.load === load;
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((data: T) => setResult({ load, round, data }), [load, round]);
  return {
    // Keep showing the previous data while reloading, so lists do not flash empty.
    data: result?.data,
    error: fresh ? result?.error : undefined,
    loading: result === undefined || result.load !== load || result.round !== round,
    reload,
    replace,
  };
}
