import { VardekollenError } from '../../errors/index.js';
import type { ExtractContext } from '../extract-context.js';
import type { ExtractionResult } from '../raw-block.js';
import { corruptDocx } from './docx-errors.js';
import { DEFAULT_PASSWORD_USED } from './docx-warnings.js';
import { decryptAgilePackage, unlockAgile } from './encrypted/agile-decryption.js';
import { CompoundFile } from './encrypted/read-compound-file.js';
import { readEncryptionInfo, type EncryptionInfo } from './encrypted/read-encryption-info.js';
import { decryptStandardPackage, unlockStandard } from './encrypted/standard-decryption.js';
import { extractDocx } from './extract-docx.js';

/**
 * Office opens files encrypted with this password without asking for one ("VelvetSweatshop",
 * used when a workbook or document is only write-protected); Apache POI and others try it too.
 */
export const OFFICE_DEFAULT_PASSWORD = 'VelvetSweatshop';

/**
 * Most key-stretching rounds accepted. Office writes 100 000; the count comes from the file,
 * and a hostile file could ask for billions of hash rounds to pin a CPU. Ten times Office's
 * value costs about a second.
 */
export const MAX_SPIN_COUNT = 1_000_000;

/**
 * Extracts a password-encrypted Word file: an OLE compound file holding EncryptionInfo and
 * EncryptedPackage streams ([MS-OFFCRYPTO] 2.3.4). The password is checked with the file's
 * verifier, the package decrypted (Agile: AES-CBC per 4096-byte segment; Standard: AES-ECB)
 * and the resulting .docx read by the normal extractor, with all its checks.
 *
 * Without a password, Office's default password is tried first: if it opens the file, the
 * import goes ahead with a DEFAULT_PASSWORD_USED warning; otherwise PASSWORD_REQUIRED. A
 * given password that fails is PASSWORD_INCORRECT (unless the default opens the file).
 */
export async function extractEncryptedDocx(bytes: Uint8Array, context: ExtractContext): Promise<ExtractionResult> {
  context.reportProgress({ stage: 'reading', done: 0, total: 1 });
  const file = CompoundFile.open(bytes);
  const infoStream = file.rootStream('EncryptionInfo');
  const packageStream = file.rootStream('EncryptedPackage');
  if (!infoStream || !packageStream) throw corruptDocx('encrypted file without EncryptionInfo or EncryptedPackage');
  const info = readEncryptionInfo(infoStream);
  if (info.kind === 'agile' && info.password.spinCount > MAX_SPIN_COUNT) {
    throw new VardekollenError('UNSUPPORTED_FORMAT', {
      detected: `Word document encrypted with ${info.password.spinCount} key-stretching rounds (at most ${MAX_SPIN_COUNT} are accepted)`,
    });
  }

  const candidates = context.password !== undefined ? [context.password, OFFICE_DEFAULT_PASSWORD] : [OFFICE_DEFAULT_PASSWORD];
  let key: Buffer | undefined;
  let usedDefault = false;
  for (const candidate of candidates) {
    context.checkpoint();
    key = unlock(info, candidate, context.checkpoint);
    if (key) {
      usedDefault = candidate === OFFICE_DEFAULT_PASSWORD && candidate !== context.password;
      break;
    }
  }
  if (!key) throw new VardekollenError(context.password === undefined ? 'PASSWORD_REQUIRED' : 'PASSWORD_INCORRECT');
  context.checkpoint();

  const decrypted =
    info.kind === 'agile'
      ? decryptAgilePackage(info, key, packageStream, context.checkpoint)
      : decryptStandardPackage(key, packageStream, context.checkpoint);
  context.reportProgress({ stage: 'reading', done: 1, total: 1 });
  context.checkpoint();

  const result = await extractDocx(decrypted, context);
  return usedDefault ? { ...result, warnings: [DEFAULT_PASSWORD_USED, ...result.warnings] } : result;
}

function unlock(info: EncryptionInfo, password: string, checkpoint: () => void): Buffer | undefined {
  return info.kind === 'agile' ? unlockAgile(info, password, checkpoint) : unlockStandard(info, password, checkpoint);
}
