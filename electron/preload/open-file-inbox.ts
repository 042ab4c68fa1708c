import type { OpenedFile } from './bridge-types.js';

/**
 * Files opened outside the page ("open with", Finder, the menu) can arrive before the page has
 * subscribed: the main process sends them once the page has loaded, but React subscribes a
 * moment later. The inbox keeps such files and hands them to the first listener, so a
 * double-clicked document is never lost on a cold start.
 */
export class OpenFileInbox {
  private readonly listeners = new Set<(file: OpenedFile) => void>();
  private readonly waiting: OpenedFile[] = [];

  deliver(file: OpenedFile): void {
    if (this.listeners.size === 0) {
      this.waiting.push(file);
      return;
    }
    for (const listener of this.listeners) call(listener, file);
  }

  /** Adds a listener (handing it any files that were waiting); returns its removal. */
  subscribe(listener: (file: OpenedFile) => void): () => void {
    this.listeners.add(listener);
    for (const file of this.waiting.splice(0)) call(listener, file);
    return () => {
      this.listeners.delete(listener);
    };
  }
}

function call(listener: (file: OpenedFile) => void, file: OpenedFile): void {
  try {
    listener(file);
  } catch (error) {
    console.error('Värdekollen: open-file listener failed', error);
  }
}
