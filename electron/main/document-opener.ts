/**
 * Documents the user opened outside the page ("open with", Finder, the menu) wait here until
 * the page has loaded and can receive them; later ones go straight through. The opening
 * itself (reading the bytes, sending them, reporting failures) is given by the caller.
 */
export class DocumentOpener {
  private ready = false;
  private readonly waiting: string[] = [];
  private readonly open: (path: string) => Promise<void>;

  constructor(open: (path: string) => Promise<void>) {
    this.open = open;
  }

  /** Opens these paths now if the page is ready, otherwise once it is. */
  request(paths: readonly string[]): void {
    if (!this.ready) {
      this.waiting.push(...paths);
      return;
    }
    for (const path of paths) void this.open(path);
  }

  /** The page loaded (true), or went away (false: reloading, crashed, window closed). */
  setReady(ready: boolean): void {
    this.ready = ready;
    if (ready) this.request(this.waiting.splice(0));
  }
}
