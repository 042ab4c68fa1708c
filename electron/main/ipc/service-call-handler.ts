import type { IpcMainInvokeEvent } from 'electron';
import { IPC_PROGRESS_CHANNEL, type RemoteResult } from '../../../core/service/remote/remote-method-names.js';
import { callRemote, REMOTE_METHODS, type RemoteMethod } from '../../../core/service/remote/remote-requests.js';
import { object, oneOf, optional, required, text, type Validator } from '../../../core/service/remote/validators.js';
import type { ReviewService } from '../../../core/service/contract.js';
import { logWarning } from '../log.js';
import { errorReply, okReply } from './ipc-reply.js';

/** The request itself is validated by `callRemote`, per method; here it only has to be present or absent. */
const anyRequest: Validator<unknown> = (value) => value;

/** `{ callId, method, request }`, nothing else. */
const callPayload = object({ callId: required(text(100, 1)), method: required(oneOf(REMOTE_METHODS)), request: optional(anyRequest) });

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
export function serviceCallHandler(service: ReviewService, options: ServiceCallOptions = {}) {
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
    try {
      const value = await callRemote(service, method, call.request, onProgress);
      options.afterCall?.(method, value);
      return okReply(value);
    } catch (error) {
      return errorReply(error);
    }
  };
}
