/**
 * True when a text holds no C0 control character and no DEL. Names, ids and keys end up in
 * messages, paths and terminal output, where a newline or an escape sequence could forge lines.
 */
export function hasNoControlCharacters(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return false;
  }
  return true;
}
