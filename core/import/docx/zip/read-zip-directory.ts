import { corruptDocx } from '../docx-errors.js';

/**
 * Reads a zip archive's table of contents (the central directory) without decompressing
 * anything, so that the size checks in check-zip-limits.ts can refuse a zip bomb before a
 * single byte is inflated. Layout per PKWARE APPNOTE.TXT 6.3 (sections 4.3.12–4.3.16 and the
 * ZIP64 records in 4.3.14/4.3.15/4.5.3). Every offset and length read from the file is
 * checked against the file's size before it is used.
 */

/** One file inside the archive, as the central directory describes it. */
export interface ZipEntry {
  /** Part name, e.g. "word/document.xml" (decoded as UTF-8, which OPC requires). */
  readonly name: string;
  /** 0 = stored, 8 = deflate; anything else is refused when the entry is read. */
  readonly method: number;
  /** General-purpose flags; bit 0 means the entry itself is encrypted. */
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  /** Declared size after decompression. Untrusted: reading checks the real size against it. */
  readonly uncompressedSize: number;
  /** Offset of the entry's local file header, already corrected for any data before the zip. */
  readonly localHeaderOffset: number;
}

/** Where the central directory lies, from the end record. */
export interface ZipEnd {
  /** Number of entries the archive declares (not yet checked against anything). */
  readonly entryCount: number;
  /** Byte range of the central directory, corrected for data before the zip. */
  readonly directoryStart: number;
  readonly directoryEnd: number;
  /** Added to every stored offset: the length of any data glued in front of the zip. */
  readonly shift: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_LOCATOR_SIZE = 20;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const ZIP64_EOCD_SIZE = 56;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const CENTRAL_HEADER_SIZE = 46;
const ZIP64_EXTRA_ID = 0x0001;
/** The archive comment is at most 65535 bytes, so the end record lies within this distance of the end. */
const MAX_EOCD_SEARCH = EOCD_SIZE + 0xffff;
/** A 16- or 32-bit field holding this value means "look in the ZIP64 record instead". */
const U16_MARK = 0xffff;
const U32_MARK = 0xffffffff;

/**
 * Parses the end-of-central-directory record (and its ZIP64 form). Throws CORRUPT_FILE when
 * it is missing or inconsistent. Cheap: the caller can judge the entry count before
 * anything is allocated per entry.
 */
export function readZipEnd(bytes: Uint8Array): ZipEnd {
  const view = viewOf(bytes);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw corruptDocx('zip end of central directory not found');

  // Split (multi-disk) archives never come from Word; their offsets would be meaningless here.
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  let entryCount = view.getUint16(eocd + 10, true);
  let cdSize = view.getUint32(eocd + 12, true);
  let cdOffset = view.getUint32(eocd + 16, true);
  /** Where the central directory must end: the ZIP64 record if there is one, else the end record. */
  let cdEndLimit = eocd;

  const needsZip64 = entryCount === U16_MARK || cdSize === U32_MARK || cdOffset === U32_MARK;
  const locator = eocd - ZIP64_LOCATOR_SIZE;
  if (locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR_SIGNATURE) {
    const record = readSafeUint64(view, locator + 8, 'zip64 end record offset');
    if (record + ZIP64_EOCD_SIZE > locator || view.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) {
      throw corruptDocx('zip64 end of central directory damaged');
    }
    if (view.getUint32(record + 16, true) !== 0 || view.getUint32(record + 20, true) !== 0) {
      throw corruptDocx('multi-part zip archive');
    }
    entryCount = readSafeUint64(view, record + 32, 'zip64 entry count');
    cdSize = readSafeUint64(view, record + 40, 'zip64 directory size');
    cdOffset = readSafeUint64(view, record + 48, 'zip64 directory offset');
    cdEndLimit = record;
  } else if (needsZip64) {
    throw corruptDocx('zip64 marker without zip64 record');
  } else if (disk !== 0 || cdDisk !== 0) {
    throw corruptDocx('multi-part zip archive');
  }

  if (cdSize > cdEndLimit) throw corruptDocx('zip central directory larger than the file');
  // Data prepended to the zip (a self-extractor stub, or a zip glued behind something else)
  // shifts every stored offset by the same amount: detect it as JSZip and unzip(1) do, by
  // comparing where the directory says it starts with where it must start.
  const expectedCdStart = cdEndLimit - cdSize;
  let shift = 0;
  if (cdOffset !== expectedCdStart) {
    if (cdOffset < expectedCdStart && hasSignatureAt(view, expectedCdStart, CENTRAL_HEADER_SIGNATURE)) {
      shift = expectedCdStart - cdOffset;
    } else if (!(cdOffset + cdSize <= cdEndLimit && (entryCount === 0 || hasSignatureAt(view, cdOffset, CENTRAL_HEADER_SIGNATURE)))) {
      throw corruptDocx('zip central directory not where the end record says');
    }
  }
  const directoryStart = cdOffset + shift;
  return { entryCount, directoryStart, directoryEnd: directoryStart + cdSize, shift };
}

/**
 * Parses every central directory header. Throws CORRUPT_FILE when a header is damaged or an
 * entry's data would lie outside the file.
 */
export function readCentralDirectory(bytes: Uint8Array, end: ZipEnd): ZipEntry[] {
  const view = viewOf(bytes);
  const { entryCount, directoryStart: cdStart, directoryEnd: cdEnd, shift } = end;
  const utf8 = new TextDecoder('utf-8');
  const entries: ZipEntry[] = [];
  let position = cdStart;
  for (let i = 0; i < entryCount; i++) {
    if (position + CENTRAL_HEADER_SIZE > cdEnd || view.getUint32(position, true) !== CENTRAL_HEADER_SIGNATURE) {
      throw corruptDocx(`zip central directory damaged at entry ${i + 1} of ${entryCount}`);
    }
    const nameLength = view.getUint16(position + 28, true);
    const extraLength = view.getUint16(position + 30, true);
    const commentLength = view.getUint16(position + 32, true);
    const next = position + CENTRAL_HEADER_SIZE + nameLength + extraLength + commentLength;
    if (next > cdEnd) throw corruptDocx(`zip central directory damaged at entry ${i + 1} of ${entryCount}`);

    const nameStart = position + CENTRAL_HEADER_SIZE;
    const name = utf8.decode(bytes.subarray(nameStart, nameStart + nameLength));
    const sizes = readZip64Sizes(view, nameStart + nameLength, extraLength, {
      uncompressedSize: view.getUint32(position + 24, true),
      compressedSize: view.getUint32(position + 20, true),
      localHeaderOffset: view.getUint32(position + 42, true),
    });
    const localHeaderOffset = sizes.localHeaderOffset + shift;
    // The local header (30 bytes) and the compressed data must both lie before the directory.
    if (localHeaderOffset + 30 + sizes.compressedSize > cdStart) {
      throw corruptDocx(`zip entry ${JSON.stringify(name)} extends past the end of the data`);
    }
    entries.push({
      name,
      method: view.getUint16(position + 10, true),
      flags: view.getUint16(position + 8, true),
      crc32: view.getUint32(position + 16, true),
      compressedSize: sizes.compressedSize,
      uncompressedSize: sizes.uncompressedSize,
      localHeaderOffset,
    });
    position = next;
  }
  return entries;
}

function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Finds the end record by scanning backwards from the end. A candidate counts only if its
 * comment length fits in the file, so a stray signature inside a comment or compressed data
 * is skipped. Returns -1 if there is none.
 */
function findEndOfCentralDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, view.byteLength - MAX_EOCD_SEARCH);
  for (let i = last; i >= first; i--) {
    if (view.getUint32(i, true) !== EOCD_SIGNATURE) continue;
    const commentLength = view.getUint16(i + 20, true);
    if (i + EOCD_SIZE + commentLength <= view.byteLength) return i;
  }
  return -1;
}

interface EntrySizes {
  readonly uncompressedSize: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/**
 * Replaces 0xFFFFFFFF fields with their 64-bit values from the ZIP64 extra field (APPNOTE
 * 4.5.3): the extra holds only the fields that overflowed, always in this order.
 */
function readZip64Sizes(view: DataView, extraStart: number, extraLength: number, sizes: EntrySizes): EntrySizes {
  const overflow = sizes.uncompressedSize === U32_MARK || sizes.compressedSize === U32_MARK || sizes.localHeaderOffset === U32_MARK;
  if (!overflow) return sizes;
  const extraEnd = extraStart + extraLength;
  let position = extraStart;
  while (position + 4 <= extraEnd) {
    const id = view.getUint16(position, true);
    const size = view.getUint16(position + 2, true);
    const dataStart = position + 4;
    if (dataStart + size > extraEnd) break;
    if (id === ZIP64_EXTRA_ID) {
      let field = dataStart;
      const take = (value: number, label: string): number => {
        if (value !== U32_MARK) return value;
        if (field + 8 > dataStart + size) throw corruptDocx(`zip64 ${label} missing`);
        const read = readSafeUint64(view, field, `zip64 ${label}`);
        field += 8;
        return read;
      };
      const uncompressedSize = take(sizes.uncompressedSize, 'uncompressed size');
      const compressedSize = take(sizes.compressedSize, 'compressed size');
      const localHeaderOffset = take(sizes.localHeaderOffset, 'local header offset');
      return { uncompressedSize, compressedSize, localHeaderOffset };
    }
    position = dataStart + size;
  }
  throw corruptDocx('zip64 size marker without zip64 extra field');
}

/** Reads a little-endian 64-bit value, refusing values a JavaScript number cannot hold exactly. */
function readSafeUint64(view: DataView, offset: number, label: string): number {
  if (offset < 0 || offset + 8 > view.byteLength) throw corruptDocx(`${label} outside the file`);
  const value = view.getBigUint64(offset, true);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw corruptDocx(`${label} out of range`);
  return Number(value);
}

function hasSignatureAt(view: DataView, offset: number, signature: number): boolean {
  return offset >= 0 && offset + 4 <= view.byteLength && view.getUint32(offset, true) === signature;
}
