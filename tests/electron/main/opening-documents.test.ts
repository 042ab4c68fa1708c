import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { filesFromArgv } from '../../../electron/main/open-requests.js';
import { DocumentOpener } from '../../../electron/main/document-opener.js';
import { readUserFile } from '../../../electron/main/read-user-file.js';
import { safeFileName } from '../../../electron/main/safe-file-name.js';
import { isDocumentPath } from '../../../electron/main/document-files.js';
import { VardekollenError } from '../../../core/errors/index.js';

describe('"open with" on the command line', () => {
  it("finds the documents in a packaged Windows app's argv, skipping the executable and switches", () => {
    const argv = ['C:\\Program Files\\Värdekollen\\Värdekollen.exe', '--allow-file-access-from-files', 'C:\\Users\\anna\\Policy.PDF', '--original-process-start-time=1', 'notes.docx', 'image.png'];
    expect(filesFromArgv(argv, { isDefaultApp: false, workingDirectory: 'C:\\Users\\anna\\Desktop', platform: 'win32' })).toEqual([
      'C:\\Users\\anna\\Policy.PDF',
      'C:\\Users\\anna\\Desktop\\notes.docx',
    ]);
  });

  it('finds them on Linux too, relative names against the working folder', () => {
    const argv = ['/opt/Värdekollen/vardekollen', '--no-sandbox', '/home/anna/Annons.txt', '../policy.md'];
    expect(filesFromArgv(argv, { isDefaultApp: false, workingDirectory: '/home/anna/Skrivbord', platform: 'linux' })).toEqual(['/home/anna/Annons.txt', '/home/anna/policy.md']);
  });

  it('skips the app folder when Electron runs the app from source', () => {
    const options = { isDefaultApp: true, workingDirectory: '/work', platform: 'linux' } as const;
    expect(filesFromArgv(['/usr/bin/electron', '.', 'annons.txt', 'readme.md'], options)).toEqual(['/work/annons.txt', '/work/readme.md']);
    expect(filesFromArgv(['/usr/bin/electron', '/work/app'], options)).toEqual([]);
  });

  it('knows the document extensions, in any case', () => {
    for (const name of ['a.pdf', 'b.DOCX', 'c.txt', 'd.md', 'e.markdown']) expect(isDocumentPath(name), name).toBe(true);
    for (const name of ['a.doc', 'b.exe', 'c', 'd.pdf.lnk', '.pdf']) expect(isDocumentPath(name), name).toBe(false);
  });
});

describe('the document opener', () => {
  it('holds documents until the page is ready, then opens them in order; later ones at once', async () => {
    const opened: string[] = [];
    const opener = new DocumentOpener((path) => {
      opened.push(path);
      return Promise.resolve();
    });
    opener.request(['/a.pdf', '/b.pdf']);
    expect(opened).toEqual([]);
    opener.setReady(true);
    expect(opened).toEqual(['/a.pdf', '/b.pdf']);
    opener.request(['/c.pdf']);
    expect(opened).toEqual(['/a.pdf', '/b.pdf', '/c.pdf']);
    opener.setReady(false); // the page reloads
    opener.request(['/d.pdf']);
    expect(opened).toHaveLength(3);
    opener.setReady(true);
    expect(opened.at(-1)).toBe('/d.pdf');
  });
});

describe('reading a document the user chose', () => {
  const directory = mkdtempSync(join(tmpdir(), 'vk-read-'));

  it('returns the name (not the folder) and the exact bytes', async () => {
    const path = join(directory, 'Medarbetarpolicy 2025.txt');
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Alla medarbetare ska bemötas med respekt.\n')]);
    writeFileSync(path, bytes);
    expect(await readUserFile(path, 1024)).toEqual({ fileName: 'Medarbetarpolicy 2025.txt', bytes });
  });

  it('reads a file of exactly the limit and refuses one byte more with TOO_LARGE', async () => {
    const path = join(directory, 'limit.txt');
    writeFileSync(path, new Uint8Array(1000).fill(66));
    expect((await readUserFile(path, 1000)).bytes.length).toBe(1000);
    await expect(readUserFile(path, 999)).rejects.toMatchObject({ code: 'TOO_LARGE', params: { size: '1.0 kB', limit: '999 B' } });
  });

  it('reads an empty file as empty (the importer then says EMPTY_DOCUMENT)', async () => {
    const path = join(directory, 'empty.txt');
    writeFileSync(path, '');
    expect((await readUserFile(path, 10)).bytes).toEqual(new Uint8Array(0));
  });

  it('reports a missing file and a folder as FILE_NOT_FOUND naming the path', async () => {
    for (const path of [join(directory, 'missing.pdf'), directory]) {
      const error = await readUserFile(path, 1000).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(VardekollenError);
      expect(error).toMatchObject({ code: 'FILE_NOT_FOUND', params: { path } });
    }
  });

  it.runIf(process.platform !== 'win32')('refuses a device that never ends (/dev/zero) instead of reading forever', async () => {
    await expect(readUserFile('/dev/zero', 4096)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
  });
});

describe('safe names for saved files', () => {
  it('keeps ordinary names, Swedish letters included', () => {
    expect(safeFileName('Granskning – Medarbetarpolicy (v2).docx')).toBe('Granskning – Medarbetarpolicy (v2).docx');
    expect(safeFileName('värdegrund.sarif')).toBe('värdegrund.sarif');
  });

  it('drops folders so the page cannot choose where a file goes', () => {
    expect(safeFileName('../../.ssh/authorized_keys')).toBe('authorized_keys');
    expect(safeFileName('C:\\Windows\\System32\\evil.dll')).toBe('evil.dll');
    expect(safeFileName('/etc/passwd')).toBe('passwd');
  });

  it('replaces unsafe and control characters, avoids hidden and reserved names, never empty', () => {
    expect(safeFileName('a<b>c:d"e|f?g*h.md')).toBe('a_b_c_d_e_f_g_h.md');
    expect(safeFileName('rad\nbrytning\u0000.md')).toBe('rad_brytning_.md');
    expect(safeFileName('.bashrc')).toBe('bashrc');
    expect(safeFileName('CON.txt')).toBe('_CON.txt');
    expect(safeFileName('slut. . .')).toBe('slut');
    for (const empty of ['', '   ', '...', '/']) expect(safeFileName(empty)).toBe('export');
  });

  it('shortens very long names but keeps the extension', () => {
    const name = safeFileName(`${'å'.repeat(500)}.docx`);
    expect(name.length).toBe(200);
    expect(name.endsWith('.docx')).toBe(true);
  });
});

vi.mock('electron', () => import('../helpers/fake-electron.js'));
