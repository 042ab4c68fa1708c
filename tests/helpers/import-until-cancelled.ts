import type { ClosableReviewService } from '../../core/service/index.js';

/** A service whose imports only end when they are cancelled, as a long one would. */
export interface ImportUntilCancelled {
  readonly service: ClosableReviewService;
  /** The signal the running import was given, once it runs. */
  signal(): AbortSignal | undefined;
  /** Settles with the abort reason when the import is cancelled. */
  readonly stopped: Promise<unknown>;
}

/** `service` with `importDocument` replaced by an import that waits for its signal. */
export function importUntilCancelled(service: ClosableReviewService): ImportUntilCancelled {
  let seen: AbortSignal | undefined;
  let stop: (reason: unknown) => void = () => undefined;
  const stopped = new Promise<unknown>((resolve) => (stop = resolve));
  return {
    service: {
      ...service,
      importDocument: (_request, events) =>
        new Promise((_resolve, reject) => {
          seen = events?.signal;
          events?.signal?.addEventListener('abort', () => {
            stop(events.signal?.reason);
            reject(events.signal?.reason as Error);
          });
        }),
    },
    signal: () => seen,
    stopped,
  };
}
