import { hash } from 'node:crypto';

/**
 * The iterated password hash both Office encryption methods start from ([MS-OFFCRYPTO]
 * 2.3.4.7 and 2.3.4.11): H0 = H(salt + password as UTF-16LE), then Hn = H(n as 32-bit LE +
 * Hn-1) for `spinCount` rounds. This is deliberately slow; the caller bounds `spinCount`.
 *
 * @param checkpoint called every few thousand rounds so a timed-out import stops promptly.
 */
export function iteratedPasswordHash(algorithm: string, salt: Buffer, password: string, spinCount: number, checkpoint: () => void): Buffer {
  let current = hash(algorithm, Buffer.concat([salt, Buffer.from(password, 'utf16le')]), 'buffer');
  // One buffer reused for every round: 4 bytes of counter, then the previous hash.
  const round = Buffer.alloc(4 + current.byteLength);
  for (let i = 0; i < spinCount; i++) {
    round.writeUInt32LE(i, 0);
    current.copy(round, 4);
    current = hash(algorithm, round, 'buffer');
    if ((i & 0x3fff) === 0x3fff) checkpoint();
  }
  return current;
}

/** Truncates to `length`, or pads with `pad` bytes ([MS-OFFCRYPTO] uses 0x36 for keys and IVs). */
export function fitToLength(bytes: Buffer, length: number, pad = 0x36): Buffer {
  if (bytes.byteLength >= length) return bytes.subarray(0, length);
  return Buffer.concat([bytes, Buffer.alloc(length - bytes.byteLength, pad)]);
}
