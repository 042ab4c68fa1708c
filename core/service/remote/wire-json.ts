/**
 * JSON for the loopback HTTP transport, with file contents: a Uint8Array travels as
 * `{"$bytes": "<base64>"}`. (Electron's IPC uses structured cloning, which carries bytes as they are.)
 */
const BYTES = '$bytes';

export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? { [BYTES]: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') } : v));
}

export function fromWireJson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && keys[0] === BYTES && typeof record[BYTES] === 'string') return new Uint8Array(Buffer.from(record[BYTES], 'base64'));
    }
    return v;
  });
}
