/**
 * The loopback server's JSON with file contents (docs/transport.md): a Uint8Array travels as
 * `{"$bytes": "<base64>"}` in both directions. The browser has no Buffer, so base64 is done
 * with btoa/atob over chunks (String.fromCharCode with a whole file would overflow the stack).
 */
const BYTES = '$bytes';
const CHUNK = 0x8000;

/** Native base64 of Uint8Array (Chromium 140+, Node 25+), much faster than building a binary string. */
interface NativeBase64 {
  toBase64?: () => string;
}
interface NativeBase64Constructor {
  fromBase64?: (base64: string) => Uint8Array;
}

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & NativeBase64).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const native = (Uint8Array as unknown as NativeBase64Constructor).fromBase64;
  if (typeof native === 'function') return native(base64);
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES]: bytesToBase64(v) } : v));
}

export function fromWireJson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record);
      const encoded = record[BYTES];
      if (keys.length === 1 && keys[0] === BYTES && typeof encoded === 'string') return base64ToBytes(encoded);
    }
    return v;
  });
}
