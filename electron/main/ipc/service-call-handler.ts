import type { IpcMainInvokeEvent } from 'electron';
import { IPC_PROGRESS_CHANNEL, type RemoteResult } from '../../../core/service/remote/remote-method-names.js';
import { callRemote, REMOTE_METHODS, type RemoteMethod } from '../../../core/service/remote/remote-requests.js';
import { object, oneOf, optional, required, text, type Validator } from '../../../core/service/remote/validators.js';
import type { ReviewService } from '../../../core/service/contract.js';
import { VardekollenError } from '../../../core/errors/index.js';
import { logWarning } from '../log.js';
import { errorReply, okReply } from './ipc-reply.js';

/** The request itself is validated by `callRemote`, per method; here it only has to be present or absent. */
const anyRequest: Validator<unknown> = (value) => value;

/** `{ callId, method, request }`, nothing else. */
const callPayload = object({ callId: required(text(100, 1)), method: required(oneOf(REMOTE_METHODS)), request: optional(anyRequest) });

/**
 * The service calls in progress, by the page that made them and its call id, so that a page
 * can stop its own calls (and only its own) when it stops waiting for them.
 */
export class RunningCalls {
  private readonly calls = new Map<string, AbortController>();

  start(senderId: number, callId: string): AbortSignal {
    const controller = new AbortController();
    this.calls.set(`${senderId}:${callId}`, controller);
    return controller.signal;
  }

  finish(senderId: number, callId: string): void {
    this.calls.delete(`${senderId}:${callId}`);
  }

  /** Stops the call; false when that page has no such call running (finished, or never made). */
  cancel(senderId: number, callId: string): boolean {
    const controller = this.calls.get(`${senderId}:${callId}`);
    if (!controller) return false;
    controller.abort(new VardekollenError('CANCELLED'));
    this.finish(senderId, callId);
    return true;
  }
}

export interface ServiceCallOptions {
  /** Called after a successful call, e.g. to rebuild the menu when the language setting changed. */
  readonly afterCall?: (method: RemoteMethod, value: unknown) => void;
}

/**
 * The handler of IPC_CALL_CHANNEL (the sender has already been checked, see register-ipc.ts):
 * validates the payload, runs the method through `callRemote` (which validates the request
 * and refuses paths: documents arrive as bytes), sends progress tagged with the call's id to
 * the calling page only, and replies `{ ok: true, value }` or `{ ok: false, error }`. It never
 * throws, so nothing but a typed error ever crosses IPC.
 */
export function serviceCallHandler(service: ReviewService, options: ServiceCallOptions = {}, running = new RunningCalls()) {
  return async (event: Pick<IpcMainInvokeEvent, 'sender'>, payload: unknown): Promise<RemoteResult> => {
    let call: ReturnType<typeof callPayload>;
    try {
      call = callPayload(payload, 'call');
    } catch (error) {
      logWarning('refused a malformed service call', error instanceof Error ? error.message : error);
      return errorReply(error);
    }
    const { callId, method } = call;
    const onProgress = (progress: unknown): void => {
      if (!event.sender.isDestroyed()) event.sender.send(IPC_PROGRESS_CHANNEL, { callId, progress });
    };
    const signal = running.start(event.sender.id, callId);
    try {
      const value = await callRemote(service, method, call.request, onProgress, signal);
      options.afterCall?.(method, value);
      return okReply(value);
    } catch (error) {
      return errorReply(error);
    } finally {
      running.finish(event.sender.id, callId);
    }
  };
}

/** `{ callId }`, nothing else. */
const cancelPayload = object({ callId: required(text(100, 1)) });

/**
 * The handler of IPC_CANCEL_CHANNEL: the page stopped waiting for one of its calls (the user
 * cancelled an import), so the work stops too; an import's worker is terminated. Replies
 * whether a call was stopped.
 */
export function cancelCallHandler(running: RunningCalls) {
  return (event: Pick<IpcMainInvokeEvent, 'sender'>, payload: unknown): Promise<RemoteResult> => {
    try {
      const { callId } = cancelPayload(payload, 'cancel');
      return Promise.resolve(okReply(running.cancel(event.sender.id, callId)));
    } catch (error) {
      return Promise.resolve(errorReply(error));
    }
  };
}
