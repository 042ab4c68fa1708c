import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredReviewer } from '../../../core/store/review-store.js';
import { createReviewerKey, keyFingerprint, MIN_PASSPHRASE_LENGTH, unlockReviewerKey } from '../../../core/signoff/index.js';

const PASSPHRASE = 'Älgen går över vägen';
let anna: StoredReviewer;

beforeAll(() => {
  anna = createReviewerKey('Anna Berg', PASSPHRASE, '2025-06-01T08:00:00.000Z');
});

const message = Buffer.from('Checklistan är granskad.');

describe('createReviewerKey', () => {
  it('makes an Ed25519 key pair with the public key in the clear and an ssh-keygen-shaped fingerprint', () => {
    expect(anna).toMatchObject({ name: 'Anna Berg', createdAt: '2025-06-01T08:00:00.000Z' });
    const publicKey = createPublicKey(anna.publicKeyPem);
    expect(publicKey.asymmetricKeyType).toBe('ed25519');
    expect(anna.keyFingerprint).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    // The documented definition: SHA-256 over the DER SubjectPublicKeyInfo, base64 without padding.
    const der = publicKey.export({ type: 'spki', format: 'der' });
    expect(anna.keyFingerprint).toBe(`SHA256:${createHash('sha256').update(der).digest('base64').replace(/=+$/, '')}`);
    expect(keyFingerprint(anna.publicKeyPem)).toBe(anna.keyFingerprint);
    expect(() => keyFingerprint('-----BEGIN PUBLIC KEY-----\nnonsens\n-----END PUBLIC KEY-----\n')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('stores the private key only encrypted, with a memory-hard KDF named in the file', () => {
    const stored = anna.encryptedPrivateKeyPem;
    expect(stored).toMatch(/^-----BEGIN VARDEKOLLEN ENCRYPTED PRIVATE KEY-----\nFormat: vardekollen-key\/1\nKDF: scrypt; N=(\d+); r=(\d+); p=1; salt=/);
    const [, n, r] = /N=(\d+); r=(\d+)/.exec(stored)!;
    // At least OWASP's minimum for scrypt (N=2^17, r=8): 128 MiB per guess.
    expect(Number(n) * Number(r)).toBeGreaterThanOrEqual(2 ** 17 * 8);
    expect(stored).not.toContain('BEGIN PRIVATE KEY');
    const rawPrivate = unlockReviewerKey(anna, PASSPHRASE).export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(stored.replace(/\n/g, '')).not.toContain(rawPrivate.slice(-40));
  });

  it('gives two reviewers different keys even with the same passphrase', () => {
    const other = createReviewerKey('Björn Lind', PASSPHRASE, '2025-06-01T08:00:00.000Z');
    expect(other.keyFingerprint).not.toBe(anna.keyFingerprint);
    expect(other.encryptedPrivateKeyPem).not.toBe(anna.encryptedPrivateKeyPem);
  });

  it(`refuses a passphrase shorter than ${MIN_PASSPHRASE_LENGTH} characters, counting å, ä and ö as one each`, () => {
    expect(() => createReviewerKey('Anna Berg', 'kort', '2025-06-01T08:00:00.000Z')).toThrow(
      expect.objectContaining({ code: 'PASSPHRASE_TOO_SHORT', params: { min: MIN_PASSPHRASE_LENGTH } }),
    );
    expect(() => createReviewerKey('Anna Berg', 'åäöåäöå', '2025-06-01T08:00:00.000Z')).toThrow(expect.objectContaining({ code: 'PASSPHRASE_TOO_SHORT' }));
  });

  it('refuses an empty or padded name', () => {
    for (const name of ['', '  ', ' Anna', 'Anna\nBerg']) {
      expect(() => createReviewerKey(name, PASSPHRASE, '2025-06-01T08:00:00.000Z')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    }
  });
});

describe('unlockReviewerKey', () => {
  it('opens the key with the right passphrase, and it signs for the public key', () => {
    const key = unlockReviewerKey(anna, PASSPHRASE);
    expect(verify(null, message, createPublicKey(anna.publicKeyPem), sign(null, message, key))).toBe(true);
  });

  it('accepts the passphrase however å and ä were typed (composed or decomposed)', () => {
    const decomposed = PASSPHRASE.normalize('NFD');
    expect(decomposed).not.toBe(PASSPHRASE);
    expect(() => unlockReviewerKey(anna, decomposed)).not.toThrow();
  });

  it('says PASSPHRASE_INCORRECT for a wrong passphrase, never an OpenSSL message, and takes its time', () => {
    const started = performance.now();
    let thrown: unknown;
    try {
      unlockReviewerKey(anna, 'Älgen går över vägen!');
    } catch (error) {
      thrown = error;
    }
    const elapsed = performance.now() - started;
    expect(thrown).toMatchObject({ code: 'PASSPHRASE_INCORRECT', params: { name: 'Anna Berg' } });
    const text = `${(thrown as Error).message} ${JSON.stringify((thrown as { localized: unknown }).localized)}`;
    expect(text).not.toMatch(/ossl|openssl|decrypt|auth|cipher|tag/i);
    // Each guess costs a full scrypt run; tens of milliseconds at the very least on any machine.
    expect(elapsed).toBeGreaterThan(30);
  });

  it('opens a key Node itself exported as encrypted PKCS#8, and refuses its wrong passphrase the same way', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: PASSPHRASE },
    });
    const legacy: StoredReviewer = { name: 'Cecilia Ek', publicKeyPem: publicKey, encryptedPrivateKeyPem: privateKey, keyFingerprint: keyFingerprint(publicKey), createdAt: '2024-01-01T00:00:00.000Z' };
    expect(unlockReviewerKey(legacy, PASSPHRASE).asymmetricKeyType).toBe('ed25519');
    expect(() => unlockReviewerKey(legacy, 'fel lösenfras')).toThrow(expect.objectContaining({ code: 'PASSPHRASE_INCORRECT', params: { name: 'Cecilia Ek' } }));
  });

  it('refuses a stored reviewer whose public key is someone else’s', () => {
    const publicKey = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const swapped: StoredReviewer = { ...anna, publicKeyPem: publicKey, keyFingerprint: keyFingerprint(publicKey) };
    expect(() => unlockReviewerKey(swapped, PASSPHRASE)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => unlockReviewerKey({ ...anna, keyFingerprint: 'SHA256:AAAA' }, PASSPHRASE)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('calls a damaged or unencrypted stored key damaged, without trying the passphrase', () => {
    const truncated = { ...anna, encryptedPrivateKeyPem: anna.encryptedPrivateKeyPem.slice(0, 120) };
    expect(() => unlockReviewerKey(truncated, PASSPHRASE)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const greedy = { ...anna, encryptedPrivateKeyPem: anna.encryptedPrivateKeyPem.replace('N=131072', 'N=1073741824') };
    expect(() => unlockReviewerKey(greedy, PASSPHRASE)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const { privateKey } = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    expect(() => unlockReviewerKey({ ...anna, encryptedPrivateKeyPem: privateKey }, 'vad som helst')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('does not open when the KDF parameters in the header were lowered', () => {
    const weakened = { ...anna, encryptedPrivateKeyPem: anna.encryptedPrivateKeyPem.replace('N=131072', 'N=16384') };
    expect(() => unlockReviewerKey(weakened, PASSPHRASE)).toThrow(expect.objectContaining({ code: 'PASSPHRASE_INCORRECT' }));
  });
});
