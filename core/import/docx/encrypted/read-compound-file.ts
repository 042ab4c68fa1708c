import { corruptDocx } from '../docx-errors.js';

/**
 * A minimal reader for OLE compound files ([MS-CFB]), the container of password-encrypted
 * Office documents. It reads only what decryption needs: the streams directly under the root
 * storage. Every sector number, chain and size read from the file is checked: sectors must
 * lie inside the file, chains must end and must not loop (a chain visiting a sector twice is
 * refused), and a stream may not claim more bytes than its chain holds.
 */

const SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const HEADER_SIZE = 512;
const HEADER_DIFAT_ENTRIES = 109;
const DIRECTORY_ENTRY_SIZE = 128;
const MINI_SECTOR_SIZE = 64;
/** Sector numbers above this are markers (free, end of chain, FAT, DIFAT). */
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;
const TYPE_STREAM = 2;
const TYPE_ROOT = 5;

interface DirectoryEntry {
  readonly name: string;
  readonly type: number;
  readonly left: number;
  readonly right: number;
  readonly child: number;
  readonly start: number;
  readonly size: number;
}

export class CompoundFile {
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly sectorSize: number,
    private readonly sectorCount: number,
    private readonly fat: Uint32Array,
    private readonly miniFat: Uint32Array,
    private readonly miniStreamCutoff: number,
    private readonly entries: readonly DirectoryEntry[],
  ) {}

  /** Parses the header, allocation tables and directory. Throws CORRUPT_FILE on any inconsistency. */
  static open(bytes: Uint8Array): CompoundFile {
    if (bytes.byteLength < HEADER_SIZE || !SIGNATURE.every((b, i) => bytes[i] === b)) throw corruptDocx('not an OLE compound file');
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const major = view.getUint16(26, true);
    const sectorShift = view.getUint16(30, true);
    // Version 3 files use 512-byte sectors, version 4 files 4096-byte sectors; nothing else exists.
    if (!((major === 3 && sectorShift === 9) || (major === 4 && sectorShift === 12))) {
      throw corruptDocx(`compound file version ${major} with sector shift ${sectorShift}`);
    }
    if (view.getUint16(32, true) !== 6) throw corruptDocx('compound file mini sector size is not 64');
    const sectorSize = 1 << sectorShift;
    // Sectors after the header sector; a last, partial sector still counts (reads check its length).
    const sectorCount = Math.max(0, Math.ceil((bytes.byteLength - sectorSize) / sectorSize));
    const fatSectorCount = view.getUint32(44, true);
    const firstDirectorySector = view.getUint32(48, true);
    const miniStreamCutoff = view.getUint32(56, true);
    const firstMiniFatSector = view.getUint32(60, true);
    const firstDifatSector = view.getUint32(68, true);
    if (fatSectorCount > sectorCount) throw corruptDocx('compound file claims more FAT sectors than it has');

    const reader = new SectorReader(bytes, sectorSize, sectorCount);
    const fatSectors = readFatSectorList(view, reader, sectorSize, fatSectorCount, firstDifatSector);
    const fat = new Uint32Array(fatSectorCount * (sectorSize / 4));
    fatSectors.forEach((sector, i) => {
      const data = reader.sector(sector);
      for (let j = 0; j < sectorSize / 4; j++) fat[i * (sectorSize / 4) + j] = readUint32(data, j * 4);
    });

    const directoryBytes = reader.chainBytes(fat, firstDirectorySector, undefined, 'directory');
    const entries: DirectoryEntry[] = [];
    for (let offset = 0; offset + DIRECTORY_ENTRY_SIZE <= directoryBytes.byteLength; offset += DIRECTORY_ENTRY_SIZE) {
      entries.push(readDirectoryEntry(directoryBytes.subarray(offset, offset + DIRECTORY_ENTRY_SIZE), major));
    }
    if (entries[0]?.type !== TYPE_ROOT) throw corruptDocx('compound file has no root entry');

    const miniFatBytes = firstMiniFatSector === END_OF_CHAIN || firstMiniFatSector === FREE_SECTOR
      ? new Uint8Array(0)
      : reader.chainBytes(fat, firstMiniFatSector, undefined, 'mini FAT');
    const miniFat = new Uint32Array(miniFatBytes.byteLength / 4);
    for (let i = 0; i < miniFat.length; i++) miniFat[i] = readUint32(miniFatBytes, i * 4);

    return new CompoundFile(bytes, sectorSize, sectorCount, fat, miniFat, miniStreamCutoff, entries);
  }

  /** Names of the streams directly under the root storage. */
  rootStreamNames(): string[] {
    return this.rootChildren().filter((e) => e.type === TYPE_STREAM).map((e) => e.name);
  }

  /** The bytes of a stream directly under the root, or undefined if there is none by that name. */
  rootStream(name: string): Uint8Array | undefined {
    const entry = this.rootChildren().find((e) => e.type === TYPE_STREAM && e.name === name);
    if (!entry) return undefined;
    const reader = new SectorReader(this.bytes, this.sectorSize, this.sectorCount);
    if (entry.size >= this.miniStreamCutoff) return reader.chainBytes(this.fat, entry.start, entry.size, name);
    // Small streams live in the mini stream: 64-byte sectors inside the root entry's stream.
    const root = this.entries[0];
    if (!root) throw corruptDocx('compound file has no root entry');
    const miniStream = reader.chainBytes(this.fat, root.start, root.size, 'mini stream');
    const miniReader = new SectorReader(miniStream, MINI_SECTOR_SIZE, Math.floor(miniStream.byteLength / MINI_SECTOR_SIZE), true);
    return miniReader.chainBytes(this.miniFat, entry.start, entry.size, name);
  }

  /** Walks the root's red-black tree of children (left/right siblings), refusing loops. */
  private rootChildren(): DirectoryEntry[] {
    const children: DirectoryEntry[] = [];
    const seen = new Set<number>();
    const pending = [this.entries[0]?.child ?? NO_STREAM];
    while (pending.length > 0) {
      const id = pending.pop() ?? NO_STREAM;
      if (id === NO_STREAM) continue;
      if (seen.has(id)) throw corruptDocx('compound file directory loops');
      const entry = this.entries[id];
      if (!entry) throw corruptDocx('compound file directory points outside itself');
      seen.add(id);
      children.push(entry);
      pending.push(entry.left, entry.right);
    }
    return children;
  }
}

/** Reads sectors and sector chains of one sector size, with bounds and loop checks. */
class SectorReader {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly sectorSize: number,
    private readonly sectorCount: number,
    /** Mini sectors are numbered from the start of the mini stream; regular ones after the header. */
    private readonly mini = false,
  ) {}

  sector(index: number): Uint8Array {
    if (index > MAX_REGULAR_SECTOR || index >= this.sectorCount) throw corruptDocx(`compound file sector ${index} outside the file`);
    const start = (this.mini ? index : index + 1) * this.sectorSize;
    return this.bytes.subarray(start, Math.min(start + this.sectorSize, this.bytes.byteLength));
  }

  /**
   * Concatenates a chain's sectors. With `size`, exactly that many bytes are returned and the
   * chain must hold them; without, the whole chain (the directory and mini FAT have no size).
   */
  chainBytes(table: Uint32Array, start: number, size: number | undefined, label: string): Uint8Array {
    if (size !== undefined && size > this.sectorCount * this.sectorSize) throw corruptDocx(`compound file stream ${label} larger than the file`);
    const sectors: number[] = [];
    const seen = new Uint8Array(this.sectorCount);
    let current = start;
    while (current !== END_OF_CHAIN) {
      if (size !== undefined && sectors.length * this.sectorSize >= size) break;
      if (current >= table.length || current >= this.sectorCount) throw corruptDocx(`compound file chain of ${label} leaves the file`);
      if (seen[current] === 1) throw corruptDocx(`compound file chain of ${label} loops`);
      seen[current] = 1;
      sectors.push(current);
      current = table[current] ?? END_OF_CHAIN;
    }
    const available = sectors.length * this.sectorSize;
    const length = size ?? available;
    if (length > available) throw corruptDocx(`compound file stream ${label} shorter than its size`);
    const out = new Uint8Array(length);
    let written = 0;
    for (const sector of sectors) {
      if (written >= length) break;
      const data = this.sector(sector).subarray(0, length - written);
      out.set(data, written);
      written += data.byteLength;
    }
    if (written < length) throw corruptDocx(`compound file stream ${label} cut off`);
    return out;
  }
}

/** FAT sector numbers: the first 109 from the header, the rest from the DIFAT chain. */
function readFatSectorList(view: DataView, reader: SectorReader, sectorSize: number, count: number, firstDifatSector: number): number[] {
  const sectors: number[] = [];
  for (let i = 0; i < Math.min(count, HEADER_DIFAT_ENTRIES); i++) sectors.push(view.getUint32(76 + i * 4, true));
  // Each DIFAT sector lists FAT sectors and ends with the number of the next DIFAT sector.
  const perSector = sectorSize / 4 - 1;
  const seen = new Set<number>();
  let difat = firstDifatSector;
  while (sectors.length < count) {
    if (difat === END_OF_CHAIN || difat === FREE_SECTOR) throw corruptDocx('compound file DIFAT ends early');
    if (seen.has(difat)) throw corruptDocx('compound file DIFAT loops');
    seen.add(difat);
    const data = reader.sector(difat);
    for (let i = 0; i < perSector && sectors.length < count; i++) sectors.push(readUint32(data, i * 4));
    difat = readUint32(data, perSector * 4);
  }
  return sectors;
}

function readDirectoryEntry(data: Uint8Array, major: number): DirectoryEntry {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const nameLength = Math.min(64, view.getUint16(64, true));
  // The length counts the terminating NUL; names are UTF-16LE.
  const name = Buffer.from(data.buffer, data.byteOffset, Math.max(0, nameLength - 2)).toString('utf16le');
  const low = view.getUint32(120, true);
  const high = view.getUint32(124, true);
  // Version 3 files may leave garbage in the high half of the size ([MS-CFB] 2.6.3).
  const size = major === 3 ? low : high * 2 ** 32 + low;
  return {
    name,
    type: view.getUint8(66),
    left: view.getUint32(68, true),
    right: view.getUint32(72, true),
    child: view.getUint32(76, true),
    start: view.getUint32(116, true),
    size,
  };
}

function readUint32(data: Uint8Array, offset: number): number {
  if (offset + 4 > data.byteLength) throw corruptDocx('compound file sector cut off');
  return ((data[offset] ?? 0) | ((data[offset + 1] ?? 0) << 8) | ((data[offset + 2] ?? 0) << 16) | ((data[offset + 3] ?? 0) << 24)) >>> 0;
}
