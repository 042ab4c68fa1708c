import { describe, expect, it } from 'vitest';
import { importDocument } from '../../../../core/import/index.js';
import { buildMinimalDocx, buildZipBombDocx } from '../../../fixtures/docx/build-zip-bomb-docx.js';
import { deflatedEntry, writeZip } from '../../../fixtures/docx/write-zip.js';

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

/** Runs `action` and reports how long it took and how much memory it added at most. */
async function measure(action: () => Promise<unknown>): Promise<{ ms: number; addedMb: number; error: unknown }> {
  const before = process.memoryUsage();
  let peak = before.rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  let error: unknown;
  try {
    await action();
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - started;
  clearInterval(sampler);
  const after = process.memoryUsage();
  peak = Math.max(peak, after.rss);
  const addedMb = Math.max(peak - before.rss, after.arrayBuffers - before.arrayBuffers, after.heapUsed - before.heapUsed) / MIB;
  return { ms, addedMb, error };
}

describe('DOCX zip-bomb protection', () => {
  it('refuses a Word file whose document.xml is 3 GiB of zeros, fast and without unpacking it', async () => {
    const bomb = buildZipBombDocx({ unpackedBytes: 3 * GIB });
    expect(bomb.byteLength).toBeLessThan(5 * MIB); // about 1000:1, the shape of a real zip bomb
    // Load the DOCX reader first, so the measurement is the refusal alone.
    await importDocument(buildMinimalDocx(['Uppvärmning']));
    const { ms, addedMb, error } = await measure(() => importDocument(bomb));
    expect(error).toMatchObject({ code: 'TOO_LARGE_UNCOMPRESSED', params: { size: '3.2 GB', limit: '524 MB' } });
    expect(ms).toBeLessThan(1_000);
    expect(addedMb).toBeLessThan(64);
  });

  it('honours a raised limit for the declared total', async () => {
    const bomb = buildZipBombDocx({ unpackedBytes: 64 * MIB });
    // 64 MiB of zeros is within a 100 MB limit but compresses over 1000:1: refused as a bomb anyway.
    await expect(importDocument(bomb, { limits: { maxUncompressedBytes: 100e6 } })).rejects.toMatchObject({
      code: 'TOO_LARGE_UNCOMPRESSED',
      params: { reason: 'ratio' },
    });
    await expect(importDocument(bomb, { limits: { maxUncompressedBytes: 10e6 } })).rejects.toMatchObject({
      code: 'TOO_LARGE_UNCOMPRESSED',
      params: { size: '67 MB', limit: '10 MB', reason: 'total' },
    });
  });

  it('stops a zip whose headers lie about the size as soon as the part outgrows them', async () => {
    // The directory claims 1 KiB; the data inflates to 1 GiB.
    const liar = buildZipBombDocx({ unpackedBytes: GIB, declaredBytes: 1024 });
    await importDocument(buildMinimalDocx(['Uppvärmning']));
    const { ms, addedMb, error } = await measure(() => importDocument(liar));
    expect(error).toMatchObject({ code: 'CORRUPT_FILE', params: { reason: expect.stringMatching(/more than its header says/) } });
    expect(ms).toBeLessThan(1_000);
    expect(addedMb).toBeLessThan(64);
  });

  it('reads ZIP64 records: sizes over 4 GiB are seen and refused, ordinary ZIP64 files read', async () => {
    const bomb = buildZipBombDocx({ unpackedBytes: 16 * MIB, declaredBytes: 5 * GIB, zip64: true });
    await expect(importDocument(bomb)).rejects.toMatchObject({ code: 'TOO_LARGE_UNCOMPRESSED', params: { size: '5.4 GB' } });
    const doc = await importDocument(buildMinimalDocx(['Hej från en ZIP64-fil', 'Läs mig'], { zip64: true }));
    expect(doc.blocks.map((b) => b.text)).toEqual(['Hej från en ZIP64-fil', 'Läs mig']);
  });

  it('refuses an archive with absurdly many entries before reading them', async () => {
    const empty = { data: new Uint8Array(0), method: 0 as const, crc32: 0, uncompressedSize: 0 };
    const many = writeZip([
      deflatedEntry('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>'),
      ...Array.from({ length: 20_000 }, (_, i) => ({ ...empty, name: `word/media/empty${i}.bin` })),
    ]);
    await expect(importDocument(many)).rejects.toMatchObject({
      code: 'TOO_LARGE_UNCOMPRESSED',
      params: { reason: 'entries', size: '20001' },
    });
  });
});
