const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * Sets every entry's modification time in a zip file to one given time, in the local file
 * headers and in the central directory. The zip library `docx` uses stamps entries with the
 * clock; with this, an export depends only on its data and the same checklist gives the same
 * bytes (its hash can be compared). The time is written in UTC, as zip stores no time zone;
 * DOS times span 1980–2107: an earlier or invalid time becomes 1980-01-01 00:00, a later one
 * the end of 2107.
 * Only the date fields change: names, sizes and checksums stay as they are.
 *
 * @throws Error when the bytes are not a zip file laid out as expected (a bug, not user input).
 */
export function fixZipTimestamps(zip: Uint8Array, iso: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, date } = dosDateTime(iso);
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_HEADER) throw new Error(`zip: no central directory entry at ${at}`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL_HEADER) throw new Error(`zip: no local header at ${local}`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of up to 65 535 bytes, searched from the end.
  for (let at = view.byteLength - 22; at >= Math.max(0, view.byteLength - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new Error('zip: no end of central directory record');
}

function dosDateTime(iso: string): { time: number; date: number } {
  const ms = Date.parse(iso);
  const first = Date.UTC(1980, 0, 1);
  const last = Date.UTC(2107, 11, 31, 23, 59, 58);
  const d = new Date(Number.isNaN(ms) ? first : Math.min(Math.max(ms, first), last));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2),
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}
