import { corruptDocx } from '../docx-errors.js';
import { checkEntryCount, checkZipLimits } from './check-zip-limits.js';
import { readCentralDirectory, readZipEnd, type ZipEntry } from './read-zip-directory.js';
import { readZipEntry } from './read-zip-entry.js';

/**
 * A zip archive whose directory has passed the zip-bomb checks. Entries are decompressed
 * only when asked for, one at a time, each bounded by its declared size.
 */
export class ZipArchive {
  private readonly entries: ReadonlyMap<string, ZipEntry>;

  private constructor(
    private readonly bytes: Uint8Array,
    entries: readonly ZipEntry[],
  ) {
    const byName = new Map<string, ZipEntry>();
    for (const entry of entries) {
      // OPC forbids two parts with one name; which one a reader picks differs between
      // libraries, so such a file could show one text to us and another to Word.
      if (byName.has(entry.name)) throw corruptDocx(`zip holds ${JSON.stringify(entry.name)} twice`);
      byName.set(entry.name, entry);
    }
    this.entries = byName;
  }

  /**
   * Reads the archive's directory and refuses it (TOO_LARGE_UNCOMPRESSED) when it declares
   * too many entries, more than `maxUncompressedBytes` in total, or an absurd compression
   * ratio; refuses it (CORRUPT_FILE) when the directory is damaged. Inflates nothing.
   */
  static open(bytes: Uint8Array, maxUncompressedBytes: number): ZipArchive {
    const end = readZipEnd(bytes);
    checkEntryCount(end.entryCount);
    const entries = readCentralDirectory(bytes, end);
    checkZipLimits(entries, maxUncompressedBytes);
    return new ZipArchive(bytes, entries);
  }

  /** Part names in directory order. */
  get names(): string[] {
    return [...this.entries.keys()];
  }

  /** Whether the archive holds a part of this exact name. */
  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry's bytes; throws CORRUPT_FILE if it is missing or damaged. */
  read(name: string): Uint8Array {
    const entry = this.entries.get(name);
    if (!entry) throw corruptDocx(`part ${JSON.stringify(name)} missing`);
    return readZipEntry(this.bytes, entry);
  }
}
