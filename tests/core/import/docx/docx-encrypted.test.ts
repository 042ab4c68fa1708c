import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { importDocument } from '../../../../core/import/index.js';
import type { ImportedDocument } from '../../../../core/model/index.js';
import { CompoundFile } from '../../../../core/import/docx/encrypted/read-compound-file.js';
import { CORPUS_DIR } from '../../../corpus/manifest.js';
import { buildSeed002Docx } from '../../../fixtures/docx/build-seed-002-docx.js';
import { writeCompoundFile } from '../../../fixtures/docx/write-compound-file.js';

const corpusFile = (path: string): Uint8Array => new Uint8Array(readFileSync(join(CORPUS_DIR, 'docx', path)));
const FIXTURES = join(fileURLToPath(import.meta.url), '..', '..', '..', '..', 'fixtures', 'docx', 'encrypted');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIXTURES, name)));

describe('password-encrypted Word files from the corpus', () => {
  it.each([
    ['apache-poi/bug53475-password-is-pass.docx', 'pass', 'The is a password protected document.'],
    ['tika/testWORD_protected_passtika.docx', 'tika', 'This is an encrypted Word 2007 File.'],
  ])('%s: asks for the password, refuses a wrong one, opens with the right one', async (path, password, text) => {
    const bytes = corpusFile(path);
    await expect(importDocument(bytes)).rejects.toMatchObject({ code: 'PASSWORD_REQUIRED' });
    await expect(importDocument(bytes, { password: `${password}x` })).rejects.toMatchObject({ code: 'PASSWORD_INCORRECT' });
    await expect(importDocument(bytes, { password: password.toUpperCase() })).rejects.toMatchObject({ code: 'PASSWORD_INCORRECT' });
    const doc = await importDocument(bytes, { password });
    expect(doc.metadata.format).toBe('docx');
    expect(doc.text).toBe(text);
    expect(doc.warnings).toEqual([]);
  });

  it("opens a file encrypted with Office's default password without asking, and says so", async () => {
    const doc = await importDocument(corpusFile('apache-poi/protected_agile.docx'));
    expect(doc.text.length).toBeGreaterThan(0);
    expect(doc.warnings.map((w) => w.code)).toEqual(['DEFAULT_PASSWORD_USED']);
    // A password the user gives that is wrong does not stop Office's default from opening it.
    const again = await importDocument(corpusFile('apache-poi/protected_agile.docx'), { password: 'något annat' });
    expect(again.text).toBe(doc.text);
  });
});

describe('password-encrypted copies of seed 002 made by another implementation (officecrypto-tool)', () => {
  let plain: ImportedDocument;
  beforeAll(async () => {
    plain = await importDocument(await buildSeed002Docx());
  });

  it.each([
    ['seed-002-agile-sha512.docx', 'Värdegrund 2013!'],
    ['seed-002-standard-aes128.docx', 'lösenord'],
  ])('%s opens with its non-ASCII password and reads as the unencrypted file', async (name, password) => {
    const bytes = fixture(name);
    await expect(importDocument(bytes)).rejects.toMatchObject({ code: 'PASSWORD_REQUIRED' });
    await expect(importDocument(bytes, { password: password.normalize('NFD') })).rejects.toMatchObject({ code: 'PASSWORD_INCORRECT' });
    const doc = await importDocument(bytes, { password });
    expect(doc.text).toBe(plain.text);
    expect(doc.blocks.map((b) => b.origin)).toEqual(plain.blocks.map((b) => b.origin));
    expect(doc.metadata.title).toBe(plain.metadata.title);
  });
});

describe('hostile encrypted files', () => {
  const streams = (): { info: Uint8Array; encrypted: Uint8Array } => {
    const file = CompoundFile.open(fixture('seed-002-agile-sha512.docx'));
    return { info: file.rootStream('EncryptionInfo')!, encrypted: file.rootStream('EncryptedPackage')! };
  };

  it('still opens when repackaged by the test writer (so the cases below test what they claim)', async () => {
    const { info, encrypted } = streams();
    const bytes = writeCompoundFile([
      { name: 'EncryptionInfo', data: info },
      { name: 'EncryptedPackage', data: encrypted },
    ]);
    expect((await importDocument(bytes, { password: 'Värdegrund 2013!' })).blocks.length).toBeGreaterThan(100);
  });

  it('refuses a spin count that would pin the CPU, before hashing', async () => {
    const { info, encrypted } = streams();
    const xml = Buffer.from(info).toString('latin1');
    expect(xml).toContain('spinCount="100000"');
    const greedy = Buffer.from(xml.replace('spinCount="100000"', 'spinCount="2000000000"'), 'latin1');
    const bytes = writeCompoundFile([
      { name: 'EncryptionInfo', data: greedy },
      { name: 'EncryptedPackage', data: encrypted },
    ]);
    const started = performance.now();
    await expect(importDocument(bytes, { password: 'Värdegrund 2013!' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FORMAT' });
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['a directory chain that loops', { directoryLoop: true }],
    ['a stream starting outside the file', { startOutside: 'EncryptedPackage' }],
    ['a small stream starting outside the mini stream', { startOutside: 'EncryptionInfo' }],
  ])('refuses %s as damaged', async (_label, damage) => {
    const { info, encrypted } = streams();
    const bytes = writeCompoundFile(
      [
        { name: 'EncryptionInfo', data: info },
        { name: 'EncryptedPackage', data: encrypted },
      ],
      damage,
    );
    await expect(importDocument(bytes, { password: 'Värdegrund 2013!' })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });

  it('refuses an encrypted package shorter than it claims', async () => {
    const { info, encrypted } = streams();
    const truncated = encrypted.subarray(0, 4096 + 8);
    const bytes = writeCompoundFile([
      { name: 'EncryptionInfo', data: info },
      { name: 'EncryptedPackage', data: truncated },
    ]);
    await expect(importDocument(bytes, { password: 'Värdegrund 2013!' })).rejects.toMatchObject({ code: 'CORRUPT_FILE' });
  });
});
