import mammoth from 'mammoth';

/**
 * The interface mammoth reads a .docx through (mammoth/lib/zipfile.js `openArrayBuffer`
 * returns one; mammoth/lib/unzip.js `openZip` accepts one as `{file}` input). We hand mammoth
 * our own, backed by the zip reader in ./zip, for two reasons:
 * - safety: every part mammoth reads is inflated by our bounded reader, so a zip whose headers
 *   lie about sizes cannot make JSZip inflate gigabytes before anyone notices;
 * - speed: each part is inflated once, by native zlib, and the main document's text is shared
 *   with the paragraph census.
 * `{file}` is not in mammoth's published typings, which is why the input is cast below. The
 * version is pinned (1.13.0) and the DOCX tests fail loudly if mammoth ever stops honouring it
 * ("Could not find file in options").
 */
export interface MammothDocxFile {
  exists(name: string): boolean;
  /** `encoding` is "utf-8" for XML parts, "base64" or undefined for images. */
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

/** A message mammoth reports while reading (unrecognised elements, missing styles, ...). */
export interface MammothMessage {
  readonly type: 'warning' | 'error';
  readonly message: string;
}

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

/**
 * Runs mammoth's reader over the package and hands the document model to `transformDocument`.
 * The transform is expected to return a document with no content, so that mammoth's HTML
 * writer, whose output we do not use, has nothing to do.
 */
export async function convertWithMammoth(file: MammothDocxFile, transformDocument: (document: unknown) => unknown): Promise<readonly MammothMessage[]> {
  const input = { file } as unknown as MammothInput;
  const result = await mammoth.convertToHtml(input, {
    transformDocument,
    // Never read linked images from disk (mammoth's default, stated so it stays that way).
    externalFileAccess: false,
    // A style map embedded in the file only affects HTML output, which we do not use.
    includeEmbeddedStyleMap: false,
  });
  return result.messages;
}
