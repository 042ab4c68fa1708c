/**
 * Reads a streamed response line by line (the loopback server's NDJSON: progress lines, then
 * the result) and hands each complete line to `onLine` as soon as it arrives, so a progress
 * bar moves while a long PDF is still being read.
 */
export async function readLines(body: ReadableStream<Uint8Array>, onLine: (line: string) => void): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (value) pending += decoder.decode(value, { stream: true });
    let newline = pending.indexOf('\n');
    while (newline >= 0) {
      const line = pending.slice(0, newline).trim();
      pending = pending.slice(newline + 1);
      if (line) onLine(line);
      newline = pending.indexOf('\n');
    }
    if (done) break;
  }
  const rest = (pending + decoder.decode()).trim();
  if (rest) onLine(rest);
}
