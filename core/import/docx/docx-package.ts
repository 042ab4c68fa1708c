import type { ZipArchive } from './zip/zip-archive.js';
import type { MammothDocxFile } from './convert-with-mammoth.js';

/**
 * The parts of a Word file, read from our checked zip archive on demand. It serves both
 * mammoth (through the docx-file interface mammoth reads from) and our own readers, and
 * decodes each XML part once: the main document's text is shared between mammoth's parser
 * and the paragraph census instead of being inflated twice.
 */
export class DocxPackage {
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly archive: ZipArchive,
    /** Called before each part is inflated, so a timed-out import stops between parts. */
    private readonly checkpoint: () => void,
  ) {}

  has(name: string): boolean {
    return this.archive.has(name);
  }

  /**
   * The part as text, without its byte-order mark. XML parts are UTF-8 (what mammoth
   * assumes); a part with a UTF-16 byte-order mark, which some older tools write and XML
   * allows, is decoded as UTF-16 instead of failing as garbage.
   */
  readText(name: string): string {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    this.checkpoint();
    const bytes = this.archive.read(name);
    const text = new TextDecoder(utf16Encoding(bytes) ?? 'utf-8').decode(bytes);
    this.texts.set(name, text);
    return text;
  }

  /** Frees the decoded texts (a large main document is tens of megabytes). */
  release(): void {
    this.texts.clear();
  }

  /** The object mammoth reads parts from instead of opening the zip itself with JSZip. */
  mammothFile(): MammothDocxFile {
    return {
      exists: (name) => this.archive.has(name),
      read: (name, encoding) => {
        try {
          if (encoding === undefined) {
            this.checkpoint();
            return Promise.resolve(this.archive.read(name));
          }
          if (encoding === 'base64') {
            this.checkpoint();
            return Promise.resolve(Buffer.from(this.archive.read(name)).toString('base64'));
          }
          if (/^utf-?8$/i.test(encoding)) return Promise.resolve(this.readText(name));
          return Promise.reject(new Error(`mammoth asked for unsupported encoding ${encoding}`));
        } catch (error) {
          return Promise.reject(error);
        }
      },
    };
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}
