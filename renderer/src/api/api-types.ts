import type { ReviewService } from '../../../core/service/contract.js';
import type { ExportedFile } from '../../../core/service/review-contract.js';

/**
 * Everything the interface can ask of the application: exactly the service contract, whichever
 * transport carries it (Electron IPC or the loopback HTTP server).
 */
export type Api = ReviewService;

/** A document the user chose, as bytes (the renderer never names a path on disk). */
export interface PickedFile {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/**
 * What the shell around the page can do besides the service: save files where the user says,
 * and hand over documents opened from outside ("open with" in the desktop app).
 */
export interface Host {
  /** `desktop` inside Electron, `browser` for the loopback server. */
  readonly kind: 'desktop' | 'browser';
  /**
   * Saves a file the service produced: the native save dialog in the desktop app, a download in
   * the browser. Resolves with the name it was saved under, or undefined when the user cancelled.
   */
  saveFile(file: ExportedFile): Promise<string | undefined>;
  /** Documents opened from outside the app; returns a function that stops listening. */
  readonly onOpenFile?: (listener: (file: PickedFile) => void) => () => void;
  /** Commands from the desktop app's native menu ("export"); returns a function that stops listening. */
  readonly onMenuCommand?: (listener: (command: string) => void) => () => void;
}

/** The service and the shell, as the app receives them. */
export interface AppConnection {
  readonly api: Api;
  readonly host: Host;
}
