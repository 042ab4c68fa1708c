import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The shared robustness corpus next to the repository (../shared/corpus), as CI and sessions see it. */
export const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus');

export interface CorpusEntry {
  /** Path relative to the corpus folder, e.g. "pdf/swedish/NFS-2007-10.pdf". */
  readonly file: string;
  readonly absolutePath: string;
  readonly bytes: number;
  readonly note: string;
  /** The password MANIFEST.tsv gives for a password-protected file. */
  readonly password?: string;
  readonly swedish: boolean;
}

/** Reads MANIFEST.tsv. Passwords are written in single quotes with \xHH escapes for odd bytes. */
export function readManifest(): CorpusEntry[] {
  const lines = readFileSync(join(CORPUS_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [file = '', , , , bytes = '0', , note = ''] = line.split('\t');
    const quoted = /^PASSWORD-PROTECTED \([^']*'((?:[^'\\]|\\x[0-9a-fA-F]{2})*)'/.exec(note)?.[1];
    const password = quoted?.replace(/\\x([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return {
      file,
      absolutePath: join(CORPUS_DIR, file),
      bytes: Number(bytes),
      note,
      ...(password !== undefined ? { password } : {}),
      swedish: note.startsWith('SWEDISH:'),
    };
  });
}
