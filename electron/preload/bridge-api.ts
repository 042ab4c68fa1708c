import type { IpcRenderer } from 'electron';
import { IPC_CALL_CHANNEL, IPC_CANCEL_CHANNEL, REMOTE_METHOD_NAMES } from '../../core/service/remote/remote-method-names.js';
import type { ReviewService } from '../../core/service/contract.js';
import type { BridgedMethod, BridgeProgressEvents, HostActions, MenuCommand, OpenedFile, SaveFileRequest, SaveFileResult, VardekollenBridge } from './bridge-types.js';
import { unwrapReply } from './bridge-error.js';
import { HOST_CHANNELS, MENU_COMMANDS } from './host-channels.js';
import { OpenFileInbox } from './open-file-inbox.js';
import { ProgressRouter } from './progress-router.js';

/** The part of `ipcRenderer` the bridge uses (so tests can hand in their own). */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on'>;

type MethodName = (typeof REMOTE_METHOD_NAMES)[number];

/**
 * Builds `window.vardekollen`: one function per service method (each call gets a fresh id that
 * tags its progress messages) and the desktop host actions. Errors come back from the main
 * process as plain data and are rethrown as `BridgeError`s with their code.
 */
export function createBridgeApi(ipc: BridgeIpc): VardekollenBridge {
  const progress = new ProgressRouter(ipc);
  let nextCallId = 0;

  const method = <M extends MethodName>(name: M): BridgedMethod<ReviewService[M]> => {
    const call = async (request?: unknown, events?: BridgeProgressEvents): Promise<unknown> => {
      // A counter is unique for this page's lifetime, which is all the main process needs: it
      // only echoes the id back to the page that sent it.
      const callId = String(++nextCallId);
      const onProgress = events?.onProgress;
      if (onProgress) progress.listen(callId, onProgress as (p: never) => void);
      // Cancelling is asked for over IPC like a call; its reply does not matter to the page.
      events?.cancelWith?.(() => void ipc.invoke(IPC_CANCEL_CHANNEL, { callId }).catch(() => undefined));
      try {
        return unwrapReply(await ipc.invoke(IPC_CALL_CHANNEL, { callId, method: name, request }));
      } finally {
        progress.stop(callId);
      }
    };
    // The one cast between the untyped IPC reply and the contract: the main process runs exactly this method.
    return call as unknown as BridgedMethod<ReviewService[M]>;
  };

  const inbox = new OpenFileInbox();
  ipc.on(HOST_CHANNELS.openFile, (_event, file: OpenedFile) => inbox.deliver(file));
  const menuListeners = new Set<(command: MenuCommand) => void>();
  ipc.on(HOST_CHANNELS.menuCommand, (_event, command: unknown) => {
    if (!(MENU_COMMANDS as readonly unknown[]).includes(command)) return;
    for (const listener of menuListeners) listener(command as MenuCommand);
  });

  const host = {
    async openDocumentDialog() {
      return unwrapReply(await ipc.invoke(HOST_CHANNELS.openDocumentDialog)) as OpenedFile | null;
    },
    async saveFile(request: SaveFileRequest) {
      return unwrapReply(await ipc.invoke(HOST_CHANNELS.saveFile, request)) as SaveFileResult;
    },
    onOpenFile: (listener: (file: OpenedFile) => void) => inbox.subscribe(listener),
    onMenuCommand(listener: (command: MenuCommand) => void) {
      menuListeners.add(listener);
      return () => {
        menuListeners.delete(listener);
      };
    },
  } satisfies HostActions;

  return { ...methodsFor(REMOTE_METHOD_NAMES, method), ...host } satisfies VardekollenBridge;
}

/**
 * One function per name. The names come from REMOTE_METHOD_NAMES, which the compiler holds
 * to exactly the service's methods; the result type follows from the names, so the caller's
 * `satisfies VardekollenBridge` fails if a method is missing.
 */
function methodsFor<const N extends readonly MethodName[]>(
  names: N,
  make: <M extends N[number]>(name: M) => BridgedMethod<ReviewService[M]>,
): { readonly [M in N[number]]: BridgedMethod<ReviewService[M]> } {
  return Object.fromEntries(names.map((name) => [name, make(name)])) as { [M in N[number]]: BridgedMethod<ReviewService[M]> };
}
