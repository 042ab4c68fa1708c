import { VardekollenError } from '../../../errors/index.js';
import { corruptDocx } from '../docx-errors.js';
import { XmlScanner, parseAttributes } from '../xml/xml-scanner.js';

/**
 * Parses the EncryptionInfo stream of an encrypted OOXML file ([MS-OFFCRYPTO] 2.3.4.5 for
 * Standard encryption, 2.3.4.10 for Agile encryption). Only AES is accepted: it is what Office
 * 2007 and later write, and the only cipher node:crypto offers for these modes without legacy
 * providers. Other methods are UNSUPPORTED_FORMAT; malformed data is CORRUPT_FILE.
 */

/** Node's names for the hash algorithms Agile encryption may name. */
const HASHES: Readonly<Record<string, { readonly node: string; readonly size: number }>> = {
  SHA1: { node: 'sha1', size: 20 },
  SHA256: { node: 'sha256', size: 32 },
  SHA384: { node: 'sha384', size: 48 },
  SHA512: { node: 'sha512', size: 64 },
  MD5: { node: 'md5', size: 16 },
};

/** Parameters shared by Agile key data and the password key encryptor. */
export interface AgileCipherParameters {
  readonly salt: Buffer;
  /** AES key length in bytes (16, 24 or 32). */
  readonly keyBytes: number;
  /** Cipher block size in bytes (16 for AES). */
  readonly blockSize: number;
  /** node:crypto hash name, e.g. "sha512". */
  readonly hash: string;
  readonly hashSize: number;
}

export interface AgileEncryption {
  readonly kind: 'agile';
  /** How the package itself is encrypted. */
  readonly keyData: AgileCipherParameters;
  /** How the package key is encrypted with the password. */
  readonly password: AgileCipherParameters & {
    readonly spinCount: number;
    readonly encryptedVerifierHashInput: Buffer;
    readonly encryptedVerifierHashValue: Buffer;
    readonly encryptedKeyValue: Buffer;
  };
}

export interface StandardEncryption {
  readonly kind: 'standard';
  readonly keyBytes: number;
  readonly salt: Buffer;
  readonly encryptedVerifier: Buffer;
  readonly encryptedVerifierHash: Buffer;
  readonly verifierHashSize: number;
}

export type EncryptionInfo = AgileEncryption | StandardEncryption;

const PASSWORD_KEY_ENCRYPTOR = 'http://schemas.microsoft.com/office/2006/keyEncryptor/password';
const AES_ALGORITHM_IDS: Readonly<Record<number, number>> = { 0x660e: 16, 0x660f: 24, 0x6610: 32 };
const SHA1_ALGORITHM_ID = 0x8004;
/** EncryptionHeader.Flags: fCryptoAPI (0x04) and fAES (0x20) must be set for Standard AES. */
const FLAG_CRYPTO_API = 0x04;
const FLAG_AES = 0x20;
const FLAG_EXTERNAL = 0x10;

export function readEncryptionInfo(stream: Uint8Array): EncryptionInfo {
  if (stream.byteLength < 8) throw corruptDocx('EncryptionInfo too short');
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  const major = view.getUint16(0, true);
  const minor = view.getUint16(2, true);
  if (major === 4 && minor === 4) return readAgile(stream.subarray(8));
  if ((major === 2 || major === 3 || major === 4) && minor === 2) return readStandard(view);
  if ((major === 3 || major === 4) && minor === 3) throw unsupported('extensible encryption');
  throw corruptDocx(`EncryptionInfo version ${major}.${minor}`);
}

function readStandard(view: DataView): StandardEncryption {
  const flags = view.getUint32(4, true);
  if ((flags & FLAG_EXTERNAL) !== 0) throw unsupported('external encryption provider');
  if ((flags & FLAG_CRYPTO_API) === 0 || (flags & FLAG_AES) === 0) throw unsupported('Standard encryption without AES');
  const headerSize = view.getUint32(8, true);
  const header = 12;
  const verifier = header + headerSize;
  if (headerSize < 32 || verifier + 4 + 16 + 16 + 4 > view.byteLength) throw corruptDocx('EncryptionInfo header damaged');
  const algorithm = view.getUint32(header + 8, true);
  const hashAlgorithm = view.getUint32(header + 12, true);
  const keyBits = view.getUint32(header + 16, true);
  const keyBytes = AES_ALGORITHM_IDS[algorithm];
  if (keyBytes === undefined) throw unsupported(`Standard encryption algorithm 0x${algorithm.toString(16)}`);
  if (hashAlgorithm !== SHA1_ALGORITHM_ID && hashAlgorithm !== 0) throw unsupported(`Standard encryption hash 0x${hashAlgorithm.toString(16)}`);
  if (keyBits !== 0 && keyBits !== keyBytes * 8) throw corruptDocx('EncryptionInfo key size does not match its algorithm');

  const saltSize = view.getUint32(verifier, true);
  if (saltSize !== 16) throw corruptDocx('EncryptionVerifier salt size is not 16');
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  const salt = Buffer.from(bytes.subarray(verifier + 4, verifier + 20));
  const encryptedVerifier = Buffer.from(bytes.subarray(verifier + 20, verifier + 36));
  const verifierHashSize = view.getUint32(verifier + 36, true);
  // The 20-byte SHA-1 verifier hash is stored AES-encrypted, padded to two 16-byte blocks.
  const encryptedVerifierHash = Buffer.from(bytes.subarray(verifier + 40, verifier + 72));
  if (verifierHashSize !== 20 || encryptedVerifierHash.byteLength !== 32) throw corruptDocx('EncryptionVerifier damaged');
  return { kind: 'standard', keyBytes, salt, encryptedVerifier, encryptedVerifierHash, verifierHashSize };
}

/** Reads the XML descriptor: <keyData/> and the password <p:encryptedKey/>. */
function readAgile(xmlBytes: Uint8Array): AgileEncryption {
  const xml = new TextDecoder('utf-8').decode(xmlBytes);
  // The descriptor's elements are matched by local name: their namespaces are fixed by the
  // spec, and only one element of each name can appear where we look.
  const scanner = new XmlScanner(xml);
  let keyData: Map<string, string> | undefined;
  let passwordKey: Map<string, string> | undefined;
  let encryptorUri: string | undefined;
  while (scanner.next()) {
    if (scanner.kind === 'end') {
      if (localName(scanner.name) === 'keyEncryptor') encryptorUri = undefined;
      continue;
    }
    const local = localName(scanner.name);
    if (local === 'keyData' && !keyData) keyData = parseAttributes(scanner.rawAttributes);
    else if (local === 'keyEncryptor') encryptorUri = parseAttributes(scanner.rawAttributes).get('uri');
    else if (local === 'encryptedKey' && encryptorUri === PASSWORD_KEY_ENCRYPTOR && !passwordKey) passwordKey = parseAttributes(scanner.rawAttributes);
    if (scanner.kind === 'empty' && local === 'keyEncryptor') encryptorUri = undefined;
  }
  if (!keyData) throw corruptDocx('encryption descriptor has no keyData');
  // Encrypted for certificates only: a password cannot open it.
  if (!passwordKey) throw unsupported('encryption without a password key (certificate only)');

  const password = readCipherParameters(passwordKey, 'encryptedKey');
  const spinCount = Number.parseInt(passwordKey.get('spinCount') ?? '', 10);
  if (!Number.isInteger(spinCount) || spinCount < 0) throw corruptDocx('encryption descriptor spin count damaged');
  return {
    kind: 'agile',
    keyData: readCipherParameters(keyData, 'keyData'),
    password: {
      ...password,
      spinCount,
      encryptedVerifierHashInput: base64(passwordKey, 'encryptedVerifierHashInput'),
      encryptedVerifierHashValue: base64(passwordKey, 'encryptedVerifierHashValue'),
      encryptedKeyValue: base64(passwordKey, 'encryptedKeyValue'),
    },
  };
}

function readCipherParameters(attributes: ReadonlyMap<string, string>, element: string): AgileCipherParameters {
  const cipher = attributes.get('cipherAlgorithm');
  if (cipher !== 'AES') throw unsupported(`cipher ${cipher ?? 'unknown'}`);
  const chaining = attributes.get('cipherChaining');
  if (chaining !== 'ChainingModeCBC') throw unsupported(`cipher chaining ${chaining ?? 'unknown'}`);
  const hashName = attributes.get('hashAlgorithm') ?? '';
  const hash = Object.hasOwn(HASHES, hashName) ? HASHES[hashName] : undefined;
  if (!hash) throw unsupported(`hash ${hashName || 'unknown'}`);
  const keyBits = Number.parseInt(attributes.get('keyBits') ?? '', 10);
  if (keyBits !== 128 && keyBits !== 192 && keyBits !== 256) throw corruptDocx(`${element} key size ${String(keyBits)}`);
  const blockSize = Number.parseInt(attributes.get('blockSize') ?? '', 10);
  if (blockSize !== 16) throw corruptDocx(`${element} block size ${String(blockSize)}`);
  const hashSize = Number.parseInt(attributes.get('hashSize') ?? '', 10);
  if (hashSize !== hash.size) throw corruptDocx(`${element} hash size ${String(hashSize)}`);
  const salt = base64(attributes, 'saltValue');
  if (salt.byteLength < 1 || salt.byteLength > 65536) throw corruptDocx(`${element} salt damaged`);
  return { salt, keyBytes: keyBits / 8, blockSize, hash: hash.node, hashSize };
}

function base64(attributes: ReadonlyMap<string, string>, name: string): Buffer {
  const value = attributes.get(name);
  if (value === undefined || !/^[A-Za-z0-9+/=\s]*$/.test(value)) throw corruptDocx(`encryption descriptor ${name} missing`);
  return Buffer.from(value, 'base64');
}

function localName(qualifiedName: string): string {
  const colon = qualifiedName.indexOf(':');
  return colon < 0 ? qualifiedName : qualifiedName.slice(colon + 1);
}

function unsupported(method: string): VardekollenError {
  return new VardekollenError('UNSUPPORTED_FORMAT', { detected: `Word document encrypted with an unsupported method (${method})` });
}
