/** Characters no file name may hold on Windows (the strictest of the three systems), and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_LENGTH = 200;

/**
 * The page's suggested name for a saved file, made safe to offer in the save dialog: folders
 * are dropped (the page must not choose where a file goes, only the user does), unsafe and
 * control characters become "_", and leading dots (hidden files), trailing dots and spaces
 * and Windows device names are avoided. Never empty.
 */
export function safeFileName(suggested: string): string {
  const lastPart = suggested.split(/[/\\]/).pop() ?? '';
  let name = lastPart.normalize('NFC').replace(UNSAFE, '_').trim().replace(/^\.+/, '').replace(/[. ]+$/, '');
  if (name.length > MAX_LENGTH) {
    // Keep the extension, which tells the save dialog and the system what the file is.
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
    name = name.slice(0, MAX_LENGTH - extension.length) + extension;
  }
  if (RESERVED.test(name)) name = `_${name}`;
  return name === '' ? 'export' : name;
}
