import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { VardekollenError } from '../errors/vardekollen-error.js';
import type { StoredReviewer } from '../store/review-store.js';
import { hasNoControlCharacters } from './control-characters.js';
import { isArmouredKey, KeyUnwrapError, unwrapPrivateKey, wrapPrivateKey } from './encrypted-key-armour.js';
import { keyFingerprint } from './key-fingerprint.js';
import { SIGNED_FILE_LIMITS } from './limits.js';
import { assertPassphraseLongEnough, normalisePassphrase } from './passphrase.js';

/**
 * Creates a reviewer's Ed25519 key pair. The public key is kept in the clear (SPKI PEM); the
 * private key only encrypted with the passphrase (scrypt + AES-256-GCM, see
 * encrypted-key-armour.ts for why not Node's PBKDF2-based PKCS#8 encryption). Takes about a
 * second: the key derivation is slow on purpose.
 *
 * @param createdAt ISO 8601 UTC time, recorded as given.
 * @throws VardekollenError PASSPHRASE_TOO_SHORT (fewer than 8 characters), INVALID_ARGUMENT (empty name).
 */
export function createReviewerKey(name: string, passphrase: string, createdAt: string): StoredReviewer {
  assertReviewerName(name);
  assertPassphraseLongEnough(passphrase);
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  try {
    return {
      name,
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      encryptedPrivateKeyPem: wrapPrivateKey(der, normalisePassphrase(passphrase)),
      keyFingerprint: keyFingerprint(publicKey),
      createdAt,
    };
  } finally {
    der.fill(0);
  }
}

/**
 * Opens a reviewer's private key with their passphrase and checks that it belongs to the
 * reviewer's public key and fingerprint. Reads both the Värdekollen armour and an OpenSSL
 * encrypted PKCS#8 PEM ("-----BEGIN ENCRYPTED PRIVATE KEY-----"), so a key made with Node's own
 * export still opens.
 *
 * @throws VardekollenError PASSPHRASE_INCORRECT (wrong passphrase; never an OpenSSL message),
 *   INVALID_ARGUMENT (the stored key is damaged or does not match the public key).
 */
export function unlockReviewerKey(reviewer: StoredReviewer, passphrase: string): KeyObject {
  const privateKey = openPrivateKey(reviewer, normalisePassphrase(passphrase));
  if (privateKey.asymmetricKeyType !== 'ed25519') throw damaged(reviewer, 'not an Ed25519 key');
  let storedPublic: KeyObject;
  try {
    storedPublic = createPublicKey(reviewer.publicKeyPem);
  } catch (error) {
    throw damaged(reviewer, 'unreadable public key', error);
  }
  // A store whose public key or fingerprint was swapped would otherwise yield signatures that
  // verify under a different name's key than the one shown.
  if (!createPublicKey(privateKey).equals(storedPublic)) throw damaged(reviewer, 'the private key does not belong to the public key');
  if (keyFingerprint(storedPublic) !== reviewer.keyFingerprint) throw damaged(reviewer, 'the fingerprint does not match the public key');
  return privateKey;
}

function openPrivateKey(reviewer: StoredReviewer, passphrase: string): KeyObject {
  if (isArmouredKey(reviewer.encryptedPrivateKeyPem)) {
    let der: Buffer;
    try {
      der = unwrapPrivateKey(reviewer.encryptedPrivateKeyPem, passphrase);
    } catch (error) {
      if (error instanceof KeyUnwrapError && error.failure === 'wrong-passphrase') {
        throw new VardekollenError('PASSPHRASE_INCORRECT', { name: reviewer.name }, { cause: error });
      }
      throw damaged(reviewer, error instanceof Error ? error.message : String(error), error);
    }
    try {
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    } catch (error) {
      throw damaged(reviewer, 'the decrypted key is not PKCS#8', error);
    } finally {
      der.fill(0);
    }
  }
  if (!reviewer.encryptedPrivateKeyPem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----')) {
    // An unencrypted key would unlock with any passphrase; refuse it rather than pretend.
    throw damaged(reviewer, 'the private key is not encrypted');
  }
  try {
    return createPrivateKey({ key: reviewer.encryptedPrivateKeyPem, format: 'pem', passphrase });
  } catch (error) {
    // OpenSSL reports a wrong passphrase as "bad decrypt" and friends; users see our message,
    // the original stays attached as the cause.
    throw new VardekollenError('PASSPHRASE_INCORRECT', { name: reviewer.name }, { cause: error });
  }
}

function damaged(reviewer: StoredReviewer, detail: string, cause?: unknown): VardekollenError {
  return new VardekollenError(
    'INVALID_ARGUMENT',
    { detail: `the stored key of reviewer "${reviewer.name}" is damaged (${detail})` },
    cause !== undefined ? { cause } : undefined,
  );
}

/** Refuses a name the signed file could not carry (INVALID_ARGUMENT): empty, padded, over 200 characters or with control characters. */
export function assertReviewerName(name: string): void {
  if (name.trim() === '' || name !== name.trim() || !hasNoControlCharacters(name) || name.length > SIGNED_FILE_LIMITS.maxKeyLength) {
    throw new VardekollenError('INVALID_ARGUMENT', {
      detail: `a reviewer name must be 1–${SIGNED_FILE_LIMITS.maxKeyLength} characters, without surrounding spaces or control characters: ${JSON.stringify(name.slice(0, 80))}`,
    });
  }
}
